package annot

import (
	"errors"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/ascii"
)

// Unit is a way of counting offsets into a text.
type Unit int

// The three units whosaid converts between: bytes inside the engine, code
// points in exports, UTF-16 code units in the browser.
const (
	Bytes Unit = iota
	Runes
	UTF16
)

// insideError is Convert's error for offset o of unit u inside a rune. The
// messages of this file are built without fmt, which engine.wasm, where
// Convert runs, does not otherwise need.
func insideError(u Unit, o int) error {
	return errors.New(u.String() + " offset " + strconv.Itoa(o) + " falls inside a character")
}

func (u Unit) String() string {
	switch u {
	case Bytes:
		return "byte"
	case Runes:
		return "code point"
	case UTF16:
		return "UTF-16"
	}
	return "Unit(" + strconv.Itoa(int(u)) + ")"
}

// Mapper converts offsets into one text between bytes, code points and UTF-16
// code units. It records only the non-ASCII runes, so an ASCII text costs
// nothing. An invalid UTF-8 byte counts as one code point (U+FFFD) and one
// UTF-16 unit, as Go's range loop and encoding/json read it.
//
// For every offset o that lies on a rune boundary,
// m.Convert(m.Convert(o, a, b), b, a) == o for any units a and b.
type Mapper struct {
	pos   [][3]int32 // start of each non-ASCII rune in bytes, runes, UTF-16
	width [][3]uint8 // its width in the same units
	size  [3]int     // length of the whole text in each unit
}

// NewMapper builds the mapper for text. It panics if text is 2 GiB or more.
func NewMapper(text string) *Mapper {
	m := &Mapper{}
	m.reset(text)
	return m
}

// reset makes m the mapper of text, reusing its lists' memory.
func (m *Mapper) reset(text string) {
	if len(text) >= 1<<31 {
		panic("annot: text too large for Mapper")
	}
	m.pos, m.width = m.pos[:0], m.width[:0]
	var b, r, u int
	for b < len(text) {
		if text[b] < utf8.RuneSelf {
			// A run of ASCII counts the same in every unit; skip it eight
			// bytes at a time.
			j := b + 1
			for j+8 <= len(text) && ascii.IsASCII(ascii.Word(text, j)) {
				j += 8
			}
			for j < len(text) && text[j] < utf8.RuneSelf {
				j++
			}
			r += j - b
			u += j - b
			b = j
			continue
		}
		ru, w := utf8.DecodeRuneInString(text[b:])
		uw := 1
		if ru >= 0x10000 && w > 1 {
			uw = 2
		}
		m.pos = append(m.pos, [3]int32{int32(b), int32(r), int32(u)})
		m.width = append(m.width, [3]uint8{uint8(w), 1, uint8(uw)})
		b += w
		r++
		u += uw
	}
	m.size = [3]int{b, r, u}
}

// Len returns the length of the text in unit u.
func (m *Mapper) Len(u Unit) int { return m.size[u] }

// Convert turns offset o counted in unit from into the same position counted
// in unit to. It fails when o is outside the text or falls inside a rune.
func (m *Mapper) Convert(o int, from, to Unit) (int, error) {
	if o < 0 || o > m.size[from] {
		return 0, errors.New(from.String() + " offset " + strconv.Itoa(o) + " outside text of length " + strconv.Itoa(m.size[from]))
	}
	if from == to {
		if !m.onBoundary(o, from) {
			return 0, insideError(from, o)
		}
		return o, nil
	}
	// i is the last non-ASCII rune starting at or before o.
	i := sort.Search(len(m.pos), func(i int) bool { return int(m.pos[i][from]) > o }) - 1
	if i < 0 {
		return o, nil
	}
	start := int(m.pos[i][from])
	end := start + int(m.width[i][from])
	switch {
	case o == start:
		return int(m.pos[i][to]), nil
	case o < end:
		return 0, insideError(from, o)
	default:
		return int(m.pos[i][to]) + int(m.width[i][to]) + (o - end), nil
	}
}

func (m *Mapper) onBoundary(o int, u Unit) bool {
	i := sort.Search(len(m.pos), func(i int) bool { return int(m.pos[i][u]) > o }) - 1
	return i < 0 || o == int(m.pos[i][u]) || o >= int(m.pos[i][u])+int(m.width[i][u])
}

// MustConvert is Convert for offsets the caller knows to be valid; it panics
// on a broken invariant.
func (m *Mapper) MustConvert(o int, from, to Unit) int {
	v, err := m.Convert(o, from, to)
	if err != nil {
		panic("annot: " + err.Error())
	}
	return v
}
