package engine

import (
	"strings"

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
	bit  uint64 // the list's bit in wordTable.masks; 0 until registered
}

// wordTable maps every word of the lists named in init to the lists that
// hold it, as one bit each in masks, by the word's number in keys. It is
// built by init and read-only after.
var wordTable struct {
	keys  strtab.Table
	masks []uint64
	lists []*wordList // the lists it holds, in the order of their bits
}

func init() {
	lists := [...]*wordList{
		placeWords, statementAdjectives, continueForms, catenatives, gerundOpeners, labelPreps, sourceTails, docNouns, nounForms, subjectVerbs,
		bareStems, reporterIng, gerundPreps, sharedIng, verbAdverbs, weekdays, adjunctNouns, clauseOpeners,
		circumstantialIng, pollNouns, beForms, quantifiers, finiteVerbs, notCuePairs, asidePreps,
		headlineLabels, whWords, thatToWh, indefArticles, abbrevsOpen, abbrevsClosing, attributionVerbs,
		sentenceOpeners, subjectPreps, pastAsBase, pluralNouns, lyNotAdverbs, durationNouns, durationWords,
		quantityWords, sayWriteForms, modalWords, degreeWords, relativePreps, namingLemmas, phraseOpeners, nameJoiners, goForms, criticismVerbs, comeForms, assertionNouns, stanceHolders, meetVerbs, nounPreps, promiseNouns, agentTails, gapWords, gapFollowers, colonSources, roleNouns, issueVerbs, issuedTexts, phrasePreps,
	}
	for i, l := range lists {
		register(l, i)
	}
	wordTable.lists = lists[:]
}

// register adds the words of l to wordTable as list number i. It panics
// when l is not written between bars or i is past 63.
func register(l *wordList, i int) {
	if len(l.bars) < 2 || l.bars[0] != '|' || l.bars[len(l.bars)-1] != '|' || i >= 64 {
		panic("engine: bad word list " + l.bars)
	}
	l.bit = 1 << i
	for rest := l.bars[1:]; rest != ""; {
		j := strings.IndexByte(rest, '|')
		w := rest[:j]
		rest = rest[j+1:]
		if w == "" {
			continue
		}
		k, added := wordTable.keys.Add(w)
		if added {
			wordTable.masks = append(wordTable.masks, 0)
		}
		wordTable.masks[k] |= l.bit
	}
}

// inList reports whether w is one of the words of l; as a scan of the
// list's string would, it also says yes to several consecutive words
// joined by bars ("in|on"), and no to "". A wordList not named in init is
// scanned.
func inList(l *wordList, w string) bool {
	if w == "" {
		return false
	}
	if l.bit == 0 || strings.IndexByte(w, '|') >= 0 {
		return scanList(l.bars, w)
	}
	k := wordTable.keys.Find(w)
	return k >= 0 && wordTable.masks[k]&l.bit != 0
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
