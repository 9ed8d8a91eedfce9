package engine

import "slices"

// spanKey is a sort key: the span of element i of the slice being sorted.
type spanKey struct {
	Span
	i int32
}

// sortBySpan sorts s by span(s[i]) in spanCmp order, stably if stable is
// set. The result is that of slices.SortStableFunc (or slices.SortFunc) on
// s with the same comparison, since their permutation depends only on the
// comparisons and the length; but the sort moves pointer-free keys and each
// element of s moves once at the end, so sorting annotations that hold
// pointers and strings does not pass through the GC's write barrier at every
// swap. A sorted s is left untouched.
func sortBySpan[T any](s []T, span func(T) Span, stable bool) {
	if len(s) < 2 {
		return
	}
	keys := make([]spanKey, len(s))
	sorted := true
	for i := range s {
		keys[i] = spanKey{span(s[i]), int32(i)}
		sorted = sorted && (i == 0 || spanCmp(keys[i-1].Span, keys[i].Span) <= 0)
	}
	if sorted {
		return
	}
	cmp := func(x, y spanKey) int { return spanCmp(x.Span, y.Span) }
	if stable {
		slices.SortStableFunc(keys, cmp)
	} else {
		slices.SortFunc(keys, cmp)
	}
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
