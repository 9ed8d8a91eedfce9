package engine

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowered holds every token of the normalised text in lower case, so that
// lowerTok returns a token's lower-case form without allocating.
//
// text has the length of the normalised text, and for each token k whose
// lower case is as long as it is, text[Start:End] is strings.ToLower of the
// token. The rare token whose lower case changes length ("İ" becomes "i̇")
// is marked in odd, and its lower case is kept in oddLow.
type lowered struct {
	text   string
	odd    []bool // by token; nil when no token is odd
	oddLow map[int]string
}

// lowerTokens builds the lowered form of the tokens of s. A text without
// upper-case letters is not copied.
func lowerTokens(s string, toks []Token) lowered {
	var b []byte // a copy of s, made at the first upper-case letter
	var l lowered
	for k, t := range toks {
		w := s[t.Start:t.End]
		for i := 0; i < len(w); {
			c := w[i]
			if c < utf8.RuneSelf {
				if c >= 'A' && c <= 'Z' {
					if b == nil {
						b = []byte(s)
					}
					b[int(t.Start)+i] = c + 'a' - 'A'
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(w[i:])
			lr := unicode.ToLower(r)
			if lr != r {
				if utf8.RuneLen(lr) != n || r == utf8.RuneError {
					if l.odd == nil {
						l.odd = make([]bool, len(toks))
						l.oddLow = map[int]string{}
					}
					l.odd[k] = true
					l.oddLow[k] = strings.ToLower(w)
					break
				}
				if b == nil {
					b = []byte(s)
				}
				utf8.EncodeRune(b[int(t.Start)+i:], lr)
			}
			i += n
		}
	}
	if b == nil {
		l.text = s
	} else {
		l.text = string(b)
	}
	return l
}

// lowerTok returns token k in lower case: strings.ToLower of its text.
func (d *Document) lowerTok(k int) string {
	if d.low.odd != nil && d.low.odd[k] {
		return d.low.oddLow[k]
	}
	t := d.Tokens[k]
	return d.low.text[t.Start:t.End]
}
