package engine

import (
	"github.com/whosaid/whosaid/engine/annot"
)

// GeneratorName and GeneratorVersion identify the engine in exports.
// GeneratorVersion changes whenever the engine's output for a text may change.
const (
	GeneratorName    = "whosaid"
	GeneratorVersion = "0.1.0"
)

// Export converts d to the export schema, with code point offsets. The same
// text always gives the same document.
func (d *Document) Export() *annot.Document {
	m := annot.NewMapper(d.Text)
	span := func(s Span) annot.Span {
		return annot.Span{
			Start: m.MustConvert(s.Start, annot.Bytes, annot.Runes),
			End:   m.MustConvert(s.End, annot.Bytes, annot.Runes),
			Text:  d.Text[s.Start:s.End],
		}
	}
	opt := func(s *Span) *annot.Span {
		if s == nil {
			return nil
		}
		v := span(*s)
		return &v
	}
	out := &annot.Document{
		Format:    annot.Format,
		Version:   annot.Version,
		Generator: annot.Generator{Name: GeneratorName, Version: GeneratorVersion},
		Document: annot.Text{
			ID:       annot.TextID(d.Text),
			Title:    d.Text[d.Title.Start:d.Title.End],
			Text:     d.Text,
			Language: "en",
		},
		Actors: make([]annot.Actor, 0, len(d.Actors)),
		Quotes: make([]annot.Quote, 0, len(d.Quotes)),
		Claims: make([]annot.Claim, 0, len(d.Claims)),
	}
	for _, a := range d.Actors {
		ea := annot.Actor{
			ID: a.ID, Name: a.Name, Type: string(a.Type),
			Roles: nonNil(a.Roles), Aliases: nonNil(a.Aliases),
			Mentions: make([]annot.Mention, 0, len(a.Mentions)),
			Rule:     a.Rule, Origin: annot.OriginEngine,
		}
		for _, mn := range a.Mentions {
			s := span(mn.Span)
			ea.Mentions = append(ea.Mentions, annot.Mention{
				Start: s.Start, End: s.End, Text: s.Text,
				Kind: string(mn.Kind), Rule: mn.Rule, Origin: annot.OriginEngine,
			})
		}
		out.Actors = append(out.Actors, ea)
	}
	for _, q := range d.Quotes {
		s := span(q.Span)
		out.Quotes = append(out.Quotes, annot.Quote{
			ID: q.ID, Start: s.Start, End: s.End, Text: s.Text, Kind: string(q.Kind),
			Speaker: annot.StrPtr(q.Speaker), Source: opt(q.Source), Cue: opt(q.Cue),
			Confidence: q.Confidence, Rule: q.Rule, Origin: annot.OriginEngine,
		})
	}
	for _, c := range d.Claims {
		s := span(c.Span)
		out.Claims = append(out.Claims, annot.Claim{
			ID: c.ID, Start: s.Start, End: s.End, Text: s.Text, Kind: string(c.Kind),
			Claimant: annot.StrPtr(c.Claimant), Source: opt(c.Source), Cue: opt(c.Cue),
			Addressee: opt(c.Addressee), Content: opt(c.Content), Quote: annot.StrPtr(c.Quote),
			Confidence: c.Confidence, Rule: c.Rule, Origin: annot.OriginEngine,
		})
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
