package wasm

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/engine/annot"
)

func TestCleanFilename(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"report.json", "report.json"},
		{"../../etc/passwd", "_.._etc_passwd"},
		{`a\b:c*d?e"f<g>h|i`, "a_b_c_d_e_f_g_h_i"},
		{"line\nbreak\x00.csv", "line_break_.csv"},
		{"  café — notes.txt ", "café — notes.txt"},
	} {
		got, err := cleanFilename(c.in)
		if err != nil || got != c.want {
			t.Errorf("cleanFilename(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "   ", "/", "..", "///"} {
		if got, err := cleanFilename(bad); err == nil {
			t.Errorf("cleanFilename(%q) = %q, want an error", bad, got)
		}
	}
}

func TestNewID(t *testing.T) {
	a, b := NewID(), NewID()
	if len(a) != 32 || strings.Trim(a, "0123456789abcdef") != "" {
		t.Errorf("NewID() = %q, want 32 hex digits", a)
	}
	if a == b {
		t.Errorf("two NewID calls gave %q", a)
	}
}

func TestPrepareAndRecord(t *testing.T) {
	now := time.Date(2024, 3, 1, 12, 0, 0, 123456789, time.UTC)
	doc := &annot.Document{Format: annot.Format, Version: annot.Version, Document: annot.Text{Text: "Zoë said “hi”."}}
	if _, _, err := prepare(Record{Doc: doc}, now); err == nil {
		t.Error("prepare accepted a record without an ID")
	}
	if _, _, err := prepare(Record{ID: "x"}, now); err == nil {
		t.Error("prepare accepted a record without a document")
	}
	m, js, err := prepare(Record{ID: "x", Name: "n", Doc: doc}, now)
	if err != nil {
		t.Fatal(err)
	}
	if m.Created != now.UnixMilli() || m.Modified != now.UnixMilli() {
		t.Errorf("zero times became %d, %d; want %d", m.Created, m.Modified, now.UnixMilli())
	}
	r, err := m.record(js)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Created.Equal(now.Truncate(time.Millisecond)) || r.Doc.Document.Text != doc.Document.Text || r.Name != "n" {
		t.Errorf("round trip gave %+v", r)
	}
	if _, err := m.record("{not json"); err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("damaged document: %v", err)
	}
}

// TestDecodeDocument checks that the engine's answer decodes to what it
// encodes, with and without the text, and that a malformed answer, or one
// for another text, is an ErrEngine error, not a panic.
func TestDecodeDocument(t *testing.T) {
	text := "“No,” Zoë said."
	doc := &annot.Document{Format: annot.Format, Version: annot.Version, Generator: annot.Generator{Name: "whosaid"},
		Document: annot.Text{ID: annot.TextID(text), Text: text, Language: "en"},
		Actors: []annot.Actor{{ID: "a1", Name: "Zoë", Type: "person", Roles: []string{}, Aliases: []string{},
			Mentions: []annot.Mention{{Start: 6, End: 9, Text: "Zoë", Kind: "name", Origin: annot.OriginEngine}}, Origin: annot.OriginEngine}},
		Quotes: []annot.Quote{{ID: "q1", Start: 0, End: 5, Text: "“No,”", Kind: "direct", Speaker: annot.StrPtr("a1"), Confidence: 0.9, Origin: annot.OriginEngine}},
		Claims: []annot.Claim{}}
	for _, withText := range []bool{false, true} {
		data, err := annot.AppendCompact(nil, doc, withText)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeDocument(data, text)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, doc) {
			t.Errorf("withText %v: decoded answer differs:\n%+v\nwant\n%+v", withText, got, doc)
		}
		for _, bad := range []string{"", "{", "null", string(data[:len(data)/2]), string(data) + "x", "\xff"} {
			if _, err := decodeDocument([]byte(bad), text); !errors.Is(err, ErrEngine) {
				t.Errorf("decodeDocument(%q): %v, want ErrEngine", clipString(bad), err)
			}
		}
		if _, err := decodeDocument(data, "“No,” Zoe said."); (err == nil) == !withText {
			t.Errorf("withText %v: decodeDocument for another text: %v", withText, err)
		}
	}
}

// TestRecordReadsOldRecords checks that records stored as encoding/json
// wrote them (null for nil lists, HTML escapes) still open.
func TestRecordReadsOldRecords(t *testing.T) {
	doc := &annot.Document{Format: annot.Format, Version: annot.Version, Document: annot.Text{Text: "<b> & Zoë"},
		Actors: []annot.Actor{{ID: "a1", Name: "Zoë", Type: "person"}}}
	old, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	r, err := meta{ID: "x"}.record(string(old))
	if err != nil {
		t.Fatal(err)
	}
	if r.Doc.Document.Text != doc.Document.Text || len(r.Doc.Actors) != 1 {
		t.Errorf("old record read as %+v", r.Doc)
	}
}

func clipString(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
