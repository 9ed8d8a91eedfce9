// Validate and its ErrorList are left out of engine.wasm (build tag
// engineonly), as Parse is: the engine never validates its own exports, and
// their fmt import alone brings fmt, os, time and internal/godebug's
// initialisers into engine.wasm. Every other build has them.

//go:build !engineonly

package annot

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// The values schema.json allows for each enumerated field.
var (
	actorTypes   = []string{"person", "organization", "media", "country", "group"}
	mentionKinds = []string{"name", "title", "acronym", "descriptor", "pronoun", "metonym"}
	quoteKinds   = []string{"direct", "partial", "continuation"}
	claimKinds   = []string{"direct", "indirect"}
	origins      = []string{OriginEngine, OriginUser}
)

// isTextID reports whether id has the form of a document id, schema.json's
// ^sha256:[0-9a-f]{64}$.
func isTextID(id string) bool {
	hexPart, ok := strings.CutPrefix(id, "sha256:")
	if !ok || len(hexPart) != 64 {
		return false
	}
	for _, c := range []byte(hexPart) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// isLanguageTag reports whether tag has the shape of a BCP 47 language tag,
// schema.json's ^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$.
func isLanguageTag(tag string) bool {
	for i, part := range strings.Split(tag, "-") {
		if len(part) < 1 || len(part) > 8 || i == 0 && len(part) < 2 {
			return false
		}
		for _, c := range []byte(part) {
			letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
			if !letter && (i == 0 || c < '0' || c > '9') {
				return false
			}
		}
	}
	return true
}

// Validate checks what the JSON types alone cannot: format and version, the
// document id against the text, every span (0 <= start <= end <= the text's
// length in code points, and its text equal to the code points it covers),
// enumerated values, confidences in [0, 1], ids that are present and unique
// across actors, quotes and claims, and references (speaker, claimant,
// quote) that name an existing actor or quote, and strings that are valid
// UTF-8, which JSON carries unchanged. It returns every problem, in document
// order, as an ErrorList, or nil.
func (d *Document) Validate() error {
	return d.validate().Err()
}

func (d *Document) validate() ErrorList {
	var errs ErrorList
	if d == nil {
		errs.add("", "no document")
		return errs
	}
	if d.Format != Format {
		errs.add("format", "format is %q, not %q", d.Format, Format)
	}
	switch {
	case d.Version > Version:
		errs.add("version", "version %d is newer than this whosaid supports (%d)", d.Version, Version)
	case d.Version != Version:
		errs.add("version", "unsupported version %d (this whosaid reads version %d)", d.Version, Version)
	}
	if d.Generator.Name == "" {
		errs.add("generator.name", "generator name is empty")
	}
	utf8Field(&errs, "generator.name", d.Generator.Name)
	utf8Field(&errs, "generator.version", d.Generator.Version)
	utf8Field(&errs, "document.title", d.Document.Title)

	text := d.Document.Text
	if !utf8.ValidString(text) {
		errs.add("document.text", "text is not valid UTF-8 (first bad byte at offset %d)", FirstInvalidUTF8(text))
	}
	switch id := d.Document.ID; {
	case !isTextID(id):
		errs.add("document.id", "id %q is not \"sha256:\" and 64 lowercase hex digits", clip(id, 80))
	case id != TextID(text):
		errs.add("document.id", "id does not match the text, whose SHA-256 is %s", TextID(text)[len("sha256:"):])
	}
	if !isLanguageTag(d.Document.Language) {
		errs.add("document.language", "language %q is not a language tag such as \"en\"", clip(d.Document.Language, 40))
	}

	v := validator{errs: &errs, m: NewMapper(text), text: text, ids: map[string]string{}}
	actors := map[string]bool{}
	for _, a := range d.Actors {
		actors[a.ID] = true
	}
	quotes := map[string]bool{}
	for _, q := range d.Quotes {
		quotes[q.ID] = true
	}
	for i, a := range d.Actors {
		p := fmt.Sprintf("actors[%d]", i)
		v.id(p, a.ID)
		if a.Name == "" {
			errs.add(p+".name", "actor name is empty")
		}
		utf8Field(&errs, p+".name", a.Name)
		for k, r := range a.Roles {
			utf8Field(&errs, fmt.Sprintf("%s.roles[%d]", p, k), r)
		}
		for k, r := range a.Aliases {
			utf8Field(&errs, fmt.Sprintf("%s.aliases[%d]", p, k), r)
		}
		utf8Field(&errs, p+".rule", a.Rule)
		v.enum(p+".type", "type", a.Type, actorTypes)
		v.enum(p+".origin", "origin", a.Origin, origins)
		for j, mn := range a.Mentions {
			mp := fmt.Sprintf("%s.mentions[%d]", p, j)
			v.span(mp, mn.Span())
			v.enum(mp+".kind", "kind", mn.Kind, mentionKinds)
			utf8Field(&errs, mp+".rule", mn.Rule)
			v.enum(mp+".origin", "origin", mn.Origin, origins)
		}
	}
	for i, q := range d.Quotes {
		p := fmt.Sprintf("quotes[%d]", i)
		v.id(p, q.ID)
		v.span(p, q.Span())
		v.enum(p+".kind", "kind", q.Kind, quoteKinds)
		v.ref(p+".speaker", "actor", q.Speaker, actors)
		v.optSpan(p+".source", q.Source)
		v.optSpan(p+".cue", q.Cue)
		v.confidence(p+".confidence", q.Confidence)
		utf8Field(&errs, p+".rule", q.Rule)
		v.enum(p+".origin", "origin", q.Origin, origins)
	}
	for i, c := range d.Claims {
		p := fmt.Sprintf("claims[%d]", i)
		v.id(p, c.ID)
		v.span(p, c.Span())
		v.enum(p+".kind", "kind", c.Kind, claimKinds)
		v.ref(p+".claimant", "actor", c.Claimant, actors)
		v.optSpan(p+".source", c.Source)
		v.optSpan(p+".cue", c.Cue)
		v.optSpan(p+".addressee", c.Addressee)
		v.optSpan(p+".content", c.Content)
		v.ref(p+".quote", "quote", c.Quote, quotes)
		v.confidence(p+".confidence", c.Confidence)
		utf8Field(&errs, p+".rule", c.Rule)
		v.enum(p+".origin", "origin", c.Origin, origins)
	}
	return errs
}

// validator checks the annotations of one document.
type validator struct {
	errs *ErrorList
	m    *Mapper
	text string
	ids  map[string]string // id → path of the annotation that has it
}

// utf8Field reports a free-text field that JSON cannot carry unchanged.
// Ids and enumerated values are checked by their own rules, and span texts
// against the document text.
func utf8Field(errs *ErrorList, p, s string) {
	if !utf8.ValidString(s) {
		errs.add(p, "%q is not valid UTF-8", clip(s, 40))
	}
}

func (v *validator) id(p, id string) {
	switch first, dup := v.ids[id]; {
	case id == "":
		v.errs.add(p+".id", "id is empty")
	case !utf8.ValidString(id):
		v.errs.add(p+".id", "id %q is not valid UTF-8", clip(id, 40))
	case dup:
		v.errs.add(p+".id", "duplicate id %q (also the id of %s)", clip(id, 40), first)
	default:
		v.ids[id] = p
	}
}

func (v *validator) enum(p, name, val string, allowed []string) {
	if !slices.Contains(allowed, val) {
		v.errs.add(p, "unknown %s %q (want one of %s)", name, clip(val, 40), strings.Join(allowed, ", "))
	}
}

func (v *validator) ref(p, what string, id *string, known map[string]bool) {
	if id != nil && !known[*id] {
		v.errs.add(p, "no %s has the id %q", what, clip(*id, 40))
	}
}

func (v *validator) confidence(p string, c float64) {
	if math.IsNaN(c) || c < 0 || c > 1 {
		v.errs.add(p, "confidence %v is outside 0..1", c)
	}
}

func (v *validator) optSpan(p string, s *Span) {
	if s != nil {
		v.span(p, *s)
	}
}

// span checks that s lies within the text and that its text is the text it
// covers.
func (v *validator) span(p string, s Span) {
	n := v.m.Len(Runes)
	switch {
	case s.Start < 0 || s.Start > n:
		v.errs.add(p+".start", "span %d-%d is outside the text, which has %d code points", s.Start, s.End, n)
		return
	case s.End < 0 || s.End > n:
		v.errs.add(p+".end", "span %d-%d is outside the text, which has %d code points", s.Start, s.End, n)
		return
	case s.Start > s.End:
		v.errs.add(p+".start", "span start %d is after its end %d", s.Start, s.End)
		return
	}
	b := v.m.MustConvert(s.Start, Runes, Bytes)
	e := v.m.MustConvert(s.End, Runes, Bytes)
	if got := v.text[b:e]; got != s.Text {
		v.errs.add(p+".text", "span text %q is not the text at %d-%d, %q", clip(s.Text, 40), s.Start, s.End, clip(got, 40))
	}
}

// clip shortens s to at most n code points, marking the cut with "…".
func clip(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}
