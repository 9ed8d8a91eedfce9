package annot

import "unicode/utf8"

// FirstInvalidUTF8 returns the byte offset of the first byte of s that is
// not part of valid UTF-8, or len(s) when s is valid. Callers holding bytes
// convert them: it only runs once a text is known to be invalid.
func FirstInvalidUTF8(s string) int {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return len(s)
}
