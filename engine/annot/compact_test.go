package annot

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
)

// checkCompact fails t unless d survives AppendCompact and DecodeCompact
// unchanged, with and without the text, after a prefix already in the
// buffer, and unless every UTF-16 offset written is the Mapper's. It
// returns the encoding with the text.
func checkCompact(t testing.TB, d *Document) []byte {
	t.Helper()
	var withText []byte
	for _, with := range []bool{true, false} {
		prefix := []byte("xyz")
		b, err := AppendCompact(prefix, d, with)
		if err != nil {
			t.Fatalf("AppendCompact(withText %v): %v", with, err)
		}
		if string(b[:3]) != "xyz" {
			t.Fatalf("AppendCompact changed the prefix")
		}
		b = b[3:]
		text := d.Document.Text
		if with {
			withText = b
			text = "not the text"
		}
		got, err := DecodeCompact(b, text, nil)
		if err != nil {
			t.Fatalf("DecodeCompact(withText %v): %v", with, err)
		}
		if !reflect.DeepEqual(got, d) {
			t.Fatalf("withText %v: DecodeCompact(AppendCompact(d)) differs:\n got %+v\nwant %+v", with, got, d)
		}
		checkUTF16(t, b, d.Document.Text)
	}
	return withText
}

// checkUTF16 checks every span of the compact document b over text whose
// text is a slice of text: its UTF-16 offsets must be the Mapper's.
func checkUTF16(t testing.TB, b []byte, text string) {
	t.Helper()
	m := NewMapper(text)
	h := func(i int) int { return int(word(b, i)) }
	check := func(at int) {
		if word(b, at+4) != compactNone {
			return
		}
		for k := range 2 {
			r, u := h(at+k), h(at+2+k)
			if want := m.MustConvert(r, Runes, UTF16); u != want {
				t.Fatalf("span at word %d: code point %d is UTF-16 %d, want %d", at, r, u, want)
			}
		}
	}
	p := compactHeader + actorWords*h(hActors) + h(hNames)
	for range h(hMentions) {
		check(p)
		p += mentionWords
	}
	for range h(hQuotes) {
		check(p + 1)
		p += quoteWords
	}
	for range h(hClaims) {
		check(p + 1)
		p += claimWords
	}
	for range h(hSpans) {
		check(p)
		p += spanWords
	}
	// The strings: each one's end in UTF-16 units must be the running
	// sum of their lengths in UTF-16 (an invalid byte is one unit).
	p += p & 1
	p += 2 * (h(hQuotes) + h(hClaims))
	table := 4 * (p + 2*h(hStrings))
	prev, units := 0, 0
	for i := range h(hStrings) {
		end := h(p + 2*i)
		units += len(utf16.Encode([]rune(string(b[table+prev : table+end]))))
		if got := h(p + 2*i + 1); got != units {
			t.Fatalf("string %d of the table ends at UTF-16 unit %d, want %d", i, got, units)
		}
		prev = end
	}
	if h(hTableUnits) != units {
		t.Fatalf("table of %d UTF-16 units, want %d", h(hTableUnits), units)
	}
}

func TestCompactRoundTrip(t *testing.T) {
	d := sampleDoc(t)
	b := checkCompact(t, d)
	json, err := MarshalLine(d)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("sample document: %d bytes compact with its text, %d of JSON", len(b), len(json))
	big := bigDoc(t, 1000)
	checkCompact(t, big)
	// A long decode yields, and yielding changes nothing.
	b, err = AppendCompact(nil, big, false)
	if err != nil {
		t.Fatal(err)
	}
	yields := 0
	got, err := DecodeCompact(b, big.Document.Text, func() { yields++ })
	if err != nil || !reflect.DeepEqual(got, big) {
		t.Fatalf("DecodeCompact with yield: %v, or another document", err)
	}
	if want := (len(big.Quotes)*2 + len(big.Claims)*2) / yieldRecords; yields < want || yields == 0 {
		t.Errorf("DecodeCompact yielded %d times over %d quotes and %d claims, want at least %d", yields, len(big.Quotes), len(big.Claims), max(want, 1))
	}
	checkCompact(t, &Document{})
	empty := &Document{Format: Format, Version: -1, Actors: []Actor{}, Quotes: []Quote{}, Claims: []Claim{}}
	checkCompact(t, empty)
	// Spans whose text is not the document's at their offsets, and offsets
	// outside the text, travel with their own text.
	odd := sampleDoc(t)
	odd.Actors[0].Mentions[0].Text = "someone else"
	odd.Quotes[0].Start, odd.Quotes[0].End = 5, 1_000_000
	odd.Claims[0].Source.Start = odd.Claims[0].Source.End + 1
	odd.Claims[1].Content.Text = odd.Claims[1].Content.Text + "!"
	odd.Document.Text = "\xff\xfe invalid UTF-8 " + odd.Document.Text
	checkCompact(t, odd)
}

func TestCompactErrors(t *testing.T) {
	for name, change := range map[string]func(d *Document){
		"NaN confidence":      func(d *Document) { d.Quotes[0].Confidence = math.NaN() },
		"infinite confidence": func(d *Document) { d.Claims[1].Confidence = math.Inf(-1) },
		"negative offset":     func(d *Document) { d.Actors[0].Mentions[0].Start = -1 },
		"huge offset":         func(d *Document) { d.Quotes[0].End = 1 << 40 },
		"huge version":        func(d *Document) { d.Version = 1 << 40 },
	} {
		d := sampleDoc(t)
		change(d)
		if b, err := AppendCompact([]byte("x"), d, true); err == nil || string(b) != "x" {
			t.Errorf("%s: AppendCompact = %d bytes, %v; want an error and the buffer unchanged", name, len(b), err)
		}
	}
	if _, err := AppendCompact(nil, nil, true); err == nil {
		t.Error("AppendCompact(nil document) succeeded")
	}

	d := sampleDoc(t)
	b, err := AppendCompact(nil, d, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"", d.Document.Text + " ", strings.Replace(d.Document.Text, "ë", "e\u0308", 1), strings.Replace(d.Document.Text, "🚀", "\u2603\u2603", 1)} {
		if _, err := DecodeCompact(b, text, nil); err == nil {
			t.Errorf("DecodeCompact accepted a text other than the document's: %q", clip(text, 40))
		}
	}
	// Every cut is an error.
	for n := range len(b) {
		if _, err := DecodeCompact(b[:n], d.Document.Text, nil); err == nil {
			t.Fatalf("DecodeCompact accepted the first %d of %d bytes", n, len(b))
		}
	}
	// Every byte changed: an error or a document, never a panic.
	for i := range b {
		for _, v := range []byte{0, 1, 0x80, 0xFF} {
			c := append([]byte(nil), b...)
			c[i] ^= v
			_, _ = DecodeCompact(c, d.Document.Text, nil)
		}
	}
}

// FuzzCompact checks DecodeCompact(AppendCompact(d)) == d on documents,
// valid or not, built from arbitrary strings and numbers over the shapes of
// FuzzEncode.
func FuzzCompact(f *testing.F) {
	f.Add("Zoë said “hi 🚀”.", "Zoë", "<b>&</b>", 3, -9, 0.8, uint8(0))
	f.Add("\u2028\xff\x00\"\\", "\t", "", 0, 1<<40, 1e-7, uint8(255))
	f.Add("", "", "\u2029", -1, 0, 1e21, uint8(0x55))
	f.Add("\xed\xa0\x80 x", "a", "", 1, 2, -0.0, uint8(0xaa))
	f.Fuzz(func(t *testing.T, text, name, s string, n1, n2 int, conf float64, mask uint8) {
		d := fuzzDoc(t, text, name, s, n1, n2, conf, mask)
		bit := func(i uint) bool { return mask&(1<<i) != 0 }
		offsetsUsed := !bit(7) || bit(6)
		confUsed := !bit(5) || !bit(3)
		bad := offsetsUsed && (n1 < 0 || n2 < 0 || n1 >= compactNone || n2 >= compactNone) ||
			confUsed && (math.IsNaN(conf) || math.IsInf(conf, 0))
		if _, err := AppendCompact(nil, d, true); (err != nil) != bad {
			t.Fatalf("AppendCompact: %v, want an error: %v", err, bad)
		}
		if !bad {
			checkCompact(t, d)
		}
		// Spans over the whole text, as the engine writes them.
		runes := []rune(text)
		m := Span{0, len(runes), text}
		checkCompact(t, &Document{
			Format: Format, Version: Version, Generator: Generator{Name: "fuzz"},
			Document: Text{ID: TextID(text), Text: text, Language: s},
			Actors: []Actor{{ID: "a1", Name: name, Type: "person", Roles: []string{name}, Aliases: []string{},
				Mentions: []Mention{{Start: m.Start, End: m.End, Text: m.Text, Kind: "name", Origin: OriginUser}}, Origin: OriginUser}},
			Quotes: []Quote{{ID: "q1", Start: 0, End: 0, Text: "", Kind: "direct", Speaker: StrPtr("a1"), Cue: &m, Confidence: 0.5, Origin: OriginEngine}},
			Claims: []Claim{{ID: "c1", Start: 0, End: len(runes), Text: text, Kind: "direct", Claimant: StrPtr("a1"), Content: &m, Quote: StrPtr("q1"), Confidence: 1, Origin: OriginEngine}},
		})
	})
}

// FuzzDecodeCompact checks that DecodeCompact never panics on arbitrary
// bytes, and that what it accepts encodes back to the same document.
func FuzzDecodeCompact(f *testing.F) {
	d := sampleDoc(f)
	for _, with := range []bool{true, false} {
		b, err := AppendCompact(nil, d, with)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, d.Document.Text)
	}
	f.Add([]byte("WSC1"), "")
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		got, err := DecodeCompact(data, text, nil)
		if err != nil {
			return
		}
		b, err := AppendCompact(nil, got, true)
		if err != nil {
			t.Fatalf("a decoded document does not encode: %v", err)
		}
		again, err := DecodeCompact(b, "", nil)
		if err != nil {
			t.Fatalf("a decoded document, encoded again, does not decode: %v", err)
		}
		if !reflect.DeepEqual(again, got) {
			t.Fatalf("decoded, encoded and decoded again, a document differs:\n got %+v\nwant %+v", again, got)
		}
	})
}
