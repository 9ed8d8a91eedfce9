package annot

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"strings"
	"testing"
)

// jsonEncode is how Encode wrote documents before it had its own encoder:
// encoding/json on d with its nil lists made empty. Encode must match it
// byte for byte.
func jsonEncode(w io.Writer, d *Document, prefix string, indent bool) error {
	e := json.NewEncoder(w)
	e.SetEscapeHTML(false)
	if indent {
		e.SetIndent(prefix, "  ")
	}
	if d != nil {
		c := *d
		c.Actors = append([]Actor{}, d.Actors...)
		for i := range c.Actors {
			a := &c.Actors[i]
			a.Roles = append([]string{}, a.Roles...)
			a.Aliases = append([]string{}, a.Aliases...)
			a.Mentions = append([]Mention{}, a.Mentions...)
		}
		c.Quotes = append([]Quote{}, d.Quotes...)
		c.Claims = append([]Claim{}, d.Claims...)
		d = &c
	}
	return e.Encode(d)
}

// checkEncode fails t unless encode and jsonEncode agree on d in every form,
// and MarshalLine gives the one-line form without its newline.
func checkEncode(t testing.TB, d *Document) {
	t.Helper()
	var line bytes.Buffer
	lineErr := Encode(&line, d, false)
	got, err := MarshalLine(d)
	if (err == nil) != (lineErr == nil) || err == nil && !bytes.Equal(append(got, '\n'), line.Bytes()) {
		t.Fatalf("MarshalLine = %q, %v; Encode wrote %q, %v", clip(string(got), 80), err, clip(line.String(), 80), lineErr)
	}
	for _, f := range []struct {
		prefix string
		indent bool
	}{{"", true}, {"", false}, {"\t", true}} {
		var got, want bytes.Buffer
		gotErr := encode(&got, d, f.prefix, f.indent, nil)
		wantErr := jsonEncode(&want, d, f.prefix, f.indent)
		if (gotErr == nil) != (wantErr == nil) || gotErr != nil && gotErr.Error() != wantErr.Error() {
			t.Fatalf("indent %v: error %v, encoding/json's %v", f.indent, gotErr, wantErr)
		}
		if gotErr != nil && got.Len() > 0 {
			t.Fatalf("Encode wrote %d bytes with its error", got.Len())
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			g, w := got.Bytes(), want.Bytes()
			i := 0
			for i < len(g) && i < len(w) && g[i] == w[i] {
				i++
			}
			t.Fatalf("prefix %q indent %v: output differs from encoding/json at byte %d:\n got …%q\nwant …%q",
				f.prefix, f.indent, i, clip(string(g[max(i-40, 0):]), 80), clip(string(w[max(i-40, 0):]), 80))
		}
	}
}

func TestEncodeMatchesEncodingJSON(t *testing.T) {
	checkEncode(t, sampleDoc(t))
	checkEncode(t, bigDoc(t, 3))
	checkEncode(t, nil)
	checkEncode(t, &Document{})
	d := sampleDoc(t)
	d.Quotes, d.Claims = nil, nil
	d.Actors[0].Roles, d.Actors[1].Aliases, d.Actors[2].Mentions = nil, nil, nil
	d.Document.Title = ""
	checkEncode(t, d)
	for _, s := range []string{
		"", "\x00\x01\x1f\x7f", "\b\f\n\r\t\"\\/", "<a href='x'>&amp;</a>", "\u2028\u2029\u202a\u2027",
		"\xff", "a\xc3", "\xc3\x28", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xef\xbf\xbd", "🚀\U0010ffff",
	} {
		d := sampleDoc(t)
		d.Document.Text, d.Actors[0].Name, d.Actors[0].Roles = s, s, []string{s, s}
		checkEncode(t, d)
	}
	for _, c := range []float64{0, 1, 0.95, 1.0 / 3, 1e-6, 1e-7, 9.99e-7, 1e20, 1e21, 123456789e13, -0.5, math.Copysign(0, -1),
		math.SmallestNonzeroFloat64, math.MaxFloat64, 5e-324, 1e-10, 1.5e-9, math.NaN(), math.Inf(1), math.Inf(-1)} {
		d := sampleDoc(t)
		d.Quotes[0].Confidence, d.Claims[1].Confidence = c, -c
		checkEncode(t, d)
	}
}

// FuzzEncode checks that Encode writes what encoding/json writes on
// documents, valid or not, built from arbitrary strings and numbers over
// the shapes of the sample document and FuzzDocument's.
func FuzzEncode(f *testing.F) {
	f.Add("Zoë said “hi 🚀”.", "Zoë", "<b>&</b>", 3, -9, 0.8, uint8(0))
	f.Add("\u2028\xff\x00\"\\", "\t", "", 0, 1<<40, 1e-7, uint8(255))
	f.Add("", "", "\u2029", -1, 0, 1e21, uint8(0x55))
	f.Fuzz(func(t *testing.T, text, name, s string, n1, n2 int, conf float64, mask uint8) {
		d := fuzzDoc(t, text, name, s, n1, n2, conf, mask)
		checkEncode(t, d)
		// FuzzDocument's document over the same values.
		runes := []rune(text)
		m := Span{0, len(runes), text}
		checkEncode(t, &Document{
			Format: Format, Version: Version, Generator: Generator{Name: "fuzz"},
			Document: Text{ID: TextID(text), Text: text, Language: s},
			Actors: []Actor{{ID: "a1", Name: name, Type: "person", Roles: []string{name}, Aliases: []string{},
				Mentions: []Mention{{Start: m.Start, End: m.End, Text: m.Text, Kind: "name", Origin: OriginUser}}, Origin: OriginUser}},
			Quotes: []Quote{{ID: "q1", Start: n1, End: n2, Text: s, Kind: "direct", Speaker: StrPtr("a1"), Cue: &m, Confidence: conf, Origin: OriginEngine}},
			Claims: []Claim{{ID: "c1", Start: n1, End: n2, Text: s, Kind: "direct", Claimant: StrPtr("a1"), Content: &m, Quote: StrPtr("q1"), Confidence: 1, Origin: OriginEngine}},
		})
	})
}

func TestEncodeLargeDocument(t *testing.T) {
	d := bigDoc(t, 50)
	d.Document.Text = strings.Repeat("x\u2028<>&\"\n", 5000) + d.Document.Text
	checkEncode(t, d)
}

// TestEncodedSizeHint checks that the buffer MarshalLine allocates holds the
// whole output of documents whose strings need few escapes, so that it is
// allocated once.
func TestEncodedSizeHint(t *testing.T) {
	for _, d := range []*Document{sampleDoc(t), bigDoc(t, 50), {}} {
		b, err := MarshalLine(d)
		if err != nil {
			t.Fatal(err)
		}
		if hint := encodedSizeHint(d); len(b) > hint {
			t.Errorf("%d actors, %d quotes, %d claims: %d bytes of JSON, hint %d", len(d.Actors), len(d.Quotes), len(d.Claims), len(b), hint)
		}
	}
}

// writeLog is a writer that keeps what it is given and how many writes it
// took.
type writeLog struct {
	bytes.Buffer
	writes, largest int
}

func (w *writeLog) Write(p []byte) (int, error) {
	w.writes++
	w.largest = max(w.largest, len(p))
	return w.Buffer.Write(p)
}

// TestEncodeStreams checks that Encode writes a large document in pieces
// of about flushBytes, and that the pieces make the same bytes as
// MarshalLine, indented or not.
func TestEncodeStreams(t *testing.T) {
	d := bigDoc(t, 400)
	line, err := MarshalLine(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(line) < 8*flushBytes {
		t.Fatalf("the document is only %d bytes of JSON: too small to test", len(line))
	}
	var w writeLog
	if err := Encode(&w, d, false); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(w.Bytes(), append(line, '\n')) {
		t.Error("Encode in pieces differs from MarshalLine")
	}
	if w.writes < len(line)/(2*flushBytes) || w.largest > 2*flushBytes {
		t.Errorf("%d bytes written in %d writes, the largest %d: not in pieces of about %d", len(line), w.writes, w.largest, flushBytes)
	}
	var indented, whole writeLog
	if err := Encode(&indented, d, true); err != nil {
		t.Fatal(err)
	}
	marshalled, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	whole.Write(marshalled)
	if !bytes.Equal(indented.Bytes(), whole.Bytes()) || indented.writes < 2 {
		t.Errorf("indented Encode: %d writes; same bytes as Marshal: %v", indented.writes, bytes.Equal(indented.Bytes(), whole.Bytes()))
	}
}

// failAfter is a writer that fails from its n-th write on.
type failAfter struct{ n int }

func (w *failAfter) Write(p []byte) (int, error) {
	if w.n--; w.n <= 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// TestEncodeReportsWriteError checks that a write that fails midway is
// Encode's error.
func TestEncodeReportsWriteError(t *testing.T) {
	if err := Encode(&failAfter{n: 2}, bigDoc(t, 400), false); err == nil || err.Error() != "disk full" {
		t.Errorf("Encode = %v, want the writer's error", err)
	}
}
