// Package keytest gives the fuzz tests of sorted key lists (strtab's front
// coding, the lexicon's frozen key lists) their seeds and turns a fuzzed
// text into a key list.
package keytest

import (
	"slices"
	"strings"
)

// Seeds are texts of keys, a key a line: shared prefixes, non-ASCII keys
// that differ in their last byte, and keys longer than 255 bytes.
var Seeds = []string{
	"a\nab\nabc\nb",
	"Zoë\nZoé\n" + strings.Repeat("x", 300) + "\n" + strings.Repeat("x", 299) + "y",
}

// Keys returns the distinct lines of text, sorted: a key list as the
// tables take it. ok is false when text holds a 0 byte, which no key may.
func Keys(text string) (keys []string, ok bool) {
	if strings.IndexByte(text, 0) >= 0 {
		return nil, false
	}
	keys = strings.Split(text, "\n")
	slices.Sort(keys)
	return slices.Compact(keys), true
}
