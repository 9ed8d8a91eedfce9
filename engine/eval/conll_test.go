package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

func TestReadCoNLL(t *testing.T) {
	docs, err := ReadCoNLL("testdata/conll/demo.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	if want := "HARBOR TALKS RESUME .\nMayor Lena Ortiz met Tidewater Shipping Corp in Zürich ."; docs[0].Text != want {
		t.Errorf("text %q, want %q", docs[0].Text, want)
	}
	if docs[0].Name != "demo.txt#1" || docs[1].Name != "demo.txt#2" || docs[0].Line != 3 {
		t.Errorf("names %q %q, first line %d", docs[0].Name, docs[1].Name, docs[0].Line)
	}
	type ent struct{ typ, text string }
	got := func(d ConllDoc) []ent {
		var out []ent
		for _, e := range d.Entities {
			out = append(out, ent{e.Type, runes(d.Text, Part{e.Span})})
		}
		return out
	}
	want0 := []ent{{LOC, "HARBOR"}, {PER, "Lena Ortiz"}, {ORG, "Tidewater Shipping Corp"}, {LOC, "Zürich"}}
	// An I- tag after O starts an entity (IOB1); B-ORG after B-MISC starts
	// a new one.
	want1 := []ent{{PER, "Ana Ruiz"}, {MISC, "Brazilian"}, {MISC, "Chilean"}, {ORG, "Navy"}}
	for i, want := range [][]ent{want0, want1} {
		g := got(docs[i])
		if len(g) != len(want) {
			t.Fatalf("document %d: entities %v, want %v", i+1, g, want)
		}
		for j := range want {
			if g[j] != want[j] {
				t.Errorf("document %d entity %d = %v, want %v", i+1, j, g[j], want[j])
			}
		}
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	dir := t.TempDir()
	for name, tt := range map[string]struct{ text, want string }{
		"bad tag":    {"-DOCSTART- -X- -X- O\n\nHarbor NN B-NP X-LOC\n", "bad.txt:3: NER tag \"X-LOC\""},
		"one column": {"Harbor\n", "bad.txt:1: token line"},
		"empty":      {"-DOCSTART- -X- -X- O\n\n", "no tokens"},
	} {
		p := filepath.Join(dir, "bad.txt")
		if err := os.WriteFile(p, []byte(tt.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadCoNLL(p); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", name, err, tt.want)
		}
	}
	if _, err := ReadCoNLL(filepath.Join(dir, "missing.txt")); err == nil {
		t.Error("a missing file gave no error")
	}
}

func TestConllPredictions(t *testing.T) {
	d := &annot.Document{Actors: []annot.Actor{
		{Type: "person", Mentions: []annot.Mention{
			{Start: 0, End: 10, Kind: "name"}, {Start: 20, End: 22, Kind: "pronoun"}, {Start: 30, End: 45, Kind: "title"}}},
		{Type: "media", Mentions: []annot.Mention{{Start: 50, End: 53, Kind: "acronym"}, {Start: 50, End: 53, Kind: "name"}}},
		{Type: "country", Mentions: []annot.Mention{{Start: 60, End: 70, Kind: "metonym"}, {Start: 80, End: 90, Kind: "descriptor"}}},
		{Type: "group", Mentions: []annot.Mention{{Start: 95, End: 99, Kind: "name"}}},
	}}
	got := ConllPredictions(3, d)
	want := []Item{sp(3, PER, 0, 10), sp(3, ORG, 50, 53), sp(3, LOC, 60, 70)}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i].key() != want[i].key() || got[i].Doc != 3 {
			t.Errorf("item %d = %v, want %v", i, got[i], want[i])
		}
	}
}
