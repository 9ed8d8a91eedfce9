package annot

import (
	"bytes"
	"errors"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// decode reads a document from data without reflection, accepting exactly
// what check accepts (one well-formed UTF-8 JSON object of format "whosaid",
// version 1, with exactly the fields of a Document, each of the right JSON
// type) and giving the Document that json.Unmarshal gives for it: lists that
// are present but empty are empty, not nil, and null pointers are nil. For
// anything else it returns an error that says little; Parse then runs check
// for the positioned errors. It never panics.
func decode(data []byte) (*Document, error) {
	return decodeYield(data, nil)
}

// YieldBytes is how much input Decode reads, or output Encode writes,
// between two calls of their yield function: about a millisecond of work in
// WebAssembly, so a yield function that checks a clock can keep every
// stretch of work short.
const YieldBytes = 16 << 10

// Decode reads a document that this program wrote (with Encode or Marshal),
// as Parse does but without Validate's checks and without Parse's
// positioned error messages: for data from a trusted writer, such as the
// engine or the app's own storage. It accepts what Parse's decoder accepts,
// one strict JSON object with exactly the fields of a Document, and returns
// a short error for anything else; it never panics.
//
// When yield is not nil, Decode calls it every YieldBytes or so of input,
// between two values, so that a caller in a browser can give the page the
// main thread back during a long decode.
func Decode(data []byte, yield func()) (*Document, error) {
	return decodeYield(data, yield)
}

func decodeYield(data []byte, yield func()) (*Document, error) {
	if !validUTF8(data, YieldBytes, yield) {
		return nil, errors.New("the input is not valid UTF-8")
	}
	r := &reader{data: data, yield: yield, next: YieldBytes}
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

// reader is decode's position in its input, which is valid UTF-8. After the
// first error it stops at the end of the input, so that every loop ends.
type reader struct {
	data  []byte
	pos   int
	err   error
	yield func()            // called every YieldBytes of input when not nil
	next  int               // the position of the next call of yield
	short map[string]string // short strings already read, shared (see intern)
}

// internMax and internCount bound what intern shares: strings up to
// internMax bytes, at most internCount of them.
const (
	internMax   = 40
	internCount = 8192
)

// intern returns b as a string, the same string every time for the short
// ones: kinds, rules, origins, types and the names of mentions come back
// thousands of times in a large document, and one allocation each was most
// of the decoder's garbage, which in WebAssembly stops the page to collect.
func (r *reader) intern(b []byte) string {
	if len(b) > internMax {
		return string(b)
	}
	if s, ok := r.short[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(r.short) < internCount {
		if r.short == nil {
			r.short = make(map[string]string, 256)
		}
		r.short[s] = s
	}
	return s
}

// pause calls yield once the reader is YieldBytes past the last call.
func (r *reader) pause() {
	if r.yield != nil && r.pos >= r.next {
		r.yield()
		r.next = r.pos + YieldBytes
	}
}

// validUTF8 is utf8.Valid, calling yield (when not nil) between blocks of
// about block bytes (block >= utf8.UTFMax).
func validUTF8(data []byte, block int, yield func()) bool {
	if yield == nil {
		return utf8.Valid(data)
	}
	for len(data) > block {
		// Cut at the start of a character, at most three bytes back.
		n := block
		for k := 0; k < utf8.UTFMax-1 && !utf8.RuneStart(data[n]); k++ {
			n--
		}
		if !utf8.Valid(data[:n]) {
			return false
		}
		data = data[n:]
		yield()
	}
	return utf8.Valid(data)
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

// object reads an object whose members are exactly keys, each at most once,
// all of them but the optional ones (bits in optional, by index in keys),
// calling field with the index of each member's key with the reader at its
// value; field must consume the value.
func (r *reader) object(keys []string, optional uint32, field func(i int)) {
	if r.space() != '{' {
		r.fail("expected an object")
		return
	}
	r.pos++
	var seen uint32
	if r.space() == '}' {
		r.pos++
	} else {
		for r.err == nil {
			i := r.key(keys)
			if i < 0 || seen&(1<<i) != 0 {
				r.fail("unknown or duplicate field")
				return
			}
			seen |= 1 << i
			if r.space() != ':' {
				r.fail("expected a colon")
				return
			}
			r.pos++
			field(i)
			if r.space() == ',' {
				r.pos++
				continue
			}
			if r.space() == '}' {
				r.pos++
				break
			}
			r.fail("expected a comma or the end of an object")
		}
	}
	if all := uint32(1)<<len(keys) - 1; seen|optional != all {
		r.fail("missing field")
	}
}

// key reads an object key and returns its index in keys, or -1.
func (r *reader) key(keys []string) int {
	lit, plain := r.literal()
	if r.err != nil {
		return -1
	}
	name := lit[1 : len(lit)-1]
	if !plain {
		s, _ := unquote(lit)
		name = []byte(s)
	}
	for i, k := range keys {
		if string(name) == k {
			return i
		}
	}
	return -1
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
		r.pause()
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

// number returns the bytes of the number at the reader, which must follow
// JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (r *reader) number() []byte {
	r.space()
	start := r.pos
	digits := func() int {
		n := 0
		for r.pos < len(r.data) && r.data[r.pos] >= '0' && r.data[r.pos] <= '9' {
			r.pos++
			n++
		}
		return n
	}
	r.accept('-')
	switch {
	case r.accept('0'):
	case digits() == 0:
		r.fail("expected a number")
		return nil
	}
	if r.accept('.') && digits() == 0 {
		r.fail("expected a digit after the decimal point")
		return nil
	}
	if r.accept('e') || r.accept('E') {
		if !r.accept('+') {
			r.accept('-')
		}
		if digits() == 0 {
			r.fail("expected a digit in the exponent")
			return nil
		}
	}
	return r.data[start:r.pos]
}

// accept consumes c if it is the next byte.
func (r *reader) accept(c byte) bool {
	if r.pos < len(r.data) && r.data[r.pos] == c {
		r.pos++
		return true
	}
	return false
}

// int reads an integer: a number without fraction or exponent that fits an
// int.
func (r *reader) int() int {
	lit := r.number()
	if r.err != nil || bytes.ContainsAny(lit, ".eE") {
		r.fail("expected an integer")
		return 0
	}
	if n, ok := smallInt(lit); ok {
		return n
	}
	n, err := strconv.ParseInt(string(lit), 10, strconv.IntSize)
	if err != nil {
		r.fail("integer out of range")
	}
	return int(n)
}

// smallInt reads an optional minus sign and at most 9 digits (18 where int
// has 64 bits), a value int always holds, without strconv: offsets make up
// most of a document's numbers, and strconv.ParseInt was a tenth of the
// decoding time in WebAssembly. It reports false for anything else.
func smallInt(b []byte) (int, bool) {
	neg := len(b) > 0 && b[0] == '-'
	if neg {
		b = b[1:]
	}
	maxDigits := 9
	if strconv.IntSize == 64 {
		maxDigits = 18
	}
	if len(b) == 0 || len(b) > maxDigits {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func (r *reader) float() float64 {
	lit := r.number()
	if r.err != nil {
		return 0
	}
	f, err := strconv.ParseFloat(string(lit), 64)
	if err != nil {
		r.fail("number out of range")
	}
	return f
}

// string reads a string: no control characters, and only JSON's escapes.
func (r *reader) string() string {
	lit, plain := r.literal()
	if r.err != nil {
		return ""
	}
	if plain {
		return r.intern(lit[1 : len(lit)-1])
	}
	s, ok := unquote(lit)
	if !ok {
		r.fail("bad string")
	}
	return s
}

// literal reads a string and returns it as written, quotes included, and
// whether it has no escapes.
func (r *reader) literal() (lit []byte, plain bool) {
	if r.space() != '"' {
		r.fail("expected a string")
		return nil, false
	}
	start := r.pos
	plain = true
	for r.pos++; r.pos < len(r.data); r.pos++ {
		switch c := r.data[r.pos]; {
		case c == '\\':
			plain = false
			r.pos++
			if r.pos >= len(r.data) {
				break
			}
			switch r.data[r.pos] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if hex4(r.data[r.pos-1:]) < 0 {
					r.fail("bad \\u escape")
					return nil, false
				}
				r.pos += 4
			default:
				r.fail("bad escape")
				return nil, false
			}
		case c == '"':
			r.pos++
			return r.data[start:r.pos], plain
		case c < ' ':
			r.fail("control character in a string")
			return nil, false
		}
	}
	r.fail("unterminated string")
	return nil, false
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

// The members of each object, in schema order; their indexes are the
// cases of the switches below.
var (
	spanKeys      = []string{"start", "end", "text"}
	documentKeys  = []string{"format", "version", "generator", "document", "actors", "quotes", "claims"}
	generatorKeys = []string{"name", "version"}
	textKeys      = []string{"id", "title", "text", "language"}
	actorKeys     = []string{"id", "name", "type", "roles", "aliases", "mentions", "rule", "origin"}
	mentionKeys   = []string{"start", "end", "text", "kind", "rule", "origin"}
	quoteKeys     = []string{"id", "start", "end", "text", "kind", "speaker", "source", "cue", "confidence", "rule", "origin"}
	claimKeys     = []string{"id", "start", "end", "text", "kind", "claimant", "source", "cue", "addressee", "content", "quote", "confidence", "rule", "origin"}
)

func (r *reader) span() *Span {
	if r.null() {
		return nil
	}
	s := new(Span)
	r.object(spanKeys, 0, func(i int) {
		switch i {
		case 0:
			s.Start = r.int()
		case 1:
			s.End = r.int()
		case 2:
			s.Text = r.string()
		}
	})
	return s
}

func (r *reader) document(d *Document) {
	r.object(documentKeys, 0, func(i int) {
		switch i {
		case 0:
			// check reads the header first: anything but this format is
			// its error to report.
			if d.Format = r.string(); d.Format != Format {
				r.fail("not a whosaid document")
			}
		case 1:
			if string(r.number()) != strconv.Itoa(Version) {
				r.fail("not this version")
			}
			d.Version = Version
		case 2:
			r.object(generatorKeys, 0, func(i int) {
				switch i {
				case 0:
					d.Generator.Name = r.string()
				case 1:
					d.Generator.Version = r.string()
				}
			})
		case 3:
			t := &d.Document
			r.object(textKeys, 1<<1, func(i int) {
				switch i {
				case 0:
					t.ID = r.string()
				case 1:
					t.Title = r.string()
				case 2:
					t.Text = r.string()
				case 3:
					t.Language = r.string()
				}
			})
		case 4:
			d.Actors = []Actor{}
			r.array(func() {
				d.Actors = append(d.Actors, Actor{})
				r.actor(&d.Actors[len(d.Actors)-1])
			})
		case 5:
			d.Quotes = []Quote{}
			r.array(func() {
				d.Quotes = append(d.Quotes, Quote{})
				r.quote(&d.Quotes[len(d.Quotes)-1])
			})
		case 6:
			d.Claims = []Claim{}
			r.array(func() {
				d.Claims = append(d.Claims, Claim{})
				r.claim(&d.Claims[len(d.Claims)-1])
			})
		}
	})
}

func (r *reader) actor(a *Actor) {
	r.object(actorKeys, 0, func(i int) {
		switch i {
		case 0:
			a.ID = r.string()
		case 1:
			a.Name = r.string()
		case 2:
			a.Type = r.string()
		case 3:
			a.Roles = r.strings()
		case 4:
			a.Aliases = r.strings()
		case 5:
			a.Mentions = []Mention{}
			r.array(func() {
				a.Mentions = append(a.Mentions, Mention{})
				r.mention(&a.Mentions[len(a.Mentions)-1])
			})
		case 6:
			a.Rule = r.string()
		case 7:
			a.Origin = r.string()
		}
	})
}

func (r *reader) mention(m *Mention) {
	r.object(mentionKeys, 0, func(i int) {
		switch i {
		case 0:
			m.Start = r.int()
		case 1:
			m.End = r.int()
		case 2:
			m.Text = r.string()
		case 3:
			m.Kind = r.string()
		case 4:
			m.Rule = r.string()
		case 5:
			m.Origin = r.string()
		}
	})
}

func (r *reader) quote(q *Quote) {
	r.object(quoteKeys, 0, func(i int) {
		switch i {
		case 0:
			q.ID = r.string()
		case 1:
			q.Start = r.int()
		case 2:
			q.End = r.int()
		case 3:
			q.Text = r.string()
		case 4:
			q.Kind = r.string()
		case 5:
			q.Speaker = r.optString()
		case 6:
			q.Source = r.span()
		case 7:
			q.Cue = r.span()
		case 8:
			q.Confidence = r.float()
		case 9:
			q.Rule = r.string()
		case 10:
			q.Origin = r.string()
		}
	})
}

func (r *reader) claim(c *Claim) {
	r.object(claimKeys, 0, func(i int) {
		switch i {
		case 0:
			c.ID = r.string()
		case 1:
			c.Start = r.int()
		case 2:
			c.End = r.int()
		case 3:
			c.Text = r.string()
		case 4:
			c.Kind = r.string()
		case 5:
			c.Claimant = r.optString()
		case 6:
			c.Source = r.span()
		case 7:
			c.Cue = r.span()
		case 8:
			c.Addressee = r.span()
		case 9:
			c.Content = r.span()
		case 10:
			c.Quote = r.optString()
		case 11:
			c.Confidence = r.float()
		case 12:
			c.Rule = r.string()
		case 13:
			c.Origin = r.string()
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
