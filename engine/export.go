package engine

import (
	"github.com/whosaid/whosaid/engine/annot"
)

// GeneratorName and GeneratorVersion identify the engine in exports.
// GeneratorVersion changes whenever the engine's output for a text may change.
const (
	GeneratorName    = "whosaid"
	GeneratorVersion = "0.7.0"
)

// Export converts d to the export schema, with code point offsets. The same
// text always gives the same document.
//
// The mentions of all actors share one array (each actor's slice is capped at
// its own length), and so do the optional spans and the nullable ids, so
// that a large document costs a few allocations instead of one per value.
func (d *Document) Export() *annot.Document {
	m := annot.NewMapper(d.Text)
	span := func(s Span) annot.Span {
		return annot.Span{
			Start: m.MustConvert(s.Start, annot.Bytes, annot.Runes),
			End:   m.MustConvert(s.End, annot.Bytes, annot.Runes),
			Text:  d.Text[s.Start:s.End],
		}
	}
	nMentions, nSpans, nIDs := 0, 0, 0
	for _, a := range d.Actors {
		nMentions += len(a.Mentions)
	}
	for _, q := range d.Quotes {
		nSpans += countSpans(q.Source, q.Cue)
		nIDs++
	}
	for _, c := range d.Claims {
		nSpans += countSpans(c.Source, c.Cue, c.Addressee, c.Content)
		nIDs += 2
	}
	spans := make([]annot.Span, 0, nSpans)
	opt := func(s *Span) *annot.Span {
		if s == nil {
			return nil
		}
		spans = append(spans, span(*s))
		return &spans[len(spans)-1]
	}
	ids := make([]string, 0, nIDs)
	ref := func(id string) *string {
		if id == "" {
			return nil
		}
		ids = append(ids, id)
		return &ids[len(ids)-1]
	}
	out := d.exportHead()
	out.Actors = make([]annot.Actor, len(d.Actors))
	out.Quotes = make([]annot.Quote, len(d.Quotes))
	out.Claims = make([]annot.Claim, len(d.Claims))
	mentions := make([]annot.Mention, nMentions)
	for i, a := range d.Actors {
		ms := mentions[:len(a.Mentions):len(a.Mentions)]
		mentions = mentions[len(a.Mentions):]
		for j, mn := range a.Mentions {
			s := span(mn.Span)
			ms[j] = annot.Mention{
				Start: s.Start, End: s.End, Text: s.Text,
				Kind: string(mn.Kind), Rule: mn.Rule, Origin: annot.OriginEngine,
			}
		}
		out.Actors[i] = annot.Actor{
			ID: a.ID, Name: a.Name, Type: string(a.Type),
			Roles: nonNil(a.Roles), Aliases: nonNil(a.Aliases),
			Mentions: ms,
			Rule:     a.Rule, Origin: annot.OriginEngine,
		}
	}
	for i, q := range d.Quotes {
		s := span(q.Span)
		eq := &out.Quotes[i]
		eq.ID, eq.Start, eq.End, eq.Text, eq.Kind = q.ID, s.Start, s.End, s.Text, string(q.Kind)
		eq.Speaker, eq.Source, eq.Cue = ref(q.Speaker), opt(q.Source), opt(q.Cue)
		eq.Confidence, eq.Rule, eq.Origin = q.Confidence, q.Rule, annot.OriginEngine
	}
	for i, c := range d.Claims {
		s := span(c.Span)
		ec := &out.Claims[i]
		ec.ID, ec.Start, ec.End, ec.Text, ec.Kind = c.ID, s.Start, s.End, s.Text, string(c.Kind)
		ec.Claimant, ec.Source, ec.Cue = ref(c.Claimant), opt(c.Source), opt(c.Cue)
		ec.Addressee, ec.Content, ec.Quote = opt(c.Addressee), opt(c.Content), ref(c.Quote)
		ec.Confidence, ec.Rule, ec.Origin = c.Confidence, c.Rule, annot.OriginEngine
	}
	return out
}

// countSpans counts the spans that are not nil.
func countSpans(spans ...*Span) int {
	n := 0
	for _, s := range spans {
		if s != nil {
			n++
		}
	}
	return n
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// exportHead returns the export of d without its annotations: format,
// version, generator and the document with its id, title and text. Export
// and AppendCompact both start from it.
func (d *Document) exportHead() *annot.Document {
	return &annot.Document{
		Format:    annot.Format,
		Version:   annot.Version,
		Generator: annot.Generator{Name: GeneratorName, Version: GeneratorVersion},
		Document: annot.Text{
			ID:       annot.TextID(d.Text),
			Title:    d.Text[d.Title.Start:d.Title.End],
			Text:     d.Text,
			Language: "en",
		},
	}
}
