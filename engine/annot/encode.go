package annot

import (
	"bytes"
	"encoding/json"
	"io"
)

// Encode writes d as JSON followed by a newline: indented by two spaces when
// indent is set, else on one line (a JSON Lines record). The output depends
// only on d: fields in schema order, HTML characters (<, >, &) unescaped, and
// nil lists written as [] so that the output always matches schema.json.
// Encode does not validate d; see Validate.
func Encode(w io.Writer, d *Document, indent bool) error {
	return encode(w, d, "", indent)
}

// Marshal returns d as indented JSON with a trailing newline, as Encode
// writes it.
func Marshal(d *Document) ([]byte, error) {
	var b bytes.Buffer
	if err := Encode(&b, d, true); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// encode is Encode with a prefix for every line after the first, to nest an
// indented document inside an array.
func encode(w io.Writer, d *Document, prefix string, indent bool) error {
	e := json.NewEncoder(w)
	e.SetEscapeHTML(false)
	if indent {
		e.SetIndent(prefix, "  ")
	}
	return e.Encode(normalized(d))
}

// normalized returns d, or a shallow copy of it in which every nil list is
// empty, so that none is written as null.
func normalized(d *Document) *Document {
	if d == nil || !hasNil(d) {
		return d
	}
	c := *d
	c.Actors = nonNil(c.Actors)
	c.Quotes = nonNil(c.Quotes)
	c.Claims = nonNil(c.Claims)
	if actorsHaveNil(c.Actors) {
		c.Actors = append([]Actor(nil), c.Actors...)
		for i := range c.Actors {
			a := &c.Actors[i]
			a.Roles = nonNil(a.Roles)
			a.Aliases = nonNil(a.Aliases)
			a.Mentions = nonNil(a.Mentions)
		}
	}
	return &c
}

func hasNil(d *Document) bool {
	return d.Actors == nil || d.Quotes == nil || d.Claims == nil || actorsHaveNil(d.Actors)
}

func actorsHaveNil(as []Actor) bool {
	for i := range as {
		if as[i].Roles == nil || as[i].Aliases == nil || as[i].Mentions == nil {
			return true
		}
	}
	return false
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
