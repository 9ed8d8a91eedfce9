package engine

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzLowerTok checks that lowerTok is strings.ToLower of every token, for
// letters whose lower case keeps its length and for those that change it.
func FuzzLowerTok(f *testing.F) {
	for _, s := range []string{
		"", "plain words only.", "Ana RUIZ said", "ÉLODIE Ångström ÇA", "İstanbul KELVIN \u212a and \u2126hm",
		"Mixed İİ aİb ẞtraße ǅemal", "ΣΟΦΊΑ said Σ.", "Ⅻ roman ⓐⒶ", "O'BRIEN’S U.S. A&T",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // Analyze refuses it
		}
		d := &Document{Text: s}
		normalize(d)
		segment(d)
		for k, tok := range d.Tokens {
			w := d.norm.s[tok.Start:tok.End]
			if got, want := d.lowerTok(k), strings.ToLower(w); got != want {
				t.Fatalf("token %d %q: lowerTok = %q, want %q", k, w, got, want)
			}
		}
	})
}
