package engine

import (
	"math/bits"
	"strconv"
)

// block hands out pointers to values of T carved from shared arrays, so
// that a document's many small annotations cost one allocation per block
// instead of one each. A block stays alive while any of its values is
// referenced; the values never move. The zero block is ready to use.
type block[T any] struct {
	free []T // the unused rest of the current array
	size int // length of the last array made
	// first, when not 0, is the length of the first array: the number of
	// values a caller expects (at most 1024).
	first int
}

// new returns a pointer to a zero T.
func (b *block[T]) new() *T {
	if len(b.free) == 0 {
		if b.size == 0 && b.first > 0 {
			b.size = min(b.first, 1024)
		} else {
			b.size = min(max(2*b.size, 8), 1024)
		}
		b.free = make([]T, b.size)
	}
	p := &b.free[0]
	b.free = b.free[1:]
	return p
}

// spanPtr returns a pointer to a copy of s, for optional span fields.
func (d *Document) spanPtr(s Span) *Span {
	p := d.spanBlock.new()
	*p = s
	return p
}

// digits returns the number of decimal digits of i >= 0.
func digits(i int) int {
	n := 1
	for ; i >= 10; i /= 10 {
		n++
	}
	return n
}

// idSeq hands out prefix+itoa(from), prefix+itoa(from+1), … as slices of
// one string; numberedIDs collects them into a slice.
type idSeq struct {
	all    string
	prefix int // len(prefix)
	next   int // the number of the next id
	at     int // where the next id starts in all
}

// newIDSeq returns the sequence of n ids from prefix+itoa(from).
func newIDSeq(prefix string, from, n int) idSeq {
	if n <= 0 {
		return idSeq{}
	}
	b := make([]byte, 0, n*(len(prefix)+digits(from+n-1)))
	for i := range n {
		b = append(b, prefix...)
		b = strconv.AppendInt(b, int64(from+i), 10)
	}
	return idSeq{all: string(b), prefix: len(prefix), next: from}
}

// id returns the next id.
func (q *idSeq) id() string {
	end := q.at + q.prefix + digits(q.next)
	s := q.all[q.at:end]
	q.at, q.next = end, q.next+1
	return s
}

// numberedIDs returns prefix+itoa(from), prefix+itoa(from+1), … n ids,
// all slices of one string (an idSeq's): three allocations instead of n.
func numberedIDs(prefix string, from, n int) []string {
	if n <= 0 {
		return nil
	}
	seq := newIDSeq(prefix, from, n)
	ids := make([]string, n)
	for i := range ids {
		ids[i] = seq.id()
	}
	return ids
}

// chunked is an append-only list kept in arrays of 1<<shift values: it
// grows without copying what it holds, and no more than one array is
// unused. Pointers from at stay valid while the list lives.
type chunked[T any] struct {
	arrays [][]T
	shift  uint
	n      int
	// spare, when its capacity is at least 1<<shift, becomes the first
	// array; it must hold only zero values.
	spare []T
}

// newChunked returns a list whose arrays hold about hint values, at least
// 8 and at most 1024.
func newChunked[T any](hint int) chunked[T] {
	return chunked[T]{shift: uint(min(max(bits.Len(uint(max(hint, 1)-1)), 3), 10))}
}

// add appends v.
func (c *chunked[T]) add(v T) {
	i := c.n & (1<<c.shift - 1)
	if i == 0 {
		a := c.spare
		if c.n > 0 || cap(a) < 1<<c.shift {
			a = make([]T, 1<<c.shift)
		}
		c.arrays = append(c.arrays, a[:1<<c.shift])
	}
	c.arrays[len(c.arrays)-1][i] = v
	c.n++
}

// at returns a pointer to the value at index i, 0 <= i < c.n.
func (c *chunked[T]) at(i int) *T {
	return &c.arrays[i>>c.shift][i&(1<<c.shift-1)]
}

// release clears the list's first array and returns it, for the spare of
// another list; the list is then empty.
func (c *chunked[T]) release() []T {
	if len(c.arrays) == 0 {
		return nil
	}
	a := c.arrays[0]
	clear(a[:min(c.n, len(a))])
	*c = chunked[T]{shift: c.shift}
	return a[:cap(a)]
}
