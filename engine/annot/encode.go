package annot

import (
	"bytes"
	"errors"
	"io"
	"math"
	"strconv"
	"unicode/utf8"
)

// Encode writes d as JSON followed by a newline: indented by two spaces when
// indent is set, else on one line (a JSON Lines record). The output depends
// only on d: fields in schema order, HTML characters (<, >, &) unescaped, and
// nil lists written as [] so that the output always matches schema.json.
// Encode does not validate d; see Validate.
//
// The output is byte for byte what encoding/json's Encoder writes for d, with
// its nil lists made empty, under SetEscapeHTML(false) (and SetIndent("",
// "  ") when indent is set), but it is written without reflection, which in
// WebAssembly is several times slower. A confidence that is NaN or infinite
// is an error with encoding/json's message, and nothing is written.
func Encode(w io.Writer, d *Document, indent bool) error {
	return encode(w, d, "", indent, nil)
}

// EncodeYield is Encode that calls yield, when it is not nil, every
// YieldBytes or so of output, between two values, so that a caller in a
// browser can give the page the main thread back during a long encode. The
// output is Encode's.
func EncodeYield(w io.Writer, d *Document, indent bool, yield func()) error {
	return encode(w, d, "", indent, yield)
}

// MarshalLine returns d as one line of JSON without the trailing newline:
// what Encode writes with indent false, in a buffer of its own that is
// allocated once for most documents.
func MarshalLine(d *Document) ([]byte, error) {
	e := encoder{}
	if d == nil {
		return []byte("null"), nil
	}
	e.b = make([]byte, 0, encodedSizeHint(d))
	e.document(d)
	if e.err != nil {
		return nil, e.err
	}
	return e.b, nil
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
// The output goes to w in pieces of about flushBytes, so that encoding a
// large document never holds its whole JSON (10× the text) in memory.
func encode(w io.Writer, d *Document, prefix string, indent bool, yield func()) error {
	e := encoder{indent: indent, prefix: prefix, yield: yield, next: YieldBytes, w: w}
	if d == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = make([]byte, 0, min(encodedSizeHint(d), 2*flushBytes))
		e.document(d)
	}
	if e.err != nil {
		return e.err
	}
	e.b = append(e.b, '\n')
	_, err := w.Write(e.b)
	return err
}

// flushBytes is how much output an encoder with a writer gathers before it
// writes it.
const flushBytes = 64 << 10

// encodedSizeHint guesses the size of d's one-line JSON from the lengths of
// its strings and a generous allowance for the keys and numbers of each
// value, so that the buffer is allocated once; only strings that need many
// escapes make it too small (the indented form is larger and grows once).
func encodedSizeHint(d *Document) int {
	const (
		perMention = len(`{"start":,"end":,"text":"","kind":"","rule":"","origin":""},`) + 2*10
		perSpan    = len(`"source":{"start":,"end":,"text":""},`) + 2*10
		perQuote   = len(`{"id":"","start":,"end":,"text":"","kind":"","speaker":"","source":null,"cue":null,"confidence":0.00000000000000001,"rule":"","origin":""},`) + 2*10
		perClaim   = len(`{"id":"","start":,"end":,"text":"","kind":"","claimant":"","source":null,"cue":null,"addressee":null,"content":null,"quote":"","confidence":0.00000000000000001,"rule":"","origin":""},`) + 2*10
	)
	optLen := func(s *string) int {
		if s == nil {
			return 0
		}
		return len(*s)
	}
	spanLen := func(s *Span) int {
		if s == nil {
			return 0
		}
		return perSpan + len(s.Text)
	}
	n := 512 + len(d.Document.ID) + len(d.Document.Title) + len(d.Document.Text) + len(d.Document.Language)
	for i := range d.Actors {
		a := &d.Actors[i]
		n += 128 + len(a.ID) + len(a.Name) + len(a.Type) + len(a.Rule) + len(a.Origin)
		for _, s := range a.Roles {
			n += 3 + len(s)
		}
		for _, s := range a.Aliases {
			n += 3 + len(s)
		}
		for j := range a.Mentions {
			m := &a.Mentions[j]
			n += perMention + len(m.Text) + len(m.Kind) + len(m.Rule) + len(m.Origin)
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		n += perQuote + len(q.ID) + len(q.Text) + len(q.Kind) + optLen(q.Speaker) + spanLen(q.Source) + spanLen(q.Cue) + len(q.Rule) + len(q.Origin)
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		n += perClaim + len(c.ID) + len(c.Text) + len(c.Kind) + optLen(c.Claimant) + spanLen(c.Source) + spanLen(c.Cue) +
			spanLen(c.Addressee) + spanLen(c.Content) + optLen(c.Quote) + len(c.Rule) + len(c.Origin)
	}
	return n + n/64
}

// encoder appends one document as JSON to b. first is set right after an
// opening brace or bracket, before the first member, so that empty objects
// and arrays come out as {} and [], as in encoding/json's indented form.
type encoder struct {
	b      []byte
	indent bool
	prefix string
	depth  int
	first  bool
	err    error
	yield  func() // called every YieldBytes of output when not nil
	next   int    // the output length at the next call of yield
	w      io.Writer
	done   int // bytes already written to w; b holds the rest of the output
}

// pause, called between two values, calls yield once the output is
// YieldBytes past the last call, and writes b to w once it holds
// flushBytes.
func (e *encoder) pause() {
	if e.yield != nil && e.done+len(e.b) >= e.next {
		e.yield()
		e.next = e.done + len(e.b) + YieldBytes
	}
	if e.w != nil && e.err == nil && len(e.b) >= flushBytes {
		if _, err := e.w.Write(e.b); err != nil {
			e.err = err
			return
		}
		e.done += len(e.b)
		e.b = e.b[:0]
	}
}

func (e *encoder) newline() {
	if !e.indent {
		return
	}
	e.b = append(e.b, '\n')
	e.b = append(e.b, e.prefix...)
	for range e.depth {
		e.b = append(e.b, "  "...)
	}
}

func (e *encoder) open(c byte) {
	e.b = append(e.b, c)
	e.depth++
	e.first = true
}

func (e *encoder) close(c byte) {
	e.depth--
	if !e.first {
		e.newline()
	}
	e.b = append(e.b, c)
	e.first = false
}

// elem starts a member of the object or array being written.
func (e *encoder) elem() {
	if !e.first {
		e.b = append(e.b, ',')
	}
	e.first = false
	e.newline()
}

// key starts an object member; name needs no escaping.
func (e *encoder) key(name string) {
	e.elem()
	e.b = append(e.b, '"')
	e.b = append(e.b, name...)
	e.b = append(e.b, '"', ':')
	if e.indent {
		e.b = append(e.b, ' ')
	}
}

func (e *encoder) str(name, s string) {
	e.key(name)
	e.b = appendString(e.b, s)
}

func (e *encoder) int(name string, n int) {
	e.key(name)
	e.b = strconv.AppendInt(e.b, int64(n), 10)
}

func (e *encoder) optStr(name string, s *string) {
	if s == nil {
		e.key(name)
		e.b = append(e.b, "null"...)
		return
	}
	e.str(name, *s)
}

func (e *encoder) float(name string, f float64) {
	e.key(name)
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if e.err == nil {
			e.err = errors.New("json: unsupported value: " + strconv.FormatFloat(f, 'g', -1, 64))
		}
		e.b = append(e.b, '0')
		return
	}
	e.b = appendFloat(e.b, f)
}

func (e *encoder) strings(name string, ss []string) {
	e.key(name)
	e.open('[')
	for _, s := range ss {
		e.elem()
		e.b = appendString(e.b, s)
	}
	e.close(']')
}

func (e *encoder) span(name string, s *Span) {
	e.key(name)
	if s == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.open('{')
	e.int("start", s.Start)
	e.int("end", s.End)
	e.str("text", s.Text)
	e.close('}')
}

func (e *encoder) document(d *Document) {
	e.open('{')
	e.str("format", d.Format)
	e.int("version", d.Version)
	e.key("generator")
	e.open('{')
	e.str("name", d.Generator.Name)
	e.str("version", d.Generator.Version)
	e.close('}')
	e.key("document")
	e.open('{')
	e.str("id", d.Document.ID)
	if d.Document.Title != "" {
		e.str("title", d.Document.Title)
	}
	e.str("text", d.Document.Text)
	e.str("language", d.Document.Language)
	e.close('}')

	e.key("actors")
	e.open('[')
	for i := range d.Actors {
		a := &d.Actors[i]
		e.elem()
		e.open('{')
		e.str("id", a.ID)
		e.str("name", a.Name)
		e.str("type", a.Type)
		e.strings("roles", a.Roles)
		e.strings("aliases", a.Aliases)
		e.key("mentions")
		e.open('[')
		for j := range a.Mentions {
			m := &a.Mentions[j]
			e.elem()
			e.open('{')
			e.int("start", m.Start)
			e.int("end", m.End)
			e.str("text", m.Text)
			e.str("kind", m.Kind)
			e.str("rule", m.Rule)
			e.str("origin", m.Origin)
			e.close('}')
			e.pause()
		}
		e.close(']')
		e.str("rule", a.Rule)
		e.str("origin", a.Origin)
		e.close('}')
		e.pause()
	}
	e.close(']')

	e.key("quotes")
	e.open('[')
	for i := range d.Quotes {
		q := &d.Quotes[i]
		e.elem()
		e.open('{')
		e.str("id", q.ID)
		e.int("start", q.Start)
		e.int("end", q.End)
		e.str("text", q.Text)
		e.str("kind", q.Kind)
		e.optStr("speaker", q.Speaker)
		e.span("source", q.Source)
		e.span("cue", q.Cue)
		e.float("confidence", q.Confidence)
		e.str("rule", q.Rule)
		e.str("origin", q.Origin)
		e.close('}')
		e.pause()
	}
	e.close(']')

	e.key("claims")
	e.open('[')
	for i := range d.Claims {
		c := &d.Claims[i]
		e.elem()
		e.open('{')
		e.str("id", c.ID)
		e.int("start", c.Start)
		e.int("end", c.End)
		e.str("text", c.Text)
		e.str("kind", c.Kind)
		e.optStr("claimant", c.Claimant)
		e.span("source", c.Source)
		e.span("cue", c.Cue)
		e.span("addressee", c.Addressee)
		e.span("content", c.Content)
		e.optStr("quote", c.Quote)
		e.float("confidence", c.Confidence)
		e.str("rule", c.Rule)
		e.str("origin", c.Origin)
		e.close('}')
		e.pause()
	}
	e.close(']')
	e.close('}')
}

// appendFloat appends f as encoding/json writes a float64: like ES6's
// number to string conversion, the shortest decimal that reads back as f,
// in exponent form below 1e-6 and from 1e21 on, with the exponent not
// padded.
func appendFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendString appends s as a JSON string, escaped as encoding/json escapes
// it with HTML escaping off: " and \ and the control characters below
// U+0020 (as \b, \f, \n, \r, \t or \u00XX), U+2028 and U+2029 as \u2028 and
// \u2029, and every byte that is not part of valid UTF-8 as \ufffd. Every
// other character, <, > and & included, is written as it is.
func appendString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	dst = append(dst, '"')
	return dst
}
