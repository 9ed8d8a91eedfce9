package strtab

import (
	"strconv"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/strtab/keytest"
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

// TestSetFrontCoded checks that a table read from AppendFrontCoded's
// output finds what Add would have, that the rest of the data comes back,
// and that Add goes on from it.
func TestSetFrontCoded(t *testing.T) {
	keys := []string{"", "Ruiz", "according to", "according", "é", "sai", "said", "saying", strings.Repeat("x", 300), strings.Repeat("x", 299) + "y"}
	size := 0
	for _, k := range keys {
		size += len(k)
	}
	data := string(AppendFrontCoded(nil, keys)) + "rest"
	var tab Table
	if rest := tab.SetFrontCoded(data, len(keys), size); rest != "rest" {
		t.Errorf("rest = %q", rest)
	}
	if tab.Len() != len(keys) {
		t.Fatalf("Len() = %d, want %d", tab.Len(), len(keys))
	}
	for i, k := range keys {
		if n := tab.Find(k); n != i || tab.Key(i) != k {
			t.Errorf("Find(%q) = %d, Key(%d) = %q; want %d", k, n, i, tab.Key(i), i)
		}
	}
	for _, k := range []string{"sa", "Ruiz ", "accord", "x"} {
		if n := tab.Find(k); n != -1 {
			t.Errorf("Find(%q) = %d, want -1", k, n)
		}
	}
	for i := range 100 {
		k := strconv.Itoa(i)
		if n, added := tab.Add(k); n != len(keys)+i || !added {
			t.Fatalf("Add(%q) = %d, %v after SetFrontCoded", k, n, added)
		}
	}
	for i, k := range keys {
		if n := tab.Find(k); n != i || tab.Key(i) != k {
			t.Errorf("after Add: Find(%q) = %d, Key(%d) = %q; want %d", k, n, i, tab.Key(i), i)
		}
	}
	if n, added := tab.Add("Ruiz"); n != 1 || added {
		t.Errorf("Add(Ruiz) = %d, %v; want 1, false", n, added)
	}
}

func FuzzFrontCoded(f *testing.F) {
	keytest.Fuzz(f, func(t *testing.T, text string, keys []string) {
		var tab Table
		if rest := tab.SetFrontCoded(string(AppendFrontCoded(nil, keys)), len(keys), len(text)-len(keys)+1); rest != "" {
			t.Fatalf("rest %q", rest)
		}
		keytest.Check(t, &tab, keys)
	})
}

// TestFindBytes requires FindBytes to answer as Find, without allocating.
func TestFindBytes(t *testing.T) {
	var tab Table
	for i := range 300 {
		tab.Add(strconv.Itoa(i * 31))
	}
	for _, s := range []string{"0", "31", "9269", "9300", "", "x", "313"} {
		if got, want := tab.FindBytes([]byte(s)), tab.Find(s); got != want {
			t.Errorf("FindBytes(%q) = %d, Find = %d", s, got, want)
		}
	}
	b := []byte("62")
	if a := testing.AllocsPerRun(100, func() { tab.FindBytes(b) }); a != 0 {
		t.Errorf("FindBytes allocates %v times", a)
	}
}
