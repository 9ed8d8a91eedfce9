package export

import (
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/engine/annot"
)

// WebAnnotationContext is the JSON-LD context of the W3C Web Annotation Data
// Model that WriteJSONLD writes.
const WebAnnotationContext = "http://www.w3.org/ns/anno.jsonld"

// QuoteContext is how many code points a TextQuoteSelector keeps on each
// side of its exact text, at most.
const QuoteContext = 32

// WriteJSONLD writes docs as one W3C Web Annotation AnnotationCollection with
// one embedded AnnotationPage, indented, holding one Annotation per actor
// mention, quote and claim, in that order for each document in turn.
//
// Every target's source is the document's id as a URN ("urn:sha256:…") and
// carries two selectors for the same text: a TextPositionSelector (start and
// end in code points, as in the export) and a TextQuoteSelector (the exact
// text with up to QuoteContext code points of prefix and suffix). Bodies say
// what the target is (purpose "tagging": "actor mention", "quote",
// "claim"), link it to its actor or quote ("identifying" for a mention,
// "linking" for a speaker, claimant or quote) and describe its parts
// ("classifying" for the actor type, "describing" for kind, names, cue,
// addressee, content and confidence). The creator is the generating software
// for origin "engine" and a Person for origin "user". Annotation ids are the
// document URN with a fragment: #mention/ACTOR/N, #quote/ID, #claim/ID.
//
// The output depends only on docs. WriteJSONLD fails, writing nothing, when a
// document does not pass Validate.
func WriteJSONLD(w io.Writer, docs ...*annot.Document) error {
	c := ldCollection{
		Context: WebAnnotationContext,
		Type:    "AnnotationCollection",
		Label:   "whosaid annotations",
	}
	name := new(strings.Builder)
	name.WriteString("whosaid:annotations")
	var items []ldAnnotation
	for i, d := range docs {
		if err := d.Validate(); err != nil {
			return fmt.Errorf("document %d: %w", i+1, err)
		}
		name.WriteString("\n" + d.Document.ID)
		items = appendAnnotations(items, d)
	}
	c.ID = "urn:uuid:" + uuid5(name.String())
	c.Total = len(items)
	if len(items) > 0 {
		c.First = &ldPage{ID: c.ID + "#page-1", Type: "AnnotationPage", StartIndex: 0, Items: items}
	}
	e := json.NewEncoder(w)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	return e.Encode(c)
}

type ldCollection struct {
	Context string  `json:"@context"`
	ID      string  `json:"id"`
	Type    string  `json:"type"`
	Label   string  `json:"label"`
	Total   int     `json:"total"`
	First   *ldPage `json:"first,omitempty"`
}

type ldPage struct {
	ID         string         `json:"id"`
	Type       string         `json:"type"`
	StartIndex int            `json:"startIndex"`
	Items      []ldAnnotation `json:"items"`
}

type ldAnnotation struct {
	ID         string   `json:"id"`
	Type       string   `json:"type"`
	Motivation string   `json:"motivation"`
	Creator    ldAgent  `json:"creator"`
	Body       []ldBody `json:"body"`
	Target     ldTarget `json:"target"`
}

type ldAgent struct {
	Type string `json:"type"`
	Name string `json:"name,omitempty"`
}

// ldBody is a TextualBody (Value set) or a SpecificResource (Source set).
type ldBody struct {
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
	Value   string `json:"value,omitempty"`
	Source  string `json:"source,omitempty"`
}

type ldTarget struct {
	Source   string `json:"source"`
	Selector [2]any `json:"selector"`
}

type ldPosition struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type ldQuote struct {
	Type   string `json:"type"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
}

// appendAnnotations appends the annotations of d, which is valid.
func appendAnnotations(items []ldAnnotation, d *annot.Document) []ldAnnotation {
	urn := "urn:sha256:" + strings.TrimPrefix(d.Document.ID, "sha256:")
	ref := func(kind, id string) string { return urn + "#" + kind + "/" + url.PathEscape(id) }
	m := annot.NewMapper(d.Document.Text)
	target := func(s annot.Span) ldTarget {
		return ldTarget{Source: urn, Selector: [2]any{
			ldPosition{"TextPositionSelector", s.Start, s.End},
			quoteSelector(d.Document.Text, m, s),
		}}
	}
	software := ldAgent{Type: "Software", Name: strings.TrimSpace(d.Generator.Name + " " + d.Generator.Version)}
	creator := func(origin string) ldAgent {
		if origin == annot.OriginUser {
			return ldAgent{Type: "Person"}
		}
		return software
	}
	text := func(purpose, value string) ldBody { return ldBody{Type: "TextualBody", Purpose: purpose, Value: value} }
	link := func(purpose, iri string) ldBody {
		return ldBody{Type: "SpecificResource", Purpose: purpose, Source: iri}
	}
	names := map[string]string{}
	for _, a := range d.Actors {
		names[a.ID] = a.Name
	}
	// who adds the link to an actor and its name, when id is set.
	who := func(body []ldBody, role string, id *string) []ldBody {
		if id == nil {
			return body
		}
		return append(body, link("linking", ref("actor", *id)), text("describing", role+": "+names[*id]))
	}
	part := func(body []ldBody, role string, s *annot.Span) []ldBody {
		if s == nil || s.Text == "" {
			return body
		}
		return append(body, text("describing", role+": "+s.Text))
	}
	confidence := func(c float64) ldBody {
		return text("describing", "confidence: "+strconv.FormatFloat(c, 'f', -1, 64))
	}

	for _, a := range d.Actors {
		for j, mn := range a.Mentions {
			items = append(items, ldAnnotation{
				ID: ref("mention", a.ID) + "/" + strconv.Itoa(j+1), Type: "Annotation",
				Motivation: "identifying", Creator: creator(mn.Origin),
				Body: []ldBody{
					text("tagging", "actor mention"),
					link("identifying", ref("actor", a.ID)),
					text("identifying", a.Name),
					text("classifying", a.Type),
					text("describing", "mention kind: "+mn.Kind),
				},
				Target: target(mn.Span()),
			})
		}
	}
	for _, q := range d.Quotes {
		body := []ldBody{text("tagging", "quote"), text("describing", "quote kind: "+q.Kind)}
		body = who(body, "speaker", q.Speaker)
		body = part(body, "source", q.Source)
		body = part(body, "cue", q.Cue)
		body = append(body, confidence(q.Confidence))
		items = append(items, ldAnnotation{
			ID: ref("quote", q.ID), Type: "Annotation", Motivation: "classifying",
			Creator: creator(q.Origin), Body: body, Target: target(q.Span()),
		})
	}
	for _, c := range d.Claims {
		body := []ldBody{text("tagging", "claim"), text("describing", "claim kind: "+c.Kind)}
		body = who(body, "claimant", c.Claimant)
		body = part(body, "source", c.Source)
		body = part(body, "cue", c.Cue)
		body = part(body, "addressee", c.Addressee)
		body = part(body, "content", c.Content)
		if c.Quote != nil {
			body = append(body, link("linking", ref("quote", *c.Quote)))
		}
		body = append(body, confidence(c.Confidence))
		items = append(items, ldAnnotation{
			ID: ref("claim", c.ID), Type: "Annotation", Motivation: "classifying",
			Creator: creator(c.Origin), Body: body, Target: target(c.Span()),
		})
	}
	return items
}

// quoteSelector returns the TextQuoteSelector of s in text: its exact text
// and up to QuoteContext code points on either side.
func quoteSelector(text string, m *annot.Mapper, s annot.Span) ldQuote {
	b := m.MustConvert(max(s.Start-QuoteContext, 0), annot.Runes, annot.Bytes)
	start := m.MustConvert(s.Start, annot.Runes, annot.Bytes)
	end := m.MustConvert(s.End, annot.Runes, annot.Bytes)
	e := m.MustConvert(min(s.End+QuoteContext, m.Len(annot.Runes)), annot.Runes, annot.Bytes)
	return ldQuote{Type: "TextQuoteSelector", Exact: text[start:end], Prefix: text[b:start], Suffix: text[end:e]}
}

// uuid5 returns the name-based (SHA-1, version 5) UUID of name in the URL
// namespace of RFC 9562, so that the same documents give the same
// collection id.
func uuid5(name string) string {
	ns := [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}
	h := sha1.New()
	h.Write(ns[:])
	h.Write([]byte(name))
	u := h.Sum(nil)[:16]
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	x := hex.EncodeToString(u)
	return x[:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:]
}
