package annot

import "testing"

func TestIDNumber(t *testing.T) {
	for _, c := range []struct {
		s    string
		l, n int
	}{
		{"a1", 0, 1}, {"q12", 16, 12}, {"c999999999", 2, 999999999},
		{"c1000000000", 0, 0}, {"c0", 0, 0}, {"c01", 0, 0}, {"c", 0, 0},
		{"C1", 0, 0}, {"ab1", 0, 0}, {"c1x", 0, 0}, {"", 0, 0}, {"tmpq1", 0, 0},
	} {
		if l, n := idNumber(c.s); n != c.n || n > 0 && l != c.l {
			t.Errorf("idNumber(%q) = %d, %d, want %d, %d", c.s, l, n, c.l, c.n)
		}
	}
}

// TestCompactIDsAndNames checks that a string that reads as an id and the
// same id met again share one table entry, whichever came first.
func TestCompactIDsAndNames(t *testing.T) {
	e := compactEncoder{idMax: 100, seen: make([]seenStr, seenSlots(0))}
	a := e.str("c5")
	b := e.str("person")
	c := e.str(string([]byte("c5")))
	d := e.str("c500")
	if a != c || a == b || d == a || len(e.table) != 3 {
		t.Errorf("indexes %d %d %d %d, table %q", a, b, c, d, e.table)
	}
}

// TestCompactTextIndex checks that byText gives every text one index, the
// same for equal texts at other addresses, as it grows past its first
// slots.
func TestCompactTextIndex(t *testing.T) {
	e := compactEncoder{seen: make([]seenStr, seenSlots(0))}
	first := map[string]uint32{}
	for round := range 2 {
		for k := range 300 {
			s := "name " + string(rune('a'+k%26)) + string(rune('A'+k/26))
			i := e.str(s)
			if round == 0 {
				if _, dup := first[s]; dup {
					t.Fatalf("%q twice in the first round", s)
				}
				first[s] = i
			} else if i != first[s] {
				t.Fatalf("%q: index %d, first given %d", s, i, first[s])
			}
		}
	}
	if len(e.table) != 300 || e.nText != 300 || len(e.byText) < 600 {
		t.Errorf("table %d, nText %d, slots %d", len(e.table), e.nText, len(e.byText))
	}
}
