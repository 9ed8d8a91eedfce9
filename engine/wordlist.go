package engine

import (
	"strings"
	"sync"

	"github.com/whosaid/whosaid/engine/lexicon"
	"github.com/whosaid/whosaid/internal/strtab"
)

// wordList is a set of words written between bars ("|a|b|"): smaller in
// engine.wasm than a map literal, which the small word sets of the engine
// used to be. Every list is a package variable &wordList{bars: ...} named
// in init; inList then answers for any of them with one probe of wordTable
// (a scan of the string cost a tenth of the engine's time under
// WebAssembly).
type wordList struct {
	bars string // the list as written
	bit  uint64 // the list's bit in word half of a wordMask; 0 until registered
	half uint8  // 0 for the first 64 lists registered, 1 for the next 64
	// first has bit b%64 of first[b/64] set for each byte b that starts a
	// word of the list (every bit when bars holds "||"): a string whose
	// first byte is not there is in no way in the list.
	first [4]uint64
}

// wordTable maps every word of the lists named in init to the lists that
// hold it, as one bit each in masks[k] for the word numbered k in keys. It
// is built by init; newTokTable copies keys and masks into tokTable, which
// answers every lookup after, and drops them.
var wordTable struct {
	keys  strtab.Table
	masks []wordMask
	lists []*wordList // the lists it holds, in the order of their bits
}

// wordMask is a set of up to 128 word lists: bit b of half h is the list
// with half h and bit 1<<b.
type wordMask [2]uint64

func init() {
	lists := [...]*wordList{
		placeWords, statementAdjectives, continueForms, catenatives, gerundOpeners, labelPreps, sourceTails, docNouns, nounForms, subjectVerbs,
		bareStems, reporterIng, gerundPreps, sharedIng, verbAdverbs, weekdays, adjunctNouns, clauseOpeners,
		circumstantialIng, pollNouns, beForms, quantifiers, finiteVerbs, notCuePairs, asidePreps,
		headlineLabels, whWords, thatToWh, indefArticles, abbrevsOpen, abbrevsClosing, attributionVerbs,
		sentenceOpeners, subjectPreps, pastAsBase, pluralNouns, lyNotAdverbs, durationNouns, durationWords,
		quantityWords, sayWriteForms, modalWords, degreeWords, relativePreps, connectors, monthNames,
		placeStart, eventWord, determiners, sourcePreps, objectPronouns, auxAdverbs, npStop, subjectPronouns,
		sentenceAdverbs, npAdjectives, placePreps, timeWords, introWords, speaksFor, mediaHeads,
		namingLemmas, phraseOpeners, nameJoiners, goForms, criticismVerbs, comeForms, assertionNouns, stanceHolders, meetVerbs, nounPreps, promiseNouns,
		agentTails, gapWords, gapFollowers, colonSources, roleNouns, issueVerbs, issuedTexts, phrasePreps, possessivePronouns, particles, controlVerbs, audienceNouns,
		personalSubjects, causatives, wayDeterminers, wayWords,
	}
	for i, l := range lists {
		register(l, i)
	}
	wordTable.lists = lists[:]
}

// tokTable answers the per-token questions of Document.words with one
// probe: its keys are wordTable's, numbered alike, then the cue words
// (lexicon.CueWords) that no list holds; key k's answers are at[k]. A
// lower-case token that is no key is in no list and no cue word. Built by
// newTokTable before the first document's lookups (the lexicon loads on
// first use, not at init), read-only after.
var tokTable struct {
	keys strtab.Table
	at   []tokEntry
}

// tokEntry is what tokTable knows of a key: its lists (none for a cue word
// alone), lexicon.Classify of it, and whether lexicon.CueWordNext may
// answer it with anything but the zero values. One entry, not three
// arrays, so that a token's answers are one cache line.
type tokEntry struct {
	mask    wordMask
	classes lexicon.Classes
	cue     bool
}

var tokOnce sync.Once

// newTokTable builds tokTable, once.
func newTokTable() {
	tokOnce.Do(func() {
		t := &tokTable
		for k := range wordTable.keys.Len() {
			t.keys.Add(wordTable.keys.Key(k))
		}
		lexicon.CueWords(func(w string) { t.keys.Add(w) })
		t.at = make([]tokEntry, t.keys.Len())
		for k := range t.at {
			w := t.keys.Key(k)
			e := &t.at[k]
			if k < len(wordTable.masks) {
				e.mask = wordTable.masks[k]
			}
			e.classes = lexicon.Classify(w)
			_, ok, n, seconds := lexicon.CueWordNext(w)
			e.cue = ok || n != 0 || len(seconds) > 0
		}
		wordTable.keys, wordTable.masks = strtab.Table{}, nil
	})
}

// register adds the words of l to wordTable as list number i. It panics
// when l is not written between bars or i is past 127.
func register(l *wordList, i int) {
	if len(l.bars) < 2 || l.bars[0] != '|' || l.bars[len(l.bars)-1] != '|' || i >= 128 {
		panic("engine: bad word list " + l.bars)
	}
	l.bit, l.half = 1<<(i%64), uint8(i/64)
	if strings.Contains(l.bars, "||") {
		l.first = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
	}
	for rest := l.bars[1:]; rest != ""; {
		j := strings.IndexByte(rest, '|')
		w := rest[:j]
		rest = rest[j+1:]
		if w == "" {
			continue
		}
		l.first[w[0]/64] |= 1 << (w[0] % 64)
		k, added := wordTable.keys.Add(w)
		if added {
			wordTable.masks = append(wordTable.masks, wordMask{})
		}
		wordTable.masks[k][l.half] |= l.bit
	}
}

// inList reports whether w is one of the words of l; as a scan of the
// list's string would, it also says yes to several consecutive words
// joined by bars ("in|on"), and no to "". A wordList not named in init is
// scanned.
func inList(l *wordList, w string) bool {
	if l.bit != 0 {
		if w == "" || l.first[w[0]/64]&(1<<(w[0]%64)) == 0 {
			return false // as scanList would say: no word of the list starts so
		}
		// tokTable holds wordTable's keys, numbered alike, and cue words
		// with no list: asked there, a word that Document.words looked up
		// is in the cache lines it read.
		newTokTable()
		if k := tokTable.keys.Find(w); k >= 0 {
			return tokTable.at[k].mask[l.half]&l.bit != 0
		}
		// No key holds a bar, so only a string with one can still be in
		// the list. A loop, not strings.IndexByte: under WebAssembly its
		// two calls cost more than the few bytes of a word.
		bar := false
		for i := 0; i < len(w); i++ {
			if w[i] == '|' {
				bar = true
				break
			}
		}
		if !bar {
			return false
		}
	}
	return w != "" && scanList(l.bars, w)
}

// scanList reports whether w occurs in list between two bars.
func scanList(list, w string) bool {
	for i := 0; i < len(list); {
		j := strings.Index(list[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if j > 0 && list[j-1] == '|' && j+len(w) < len(list) && list[j+len(w)] == '|' {
			return true
		}
		i = j + 1
	}
	return false
}
