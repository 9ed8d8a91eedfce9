package lexicon

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/strtab"
)

// placeTable holds the places once loaded. One-word places are a word class
// of the word table (flagPlace), so Classify answers for them; longer places
// are phrases here.
type placeTable struct {
	phrases strtab.Table // places of two or more words
	// firsts numbers the first words of the phrases; maxWords, by that
	// number, holds the largest word count of the phrases starting with
	// each.
	firsts   strtab.Table
	maxWords []uint8
	single   []string // the one-word places, for the word table (dropped once it is built; not kept by thawPlaces)
}

// addPhrase adds a place of w >= 2 words, not yet in t.
func (t *placeTable) addPhrase(phrase string, w int) {
	t.phrases.Add(phrase)
	t.addFirst(phrase, w)
}

// addFirst enters the first word of phrase, a place of w words, in
// firsts and maxWords.
func (t *placeTable) addFirst(phrase string, w int) {
	f, added := t.firsts.Add(firstWord(phrase))
	if added {
		t.maxWords = append(t.maxWords, 0)
	}
	if uint8(w) > t.maxWords[f] {
		t.maxWords[f] = uint8(w)
	}
}

var (
	placesOnce  sync.Once
	placesReady atomic.Bool // set once places is built; never reset
	places      *placeTable
)

// loadPlaces returns the place table, built at the first call; like
// loadCues, its fast path is one inlined atomic load.
func loadPlaces() *placeTable {
	if !placesReady.Load() {
		initPlaces()
	}
	return places
}

func initPlaces() {
	placesOnce.Do(func() {
		places = loadPlaceTable()
	})
	placesReady.Store(true)
}

// IsPlace reports whether phrase, written as in text with single spaces
// between its words, is a known place: a city of at least 100,000
// inhabitants, a state, province or region ("Chechnya", "Kashmir",
// "Balkans", "Tunbridge Wells", "Volgograd" for "Volgograd Oblast"), a
// county of Great Britain, a continent, sea or well-known district. Places
// are not actors. Names that the gazetteer reads otherwise (countries and
// their capitals, seats of government: "Paris", "Washington") are not places
// here, and neither are names far more often a person's ("Jackson"). It
// does not allocate.
func IsPlace(phrase string) bool {
	if strings.IndexByte(phrase, ' ') < 0 {
		return hasFlag(phrase, flagPlace)
	}
	return loadPlaces().phrases.Find(phrase) >= 0
}

// MaxPlaceWords returns the largest number of words of any place starting
// with the word first: 0 if none, 1 if first is a place and starts no
// longer one.
func MaxPlaceWords(first string) int {
	p := loadPlaces()
	if f := p.firsts.Find(first); f >= 0 {
		return int(p.maxWords[f])
	}
	if hasFlag(first, flagPlace) {
		return 1
	}
	return 0
}

// buildPlaces reads the place lists. A place must start with a capital
// letter, be well spaced and be listed once; a place that is also a phrase
// of g is reported, since the gazetteer's reading wins.
func buildPlaces(files []dataFile, g *Phrases, ps *problems) *placeTable {
	t := &placeTable{}
	seen := make(map[string]pos, 8192)
	for _, f := range files {
		eachLine(f.text, func(n int, line string) {
			if !wellSpaced(line) {
				ps.add(f.name, n, "place %q has stray spaces", line)
				return
			}
			if r, _ := utf8.DecodeRuneInString(line); !unicode.IsUpper(r) {
				ps.add(f.name, n, "place %q is not capitalised", line)
				return
			}
			if p, ok := seen[line]; ok {
				ps.add(f.name, n, "duplicate place %q (first at %v)", line, p)
				return
			}
			seen[line] = pos{f.name, n}
			if e, ok := g.Lookup(line); ok {
				ps.add(f.name, n, "place %q is a gazetteer phrase (%s %s of %q)", line, e.Type, e.Kind, e.Name)
				return
			}
			w := wordCount(line)
			if w == 1 {
				t.single = append(t.single, line)
				return
			}
			if w > 255 {
				ps.add(f.name, n, "place %q has too many words", line)
				return
			}
			t.addPhrase(line, w)
		})
	}
	return t
}
