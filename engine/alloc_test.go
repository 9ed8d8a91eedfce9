package engine

import "testing"

func TestChunked(t *testing.T) {
	for _, hint := range []int{0, 1, 8, 9, 100, 5000} {
		c := newChunked[int](hint)
		for i := range 3000 {
			c.add(i)
		}
		if c.n != 3000 {
			t.Fatalf("hint %d: n = %d", hint, c.n)
		}
		size := 1 << c.shift
		if size < 8 || size > 1024 || hint > 8 && hint <= 1024 && size < hint {
			t.Errorf("hint %d: arrays of %d", hint, size)
		}
		p := c.at(1500)
		for i := range c.n {
			if *c.at(i) != i {
				t.Fatalf("hint %d: at(%d) = %d", hint, i, *c.at(i))
			}
		}
		if p != c.at(1500) {
			t.Errorf("hint %d: a value moved", hint)
		}
	}
}

func TestIDSeq(t *testing.T) {
	for _, c := range []struct {
		prefix string
		from   int
		n      int
	}{{"q", 1, 1200}, {"c", 0, 11}, {"a", 1, 9}, {"a", 95, 10}} {
		want := numberedIDs(c.prefix, c.from, c.n)
		seq := newIDSeq(c.prefix, c.from, c.n)
		for i := range c.n {
			if got := seq.id(); got != want[i] {
				t.Fatalf("%+v: id %d = %q, want %q", c, i, got, want[i])
			}
		}
	}
}
