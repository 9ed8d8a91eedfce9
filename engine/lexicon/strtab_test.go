package lexicon

import (
	"strconv"
	"testing"
)

// TestStrTable checks that every key is found at its position and that
// other strings, prefixes and extensions of keys included, are not.
func TestStrTable(t *testing.T) {
	keys := []string{"", "a", "ab", "said", "Said", "U.S.", "Ruiz", "é"}
	for i := range 3000 {
		keys = append(keys, "w"+strconv.Itoa(i))
	}
	tab := newStrTable(keys)
	for i, k := range keys {
		if got := tab.find(k); got != i {
			t.Errorf("find(%q) = %d, want %d", k, got, i)
		}
	}
	for _, k := range []string{"b", "abc", "sai", "SAID", "w3000", "w-1", "w12 ", "e"} {
		if got := tab.find(k); got != -1 {
			t.Errorf("find(%q) = %d, want -1", k, got)
		}
	}
	var empty strTable
	if got := empty.find("a"); got != -1 {
		t.Errorf("empty table: find = %d", got)
	}
}

// TestWordTable checks the word table against the map it is built from.
func TestWordTable(t *testing.T) {
	var ps problems
	m := buildWords(wordFiles, dataFile{"descriptors.txt", descriptorsTxt}, &ps)
	w := loadWords()
	for k, wi := range m {
		got := w.get(k)
		if got.flags&^flagPlace != wi.flags || got.desc != wi.desc {
			t.Fatalf("%q: table has %+v, map %+v", k, got, wi)
		}
	}
	if len(w.info) < len(m) {
		t.Fatalf("table has %d words, map %d", len(w.info), len(m))
	}
}
