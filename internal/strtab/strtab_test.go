package strtab

import (
	"strconv"
	"testing"
)

// TestTable checks numbering, lookups of present and absent strings, and
// that growing keeps every string findable.
func TestTable(t *testing.T) {
	var tab Table
	if tab.Find("a") != -1 || tab.Len() != 0 {
		t.Fatal("empty table finds a string")
	}
	var keys []string
	for i := range 5000 {
		keys = append(keys, strconv.Itoa(i*7919)+"x")
	}
	keys = append(keys, "", "é", "a b")
	for i, k := range keys {
		if n, added := tab.Add(k); n != i || !added {
			t.Fatalf("Add(%q) = %d, %v; want %d, true", k, n, added, i)
		}
	}
	tab.Grow(100, 1000)
	for i, k := range keys {
		if n, added := tab.Add(k); n != i || added {
			t.Fatalf("second Add(%q) = %d, %v; want %d, false", k, n, added, i)
		}
		if n := tab.Find(k); n != i {
			t.Fatalf("Find(%q) = %d, want %d", k, n, i)
		}
		if tab.Key(i) != k {
			t.Fatalf("Key(%d) = %q, want %q", i, tab.Key(i), k)
		}
	}
	for _, k := range []string{"x", "7919", "7919xx", "b", "a"} {
		if n := tab.Find(k); n != -1 {
			t.Errorf("Find(%q) = %d, want -1", k, n)
		}
	}
	if tab.Len() != len(keys) {
		t.Errorf("Len() = %d, want %d", tab.Len(), len(keys))
	}
	if a := testing.AllocsPerRun(100, func() { tab.Find("12x") }); a != 0 {
		t.Errorf("Find allocates %v times", a)
	}
}

func BenchmarkFind(b *testing.B) {
	var tab Table
	words := []string{"said", "the", "minister", "Ruiz", "according", "to", "harbour", "spokeswoman"}
	for i := range 40000 {
		tab.Add(strconv.Itoa(i))
	}
	for _, w := range words {
		tab.Add(w)
	}
	for i := 0; b.Loop(); i++ {
		tab.Find(words[i%len(words)])
	}
}

func BenchmarkMap(b *testing.B) {
	m := map[string]int{}
	words := []string{"said", "the", "minister", "Ruiz", "according", "to", "harbour", "spokeswoman"}
	for i := range 40000 {
		m[strconv.Itoa(i)] = i
	}
	for _, w := range words {
		m[w] = 1
	}
	s := 0
	for i := 0; b.Loop(); i++ {
		s += m[words[i%len(words)]]
	}
}
