package annot

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sampleText is an invented article with accents, an emoji outside the
// Basic Multilingual Plane, a combining mark and HTML characters.
const sampleText = "Ghana budget row deepens\n\n" +
	"Zoë Müller-Ång said the plan was “a gift to speculators 🚀” and would fail.\n\n" +
	"\"We will not back down,\" said Kwame Mensah, the finance minister of Ghana.\n\n" +
	"The IMF warned <ministers> & lenders that growth would slow in Accra\u0301."

// spanOf returns the span, in code points, of the n-th (from 0) occurrence
// of sub in text.
func spanOf(t testing.TB, text, sub string, n int) Span {
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
	m := NewMapper(text)
	return Span{m.MustConvert(off, Bytes, Runes), m.MustConvert(off+len(sub), Bytes, Runes), sub}
}

func ptr(s Span) *Span { return &s }

// sampleDoc builds a complete, valid document over sampleText by hand.
func sampleDoc(t testing.TB) *Document {
	t.Helper()
	x := sampleText
	mention := func(sub string, n int, kind string) Mention {
		s := spanOf(t, x, sub, n)
		return Mention{Start: s.Start, End: s.End, Text: s.Text, Kind: kind, Rule: "test", Origin: OriginEngine}
	}
	q1 := spanOf(t, x, "“a gift to speculators 🚀”", 0)
	q2 := spanOf(t, x, "\"We will not back down,\"", 0)
	c1 := spanOf(t, x, "Zoë Müller-Ång said the plan was “a gift to speculators 🚀” and would fail", 0)
	c3 := spanOf(t, x, "The IMF warned <ministers> & lenders that growth would slow in Accra\u0301", 0)
	return &Document{
		Format:    Format,
		Version:   Version,
		Generator: Generator{Name: "whosaid", Version: "test"},
		Document:  Text{ID: TextID(x), Title: "Ghana budget row deepens", Text: x, Language: "en"},
		Actors: []Actor{
			{ID: "a1", Name: "Zoë Müller-Ång", Type: "person", Roles: []string{}, Aliases: []string{"Müller-Ång"},
				Mentions: []Mention{mention("Zoë Müller-Ång", 0, "name")}, Rule: "name", Origin: OriginEngine},
			{ID: "a2", Name: "Kwame Mensah", Type: "person", Roles: []string{"finance minister"}, Aliases: []string{},
				Mentions: []Mention{mention("Kwame Mensah", 0, "name"), mention("the finance minister", 0, "descriptor")}, Rule: "name", Origin: OriginEngine},
			{ID: "a3", Name: "International Monetary Fund", Type: "organization", Roles: []string{}, Aliases: []string{"IMF"},
				Mentions: []Mention{mention("IMF", 0, "acronym")}, Rule: "lexicon", Origin: OriginUser},
		},
		Quotes: []Quote{
			{ID: "q1", Start: q1.Start, End: q1.End, Text: q1.Text, Kind: "partial", Speaker: StrPtr("a1"),
				Source: ptr(spanOf(t, x, "Zoë Müller-Ång", 0)), Cue: ptr(spanOf(t, x, "said", 0)), Confidence: 0.8, Rule: "partial-after-cue", Origin: OriginEngine},
			{ID: "q2", Start: q2.Start, End: q2.End, Text: q2.Text, Kind: "direct", Speaker: StrPtr("a2"),
				Source: ptr(spanOf(t, x, "Kwame Mensah", 0)), Cue: ptr(spanOf(t, x, "said", 1)), Confidence: 0.95, Rule: "quote-said-name", Origin: OriginEngine},
		},
		Claims: []Claim{
			{ID: "c1", Start: c1.Start, End: c1.End, Text: c1.Text, Kind: "indirect", Claimant: StrPtr("a1"),
				Source: ptr(spanOf(t, x, "Zoë Müller-Ång", 0)), Cue: ptr(spanOf(t, x, "said", 0)),
				Content: ptr(spanOf(t, x, "the plan was “a gift to speculators 🚀” and would fail", 0)), Confidence: 0.7, Rule: "said-that", Origin: OriginEngine},
			{ID: "c2", Start: q2.Start, End: q2.End + len(" said Kwame Mensah"), Text: "\"We will not back down,\" said Kwame Mensah", Kind: "direct", Claimant: StrPtr("a2"),
				Source: ptr(spanOf(t, x, "Kwame Mensah", 0)), Cue: ptr(spanOf(t, x, "said", 1)), Content: ptr(q2), Quote: StrPtr("q2"),
				Confidence: 0.95, Rule: "quote-claim", Origin: OriginEngine},
			{ID: "c3", Start: c3.Start, End: c3.End, Text: c3.Text, Kind: "indirect", Claimant: StrPtr("a3"),
				Source: ptr(spanOf(t, x, "IMF", 0)), Cue: ptr(spanOf(t, x, "warned", 0)), Addressee: ptr(spanOf(t, x, "<ministers> & lenders", 0)),
				Content: ptr(spanOf(t, x, "growth would slow in Accra\u0301", 0)), Confidence: 1, Rule: "warned-that", Origin: OriginUser},
		},
	}
}

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

// checkSchema fails t unless data is one JSON document valid under
// schema.json.
func checkSchema(t testing.TB, data []byte) {
	t.Helper()
	if err := schemaError(data); err != nil {
		t.Errorf("not valid under schema.json: %v\n%s", err, clip(string(data), 2000))
	}
}

func schemaError(data []byte) error {
	schemaOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(SchemaJSON))
		if err != nil {
			schemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		if schemaErr = c.AddResource("urn:whosaid:schema:export:1", doc); schemaErr != nil {
			return
		}
		schema, schemaErr = c.Compile("urn:whosaid:schema:export:1")
	})
	if schemaErr != nil {
		return schemaErr
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return schema.Validate(inst)
}

// fuzzDoc is the sample document changed by a fuzz input: text, name and s
// replace strings, n1 and n2 a mention's offsets, conf two confidences, and
// each bit of mask empties or drops a part (bit 6 adds a claim with the
// offsets swapped), so FuzzEncode and FuzzCompact explore the same shapes.
func fuzzDoc(t *testing.T, text, name, s string, n1, n2 int, conf float64, mask uint8) *Document {
	t.Helper()
	d := sampleDoc(t)
	bit := func(i uint) bool { return mask&(1<<i) != 0 }
	d.Document.Text, d.Document.Title = text, s
	d.Generator.Version = s
	d.Actors[0].Name, d.Actors[1].Roles = name, []string{s, name, text}
	d.Actors[0].Mentions[0].Start, d.Actors[0].Mentions[0].End = n1, n2
	d.Quotes[1].Confidence, d.Claims[0].Confidence = conf, conf/3
	d.Quotes[0].Text, d.Claims[2].Cue.Text = name, s
	if bit(0) {
		d.Quotes[0].Speaker = nil
	}
	if bit(1) {
		d.Claims[0].Content = nil
	}
	if bit(2) {
		d.Actors[2].Mentions = nil
	}
	if bit(3) {
		d.Claims = nil
	}
	if bit(4) {
		d.Actors[1].Aliases = nil
	}
	if bit(5) {
		d.Quotes = d.Quotes[:0]
	}
	if bit(6) {
		d.Claims = append(d.Claims, Claim{ID: s, Text: text, Claimant: StrPtr(name), Quote: StrPtr(s), Start: n2, End: n1})
	}
	if bit(7) {
		d.Actors = nil
	}
	return d
}
