package annot

import (
	"bytes"
	"errors"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// decode reads a document from data, which Parse's walker has accepted: one
// well-formed JSON object with exactly the fields of a Document, each of the
// right JSON type. It gives the Document that json.Unmarshal gives for such
// input, without reflection: lists that are present but empty are empty,
// not nil, and null pointers are nil. On any input it does not expect it
// returns an error instead of panicking.
func decode(data []byte) (*Document, error) {
	r := &reader{data: data, valid: utf8.Valid(data)}
	d := new(Document)
	r.document(d)
	if r.space(); r.err == nil && r.pos != len(r.data) {
		r.fail("data after the document")
	}
	if r.err != nil {
		return nil, r.err
	}
	return d, nil
}

// reader is decode's position in its input. After the first error it stops
// at the end of the input, so that every loop ends. valid records that the
// whole input is valid UTF-8, so that strings without escapes are copied as
// they are.
type reader struct {
	data  []byte
	pos   int
	err   error
	valid bool
}

func (r *reader) fail(msg string) {
	if r.err == nil {
		r.err = errors.New("byte " + strconv.Itoa(r.pos) + ": " + msg)
	}
	r.pos = len(r.data)
}

// space skips white space and returns the next byte, or 0 at the end.
func (r *reader) space() byte {
	for r.pos < len(r.data) {
		switch c := r.data[r.pos]; c {
		case ' ', '\t', '\n', '\r':
			r.pos++
		default:
			return c
		}
	}
	return 0
}

// object reads an object, calling field for each member with the reader at
// its value; field must consume the value.
func (r *reader) object(field func(key string)) {
	if r.space() != '{' {
		r.fail("expected an object")
		return
	}
	r.pos++
	if r.space() == '}' {
		r.pos++
		return
	}
	for r.err == nil {
		key := r.string()
		if r.space() != ':' {
			r.fail("expected a colon")
			return
		}
		r.pos++
		field(key)
		switch r.space() {
		case ',':
			r.pos++
		case '}':
			r.pos++
			return
		default:
			r.fail("expected a comma or the end of an object")
		}
	}
}

// array reads an array, calling elem for each element; elem must consume it.
func (r *reader) array(elem func()) {
	if r.space() != '[' {
		r.fail("expected an array")
		return
	}
	r.pos++
	if r.space() == ']' {
		r.pos++
		return
	}
	for r.err == nil {
		elem()
		switch r.space() {
		case ',':
			r.pos++
		case ']':
			r.pos++
			return
		default:
			r.fail("expected a comma or the end of an array")
		}
	}
}

// null consumes a null and reports whether there was one.
func (r *reader) null() bool {
	if r.space() == 'n' && bytes.HasPrefix(r.data[r.pos:], []byte("null")) {
		r.pos += 4
		return true
	}
	return false
}

// number returns the bytes of the number at the reader.
func (r *reader) number() []byte {
	r.space()
	start := r.pos
	for r.pos < len(r.data) {
		switch c := r.data[r.pos]; {
		case c >= '0' && c <= '9', c == '-', c == '+', c == '.', c == 'e', c == 'E':
			r.pos++
			continue
		}
		break
	}
	if r.pos == start {
		r.fail("expected a number")
	}
	return r.data[start:r.pos]
}

func (r *reader) int() int {
	n, err := strconv.ParseInt(string(r.number()), 10, strconv.IntSize)
	if err != nil {
		r.fail("bad integer")
	}
	return int(n)
}

func (r *reader) float() float64 {
	f, err := strconv.ParseFloat(string(r.number()), 64)
	if err != nil {
		r.fail("bad number")
	}
	return f
}

// string reads a string.
func (r *reader) string() string {
	if r.space() != '"' {
		r.fail("expected a string")
		return ""
	}
	start := r.pos
	plain := true
	for r.pos++; r.pos < len(r.data); r.pos++ {
		switch r.data[r.pos] {
		case '\\':
			plain = false
			r.pos++
		case '"':
			r.pos++
			lit := r.data[start:r.pos]
			if plain && (r.valid || utf8.Valid(lit)) {
				return string(lit[1 : len(lit)-1])
			}
			s, ok := unquote(lit)
			if !ok {
				r.fail("bad string")
			}
			return s
		}
	}
	r.fail("unterminated string")
	return ""
}

func (r *reader) optString() *string {
	if r.null() {
		return nil
	}
	s := r.string()
	return &s
}

func (r *reader) strings() []string {
	out := []string{}
	r.array(func() { out = append(out, r.string()) })
	return out
}

func (r *reader) skip() {
	r.fail("unexpected field")
}

func (r *reader) span() *Span {
	if r.null() {
		return nil
	}
	s := new(Span)
	r.object(func(key string) {
		switch key {
		case "start":
			s.Start = r.int()
		case "end":
			s.End = r.int()
		case "text":
			s.Text = r.string()
		default:
			r.skip()
		}
	})
	return s
}

func (r *reader) document(d *Document) {
	r.object(func(key string) {
		switch key {
		case "format":
			d.Format = r.string()
		case "version":
			d.Version = r.int()
		case "generator":
			r.object(func(key string) {
				switch key {
				case "name":
					d.Generator.Name = r.string()
				case "version":
					d.Generator.Version = r.string()
				default:
					r.skip()
				}
			})
		case "document":
			t := &d.Document
			r.object(func(key string) {
				switch key {
				case "id":
					t.ID = r.string()
				case "title":
					t.Title = r.string()
				case "text":
					t.Text = r.string()
				case "language":
					t.Language = r.string()
				default:
					r.skip()
				}
			})
		case "actors":
			d.Actors = []Actor{}
			r.array(func() {
				d.Actors = append(d.Actors, Actor{})
				r.actor(&d.Actors[len(d.Actors)-1])
			})
		case "quotes":
			d.Quotes = []Quote{}
			r.array(func() {
				d.Quotes = append(d.Quotes, Quote{})
				r.quote(&d.Quotes[len(d.Quotes)-1])
			})
		case "claims":
			d.Claims = []Claim{}
			r.array(func() {
				d.Claims = append(d.Claims, Claim{})
				r.claim(&d.Claims[len(d.Claims)-1])
			})
		default:
			r.skip()
		}
	})
}

func (r *reader) actor(a *Actor) {
	r.object(func(key string) {
		switch key {
		case "id":
			a.ID = r.string()
		case "name":
			a.Name = r.string()
		case "type":
			a.Type = r.string()
		case "roles":
			a.Roles = r.strings()
		case "aliases":
			a.Aliases = r.strings()
		case "mentions":
			a.Mentions = []Mention{}
			r.array(func() {
				a.Mentions = append(a.Mentions, Mention{})
				r.mention(&a.Mentions[len(a.Mentions)-1])
			})
		case "rule":
			a.Rule = r.string()
		case "origin":
			a.Origin = r.string()
		default:
			r.skip()
		}
	})
}

func (r *reader) mention(m *Mention) {
	r.object(func(key string) {
		switch key {
		case "start":
			m.Start = r.int()
		case "end":
			m.End = r.int()
		case "text":
			m.Text = r.string()
		case "kind":
			m.Kind = r.string()
		case "rule":
			m.Rule = r.string()
		case "origin":
			m.Origin = r.string()
		default:
			r.skip()
		}
	})
}

func (r *reader) quote(q *Quote) {
	r.object(func(key string) {
		switch key {
		case "id":
			q.ID = r.string()
		case "start":
			q.Start = r.int()
		case "end":
			q.End = r.int()
		case "text":
			q.Text = r.string()
		case "kind":
			q.Kind = r.string()
		case "speaker":
			q.Speaker = r.optString()
		case "source":
			q.Source = r.span()
		case "cue":
			q.Cue = r.span()
		case "confidence":
			q.Confidence = r.float()
		case "rule":
			q.Rule = r.string()
		case "origin":
			q.Origin = r.string()
		default:
			r.skip()
		}
	})
}

func (r *reader) claim(c *Claim) {
	r.object(func(key string) {
		switch key {
		case "id":
			c.ID = r.string()
		case "start":
			c.Start = r.int()
		case "end":
			c.End = r.int()
		case "text":
			c.Text = r.string()
		case "kind":
			c.Kind = r.string()
		case "claimant":
			c.Claimant = r.optString()
		case "source":
			c.Source = r.span()
		case "cue":
			c.Cue = r.span()
		case "addressee":
			c.Addressee = r.span()
		case "content":
			c.Content = r.span()
		case "quote":
			c.Quote = r.optString()
		case "confidence":
			c.Confidence = r.float()
		case "rule":
			c.Rule = r.string()
		case "origin":
			c.Origin = r.string()
		default:
			r.skip()
		}
	})
}

// unquote returns the value of the JSON string literal lit, decoded as
// encoding/json decodes it: a \u escape of half a surrogate pair that is
// not followed by the other half, and a byte that is not valid UTF-8, each
// become U+FFFD. It reports false for a literal that is not well formed.
func unquote(lit []byte) (string, bool) {
	if len(lit) < 2 || lit[0] != '"' || lit[len(lit)-1] != '"' {
		return "", false
	}
	s := lit[1 : len(lit)-1]
	b := make([]byte, 0, len(s)+utf8.UTFMax)
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '\\':
			if i+1 >= len(s) {
				return "", false
			}
			switch e := s[i+1]; e {
			case '"', '\\', '/', '\'':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r := hex4(s[i:])
				if r < 0 {
					return "", false
				}
				i += 6
				if utf16.IsSurrogate(r) {
					if dec := utf16.DecodeRune(r, hex4(s[i:])); dec != utf8.RuneError {
						i += 6
						b = utf8.AppendRune(b, dec)
						continue
					}
					r = utf8.RuneError
				}
				b = utf8.AppendRune(b, r)
				continue
			default:
				return "", false
			}
			i += 2
		case c == '"', c < ' ':
			return "", false
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			b = utf8.AppendRune(b, r)
			i += size
		}
	}
	return string(b), true
}

// hex4 returns the value of the \uXXXX escape at the start of s, or -1.
func hex4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}
