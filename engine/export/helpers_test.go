package export

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

// sampleText is an invented article with accents, an emoji outside the
// Basic Multilingual Plane, a combining mark and HTML characters; the same
// as engine/annot's test sample.
const sampleText = "Ghana budget row deepens\n\n" +
	"Zoë Müller-Ång said the plan was “a gift to speculators 🚀” and would fail.\n\n" +
	"\"We will not back down,\" said Kwame Mensah, the finance minister of Ghana.\n\n" +
	"The IMF warned <ministers> & lenders that growth would slow in Accra\u0301."

// spanOf returns the span, in code points, of the n-th (from 0) occurrence
// of sub in text.
func spanOf(t testing.TB, text, sub string, n int) annot.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], sub)
		if j < 0 {
			t.Fatalf("%q occurs fewer than %d times", sub, n+1)
		}
		if i == n {
			off += j
			break
		}
		off += j + len(sub)
	}
	m := annot.NewMapper(text)
	return annot.Span{Start: m.MustConvert(off, annot.Bytes, annot.Runes), End: m.MustConvert(off+len(sub), annot.Bytes, annot.Runes), Text: sub}
}

func ptr(s annot.Span) *annot.Span { return &s }

// sampleDoc builds a complete, valid document over sampleText by hand.
func sampleDoc(t testing.TB) *annot.Document {
	t.Helper()
	x := sampleText
	mention := func(sub string, n int, kind string) annot.Mention {
		s := spanOf(t, x, sub, n)
		return annot.Mention{Start: s.Start, End: s.End, Text: s.Text, Kind: kind, Rule: "test", Origin: annot.OriginEngine}
	}
	q1 := spanOf(t, x, "“a gift to speculators 🚀”", 0)
	q2 := spanOf(t, x, "\"We will not back down,\"", 0)
	c1 := spanOf(t, x, "Zoë Müller-Ång said the plan was “a gift to speculators 🚀” and would fail", 0)
	c3 := spanOf(t, x, "The IMF warned <ministers> & lenders that growth would slow in Accra\u0301", 0)
	return &annot.Document{
		Format:    annot.Format,
		Version:   annot.Version,
		Generator: annot.Generator{Name: "whosaid", Version: "test"},
		Document:  annot.Text{ID: annot.TextID(x), Title: "Ghana budget row deepens", Text: x, Language: "en"},
		Actors: []annot.Actor{
			{ID: "a1", Name: "Zoë Müller-Ång", Type: "person", Roles: []string{}, Aliases: []string{"Müller-Ång"},
				Mentions: []annot.Mention{mention("Zoë Müller-Ång", 0, "name")}, Rule: "name", Origin: annot.OriginEngine},
			{ID: "a2", Name: "Kwame Mensah", Type: "person", Roles: []string{"finance minister"}, Aliases: []string{},
				Mentions: []annot.Mention{mention("Kwame Mensah", 0, "name"), mention("the finance minister", 0, "descriptor")}, Rule: "name", Origin: annot.OriginEngine},
			{ID: "a3", Name: "International Monetary Fund", Type: "organization", Roles: []string{}, Aliases: []string{"IMF"},
				Mentions: []annot.Mention{mention("IMF", 0, "acronym")}, Rule: "lexicon", Origin: annot.OriginUser},
		},
		Quotes: []annot.Quote{
			{ID: "q1", Start: q1.Start, End: q1.End, Text: q1.Text, Kind: "partial", Speaker: annot.StrPtr("a1"),
				Source: ptr(spanOf(t, x, "Zoë Müller-Ång", 0)), Cue: ptr(spanOf(t, x, "said", 0)), Confidence: 0.8, Rule: "partial-after-cue", Origin: annot.OriginEngine},
			{ID: "q2", Start: q2.Start, End: q2.End, Text: q2.Text, Kind: "direct", Speaker: annot.StrPtr("a2"),
				Source: ptr(spanOf(t, x, "Kwame Mensah", 0)), Cue: ptr(spanOf(t, x, "said", 1)), Confidence: 0.95, Rule: "quote-said-name", Origin: annot.OriginEngine},
		},
		Claims: []annot.Claim{
			{ID: "c1", Start: c1.Start, End: c1.End, Text: c1.Text, Kind: "indirect", Claimant: annot.StrPtr("a1"),
				Source: ptr(spanOf(t, x, "Zoë Müller-Ång", 0)), Cue: ptr(spanOf(t, x, "said", 0)),
				Content: ptr(spanOf(t, x, "the plan was “a gift to speculators 🚀” and would fail", 0)), Confidence: 0.7, Rule: "said-that", Origin: annot.OriginEngine},
			{ID: "c2", Start: q2.Start, End: q2.End + len(" said Kwame Mensah"), Text: "\"We will not back down,\" said Kwame Mensah", Kind: "direct", Claimant: annot.StrPtr("a2"),
				Source: ptr(spanOf(t, x, "Kwame Mensah", 0)), Cue: ptr(spanOf(t, x, "said", 1)), Content: ptr(q2), Quote: annot.StrPtr("q2"),
				Confidence: 0.95, Rule: "quote-claim", Origin: annot.OriginEngine},
			{ID: "c3", Start: c3.Start, End: c3.End, Text: c3.Text, Kind: "indirect", Claimant: annot.StrPtr("a3"),
				Source: ptr(spanOf(t, x, "IMF", 0)), Cue: ptr(spanOf(t, x, "warned", 0)), Addressee: ptr(spanOf(t, x, "<ministers> & lenders", 0)),
				Content: ptr(spanOf(t, x, "growth would slow in Accra\u0301", 0)), Confidence: 1, Rule: "warned-that", Origin: annot.OriginUser},
		},
	}
}
