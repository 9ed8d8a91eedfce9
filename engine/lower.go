package engine

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/whosaid/whosaid/engine/lexicon"
	"github.com/whosaid/whosaid/internal/ascii"
)

// lowered holds every token of the normalised text in lower case, so that
// lowerTok returns a token's lower-case form without allocating.
//
// text has the length of the normalised text, and for each token k whose
// lower case is as long as it is, text[Start:End] is strings.ToLower of the
// token. The rare token whose lower case changes length ("İ" becomes "i̇")
// has its lower case in oddLow, by token ("" for the others); oddLow is
// nil when no token is odd, so that the common case is one test.
type lowered struct {
	text   string
	oddLow []string
	// cls caches lexicon.Classify of recent tokens (see classes): token k
	// in slot k%len(cls), len(cls) a power of two no larger than clsSlots;
	// nil until the first lookup.
	cls []clsEntry
}

// clsSlots is the number of tokens whose classes lowered keeps: the stages
// ask about the tokens of a sentence and its neighbours, many times each,
// and about a sixth of all tokens in all, so a window of a few thousand
// tokens answers nearly every repeated question in 96 KB (24 bytes a
// slot), where a slot for every token took 8 bytes a token. A document of
// fewer tokens gets fewer slots: under WebAssembly the 96 KB, allocated
// and cleared for each call, made a 210-word article 20-40% slower.
const clsSlots = 4096

// clsEntry is the word classes of token k-1 as written (c[0]) and in
// lower case (c[1]), and the bits of the word lists that hold it in lower
// case (words); done says which of them were looked up (clsWritten,
// clsLower, clsWords) and whether the lower case may be a cue (clsCue).
type clsEntry struct {
	k     int32
	c     [2]lexicon.Classes
	done  uint8
	words wordMask
}

// The bits of clsEntry.done.
const (
	clsWritten = 1 << iota // c[0] is set
	clsLower               // c[1] is set
	clsWords               // words is set, and clsCue tells
	clsCue                 // the token in lower case may be a cue (tokEntry.cue)
)

// lowerTokens builds the lowered form of the tokens of s. It lowers the
// whole text in one pass, since the bytes between tokens are never read; a
// text without upper-case letters is not copied, and one with them is copied
// once, into the builder whose string it keeps.
func lowerTokens(s string, toks []Token) lowered {
	var b strings.Builder // s lowered up to copied, once an upper-case letter was seen
	copied := 0
	odd := false
	for i := 0; i < len(s); {
		if i+8 <= len(s) && ascii.NoUpper(ascii.Word(s, i)) {
			i += 8 // eight bytes that lower case leaves as they are
			continue
		}
		// At most eight bytes one by one, up to the first that is not ASCII.
		stop := min(i+8, len(s))
		for ; i < stop && s[i] < utf8.RuneSelf; i++ {
			if c := s[i]; c >= 'A' && c <= 'Z' {
				if copied == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[copied:i])
				b.WriteByte(c + 'a' - 'A')
				copied = i + 1
			}
		}
		if i == stop {
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
					if l.oddLow == nil {
						l.oddLow = make([]string, len(toks))
					}
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
	if d.low.oddLow != nil && d.low.oddLow[k] != "" {
		return d.low.oddLow[k]
	}
	t := d.Tokens[k]
	return d.low.text[t.Start:t.End]
}

// classes returns lexicon.Classify of token k's text as written: one map
// lookup per token however many questions the stages ask of it while it is
// among the recent ones.
func (d *Document) classes(k int) lexicon.Classes { return d.classesOf(k, 0) }

// lowerClasses returns lexicon.Classify of token k in lower case.
func (d *Document) lowerClasses(k int) lexicon.Classes { return d.classesOf(k, 1) }

// words returns the bits (wordList.bit, by half) of the word lists named in
// wordTable that hold token k in lower case: for each of them,
// inList(l, d.lowerTok(k)) is words(k)[l.half]&l.bit != 0. It is kept with the
// classes of the recent tokens, since the stages ask several lists about
// the same token.
func (d *Document) words(k int) wordMask {
	c := d.low.cls
	if c == nil {
		c = d.newCls()
	}
	e := &c[k&(len(c)-1)]
	if e.k != int32(k+1) {
		*e = clsEntry{k: int32(k + 1)}
	}
	if e.done&clsWords == 0 {
		d.lookLower(e, k)
	}
	return e.words
}

// lookLower looks token k in lower case up in tokTable: it sets e.words
// and whether the token may be a cue, and e.c[1] for a key, so that the
// lexicon's word table, ten times larger, and its cue table are probed
// only for the words that need them.
func (d *Document) lookLower(e *clsEntry, k int) {
	if i := tokTable.keys.Find(d.lowerTok(k)); i >= 0 {
		t := &tokTable.at[i]
		e.words = t.mask
		e.c[1] = t.classes
		e.done |= clsLower
		if t.cue {
			e.done |= clsCue
		}
	}
	e.done |= clsWords
}

// mayCue reports whether lexicon.CueWordNext of token k in lower case
// may answer anything but its zero values (tokEntry.cue).
func (d *Document) mayCue(k int) bool {
	d.words(k)
	return d.low.cls[k&(len(d.low.cls)-1)].done&clsCue != 0
}

// newCls makes the cache of word classes with a slot a token, up to
// clsSlots, in the scratch's array when it is long enough: a short
// document does not pay for the whole window. It runs once a document and
// is not inlined into its two callers (1.3 KB of engine.wasm).
//
//go:noinline
func (d *Document) newCls() []clsEntry {
	newTokTable()
	n := 64
	for n < len(d.Tokens) && n < clsSlots {
		n *= 2
	}
	s := d.scratch()
	if cap(s.cls) >= n {
		s.cls = s.cls[:n]
		clear(s.cls)
	} else {
		s.cls = make([]clsEntry, n)
	}
	d.low.cls = s.cls
	return s.cls
}

func (d *Document) classesOf(k, lower int) lexicon.Classes {
	c := d.low.cls
	if c == nil {
		c = d.newCls()
	}
	e := &c[k&(len(c)-1)]
	if e.k != int32(k+1) {
		*e = clsEntry{k: int32(k + 1)}
	}
	if e.done&(1<<lower) == 0 {
		d.classify(e, k, lower)
	}
	return e.c[lower]
}

// classify sets e.c[lower] for token k. A token written in lower case has
// the same classes both ways, looked up once.
func (d *Document) classify(e *clsEntry, k, lower int) {
	same := d.lowerCase(k)
	if lower == 0 && !same {
		t := d.Tokens[k]
		e.c[0] = lexicon.Classify(d.norm.s[t.Start:t.End])
		e.done |= clsWritten
		return
	}
	if e.done&clsLower == 0 {
		e.c[1] = lexicon.Classify(d.lowerTok(k))
		e.done |= clsLower
	}
	if same {
		e.c[0] = e.c[1]
		e.done |= clsWritten
	}
}

// lowerCase reports whether token k is written as its lower case.
func (d *Document) lowerCase(k int) bool {
	t := d.Tokens[k]
	if t.Flags&Upper != 0 || d.low.oddLow != nil && d.low.oddLow[k] != "" {
		return false
	}
	w, l := d.norm.s[t.Start:t.End], d.low.text[t.Start:t.End]
	if unsafe.StringData(w) == unsafe.StringData(l) {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] != l[i] {
			return false
		}
	}
	return true
}
