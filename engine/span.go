package engine

// Span is a half-open range [Start, End) of byte offsets into Document.Text.
// Every span the engine produces satisfies 0 <= Start <= End <= len(Text) and
// both ends fall on rune boundaries of Text.
type Span struct {
	Start, End int
}

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether s covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies entirely within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Text returns the part of src that s covers.
func (s Span) Text(src string) string { return src[s.Start:s.End] }
