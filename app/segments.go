package app

import (
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
	order := make([]int32, 0, len(marks))
	bounds := make([]int, 0, 2*len(marks)+2)
	bounds = append(bounds, 0, n)
	for i, m := range marks {
		s, e := max(m.Start, 0), min(m.End, n)
		if s >= e {
			continue
		}
		order = append(order, int32(i))
		bounds = append(bounds, s, e)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	yield()
	slices.SortFunc(order, func(a, b int32) int { return max(marks[a].Start, 0) - max(marks[b].Start, 0) })
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
			cover = slices.Clone(active)
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
