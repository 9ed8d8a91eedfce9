package lexicon

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/strtab"
)

// The binary form of the tables, which engine.wasm embeds (-tags lexpack,
// data_packed.go) instead of the text: parsing the text under WebAssembly,
// in V8's baseline tier, was more than half of the engine's first call.
// freeze writes it from tables parsed from the text; tools/lexpack calls it
// through Freeze. Thawing a table is one pass that copies its keys and
// hashes each once: no validation, no variants, no maps.
//
// A section is a sequence of unsigned varints, bytes and key lists. A key
// list is a count, a size in bytes and the keys front-coded
// (strtab.AppendFrontCoded). Keys are sorted where their order does not
// matter, so that they share the most.
//
//	words:  the number of groups, then each group's flags, desc and count
//	        (a group holds the words of one wordInfo), then the words as
//	        one key list, group after group
//	places: the places of two or more words, a key list (sorted)
//	gaz:    the phrases in the order of definition, a key list, then each
//	        phrase's type (index in entryTypes), then each one's kind
//	        (entryKinds), then for each the number of its canonical name,
//	        as phrase number minus name number
//	cues:   four key lists: the lemmas, the
//	        second words of phrases, the nouns, the phrases (all sorted);
//	        then a cue (see cueCode) for each noun and each phrase; then
//	        the words (a key list, sorted), and for each word its
//	        cue code or 0, its largest phrase, its number of second words
//	        and their numbers in the list of second words

// frozenWriter writes a section.
type frozenWriter struct{ b []byte }

func (w *frozenWriter) uvarint(v int) {
	for v >= 0x80 {
		w.b = append(w.b, byte(v)|0x80)
		v >>= 7
	}
	w.b = append(w.b, byte(v))
}

// keys writes the count and size of keys, then the keys front-coded
// (strtab.AppendFrontCoded).
func (w *frozenWriter) keys(keys []string) error {
	size := 0
	for _, k := range keys {
		size += len(k)
		if strings.IndexByte(k, 0) >= 0 {
			return errors.New("the key " + k + " holds a 0 byte")
		}
	}
	w.uvarint(len(keys))
	w.uvarint(size)
	w.b = strtab.AppendFrontCoded(w.b, keys)
	return nil
}

// frozenReader reads a section; the data is ours, so a short one panics.
type frozenReader struct {
	s string
	i int
}

func (r *frozenReader) uvarint() int {
	v, shift := 0, 0
	for {
		c := r.s[r.i]
		r.i++
		v |= int(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
		shift += 7
	}
}

func (r *frozenReader) byte() byte {
	c := r.s[r.i]
	r.i++
	return c
}

// readKeys reads a count, a size and the keys into t, and returns the
// count.
func (r *frozenReader) readKeys(t *strtab.Table) int {
	n := r.uvarint()
	size := r.uvarint()
	rest := t.SetFrontCoded(r.s[r.i:], n, size)
	r.i = len(r.s) - len(rest)
	return n
}

// cueClasses and cueForms number the classes and forms of cues in the
// binary form.
var (
	cueClasses = []string{ClassSpeech, ClassStance, ClassSource, ClassNoun}
	cueForms   = []string{FormBase, FormS, FormPast, FormIng, FormParticiple, FormSingular, FormPlural}
)

// cueCode is a cue in the binary form: its lemma's number times 64, plus
// its class times 16, 8 for an addressee and its form; -1 when the lemma,
// class or form has no number.
func cueCode(c Cue, lemmas []string) int {
	l, found := slices.BinarySearch(lemmas, c.Lemma)
	class, form := slices.Index(cueClasses, c.Class), slices.Index(cueForms, c.Form)
	if !found || class < 0 || form < 0 {
		return -1
	}
	code := l<<6 | class<<4 | form
	if c.Addressee {
		code |= 8
	}
	return code
}

// cueOf is the cue of code, with its lemma from lemmas.
func cueOf(code int, lemmas *strtab.Table) Cue {
	return Cue{lemmas.Key(code >> 6), cueClasses[code>>4&3], code&8 != 0, cueForms[code&7]}
}

// freezeCues returns the cues section of t.
func freezeCues(t *cueTables) (string, error) {
	keysOf := func(tab *strtab.Table) []string {
		keys := make([]string, tab.Len())
		for k := range keys {
			keys[k] = tab.Key(k)
		}
		slices.Sort(keys)
		return keys
	}
	lemmaSet := map[string]bool{}
	secondSet := map[string]bool{}
	for _, r := range t.nouns {
		lemmaSet[t.cue(r).Lemma] = true
	}
	for _, r := range t.phrases {
		lemmaSet[t.cue(r).Lemma] = true
	}
	for k := range t.words {
		cw := &t.words[k]
		if cw.cue != 0 {
			lemmaSet[t.cue(cw.cue).Lemma] = true
		}
		for _, s := range t.secondsOf(cw) {
			secondSet[s] = true
		}
	}
	var lemmas, seconds []string
	for l := range lemmaSet {
		lemmas = append(lemmas, l)
	}
	for s := range secondSet {
		seconds = append(seconds, s)
	}
	slices.Sort(lemmas)
	slices.Sort(seconds)
	nouns, phrases, words := keysOf(&t.nounKeys), keysOf(&t.phraseKeys), keysOf(&t.wordKeys)
	var w frozenWriter
	for _, keys := range [][]string{lemmas, seconds, nouns, phrases} {
		if err := w.keys(keys); err != nil {
			return "", errors.New("lexicon: cues: " + err.Error())
		}
	}
	for _, kc := range []struct {
		keys []string
		tab  *strtab.Table
		cues []cueRef
	}{{nouns, &t.nounKeys, t.nouns}, {phrases, &t.phraseKeys, t.phrases}} {
		for _, k := range kc.keys {
			code := cueCode(t.cue(kc.cues[kc.tab.Find(k)]), lemmas)
			if code < 0 {
				return "", errors.New("lexicon: cue " + k + " cannot be written")
			}
			w.uvarint(code)
		}
	}
	if err := w.keys(words); err != nil {
		return "", errors.New("lexicon: cues: " + err.Error())
	}
	for _, k := range words {
		cw := &t.words[t.wordKeys.Find(k)]
		code := -1
		if cw.cue != 0 {
			code = cueCode(t.cue(cw.cue), lemmas)
			if code < 0 {
				return "", errors.New("lexicon: cue " + k + " cannot be written")
			}
		}
		w.uvarint(code + 1)
		w.b = append(w.b, cw.maxPhrase)
		w.uvarint(int(cw.n))
		for _, s := range t.secondsOf(cw) {
			i, _ := slices.BinarySearch(seconds, s)
			w.uvarint(i)
		}
	}
	return string(w.b), nil
}

// thawCues reads the cues section. Its cue codes number the lemmas as
// t.lemmas does, so each cueRef is the code plus 1.
func thawCues(s string) *cueTables {
	r := &frozenReader{s: s}
	t := &cueTables{}
	var seconds strtab.Table
	r.readKeys(&t.lemmas)
	r.readKeys(&seconds)
	for _, kc := range []struct {
		tab  *strtab.Table
		cues *[]cueRef
	}{{&t.nounKeys, &t.nouns}, {&t.phraseKeys, &t.phrases}} {
		*kc.cues = make([]cueRef, r.readKeys(kc.tab))
	}
	for _, cues := range [][]cueRef{t.nouns, t.phrases} {
		for k := range cues {
			cues[k] = cueRef(r.uvarint() + 1)
		}
	}
	t.words = make([]cueWord, r.readKeys(&t.wordKeys))
	for k := range t.words {
		cw := &t.words[k]
		cw.cue = cueRef(r.uvarint())
		cw.maxPhrase = r.byte()
		if n := r.uvarint(); n > 0 {
			cw.from, cw.n = uint32(len(t.seconds)), uint16(n)
			for range n {
				t.seconds = append(t.seconds, seconds.Key(r.uvarint()))
			}
		}
	}
	return t
}

// freeze returns the sections of t. It fails when a table cannot be
// written in this form.
func freeze(t *tables) (words, places, gaz, cues string, err error) {
	// Words, grouped by wordInfo.
	groups := map[wordInfo][]string{}
	for k, wi := range t.words.info {
		groups[wi] = append(groups[wi], t.words.keys.Key(k))
	}
	infos := make([]wordInfo, 0, len(groups))
	for wi := range groups {
		infos = append(infos, wi)
	}
	slices.SortFunc(infos, func(a, b wordInfo) int {
		return cmp.Or(cmp.Compare(a.flags, b.flags), cmp.Compare(a.desc, b.desc))
	})
	var w frozenWriter
	w.uvarint(len(infos))
	var all []string
	for _, wi := range infos {
		keys := groups[wi]
		slices.Sort(keys)
		w.uvarint(int(wi.flags))
		w.uvarint(int(wi.desc))
		w.uvarint(len(keys))
		all = append(all, keys...)
	}
	if err := w.keys(all); err != nil {
		return "", "", "", "", errors.New("lexicon: words: " + err.Error())
	}
	words = string(w.b)

	// Places of two or more words.
	pl := make([]string, t.places.phrases.Len())
	for k := range pl {
		pl[k] = t.places.phrases.Key(k)
	}
	slices.Sort(pl)
	w = frozenWriter{}
	if err := w.keys(pl); err != nil {
		return "", "", "", "", errors.New("lexicon: places: " + err.Error())
	}
	places = string(w.b)

	// Gazetteer phrases, in order.
	g := t.gaz
	keys := make([]string, g.keys.Len())
	for k := range keys {
		keys[k] = g.keys.Key(k)
	}
	w = frozenWriter{}
	if err := w.keys(keys); err != nil {
		return "", "", "", "", errors.New("lexicon: gazetteer: " + err.Error())
	}
	for k := range g.entries {
		w.b = append(w.b, byte(slices.Index(entryTypes, g.entry(k).Type)))
	}
	for k := range g.entries {
		w.b = append(w.b, byte(slices.Index(entryKinds, g.entry(k).Kind)))
	}
	for k := range g.entries {
		e := g.entry(k)
		name := g.keys.Find(e.Name)
		if name < 0 || name > k || !slices.Contains(entryTypes, e.Type) || !slices.Contains(entryKinds, e.Kind) {
			return "", "", "", "", errors.New("lexicon: gazetteer phrase " + keys[k] + " has a name, type or kind that cannot be written")
		}
		w.uvarint(k - name)
	}
	gaz = string(w.b)
	cues, err = freezeCues(t.cues)
	return words, places, gaz, cues, err
}

// thawWords reads the words section.
func thawWords(s string) *wordTable {
	r := &frozenReader{s: s}
	groups := make([]struct {
		wi wordInfo
		n  int
	}, r.uvarint())
	n := 0
	for g := range groups {
		groups[g].wi = wordInfo{flags: wordFlag(r.uvarint()), desc: uint8(r.uvarint())}
		groups[g].n = r.uvarint()
		n += groups[g].n
	}
	t := &wordTable{info: make([]wordInfo, 0, n)}
	r.readKeys(&t.keys)
	for _, g := range groups {
		for range g.n {
			t.info = append(t.info, g.wi)
		}
	}
	return t
}

// thawPlaces reads the places section.
func thawPlaces(s string) *placeTable {
	r := &frozenReader{s: s}
	t := &placeTable{}
	n := r.readKeys(&t.phrases)
	for k := range n {
		phrase := t.phrases.Key(k)
		t.addFirst(phrase, min(wordCount(phrase), 255))
	}
	return t
}

// thawGazetteer reads the gazetteer section.
func thawGazetteer(s string) *Phrases {
	r := &frozenReader{s: s}
	p := newPhrases()
	n := r.readKeys(&p.keys)
	types, kinds := r.s[r.i:r.i+n], r.s[r.i+n:r.i+2*n]
	r.i += 2 * n
	for k := range n {
		p.entries = append(p.entries, entryRef{int32(k - r.uvarint()), types[k], kinds[k]})
		p.addStart(p.keys.Key(k))
	}
	return p
}
