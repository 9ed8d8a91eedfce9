package eval

import (
	"encoding/json"
	"math"
	"testing"
)

func sp(doc int, label string, s, e int) Item { return SpanItem(doc, label, Span{s, e}) }

func TestScore(t *testing.T) {
	tests := []struct {
		name           string
		gold, pred     []Item
		exact, overlap Counts
	}{
		{
			name:    "identical spans match in both modes",
			gold:    []Item{sp(0, "x", 0, 5)},
			pred:    []Item{sp(0, "x", 0, 5)},
			exact:   Counts{TP: 1},
			overlap: Counts{TP: 1},
		},
		{
			name:    "a shorter span overlaps but is not exact",
			gold:    []Item{sp(0, "x", 0, 5)},
			pred:    []Item{sp(0, "x", 0, 4)},
			exact:   Counts{FP: 1, FN: 1},
			overlap: Counts{TP: 1},
		},
		{
			name:    "touching spans do not overlap",
			gold:    []Item{sp(0, "x", 0, 5)},
			pred:    []Item{sp(0, "x", 5, 9)},
			exact:   Counts{FP: 1, FN: 1},
			overlap: Counts{FP: 1, FN: 1},
		},
		{
			name:    "two predictions on one gold span count it once",
			gold:    []Item{sp(0, "x", 0, 10)},
			pred:    []Item{sp(0, "x", 0, 4), sp(0, "x", 5, 10)},
			exact:   Counts{FP: 2, FN: 1},
			overlap: Counts{TP: 1, FP: 1},
		},
		{
			name:    "one prediction over two gold spans matches one",
			gold:    []Item{sp(0, "x", 0, 4), sp(0, "x", 5, 10)},
			pred:    []Item{sp(0, "x", 0, 10)},
			exact:   Counts{FP: 1, FN: 2},
			overlap: Counts{TP: 1, FN: 1},
		},
		{
			name:    "the same prediction twice is one hit and one false positive",
			gold:    []Item{sp(0, "x", 0, 5)},
			pred:    []Item{sp(0, "x", 0, 5), sp(0, "x", 0, 5)},
			exact:   Counts{TP: 1, FP: 1},
			overlap: Counts{TP: 1, FP: 1},
		},
		{
			name: "exact pairs are taken before larger overlaps",
			// p0 overlaps g0 by 5 and g1 by 5; p1 is exactly g1. Taking
			// p0–g1 first would leave p1 unmatched.
			gold:    []Item{sp(0, "x", 0, 10), sp(0, "x", 10, 20)},
			pred:    []Item{sp(0, "x", 5, 15), sp(0, "x", 10, 20)},
			exact:   Counts{TP: 1, FP: 1, FN: 1},
			overlap: Counts{TP: 2},
		},
		{
			name: "larger overlaps are taken first",
			// p0 overlaps g0 by 2 and g1 by 6; p1 overlaps only g0.
			gold:    []Item{sp(0, "x", 0, 10), sp(0, "x", 10, 20)},
			pred:    []Item{sp(0, "x", 8, 16), sp(0, "x", 1, 9)},
			exact:   Counts{FP: 2, FN: 2},
			overlap: Counts{TP: 2},
		},
		{
			name:    "no predictions: precision undefined, shown as 0",
			gold:    []Item{sp(0, "x", 0, 5), sp(1, "x", 0, 5)},
			exact:   Counts{FN: 2},
			overlap: Counts{FN: 2},
		},
		{
			name:    "no gold: every prediction is a false positive",
			pred:    []Item{sp(0, "x", 0, 5)},
			exact:   Counts{FP: 1},
			overlap: Counts{FP: 1},
		},
		{
			name:    "spans of different documents never match",
			gold:    []Item{sp(0, "x", 0, 5)},
			pred:    []Item{sp(1, "x", 0, 5)},
			exact:   Counts{FP: 1, FN: 1},
			overlap: Counts{FP: 1, FN: 1},
		},
		{
			name:    "a discontinuous gold span is exact only with every fragment",
			gold:    []Item{{Label: "x", Parts: []Part{{{0, 4}, {10, 14}}}}},
			pred:    []Item{sp(0, "x", 10, 14)},
			exact:   Counts{FP: 1, FN: 1},
			overlap: Counts{TP: 1},
		},
		{
			name:    "matching fragments are exact",
			gold:    []Item{{Label: "x", Parts: []Part{{{0, 4}, {10, 14}}}}},
			pred:    []Item{{Label: "x", Parts: []Part{{{0, 4}, {10, 14}}}}},
			exact:   Counts{TP: 1},
			overlap: Counts{TP: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, _ := Score([]string{"x"}, tt.gold, tt.pred)
			if len(rows) != 1 {
				t.Fatalf("got %d rows, want 1", len(rows))
			}
			r := rows[0]
			if r.Exact != tt.exact || r.Overlap != tt.overlap {
				t.Errorf("exact %+v overlap %+v, want exact %+v overlap %+v", r.Exact, r.Overlap, tt.exact, tt.overlap)
			}
			if r.Gold != len(tt.gold) || r.Pred != len(tt.pred) {
				t.Errorf("gold %d pred %d, want %d %d", r.Gold, r.Pred, len(tt.gold), len(tt.pred))
			}
		})
	}
}

func TestScoreAttributions(t *testing.T) {
	att := func(src, cue, content Part) Item {
		return Item{Label: KindAttribution, Parts: []Part{src, cue, content}}
	}
	p := func(s, e int) Part { return Part{{s, e}} }
	tests := []struct {
		name           string
		gold, pred     Item
		exact, overlap bool
	}{
		{"all three parts equal", att(p(0, 3), p(4, 8), p(9, 20)), att(p(0, 3), p(4, 8), p(9, 20)), true, true},
		{"all three parts overlap", att(p(0, 3), p(4, 8), p(9, 20)), att(p(1, 3), p(4, 7), p(9, 15)), false, true},
		{"the content does not overlap", att(p(0, 3), p(4, 8), p(9, 20)), att(p(0, 3), p(4, 8), p(21, 30)), false, false},
		{"no source on either side", att(nil, p(4, 8), p(9, 20)), att(nil, p(4, 8), p(9, 20)), true, true},
		{"a source where gold has none", att(nil, p(4, 8), p(9, 20)), att(p(0, 3), p(4, 8), p(9, 20)), false, false},
		{"no source where gold has one", att(p(0, 3), p(4, 8), p(9, 20)), att(nil, p(4, 8), p(9, 20)), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, _ := Score(nil, []Item{tt.gold}, []Item{tt.pred})
			r := rows[0]
			if got := r.Exact.TP == 1; got != tt.exact {
				t.Errorf("exact match %v, want %v", got, tt.exact)
			}
			if got := r.Overlap.TP == 1; got != tt.overlap {
				t.Errorf("overlap match %v, want %v", got, tt.overlap)
			}
		})
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{}, 0, 0, 0},
		{Counts{FN: 4}, 0, 0, 0},
		{Counts{FP: 4}, 0, 0, 0},
		{Counts{TP: 1, FP: 1, FN: 3}, 0.5, 0.25, 1.0 / 3},
		{Counts{TP: 3}, 1, 1, 1},
	}
	for _, tt := range tests {
		if p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1(); !near(p, tt.p) || !near(r, tt.r) || !near(f, tt.f) {
			t.Errorf("%+v: P %v R %v F1 %v, want %v %v %v", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
	b, err := json.Marshal(Counts{TP: 1, FP: 1, FN: 3})
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]float64
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got["tp"] != 1 || got["fp"] != 1 || got["fn"] != 3 || got["precision"] != 0.5 || got["recall"] != 0.25 {
		t.Errorf("JSON %s", b)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreRowsAndMisses(t *testing.T) {
	gold := []Item{sp(0, "b", 0, 5), sp(0, "a", 10, 15), sp(1, "a", 0, 3)}
	pred := []Item{sp(0, "b", 0, 4), sp(0, "a", 10, 15), sp(1, "c", 7, 9)}
	rows, misses := Score([]string{"a", "b", "z"}, gold, pred)
	var labels []string
	for _, r := range rows {
		labels = append(labels, r.Label)
	}
	if want := []string{"a", "b", "z", "c"}; !equalStrings(labels, want) {
		t.Fatalf("labels %v, want %v (listed first, then the others sorted)", labels, want)
	}
	if rows[2].Gold != 0 || rows[2].Pred != 0 {
		t.Errorf("label z has no items but got %+v", rows[2])
	}
	// Misses: b FN [0,5) near [0,4), b FP [0,4) near [0,5), a FN doc 1, c FP doc 1.
	if len(misses) != 4 {
		t.Fatalf("got %d misses, want 4: %+v", len(misses), misses)
	}
	for _, m := range misses {
		switch {
		case m.Label == "b" && m.FN:
			if m.Near == nil || m.Near.Parts[0][0] != (Span{0, 4}) {
				t.Errorf("missed b should be near the prediction [0,4): %+v", m.Near)
			}
		case m.Label == "b":
			if m.Near == nil || m.Near.Parts[0][0] != (Span{0, 5}) {
				t.Errorf("false b should be near the gold [0,5): %+v", m.Near)
			}
		case m.Label == "a" || m.Label == "c":
			if m.Near != nil || m.Item.Doc != 1 {
				t.Errorf("unexpected miss %+v", m)
			}
		}
	}
	if misses[len(misses)-1].Item.Doc != 1 {
		t.Errorf("misses are not in document order")
	}
}

func TestDedupAndSum(t *testing.T) {
	items := []Item{sp(0, "a", 0, 5), sp(0, "a", 0, 5), sp(1, "a", 0, 5), sp(0, "b", 0, 5)}
	if got := Dedup(items); len(got) != 3 {
		t.Errorf("Dedup kept %d items, want 3", len(got))
	}
	rows := []Row{
		{Label: "a", Gold: 2, Pred: 1, Exact: Counts{TP: 1, FN: 1}, Overlap: Counts{TP: 1, FN: 1}},
		{Label: "b", Gold: 1, Pred: 2, Exact: Counts{FP: 2, FN: 1}, Overlap: Counts{TP: 1, FP: 1}},
		{Label: "c", Gold: 9, Pred: 9},
	}
	s := SumRows(rows, "a+b", "a", "b")
	if s.Gold != 3 || s.Pred != 3 || s.Exact != (Counts{TP: 1, FP: 2, FN: 2}) || s.Overlap != (Counts{TP: 2, FP: 1, FN: 1}) {
		t.Errorf("SumRows = %+v", s)
	}
}

func TestUntyped(t *testing.T) {
	gold := []Item{sp(0, "PER", 0, 5), sp(0, "ORG", 0, 5), sp(0, "LOC", 9, 12)}
	pred := []Item{sp(0, "ORG", 0, 5), sp(0, "LOC", 9, 11)}
	r := untyped(gold, pred)
	if r.Label != AnyType || r.Gold != 2 || r.Exact.TP != 1 || r.Overlap.TP != 2 {
		t.Errorf("untyped = %+v", r)
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func BenchmarkScore(b *testing.B) {
	var gold, pred []Item
	for doc := range 100 {
		for i := range 60 {
			gold = append(gold, sp(doc, "x", i*20, i*20+8))
			pred = append(pred, sp(doc, "x", i*20+1, i*20+9))
		}
	}
	for b.Loop() {
		Score([]string{"x"}, gold, pred)
	}
}
