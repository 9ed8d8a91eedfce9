package engine

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortBySpan checks that sortBySpan gives the permutation of
// slices.SortStableFunc and slices.SortFunc, ties included, on slices of
// every length up to 300 with many equal spans.
func TestSortBySpan(t *testing.T) {
	type item struct {
		sp  Span
		tag string
	}
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 300 {
		for _, stable := range []bool{true, false} {
			s := make([]item, n)
			for i := range s {
				a := r.IntN(n/4 + 2)
				s[i] = item{Span{a, a + r.IntN(3)}, itoa(i)}
			}
			want := slices.Clone(s)
			cmp := func(x, y item) int { return spanCmp(x.sp, y.sp) }
			if stable {
				slices.SortStableFunc(want, cmp)
			} else {
				slices.SortFunc(want, cmp)
			}
			sortBySpan(s, func(it item) Span { return it.sp }, stable)
			if !slices.Equal(s, want) {
				t.Fatalf("n=%d stable=%v:\n got %v\nwant %v", n, stable, s, want)
			}
		}
	}
}

// TestNumberedIDs checks the ids against itoa across digit boundaries.
func TestNumberedIDs(t *testing.T) {
	for _, from := range []int{0, 1, 7} {
		ids := numberedIDs("q", from, 1200)
		for i, id := range ids {
			if want := "q" + itoa(from+i); id != want {
				t.Fatalf("from %d: id %d is %q, want %q", from, i, id, want)
			}
		}
	}
	if ids := numberedIDs("c", 1, 0); len(ids) != 0 {
		t.Fatalf("no ids: got %q", ids)
	}
}

// TestWordLists checks the word lists of segment.go that inList searches:
// whole words only, case-sensitive.
func TestWordLists(t *testing.T) {
	for _, w := range []string{"The", "With", "Shares", "I"} {
		if !sentenceOpener(w) {
			t.Errorf("sentenceOpener(%q) = false", w)
		}
	}
	for _, w := range []string{"Th", "the", "Wit", "Is"} {
		if sentenceOpener(w) {
			t.Errorf("sentenceOpener(%q) = true", w)
		}
	}
	for _, w := range []string{"said", "concluded", "Asked", "replies"} {
		if !isAttributionVerb(w) {
			t.Errorf("isAttributionVerb(%q) = false", w)
		}
	}
	for _, w := range []string{"say", "aid", "asked ", "Told"} {
		if isAttributionVerb(w) {
			t.Errorf("isAttributionVerb(%q) = true", w)
		}
	}
}
