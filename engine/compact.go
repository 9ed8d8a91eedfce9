package engine

import "github.com/whosaid/whosaid/engine/annot"

// AppendCompact appends the compact form of d's export to dst, byte for
// byte annot.AppendCompact(dst, d.Export(), withText), written from d
// itself: the export, about six times the text in memory, is never built.
// Its errors are annot.AppendCompact's.
func (d *Document) AppendCompact(dst []byte, withText bool) ([]byte, error) {
	n := annot.CompactCounts{Actors: len(d.Actors), Quotes: len(d.Quotes), Claims: len(d.Claims)}
	n.Table = 8*(64+len(d.Actors)+len(d.Quotes)+len(d.Claims)) + 4096
	for _, a := range d.Actors {
		n.Mentions += len(a.Mentions)
		n.Names += len(a.Roles) + len(a.Aliases)
		n.Table += len(a.ID) + len(a.Name) + len(a.Rule)
		for _, s := range a.Roles {
			n.Table += len(s)
		}
		for _, s := range a.Aliases {
			n.Table += len(s)
		}
	}
	for _, q := range d.Quotes {
		n.Spans += countSpans(q.Source, q.Cue)
		n.Table += len(q.ID)
	}
	for _, c := range d.Claims {
		n.Spans += countSpans(c.Source, c.Cue, c.Addressee, c.Content)
		n.Table += len(c.ID)
	}
	head := d.exportHead()
	n.Table += len(head.Document.Title)
	w, err := annot.NewCompactWriter(dst, head, n, withText)
	if err != nil {
		return dst, err
	}
	for _, a := range d.Actors {
		w.Str(a.ID)
		w.Str(a.Name)
		w.Str(string(a.Type))
		w.List(false, len(a.Roles))
		w.List(false, len(a.Aliases))
		w.List(false, len(a.Mentions))
		w.Str(a.Rule)
		w.Str(annot.OriginEngine)
	}
	for _, a := range d.Actors {
		for _, s := range a.Roles {
			w.Str(s)
		}
		for _, s := range a.Aliases {
			w.Str(s)
		}
	}
	for _, a := range d.Actors {
		for i := range a.Mentions {
			m := &a.Mentions[i]
			w.TextSpan(m.Start, m.End)
			w.Str(string(m.Kind))
			w.Str(m.Rule)
			w.Str(annot.OriginEngine)
		}
	}
	for _, q := range d.Quotes {
		w.Str(q.ID)
		w.TextSpan(q.Span.Start, q.Span.End)
		w.Str(string(q.Kind))
		w.OptStr(optID(&q.Speaker))
		w.Ref(q.Source != nil)
		w.Ref(q.Cue != nil)
		w.Str(q.Rule)
		w.Str(annot.OriginEngine)
		w.Confidence(q.Confidence)
	}
	for _, c := range d.Claims {
		w.Str(c.ID)
		w.TextSpan(c.Span.Start, c.Span.End)
		w.Str(string(c.Kind))
		w.OptStr(optID(&c.Claimant))
		w.Ref(c.Source != nil)
		w.Ref(c.Cue != nil)
		w.Ref(c.Addressee != nil)
		w.Ref(c.Content != nil)
		w.OptStr(optID(&c.Quote))
		w.Str(c.Rule)
		w.Str(annot.OriginEngine)
		w.Confidence(c.Confidence)
	}
	span := func(s *Span) {
		if s != nil {
			w.TextSpan(s.Start, s.End)
		}
	}
	for _, q := range d.Quotes {
		span(q.Source)
		span(q.Cue)
	}
	for _, c := range d.Claims {
		span(c.Source)
		span(c.Cue)
		span(c.Addressee)
		span(c.Content)
	}
	return w.Finish()
}

// optID returns id, or nil for the empty id, as the export's nullable ids.
func optID(id *string) *string {
	if *id == "" {
		return nil
	}
	return id
}
