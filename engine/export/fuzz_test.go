package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/engine/annot"
)

// FuzzExports builds documents over arbitrary text with spans at arbitrary
// offsets, as engine/annot's FuzzDocument does; every one that validates
// must export to a CSV table of a header and two rows (a quote and a claim)
// and to well-formed JSON-LD.
func FuzzExports(f *testing.F) {
	f.Add("Zoë said “hi 🚀”.", 0, 3, 9, 15, "Zoë")
	f.Add("e\u0301\u0301 «x»", 1, 0, 4, 7, "=cmd")
	f.Add("\xff", 0, 1, 0, 0, "")
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int, name string) {
		runes := []rune(text)
		inside := func(s, e int) bool { return 0 <= s && s <= e && e <= len(runes) }
		if !inside(s1, e1) || !inside(s2, e2) || !utf8.ValidString(text) || name == "" || !utf8.ValidString(name) {
			return
		}
		m := annot.Span{Start: s1, End: e1, Text: string(runes[s1:e1])}
		q := annot.Span{Start: s2, End: e2, Text: string(runes[s2:e2])}
		d := &annot.Document{
			Format: annot.Format, Version: annot.Version, Generator: annot.Generator{Name: "fuzz"},
			Document: annot.Text{ID: annot.TextID(text), Text: text, Language: "en"},
			Actors: []annot.Actor{{ID: "a1", Name: name, Type: "person", Roles: []string{name}, Aliases: []string{},
				Mentions: []annot.Mention{{Start: m.Start, End: m.End, Text: m.Text, Kind: "name", Origin: annot.OriginUser}}, Origin: annot.OriginUser}},
			Quotes: []annot.Quote{{ID: "q1", Start: q.Start, End: q.End, Text: q.Text, Kind: "direct", Speaker: annot.StrPtr("a1"), Cue: &m, Origin: annot.OriginEngine}},
			Claims: []annot.Claim{{ID: "c1", Start: q.Start, End: q.End, Text: q.Text, Kind: "direct", Claimant: annot.StrPtr("a1"), Content: &q, Quote: annot.StrPtr("q1"), Confidence: 1, Origin: annot.OriginEngine}},
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("the document does not validate: %v", err)
		}
		var b bytes.Buffer
		if err := WriteCSV(&b, d); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil || len(rows) != 3 {
			t.Fatalf("CSV: %d rows, %v", len(rows), err)
		}
		b.Reset()
		if err := WriteJSONLD(&b, d); err != nil || !json.Valid(b.Bytes()) {
			t.Fatalf("JSON-LD: %v", err)
		}
	})
}
