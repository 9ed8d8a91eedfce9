package engine

import (
	"cmp"
	"slices"
)

// spanKey is a sort key: the span [start, end) of element i of the slice
// being sorted. Offsets fit in 32 bits since MaxTextSize does.
type spanKey struct{ start, end, i int32 }

// spanKeyCmp orders keys as spanCmp orders their spans.
func spanKeyCmp(x, y spanKey) int {
	if x.start != y.start {
		return cmp.Compare(x.start, y.start)
	}
	return cmp.Compare(x.end, y.end)
}

// spanKeyStableCmp orders keys as spanKeyCmp, then by i. No two keys are
// equal under it, so any sort by it gives the order of a stable sort by
// spanKeyCmp: pdqsort does that with fewer moves than SortStableFunc's
// insertion sort and merges (1% of engine.wasm's CPU on 1 MB).
func spanKeyStableCmp(x, y spanKey) int {
	if c := spanKeyCmp(x, y); c != 0 {
		return c
	}
	return cmp.Compare(x.i, y.i)
}

// sortBySpan sorts s by span(s[i]) in spanCmp order, stably if stable is
// set. The result is that of slices.SortStableFunc (or slices.SortFunc) on
// s with the same comparison, since their permutation depends only on the
// comparisons and the length; but the sort moves pointer-free keys and each
// element of s moves once at the end, so sorting annotations that hold
// pointers and strings does not pass through the GC's write barrier at every
// swap. A sorted s is left untouched.
func sortBySpan[T any](s []T, span func(T) Span, stable bool) {
	keys := spanOrder(len(s), func(i int) Span { return span(s[i]) }, stable)
	// Position j takes the element at keys[j].i: follow each cycle once,
	// marking a placed position by pointing its key at itself.
	for j := range keys {
		if int(keys[j].i) == j {
			continue
		}
		tmp := s[j]
		k := j
		for {
			src := int(keys[k].i)
			keys[k].i = int32(k)
			if src == j {
				s[k] = tmp
				break
			}
			s[k] = s[src]
			k = src
		}
	}
}

// spanOrder returns the keys of the n spans span(0) … span(n-1) in sorted
// order, or nil when they are sorted already. It is the part of sortBySpan
// that does not depend on the element type, so that each instance of the
// generic function stays small.
func spanOrder(n int, span func(i int) Span, stable bool) []spanKey {
	if n < 2 {
		return nil
	}
	prev := span(0)
	for i := 1; i < n; i++ {
		sp := span(i)
		if spanCmp(prev, sp) > 0 {
			break
		}
		if i == n-1 {
			return nil // sorted
		}
		prev = sp
	}
	keys := make([]spanKey, n)
	for i := range keys {
		sp := span(i)
		keys[i] = spanKey{int32(sp.Start), int32(sp.End), int32(i)}
	}
	if stable {
		slices.SortFunc(keys, spanKeyStableCmp)
	} else {
		slices.SortFunc(keys, spanKeyCmp)
	}
	return keys
}
