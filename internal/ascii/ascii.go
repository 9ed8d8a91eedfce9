// Package ascii tests text eight bytes at a time, for the loops of the
// engine that skip runs of plain ASCII: one 64-bit load and a few
// arithmetic operations instead of eight byte loads and tests. A test
// that says yes is exact for all eight bytes; callers go byte by byte
// where it says no.
package ascii

import "unsafe"

const (
	ones = 0x0101010101010101 // 1 in every byte
	high = 0x8080808080808080 // the high bit of every byte
	low7 = 0x7f7f7f7f7f7f7f7f // the other bits
)

// Word returns the eight bytes of s from i on, 0 <= i, i+8 <= len(s), as
// one integer, byte i the lowest: one load on amd64 and in WebAssembly.
func Word(s string, i int) uint64 {
	b := unsafe.Slice(unsafe.StringData(s), len(s))[i:]
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Bytes is Word of b.
func Bytes(b []byte, i int) uint64 {
	return Word(unsafe.String(unsafe.SliceData(b), len(b)), i)
}

// IsASCII reports whether all eight bytes of w are below 0x80.
func IsASCII(w uint64) bool { return w&high == 0 }

// Printable reports whether every byte of w is printable ASCII, 0x20 to
// 0x7e, and none is c, which must be printable.
func Printable(w uint64, c byte) bool {
	below := (w - ones*0x20) &^ w & high       // a byte under 0x20
	above := (w + ones*(0x7f-0x7e) | w) & high // a byte over 0x7e
	x := w ^ (ones * uint64(c))
	isC := (x - ones) &^ x & high // a byte equal to c
	return below|above|isC == 0
}

// NoUpper reports whether every byte of w is ASCII and none is an
// upper-case letter A to Z.
func NoUpper(w uint64) bool {
	if w&high != 0 {
		return false
	}
	// With every byte under 0x80: the high bit of byte b of w+(0x80-'A')
	// is set when b >= 'A', and that of w+(0x80-'Z'-1) when b > 'Z'.
	geA := w + ones*(0x80-'A')
	gtZ := w + ones*(0x80-'Z'-1)
	return geA&^gtZ&high == 0
}
