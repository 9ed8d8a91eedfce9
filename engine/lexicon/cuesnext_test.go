package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// TestCueWordNext checks that every multi-word cue's second word is among
// the seconds of its first word, which the engine relies on to skip
// CuePhrase, and that the other answers are CueWord's.
func TestCueWordNext(t *testing.T) {
	t0 := loadCues()
	if len(t0.phrases) == 0 || t0.phraseKeys.Len() != len(t0.phrases) {
		t.Fatalf("%d cue phrases, %d keys", len(t0.phrases), t0.phraseKeys.Len())
	}
	for k := range t0.phrases {
		p := t0.phraseKeys.Key(k)
		words := strings.Split(p, " ")
		c, isCue, max, seconds := CueWordNext(words[0])
		if !slices.Contains(seconds, words[1]) {
			t.Errorf("%q: second word %q not in %q", p, words[1], seconds)
		}
		wc, wisCue, wmax := CueWord(words[0])
		if c != wc || isCue != wisCue || max != wmax {
			t.Errorf("%q: CueWordNext and CueWord differ", words[0])
		}
	}
	if _, _, _, s := CueWordNext("zebra"); s != nil {
		t.Errorf("zebra starts no phrase, got seconds %q", s)
	}
}

// TestGazetteerSeconds checks that every gazetteer phrase of two or more
// words has its second word among the Seconds of its first word.
func TestGazetteerSeconds(t *testing.T) {
	g := Gazetteer()
	n := 0
	g.Each(func(p string, _ Entry) {
		words := strings.Split(p, " ")
		if len(words) < 2 {
			return
		}
		n++
		if !slices.Contains(g.Seconds(words[0]), words[1]) {
			t.Errorf("%q: second word %q not in %q", p, words[1], g.Seconds(words[0]))
		}
	})
	if n == 0 {
		t.Fatal("no phrases of two words")
	}
}
