package lexicon

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/whosaid/whosaid/internal/strtab"
)

// Cue classes.
const (
	ClassSpeech = "speech" // say, tell, state, add, write, report, announce ...
	ClassStance = "stance" // believe, hope, fear, expect, think ...
	ClassSource = "source" // according to, reportedly
	ClassNoun   = "noun"   // statement, claim, warning ...
)

// Forms of a cue word: the inflection of a verb (or of a phrase's first
// word), or the number of a noun.
const (
	FormBase       = "base" // say, call for, reportedly
	FormS          = "s"    // says, calls for
	FormPast       = "past" // said, called for
	FormIng        = "ing"  // saying, calling for
	FormParticiple = "pp"   // written, shown (only where it differs from the past)
	FormSingular   = "sg"   // statement
	FormPlural     = "pl"   // statements
)

// Cue is a reporting or stance expression.
type Cue struct {
	Lemma     string // "say", "tell", "according to", "statement"
	Class     string // "speech", "stance", "source" or "noun"
	Addressee bool   // the object after it can be the addressee: tell, urge, warn, inform, assure, ask ...
	Form      string // which form of the lemma was looked up: FormBase, FormS, FormPast, FormIng, FormParticiple, FormSingular or FormPlural
}

// cueParse is the cue lexicon as parsed from the text, before it is
// indexed into cueTables.
type cueParse struct {
	verbs     map[string]Cue // inflected verb and adverb forms
	nouns     map[string]Cue // noun forms
	phrases   map[string]Cue // multi-word cues, inflected
	phraseMax map[string]uint8
	// seconds lists, for each first word of a multi-word cue, the second
	// words of the cues that start with it, each once.
	seconds map[string][]string
	// verbForms keeps the explicit forms of verbs, for phrases that start
	// with them ("make clear" needs no forms of its own once "make" has them).
	verbForms map[string][]string
}

// cueTables holds the cue lexicon once loaded: string tables numbering
// the words, nouns and phrases, and what each number stands for.
type cueTables struct {
	// words answers CueWord with one look-up: every word that is a cue
	// form or starts a cue phrase, numbered as in wordKeys.
	wordKeys   strtab.Table
	words      []cueWord
	nounKeys   strtab.Table
	nouns      []cueRef
	phraseKeys strtab.Table
	phrases    []cueRef
	lemmas     strtab.Table // the lemmas of cueRef, by number
	seconds    []string     // the cueWords' second words, each word's together
}

// cueRef is a Cue without pointers, which the collector need not scan:
// cueCode of the cue, with its lemma's number in lemmas, plus 1; 0 for no
// cue.
type cueRef uint32

// cueWord is what CueWordNext answers of one word, without pointers: its
// second words are seconds[from:from+n] of the cueTables.
type cueWord struct {
	cue       cueRef
	maxPhrase uint8
	n         uint16
	from      uint32
}

// cue returns the Cue of r.
func (t *cueTables) cue(r cueRef) Cue {
	if r == 0 {
		return Cue{}
	}
	return cueOf(int(r-1), &t.lemmas)
}

// ref returns the cueRef of c, numbering its lemma if new. It panics on a
// class or form that cueClasses or cueForms lack, which the parser never
// lets through.
func (t *cueTables) ref(c Cue) cueRef {
	l, _ := t.lemmas.Add(c.Lemma)
	class, form := slices.Index(cueClasses, c.Class), slices.Index(cueForms, c.Form)
	if class < 0 || form < 0 {
		panic("lexicon: cue " + c.Lemma + " has a class or form without a number")
	}
	code := l<<6 | class<<4 | form
	if c.Addressee {
		code |= 8
	}
	return cueRef(code + 1)
}

// secondsOf returns the second words of cw, nil if none.
func (t *cueTables) secondsOf(cw *cueWord) []string {
	if cw.n == 0 {
		return nil
	}
	end := int(cw.from) + int(cw.n)
	return t.seconds[cw.from:end:end]
}

// setSeconds makes seconds the second words of cw.
func (t *cueTables) setSeconds(cw *cueWord, seconds []string) {
	if len(seconds) > 0 {
		cw.from, cw.n = uint32(len(t.seconds)), uint16(len(seconds))
		t.seconds = append(t.seconds, seconds...)
	}
}

var (
	cuesOnce  sync.Once
	cuesReady atomic.Bool // set once cues is built; never reset
	cues      *cueTables
)

// loadCues returns the cue tables, built at the first call. Its fast path
// is one atomic load that the compiler inlines: the engine calls it for
// every word.
func loadCues() *cueTables {
	if !cuesReady.Load() {
		initCues()
	}
	return cues
}

func initCues() {
	cuesOnce.Do(func() { cues = loadCueTables() })
	cuesReady.Store(true)
}

// index returns the tables of c.
func (c *cueParse) index() *cueTables {
	t := &cueTables{words: make([]cueWord, 0, len(c.verbs)+len(c.nouns)+len(c.phraseMax))}
	at := func(w string) *cueWord {
		k, added := t.wordKeys.Add(w)
		if added {
			t.words = append(t.words, cueWord{})
		}
		return &t.words[k]
	}
	for w, n := range c.phraseMax {
		cw := at(w)
		cw.maxPhrase = n
		t.setSeconds(cw, c.seconds[w])
	}
	for _, m := range []map[string]Cue{c.nouns, c.verbs} { // verbs win, as in CueForm
		for w, c := range m {
			at(w).cue = t.ref(c)
		}
	}
	for w, c := range c.nouns {
		t.nounKeys.Add(w)
		t.nouns = append(t.nouns, t.ref(c))
	}
	for p, c := range c.phrases {
		t.phraseKeys.Add(p)
		t.phrases = append(t.phrases, t.ref(c))
	}
	return t
}

// CueWord answers CueForm and MaxCueWords for one lower-case word with a
// single look-up, for callers that ask both of every word.
func CueWord(word string) (c Cue, isCue bool, maxPhrase int) {
	t := loadCues()
	cw := t.word(word)
	return t.cue(cw.cue), cw.cue != 0, int(cw.maxPhrase)
}

// word returns the cueWord of word, zero if it has none, not to be
// changed.
func (t *cueTables) word(word string) *cueWord {
	if k := t.wordKeys.Find(word); k >= 0 {
		return &t.words[k]
	}
	return &noCueWord
}

var noCueWord cueWord

// CueWordNext is CueWord, and also returns the second words of the
// multi-word cues that start with word: a phrase of CuePhrase can start at
// word only if the next word is one of them.
func CueWordNext(word string) (c Cue, isCue bool, maxPhrase int, seconds []string) {
	t := loadCues()
	cw := t.word(word)
	return t.cue(cw.cue), cw.cue != 0, int(cw.maxPhrase), t.secondsOf(cw)
}

// CueWords calls f with every word that CueWordNext answers with a cue or
// a cue phrase's start; for any other word it returns the zero Cue, false,
// 0 and no second words.
func CueWords(f func(word string)) {
	t := loadCues()
	for k := range t.wordKeys.Len() {
		f(t.wordKeys.Key(k))
	}
}

// CueForm looks up one lower-case word that is an inflected form of a
// reporting or stance verb (say, says, said, saying, told ...), a source
// adverb (reportedly) or, when it is not a verb form, a cue noun
// (statement, remarks). Words that are both ("claim", "warning") return the
// verb reading; CueNoun gives the noun.
func CueForm(word string) (Cue, bool) {
	t := loadCues()
	cw := t.word(word)
	return t.cue(cw.cue), cw.cue != 0
}

// CueNoun looks up one lower-case word as a cue noun ("statement",
// "claims", "warning"), whatever its verb reading.
func CueNoun(word string) (Cue, bool) {
	t := loadCues()
	if k := t.nounKeys.Find(word); k >= 0 {
		return t.cue(t.nouns[k]), true
	}
	return Cue{}, false
}

// CuePhrase looks up a multi-word cue ("according to", "in a statement",
// "expressed optimism", "called for", "pointed out", "made clear") given its
// lower-case words joined by single spaces.
func CuePhrase(phrase string) (Cue, bool) {
	t := loadCues()
	if k := t.phraseKeys.Find(phrase); k >= 0 {
		return t.cue(t.phrases[k]), true
	}
	return Cue{}, false
}

// CuePhraseBytes is CuePhrase for a phrase held in a byte slice; it does
// not allocate.
func CuePhraseBytes(phrase []byte) (Cue, bool) {
	t := loadCues()
	if k := t.phraseKeys.FindBytes(phrase); k >= 0 {
		return t.cue(t.phrases[k]), true
	}
	return Cue{}, false
}

// MaxCueWords returns the largest number of words of any multi-word cue
// starting with the lower-case word first (0 if none).
func MaxCueWords(first string) int { return int(loadCues().word(first).maxPhrase) }

// beForms are the forms of "be" for phrases such as "be confident".
var beForms = []struct{ word, form string }{
	{"am", FormBase}, {"is", FormS}, {"are", FormBase}, {"was", FormPast}, {"were", FormPast},
	{"being", FormIng}, {"been", FormParticiple},
}

// inflect returns the forms of verb v: the base, then the forms given
// (s past ing [pp [variants]], "-" to leave one out) or, when none are given,
// the regular -s, -ed and -ing forms.
func inflect(v string, given []string) (words, forms []string) {
	words, forms = []string{v}, []string{FormBase}
	if len(given) == 0 {
		return append(words, sForm(v), pastForm(v), ingForm(v)), append(forms, FormS, FormPast, FormIng)
	}
	slots := []string{FormS, FormPast, FormIng, FormParticiple}
	for i, g := range given {
		if g == "-" {
			continue
		}
		f := FormPast
		switch {
		case i < len(slots):
			f = slots[i]
		case strings.HasSuffix(g, "ing"):
			f = FormIng
		}
		words, forms = append(words, g), append(forms, f)
	}
	return words, forms
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// endsConsonantY reports whether w ends in a consonant and "y" (deny, reply).
func endsConsonantY(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == 'y' && !isVowel(w[n-2])
}

// sForm returns the third-person singular of a regular verb, or the plural
// of a regular noun.
func sForm(w string) string {
	switch {
	case endsConsonantY(w):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// pastForm returns the past of a regular verb; doubled consonants (admitted)
// are given explicitly in the data.
func pastForm(w string) string {
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case endsConsonantY(w):
		return w[:len(w)-1] + "ied"
	}
	return w + "ed"
}

// ingForm returns the -ing form of a regular verb.
func ingForm(w string) string {
	switch {
	case strings.HasSuffix(w, "ie"):
		return w[:len(w)-2] + "ying"
	case strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ye") && !strings.HasSuffix(w, "oe") && len(w) > 2:
		return w[:len(w)-1] + "ing"
	}
	return w + "ing"
}

// parseClass splits "speech,addressee,fixed" into its parts.
func parseClass(s string) (class string, addressee, fixed, ok bool) {
	parts := strings.Split(s, ",")
	class = parts[0]
	switch class {
	case ClassSpeech, ClassStance, ClassSource, ClassNoun:
	default:
		return "", false, false, false
	}
	for _, p := range parts[1:] {
		switch p {
		case "addressee":
			addressee = true
		case "fixed":
			fixed = true
		default:
			return "", false, false, false
		}
	}
	return class, addressee, fixed, true
}

func buildCues(cueText, phraseText string, ps *problems) *cueParse {
	t := &cueParse{
		verbs:     make(map[string]Cue, 2048),
		nouns:     make(map[string]Cue, 512),
		phrases:   make(map[string]Cue, 2048),
		phraseMax: make(map[string]uint8, 256),
		seconds:   make(map[string][]string, 256),
		verbForms: make(map[string][]string, 64),
	}
	origin := map[string]pos{}
	// put defines key in m; a repeat from the same line (the base "read" is
	// also its past) keeps the first form silently.
	put := func(m map[string]Cue, table, file string, n int, key string, c Cue) {
		at := pos{file, n}
		okey := table + "\x00" + key
		if old, ok := m[key]; ok {
			if origin[okey] == at {
				return
			}
			if old.Lemma == c.Lemma && old.Class == c.Class && old.Addressee == c.Addressee {
				ps.add(file, n, "duplicate cue %q of %q (first at %v)", key, c.Lemma, origin[okey])
			} else {
				ps.add(file, n, "cue %q of %q (%s) conflicts with %q (%s) at %v", key, c.Lemma, c.Class, old.Lemma, old.Class, origin[okey])
			}
			return
		}
		m[key] = c
		origin[okey] = at
	}

	const cueFile = "cues.txt"
	eachLine(cueText, func(n int, line string) {
		fields := strings.Split(line, "\t")
		if len(fields) < 2 || len(fields) > 3 {
			ps.add(cueFile, n, "want lemma, class and optional forms, got %d fields", len(fields))
			return
		}
		lemma := fields[0]
		class, addressee, fixed, ok := parseClass(fields[1])
		if !ok || fixed || strings.ContainsRune(lemma, ' ') || lemma != strings.ToLower(lemma) {
			ps.add(cueFile, n, "bad cue line %q", line)
			return
		}
		var given []string
		if len(fields) == 3 {
			given = strings.Fields(fields[2])
		}
		if class == ClassNoun {
			if len(given) > 1 {
				ps.add(cueFile, n, "a noun takes one plural, got %q", fields[2])
				return
			}
			put(t.nouns, "n", cueFile, n, lemma, Cue{lemma, class, addressee, FormSingular})
			pl := sForm(lemma)
			if len(given) == 1 {
				pl = given[0]
			}
			if pl != "-" {
				put(t.nouns, "n", cueFile, n, pl, Cue{lemma, class, addressee, FormPlural})
			}
			return
		}
		if len(given) > 0 {
			t.verbForms[lemma] = given
		}
		words, forms := inflect(lemma, given)
		for i, w := range words {
			put(t.verbs, "v", cueFile, n, w, Cue{lemma, class, addressee, forms[i]})
		}
	})

	const phraseFile = "cue_phrases.txt"
	eachLine(phraseText, func(n int, line string) {
		fields := strings.Split(line, "\t")
		if len(fields) < 2 || len(fields) > 3 {
			ps.add(phraseFile, n, "want phrase, class and optional forms, got %d fields", len(fields))
			return
		}
		phrase := fields[0]
		class, addressee, fixed, ok := parseClass(fields[1])
		if !ok || !wellSpaced(phrase) || !strings.ContainsRune(phrase, ' ') || phrase != strings.ToLower(phrase) {
			ps.add(phraseFile, n, "bad cue phrase line %q", line)
			return
		}
		var given []string
		if len(fields) == 3 {
			given = strings.Fields(fields[2])
		}
		addPhrase := func(key, form string) {
			put(t.phrases, "p", phraseFile, n, key, Cue{phrase, class, addressee, form})
			w := wordCount(key)
			first := firstWord(key)
			if uint8(w) > t.phraseMax[first] {
				t.phraseMax[first] = uint8(w)
			}
			if second := firstWord(key[len(first)+1:]); !slices.Contains(t.seconds[first], second) {
				t.seconds[first] = append(t.seconds[first], second)
			}
		}
		if fixed {
			if len(given) > 0 {
				ps.add(phraseFile, n, "a fixed phrase takes no forms")
			}
			addPhrase(phrase, FormBase)
			return
		}
		verb, rest, _ := strings.Cut(phrase, " ")
		if verb == "be" && len(given) == 0 {
			addPhrase(phrase, FormBase)
			for _, b := range beForms {
				addPhrase(b.word+" "+rest, b.form)
			}
			return
		}
		if len(given) == 0 {
			given = t.verbForms[verb]
		}
		words, forms := inflect(verb, given)
		for i, w := range words {
			key := phrase
			if i > 0 {
				key = w + " " + rest
			}
			addPhrase(key, forms[i])
		}
	})
	return t
}
