// Package lexpack is the compact form in which engine.wasm embeds the
// lexicon files of engine/lexicon/data: sorted word lists repeat the start of
// the line before, which gzip codes poorly, and their comment headers are of
// no use in a browser. The form costs engine.wasm 37 KB less gzip than the
// text files.
//
// Pack turns every comment or blank line (after trimming trailing spaces and
// carriage returns, empty or starting with '#', as engine/lexicon reads them)
// into an empty line, and writes every other line as one character, the
// number of bytes it shares with the previous such line ('0'-'9', then
// 'a'-'z': at most 35, and never inside a UTF-8 sequence), followed by the
// rest of the line. Unpack(Pack(text)) is text with its comment lines empty:
// the same lines at the same line numbers.
package lexpack

import (
	"strings"
	"unicode/utf8"
)

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// Pack returns the compact form of text.
func Pack(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	prev := ""
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		if t := strings.TrimRight(line, " \r"); t == "" || t[0] == '#' {
			continue
		}
		k := 0
		for k < len(digits)-1 && k < len(line) && k < len(prev) && line[k] == prev[k] {
			k++
		}
		for k > 0 && k < len(line) && !utf8.RuneStart(line[k]) {
			k--
		}
		b.WriteByte(digits[k])
		b.WriteString(line[k:])
		prev = line
	}
	return b.String()
}

// Unpack returns the text that packed was made from, with its comment lines
// empty. A prefix count longer than the previous line takes all of it.
func Unpack(packed string) string {
	out := make([]byte, 0, 2*len(packed))
	prevStart, prevEnd := 0, 0
	for {
		line, rest, more := strings.Cut(packed, "\n")
		if line != "" {
			k := 0
			switch c := line[0]; {
			case c >= '0' && c <= '9':
				k = int(c - '0')
			case c >= 'a' && c <= 'z':
				k = int(c-'a') + 10
			}
			k = min(k, prevEnd-prevStart)
			start := len(out)
			out = append(out, out[prevStart:prevStart+k]...)
			out = append(out, line[1:]...)
			prevStart, prevEnd = start, len(out)
		}
		if !more {
			return string(out)
		}
		out = append(out, '\n')
		packed = rest
	}
}
