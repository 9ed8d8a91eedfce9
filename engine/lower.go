package engine

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/engine/lexicon"
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
	// cls caches lexicon.Classify of each token k as written (cls[2k]) and
	// in lower case (cls[2k+1]), and bit i of done says that cls[i] was
	// looked up (see classes): 8 bytes a token, where a struct with two
	// flags took 10.
	cls  []lexicon.Classes
	done []uint64
}

// lowerTokens builds the lowered form of the tokens of s. It lowers the
// whole text in one pass, since the bytes between tokens are never read; a
// text without upper-case letters is not copied, and one with them is copied
// once, into the builder whose string it keeps.
func lowerTokens(s string, toks []Token) lowered {
	var b strings.Builder // s lowered up to copied, once an upper-case letter was seen
	copied := 0
	odd := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				if copied == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[copied:i])
				b.WriteByte(c + 'a' - 'A')
				copied = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if lr := unicode.ToLower(r); lr != r {
			if utf8.RuneLen(lr) != n {
				odd = true
			} else {
				if copied == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[copied:i])
				b.WriteRune(lr)
				copied = i + n
			}
		}
		i += n
	}
	var l lowered
	if copied == 0 {
		l.text = s
	} else {
		b.WriteString(s[copied:])
		l.text = b.String()
	}
	if odd {
		for k, t := range toks {
			w := s[t.Start:t.End]
			for _, r := range w {
				if lr := unicode.ToLower(r); lr != r && utf8.RuneLen(lr) != utf8.RuneLen(r) {
					if l.odd == nil {
						l.odd = make([]bool, len(toks))
						l.oddLow = map[int]string{}
					}
					l.odd[k] = true
					l.oddLow[k] = strings.ToLower(w)
					break
				}
			}
		}
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

// classes returns lexicon.Classify of token k's text as written: one map
// lookup per token however many questions the stages ask of it.
func (d *Document) classes(k int) lexicon.Classes { return d.classesOf(k, 0) }

// lowerClasses returns lexicon.Classify of token k in lower case.
func (d *Document) lowerClasses(k int) lexicon.Classes { return d.classesOf(k, 1) }

func (d *Document) classesOf(k, lower int) lexicon.Classes {
	if d.low.cls == nil {
		d.low.cls = make([]lexicon.Classes, 2*len(d.Tokens))
		d.low.done = make([]uint64, (2*len(d.Tokens)+63)/64)
	}
	i := 2*k + lower
	if d.low.done[i/64]&(1<<(i%64)) == 0 {
		w := d.lowerTok(k)
		if lower == 0 {
			t := d.Tokens[k]
			w = d.norm.s[t.Start:t.End]
		}
		d.low.cls[i] = lexicon.Classify(w)
		d.low.done[i/64] |= 1 << (i % 64)
	}
	return d.low.cls[i]
}
