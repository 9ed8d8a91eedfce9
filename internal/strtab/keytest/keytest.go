// Package keytest runs the fuzz tests of sorted key lists (strtab's front
// coding, the lexicon's frozen key lists): their seeds, a fuzzed text as a
// key list, and the check of a table read back against it.
package keytest

import (
	"slices"
	"strings"
	"testing"
)

// seeds are texts of keys, a key a line: shared prefixes, non-ASCII keys
// that differ in their last byte, and keys longer than 255 bytes.
var seeds = []string{
	"a\nab\nabc\nb",
	"Zoë\nZoé\n" + strings.Repeat("x", 300) + "\n" + strings.Repeat("x", 299) + "y",
}

// Fuzz runs f as the fuzz target of a key table: it seeds f with texts of
// keys, a key a line, and calls test with a fuzzed text and its distinct
// lines, sorted (a key list as the tables take it); texts holding a 0
// byte, which no key may, are skipped.
func Fuzz(f *testing.F, test func(t *testing.T, text string, keys []string)) {
	for _, seed := range seeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if keys, ok := keyList(text); ok {
			test(t, text, keys)
		}
	})
}

// keyList returns the distinct lines of text, sorted; ok is false when
// text holds a 0 byte.
func keyList(text string) (keys []string, ok bool) {
	if strings.IndexByte(text, 0) >= 0 {
		return nil, false
	}
	keys = strings.Split(text, "\n")
	slices.Sort(keys)
	return slices.Compact(keys), true
}

// Table is what Check reads of a key table: the key numbered k, and the
// number of a key (-1 when absent).
type Table interface {
	Key(k int) string
	Find(key string) int
}

// Check reports an error for every key of keys that tab does not number
// as its index, both ways.
func Check(t testing.TB, tab Table, keys []string) {
	t.Helper()
	for k, key := range keys {
		if tab.Key(k) != key || tab.Find(key) != k {
			t.Errorf("key %d is %q, Find(%q) = %d", k, tab.Key(k), key, tab.Find(key))
		}
	}
}
