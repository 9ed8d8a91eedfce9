package app

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Layer is one kind of highlight. Lower layers wrap higher ones when marks
// cover the same text, so a name inside a quote inside a claim renders as
// claim ⊃ quote ⊃ mention.
type Layer uint8

// The highlight layers, outermost first.
const (
	LayerClaim Layer = iota
	LayerQuote
	LayerCue
	LayerMention
	numLayers
)

// Mark is one highlight: a half-open code point span in one layer, with the
// render key of the annotation it shows.
type Mark struct {
	Start, End int
	Layer      Layer
	Key        int
	Type       string // actor type, for mentions
}

// Segment is a maximal run of code points covered by one set of marks.
// Marks holds indexes into the mark list, outermost first: by layer, then
// longer spans before shorter ones, then by position in the list.
type Segment struct {
	Start, End int
	Marks      []int32
}

// Segmentize cuts the code points [0, n) into consecutive segments at every
// mark boundary, each carrying the marks that cover it. The segments
// partition [0, n) exactly. Marks are clipped to [0, n); empty marks cover
// nothing and are dropped.
func Segmentize(marks []Mark, n int) []Segment {
	return segmentize(marks, n, func() {})
}

// segmentize is Segmentize calling yield every yieldEvery segments.
func segmentize(marks []Mark, n int, yield func()) []Segment {
	if n <= 0 {
		return nil
	}
	// The marks by start, then index: byStart holds start<<32 | index.
	// Marks with the same start join the active set together and are
	// ordered there by outer, so the index only makes the order total.
	byStart := make([]uint64, 0, len(marks))
	bounds := make([]int, 0, 2*len(marks)+2)
	bounds = append(bounds, 0, n)
	for i, m := range marks {
		s, e := max(m.Start, 0), min(m.End, n)
		if s >= e {
			continue
		}
		byStart = append(byStart, uint64(s)<<32|uint64(i))
		bounds = append(bounds, s, e)
	}
	sortYield(bounds, yield)
	bounds = slices.Compact(bounds)
	sortYield(byStart, yield)
	order := make([]int32, len(byStart))
	for i, k := range byStart {
		order[i] = int32(k & (1<<32 - 1))
	}
	yield()

	outer := func(a, b int32) int {
		ma, mb := marks[a], marks[b]
		if ma.Layer != mb.Layer {
			return int(ma.Layer) - int(mb.Layer)
		}
		if la, lb := ma.End-ma.Start, mb.End-mb.Start; la != lb {
			return lb - la
		}
		return int(a - b)
	}
	segs := make([]Segment, 0, len(bounds)-1)
	// The segments' mark lists are cut from shared blocks: one slice
	// each was 70,000 small objects for 1 MB, which Go's collector marks
	// one by one on the main thread.
	var pool []int32
	var active []int32
	next := 0
	for i := 0; i+1 < len(bounds); i++ {
		b := bounds[i]
		active = slices.DeleteFunc(active, func(k int32) bool { return min(marks[k].End, n) <= b })
		added := false
		for next < len(order) && max(marks[order[next]].Start, 0) <= b {
			active = append(active, order[next])
			next++
			added = true
		}
		if added {
			slices.SortFunc(active, outer)
		}
		var cover []int32
		if len(active) > 0 {
			if len(pool)+len(active) > cap(pool) {
				pool = make([]int32, 0, max(poolBlock, len(active)))
			}
			pool = append(pool, active...)
			cover = pool[len(pool)-len(active) : len(pool) : len(pool)]
		}
		segs = append(segs, Segment{Start: b, End: bounds[i+1], Marks: cover})
		if i%yieldEvery == yieldEvery-1 {
			yield()
		}
	}
	return segs
}

// Para is one paragraph of the text: a line holding more than white space,
// as a half-open code point span without its line break.
type Para struct{ Start, End int }

// Paragraphs splits text into its non-blank lines. "\r\n" and "\r" end a
// line as "\n" does.
func Paragraphs(text string) []Para {
	var ps []Para
	r := 0 // code point offset of the current byte position
	for len(text) > 0 {
		k := strings.IndexAny(text, "\r\n")
		line := text
		if k >= 0 {
			line = text[:k]
		}
		n := utf8.RuneCountInString(line)
		if strings.TrimSpace(line) != "" {
			ps = append(ps, Para{r, r + n})
		}
		r += n
		if k < 0 {
			break
		}
		text = text[k+1:]
		r++
	}
	return ps
}

// poolBlock is how many mark indexes one shared block of segmentize holds.
const poolBlock = 16 << 10

// sortRun is how many elements sortYield sorts, or merges, between two
// calls of its yield function: about a millisecond in WebAssembly.
const sortRun = 8 << 10

// sortYield sorts s in ascending order as slices.Sort does, calling yield
// every sortRun elements sorted or merged: a merge sort of runs sorted by
// slices.Sort. Sorting the 100,000-200,000 bounds and marks of a 1 MB
// document in one call took 20-45 ms of the main thread in WebAssembly.
func sortYield[T cmp.Ordered](s []T, yield func()) {
	if len(s) <= sortRun {
		slices.Sort(s)
		return
	}
	for i := 0; i < len(s); i += sortRun {
		slices.Sort(s[i:min(i+sortRun, len(s))])
		yield()
	}
	buf := make([]T, len(s))
	src, dst := s, buf
	for width := sortRun; width < len(s); width *= 2 {
		done := 0
		for lo := 0; lo < len(s); lo += 2 * width {
			mid, hi := min(lo+width, len(s)), min(lo+2*width, len(s))
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if src[j] < src[i] {
					dst[k] = src[j]
					j++
				} else {
					dst[k] = src[i]
					i++
				}
				k++
				if done++; done%sortRun == 0 {
					yield()
				}
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	if &src[0] != &s[0] {
		copy(s, src)
	}
}
