package eval

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzConllu checks that any CoNLL-U input gives documents whose mentions
// lie inside their text, or an error; never a panic.
func FuzzConllu(f *testing.F) {
	for _, p := range []string{"testdata/gum/GUM_demo_harbor.conllu", "testdata/gum/GUM_demo_port.conllu"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t_\t_\t_\tEntity=(1-person)\n\n")
	f.Add("# newdoc id = x\n1\ta\t_\t_\t_\t_\t_\t_\t_\tEntity=((1)\n# newdoc id = y\n")
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := readConllu("fuzz.conllu", strings.NewReader(s))
		if err != nil {
			return
		}
		for _, d := range docs {
			n := utf8.RuneCountInString(d.Text)
			for _, m := range d.Mentions {
				if m.Span.Start < 0 || m.Span.End < m.Span.Start || m.Span.End > n {
					t.Fatalf("mention %+v outside text of %d code points", m, n)
				}
			}
		}
	})
}

// FuzzBrat checks that any .ann input over a text gives attributions inside
// the text, or an error; never a panic.
func FuzzBrat(f *testing.F) {
	b, err := os.ReadFile("testdata/polnear/attributions/demo-budget_a1b2.ann")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	f.Add("T1\tSource 0 3;2 5\tabc cde\nE1\tSource:T1 Cue:T1 Content:T1\n")
	text, err := os.ReadFile("testdata/polnear/text/demo-budget.txt")
	if err != nil {
		f.Fatal(err)
	}
	rs := []rune(string(text))
	f.Fuzz(func(t *testing.T, s string) {
		atts, _, err := parseBrat("fuzz.ann", strings.NewReader(s), rs)
		if err != nil {
			return
		}
		for _, a := range atts {
			for _, p := range []Part{a.Source, a.Cue, a.Content} {
				for i, fr := range p {
					if fr.Start < 0 || fr.End < fr.Start || fr.End > len(rs) || (i > 0 && fr.Start <= p[i-1].End) {
						t.Fatalf("part %v is not sorted, disjoint fragments inside the text", p)
					}
				}
			}
		}
	})
}

// FuzzScore checks the counting invariants on arbitrary spans: every gold
// item and prediction is counted once, and overlap finds at least the exact
// matches.
func FuzzScore(f *testing.F) {
	f.Add([]byte{0, 5, 0, 5, 3, 9}, []byte{0, 4, 2, 9})
	f.Fuzz(func(t *testing.T, g, p []byte) {
		items := func(b []byte) []Item {
			var out []Item
			for i := 0; i+1 < len(b); i += 2 {
				s, e := int(b[i]%32), int(b[i+1]%32)
				out = append(out, sp(int(b[i]/128), "x", min(s, e), max(s, e)))
			}
			return out
		}
		gold, pred := items(g), items(p)
		rows, misses := Score([]string{"x"}, gold, pred)
		r := rows[0]
		for _, c := range []Counts{r.Exact, r.Overlap} {
			if c.TP+c.FN != len(gold) || c.TP+c.FP != len(pred) {
				t.Fatalf("counts %+v for %d gold, %d predicted", c, len(gold), len(pred))
			}
		}
		if r.Overlap.TP < r.Exact.TP {
			t.Fatalf("overlap %+v found fewer than exact %+v", r.Overlap, r.Exact)
		}
		if len(misses) != r.Exact.FP+r.Exact.FN {
			t.Fatalf("%d misses for %+v", len(misses), r.Exact)
		}
	})
}
