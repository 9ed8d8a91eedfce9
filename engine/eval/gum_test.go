package eval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

func TestReadGUM(t *testing.T) {
	docs, err := ReadGUM("testdata/gum")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	d := docs[0]
	want := "Harbor talks resume\n\nMayor Lena Ortiz's office said on Tuesday that she met the Dockers' Union. “We will reopen the port,” Ortiz said.\n\nUnion leaders welcomed the news."
	if d.Name != "GUM_demo_harbor" || d.Text != want {
		t.Errorf("document %q:\n%q\nwant\n%q", d.Name, d.Text, want)
	}
	var got []string
	for _, m := range d.Mentions {
		got = append(got, m.Entity+":"+m.Type+":"+runes(d.Text, Part{m.Span}))
	}
	// Nested brackets, a one-word mention, the possessive 's left out of
	// "Mayor Lena Ortiz" but kept inside "Mayor Lena Ortiz's office".
	wantM := []string{
		"1:event:Harbor talks",
		"2:organization:Mayor Lena Ortiz's office",
		"3:person:Mayor Lena Ortiz",
		"4:time:Tuesday",
		"3:person:she",
		"5:organization:the Dockers' Union",
		"2:organization:We",
		"6:place:the port",
		"3:person:Ortiz",
		"7:person:Union leaders",
		"5:organization:Union",
		"8:event:the news",
	}
	if strings.Join(got, "\n") != strings.Join(wantM, "\n") {
		t.Errorf("mentions:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantM, "\n"))
	}
	if d.Mentions[2].Identity != "Lena_Ortiz" {
		t.Errorf("identity %q", d.Mentions[2].Identity)
	}
	// No # newdoc: the file name; no # global.Entity: the default order.
	if docs[1].Name != "GUM_demo_port" || docs[1].Text != "Port workers went on strike." || len(docs[1].Mentions) != 1 || docs[1].Mentions[0].Type != "person" {
		t.Errorf("second document %+v", docs[1])
	}
}

func TestReadGUMErrors(t *testing.T) {
	tests := []struct {
		line int
		with string
		want string
	}{
		{8, "2\ttalks\t_\t_\tNNS\t_\t_\t_\t_\t_", "GUM_demo_harbor.conllu:7: mention of entity 1 is never closed"},
		{9, "2\ttalks\t_\t_\tNNS\t_\t_\t_\t_\tEntity=9)", "GUM_demo_harbor.conllu:9: entity 9 closes but is not open"},
		{9, "2\ttalks\t_\t_\tNNS", "GUM_demo_harbor.conllu:9: token line has 5 columns"},
		{9, "two\ttalks\t_\t_\tNNS\t_\t_\t_\t_\t_", "GUM_demo_harbor.conllu:9: token id \"two\""},
	}
	for _, tt := range tests {
		dir := copyTree(t, "testdata/gum")
		replaceLine(t, filepath.Join(dir, "GUM_demo_harbor.conllu"), tt.line, tt.with)
		_, err := ReadGUM(dir)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("line %d: error %v, want one containing %q", tt.line, err, tt.want)
		}
	}
}

func TestGUMCoref(t *testing.T) {
	docs, err := ReadGUM("testdata/gum")
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	rs := []rune(d.Text)
	// at returns the nth (from 0) occurrence of s as a mention.
	at := func(s string, nth int) annot.Mention {
		n := len([]rune(s))
		for i := 0; i+n <= len(rs); i++ {
			if string(rs[i:i+n]) == s {
				if nth == 0 {
					return annot.Mention{Start: i, End: i + n}
				}
				nth--
			}
		}
		t.Fatalf("%q not in text", s)
		return annot.Mention{}
	}
	// The engine joins "Mayor Lena Ortiz", "she" and "Ortiz" (all right)
	// and wrongly adds "We"; it makes "Union leaders" a group of its own.
	exp := &annot.Document{Actors: []annot.Actor{
		{ID: "a1", Type: "person", Mentions: []annot.Mention{at("Mayor Lena Ortiz", 0), at("she", 0), at("We", 0), at("Ortiz", 1)}},
		{ID: "a2", Type: "group", Mentions: []annot.Mention{at("Union leaders", 0)}},
	}}
	var c Coref
	var p, r float64
	gumCoref(&c, &p, &r, d, exp)
	// Matched: Lena Ortiz ×3 (entity 3), We (entity 2), Union leaders (7).
	// Engine links: 6 among a1's four mentions, 3 of them gold.
	if c.Mentions != 8 || c.Matched != 5 || c.Pairwise != (Counts{TP: 3, FP: 3, FN: 0}) {
		t.Errorf("coref %+v", c)
	}
	// B³ precision: 3×(3/4) + 1×(1/4) + 1 = 3.5 over 5; recall 5/5.
	if !near(p/5, 0.7) || !near(r/5, 1) {
		t.Errorf("B3 %v %v", p/5, r/5)
	}
	items := GUMPredictions(0, exp)
	if len(items) != 5 || items[4].Label != GUMPerson {
		t.Errorf("predictions %v", items)
	}
}
