package engine

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/ascii"
)

// Stage 1, normalise. The stages after this one read d.norm.s, a copy of the
// text in which line breaks are "\n", exotic spaces are " ", invisible
// characters (soft hyphen, zero-width space, joiners, BOM) are gone and HTML
// entities pasted as text are decoded. d.norm.edits records every change, so
// that each span found in the normalised text maps back to the exact bytes of
// the source (mapSpans, the last stage). Text that needs none of this is not
// copied.

// normText is the normalised text and the edits that produced it.
type normText struct {
	s     string
	edits []edit // sorted, non-overlapping, adjacent edits merged
}

// edit says that src[src:src+srcLen] became norm[norm:norm+normLen].
type edit struct {
	norm, normLen int32
	src, srcLen   int32
}

func normalize(d *Document) {
	d.norm = normalizeText(d.Text)
}

func normalizeText(src string) normText {
	var b strings.Builder
	var edits []edit
	copied := 0 // src[:copied] has been written to b
	replace := func(i, n int, with string) {
		if edits == nil {
			b.Grow(len(src))
		}
		b.WriteString(src[copied:i])
		e := edit{norm: int32(b.Len()), normLen: int32(len(with)), src: int32(i), srcLen: int32(n)}
		b.WriteString(with)
		copied = i + n
		if k := len(edits) - 1; k >= 0 && edits[k].src+edits[k].srcLen == e.src && edits[k].norm+edits[k].normLen == e.norm {
			edits[k].normLen += e.normLen
			edits[k].srcLen += e.srcLen
			return
		}
		edits = append(edits, e)
	}
	for i := 0; i < len(src); {
		if i+8 <= len(src) && ascii.Printable(ascii.Word(src, i), '&') {
			i += 8 // eight plain bytes
			continue
		}
		// At most eight bytes one by one, up to the first that needs a look.
		stop := min(i+8, len(src))
		for i < stop && plainByte[src[i]] {
			i++
		}
		if i == stop {
			continue
		}
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				if i+1 < len(src) && src[i+1] == '\n' {
					replace(i, 2, "\n")
					i += 2
				} else {
					replace(i, 1, "\n")
					i++
				}
				continue
			case c == '&':
				if n, with := entityAt(src[i:]); n > 0 {
					replace(i, n, with)
					i += n
					continue
				}
			case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
				replace(i, 1, " ")
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == 0xA0, r >= 0x2000 && r <= 0x200A, r == 0x202F, r == 0x205F, r == 0x3000:
			replace(i, w, " ")
		case r == 0x2028, r == 0x2029, r == 0x85:
			replace(i, w, "\n")
		case r == 0xAD, r >= 0x200B && r <= 0x200D, r == 0x2060, r == 0xFEFF:
			replace(i, w, "")
		case r >= 0x80 && r < 0xA0:
			replace(i, w, " ")
		}
		i += w
	}
	if edits == nil {
		return normText{s: src}
	}
	b.WriteString(src[copied:])
	return normText{s: b.String(), edits: edits}
}

// plainByte marks the bytes that normalizeText keeps as they are without a
// look: ASCII but for '\r', '&', DEL and the control characters other than
// '\n' and '\t'.
var plainByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c >= 0x20 && c != '&' && c != 0x7f || c == '\n' || c == '\t'
	}
	return t
}()

// namedEntities are the HTML entities that turn up in text pasted from web
// pages. Others are left as they are.
var namedEntities = map[string]string{
	"amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
	"ldquo": "\u201c", "rdquo": "\u201d", "lsquo": "\u2018", "rsquo": "\u2019",
	"laquo": "\u00ab", "raquo": "\u00bb", "bdquo": "\u201e", "sbquo": "\u201a",
	"mdash": "\u2014", "ndash": "\u2013", "hellip": "\u2026", "shy": "",
	"eacute": "é", "egrave": "è", "aacute": "á", "oacute": "ó", "iacute": "í",
	"uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä",
	"euro": "€", "pound": "£", "copy": "©", "reg": "®", "trade": "™", "deg": "°",
}

// entityAt decodes an HTML character reference at the start of s and returns
// its length in bytes and its replacement; n is 0 when s does not start with
// one.
func entityAt(s string) (n int, with string) {
	end := strings.IndexByte(s[:min(len(s), 12)], ';')
	if end < 2 {
		return 0, ""
	}
	name := s[1:end]
	if name[0] == '#' {
		var v uint64
		var err error
		if len(name) > 1 && (name[1] == 'x' || name[1] == 'X') {
			v, err = strconv.ParseUint(name[2:], 16, 32)
		} else {
			v, err = strconv.ParseUint(name[1:], 10, 32)
		}
		r := rune(v)
		if err != nil || v == 0 || !utf8.ValidRune(r) {
			return 0, ""
		}
		switch {
		case r == 0xAD || (r >= 0x200B && r <= 0x200D) || r == 0xFEFF:
			return end + 1, ""
		case r == 0xA0 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F:
			return end + 1, " "
		case r < 0x20 && r != '\n' && r != '\t':
			return end + 1, " "
		}
		return end + 1, string(r)
	}
	if with, ok := namedEntities[name]; ok {
		return end + 1, with
	}
	return 0, ""
}

// srcStart maps a normalised offset that starts a span to the source.
func (n *normText) srcStart(o int) int {
	i := sort.Search(len(n.edits), func(i int) bool { return int(n.edits[i].norm) > o }) - 1
	if i < 0 {
		return o
	}
	e := n.edits[i]
	if ne := int(e.norm + e.normLen); o < ne {
		return int(e.src)
	} else {
		return int(e.src+e.srcLen) + o - ne
	}
}

// srcEnd maps a normalised offset that ends a span to the source.
func (n *normText) srcEnd(o int) int {
	i := sort.Search(len(n.edits), func(i int) bool { return int(n.edits[i].norm) >= o }) - 1
	if i < 0 {
		return o
	}
	e := n.edits[i]
	if ne := int(e.norm + e.normLen); o < ne {
		return int(e.src + e.srcLen)
	} else {
		return int(e.src+e.srcLen) + o - ne
	}
}

// toSrc maps a span of the normalised text to the source. An empty span maps
// to an empty span at its start.
func (n *normText) toSrc(s Span) Span {
	if n.edits == nil {
		return s
	}
	a := n.srcStart(s.Start)
	if s.Empty() {
		return Span{a, a}
	}
	b := n.srcEnd(s.End)
	if b < a {
		b = a
	}
	return Span{a, b}
}
