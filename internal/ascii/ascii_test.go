package ascii

import (
	"strings"
	"testing"
)

// byteWord is Word byte by byte, for the tests.
func byteWord(s string, i int) (w uint64) {
	for j := 7; j >= 0; j-- {
		w = w<<8 | uint64(s[i+j])
	}
	return w
}

func check(t *testing.T, s string) {
	t.Helper()
	for i := 0; i+8 <= len(s); i++ {
		b := s[i : i+8]
		w := Word(s, i)
		if w != byteWord(s, i) || Bytes([]byte(s), i) != w {
			t.Fatalf("Word(%q, %d) = %#x, want %#x", s, i, w, byteWord(s, i))
		}
		ascii, printable, noUpper := true, true, true
		for j := 0; j < 8; j++ {
			c := b[j]
			ascii = ascii && c < 0x80
			printable = printable && c >= 0x20 && c <= 0x7e && c != '&'
			noUpper = noUpper && c < 0x80 && !(c >= 'A' && c <= 'Z')
		}
		if IsASCII(w) != ascii || Printable(w, '&') != printable || NoUpper(w) != noUpper {
			t.Fatalf("%q: IsASCII %v Printable %v NoUpper %v, want %v %v %v", b, IsASCII(w), Printable(w, '&'), NoUpper(w), ascii, printable, noUpper)
		}
	}
}

func TestEveryByte(t *testing.T) {
	// Each byte value at each of the eight places, among plain letters and
	// among bytes of the other edge values.
	for c := range 256 {
		for _, fill := range []string{"abcdefgh", "@[`{\x1f\x20\x7e\x7f", "AZaz&%\x80\xff"} {
			for p := range 8 {
				b := []byte(fill)
				b[p] = byte(c)
				check(t, string(b))
			}
		}
	}
}

func TestText(t *testing.T) {
	check(t, strings.Repeat("The Harbour Board said “yes” & left.\n\tÉté ", 3))
}

func FuzzWord(f *testing.F) {
	f.Add("plain text, no capitals.")
	f.Add("Upper & lower\r\n\x00\x7f\xc3\xa9")
	f.Fuzz(func(t *testing.T, s string) { check(t, s) })
}
