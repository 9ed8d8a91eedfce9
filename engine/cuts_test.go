package engine

import (
	"slices"
	"testing"
)

// TestContentCutsAscend checks what cutAfter's binary search relies on and
// contentCuts no longer sorts for: the cuts of a sentence ascend.
func TestContentCutsAscend(t *testing.T) {
	text := "The mayor said the plan would work; but critics disagreed, saying it was late, " +
		"while others, although unsure, said the council, raising hopes, but not taxes, would act; and more."
	d := &Document{Text: text}
	for _, st := range pipeline[:4] { // up to attribute
		st.run(d)
	}
	a := &attributor{d: d, s: d.norm.s, toks: d.Tokens, inQuote: make([]bool, len(d.Tokens))}
	n := 0
	for _, se := range d.Sentences {
		cuts := a.contentCuts(se)
		if !slices.IsSorted(cuts) {
			t.Errorf("cuts %v of %q do not ascend", cuts, d.norm.s[d.Tokens[se.First].Start:d.Tokens[se.Last-1].End])
		}
		n += len(cuts)
	}
	if n < 5 {
		t.Errorf("%d cuts in %q, want at least 5: the test no longer tests", n, text)
	}
}
