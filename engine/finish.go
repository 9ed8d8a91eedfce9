package engine

import (
	"cmp"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/msg"
)

// Stage 6, finish: number the annotations in text order, map every span from
// the normalised text back to the source bytes, and check the invariants the
// export relies on. A broken invariant is a bug in a stage, so it panics.
func finish(d *Document) {
	d.low = lowered{}                                                                // only the stages before read it
	sortBySpan(d.Quotes, func(q *Quote) Span { return Span{q.Span.Start, 0} }, true) // by start only
	sortBySpan(d.Claims, func(c *Claim) Span { return c.Span }, true)
	for _, a := range d.Actors {
		sortBySpan(a.Mentions, func(m Mention) Span { return m.Span }, true)
	}
	sortBySpan(d.Actors, func(a *Actor) Span { return a.Mentions[0].Span }, true)
	ids := make(map[string]string, len(d.Actors))
	aids := newIDSeq("a", 1, len(d.Actors))
	for _, a := range d.Actors {
		id := aids.id()
		ids[a.ID] = id
		a.ID = id
	}
	// qids[k] is the new ID of the quote attribute numbered "tmpq"+k (""
	// for the quotes dropped since): a slice where a map would take several
	// times its memory.
	qids := make([]string, len(d.quoteSpans))
	qnums := newIDSeq("q", 1, len(d.Quotes))
	for _, q := range d.Quotes {
		id := qnums.id()
		qids[tmpNumber(q.ID, "tmpq")] = id
		q.ID = id
		q.Speaker = ids[q.Speaker]
	}
	cids := newIDSeq("c", 1, len(d.Claims))
	for _, c := range d.Claims {
		c.ID = cids.id()
		c.Claimant = ids[c.Claimant]
		if c.Quote != "" {
			c.Quote = qids[tmpNumber(c.Quote, "tmpq")]
		}
	}
	mapSpans(d)
	// Only the stages before read these; the normalised text is a copy of
	// the whole text when it differs from it.
	d.norm, d.quoteSpans = normText{}, nil
	d.Diagnostics.Sort()
	check(d)
}

// tmpNumber returns k of the temporary ID prefix+k (numberedIDs); any
// other ID is a bug in a stage.
func tmpNumber(id, prefix string) int {
	if len(id) <= len(prefix) || id[:len(prefix)] != prefix {
		panic("engine: temporary ID " + id + " lacks " + prefix)
	}
	k := 0
	for i := len(prefix); i < len(id); i++ {
		k = 10*k + int(id[i]-'0')
	}
	return k
}

func spanLess(a, b Span) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.End < b.End
}

// spanCmp orders spans as spanLess does, for the slices sort functions.
func spanCmp(a, b Span) int {
	if a.Start != b.Start {
		return cmp.Compare(a.Start, b.Start)
	}
	return cmp.Compare(a.End, b.End)
}

// mapSpans converts every span from normalised to source offsets.
func mapSpans(d *Document) {
	n := &d.norm
	if n.edits == nil {
		return
	}
	// Annotations may share an optional span (a quote and its claim share
	// the cue); each span is mapped once.
	seen := map[*Span]bool{}
	m := func(s *Span) {
		if s != nil && !seen[s] {
			seen[s] = true
			*s = n.toSrc(*s)
		}
	}
	for i := range d.Tokens {
		t := &d.Tokens[i]
		s := n.toSrc(t.Span())
		t.Start, t.End = int32(s.Start), int32(s.End)
	}
	for i := range d.Paragraphs {
		m(&d.Paragraphs[i])
	}
	for i := range d.Sentences {
		m(&d.Sentences[i].Span)
	}
	if !d.Title.Empty() {
		m(&d.Title)
	}
	for _, a := range d.Actors {
		for i := range a.Mentions {
			m(&a.Mentions[i].Span)
		}
	}
	for _, q := range d.Quotes {
		m(&q.Span)
		m(q.Source)
		m(q.Cue)
	}
	for _, c := range d.Claims {
		m(&c.Span)
		m(c.Source)
		m(c.Cue)
		m(c.Addressee)
		m(c.Content)
	}
	for i := range d.Diagnostics {
		m(&d.Diagnostics[i].Span)
	}
}

// check panics when a span is out of bounds or splits a rune.
func check(d *Document) {
	ok := func(s *Span, what string) {
		if s == nil {
			return
		}
		if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) ||
			!boundary(d.Text, s.Start) || !boundary(d.Text, s.End) {
			panic(msg.Sprintf("engine: %s span %d-%d broken in text of %d bytes", what, s.Start, s.End, len(d.Text)))
		}
	}
	ok(&d.Title, "title")
	for _, a := range d.Actors {
		for i := range a.Mentions {
			ok(&a.Mentions[i].Span, "mention")
		}
	}
	for _, q := range d.Quotes {
		ok(&q.Span, "quote")
		ok(q.Source, "quote source")
		ok(q.Cue, "quote cue")
	}
	for _, c := range d.Claims {
		ok(&c.Span, "claim")
		ok(c.Source, "claim source")
		ok(c.Cue, "claim cue")
		ok(c.Addressee, "claim addressee")
		ok(c.Content, "claim content")
	}
}

func boundary(s string, i int) bool {
	return i == 0 || i == len(s) || utf8.RuneStart(s[i])
}
