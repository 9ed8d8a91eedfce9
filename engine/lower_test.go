package engine

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzLowerTok checks that lowerTok is strings.ToLower of every token, for
// letters whose lower case keeps its length and for those that change it,
// and that lowerPhrase reads phrases of up to four tokens as before.
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
		a := &attributor{d: d, s: d.norm.s, toks: d.Tokens}
		for k := range d.Tokens {
			for j := k + 1; j <= len(d.Tokens) && j <= k+4; j++ {
				if got, want := a.lowerPhrase(k, j), lowerPhraseRef(a, k, j); got != want {
					t.Fatalf("tokens [%d, %d): lowerPhrase = %q, want %q", k, j, got, want)
				}
			}
		}
	})
}

// lowerPhraseRef is lowerPhrase written plainly: the text itself when every
// word is in lower case and one space follows another, else the words in
// lower case joined by single spaces.
func lowerPhraseRef(a *attributor, k, j int) string {
	plain := true
	for m := k; m < j; m++ {
		t := a.toks[m]
		plain = plain && !t.Is(Upper) && (m == k || t.Start == a.toks[m-1].End+1 && a.s[t.Start-1] == ' ')
	}
	if plain {
		return a.s[a.toks[k].Start:a.toks[j-1].End]
	}
	words := make([]string, 0, j-k)
	for m := k; m < j; m++ {
		words = append(words, strings.ToLower(a.text(m)))
	}
	return strings.Join(words, " ")
}
