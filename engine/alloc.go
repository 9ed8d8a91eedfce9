package engine

// block hands out pointers to values of T carved from shared arrays, so
// that a document's many small annotations cost one allocation per block
// instead of one each. A block stays alive while any of its values is
// referenced; the values never move. The zero block is ready to use.
type block[T any] struct {
	free []T // the unused rest of the current array
	size int // length of the last array made
}

// new returns a pointer to a zero T.
func (b *block[T]) new() *T {
	if len(b.free) == 0 {
		b.size = min(max(2*b.size, 8), 1024)
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
