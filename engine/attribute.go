package engine

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/engine/lexicon"
)

// Stage 5, attribute: find reporting cues, and for each the
// source, the addressee and the content; then give quotes their speakers.
//
// For a cue, the patterns tried are, in order:
//
//	according to X, C. / C, according to X.      rule "according-to"
//	C, said X. / “Q,” said X.                     rule "content-cue-source"
//	X said (to Y) (that) C. / X said: “Q”         rule "source-cue-content"
//	C, X said. / “Q,” X said.                     rule "content-source-cue"
//	…, adding that C.                             rule "shared-source"
//
// The source is the noun phrase next to the cue; its claimant is the actor
// it names, the person or group a pronoun or descriptor points back to (the
// most recent fitting actor), or a new group ("analysts") or person (a name
// not seen before). A quote takes the speaker of the claim whose content it
// is or lies in; else the claim of its sentence; a continuation takes the
// speaker of the quote it continues, and a paragraph that is only a quote the
// speaker of the quote just before it. A quote with a speaker is also a
// direct claim. Quoted titles of works and single terms nobody said are
// dropped.

type attributor struct {
	d    *Document
	s    string
	toks []Token
	// quoteAt maps a token index to the index of the quote span that
	// starts at it, quoteEnd a closing token to its quote span; quoteToks
	// has a bit for every token in either, so most tokens need no lookup.
	quoteAt   tokIndex
	quoteEnd  tokIndex
	quoteToks []uint64
	inQuote   []bool   // token index -> inside a quote span (marks excluded)
	quotes    []*Quote // parallel to d.quoteSpans
	index     mentionIndex
	// claimStart indexes d.Claims, which holds the claims of the sentence
	// being read and those before it in the order they were made until
	// speakers adds its own: the claims of sentence i are
	// d.Claims[claimStart[i]:claimStart[i+1]] (see claimsOf).
	claimStart []int32
	sent       int
	cuts       []int             // scratch for contentCuts
	ends       []int             // scratch: the right end of each cue's content in sentence
	hits       []cueHit          // scratch for cues
	phraseBuf  []byte            // scratch for joinLower
	persons    map[string]*Actor // person names and their first and last words
	groups     map[string]*Actor
	nextID     int
}

func attribute(d *Document) {
	scr := d.scratch()
	a := &attributor{d: d, s: d.norm.s, toks: d.Tokens, quoteAt: make(tokIndex, 0, len(d.quoteSpans)), quoteEnd: make(tokIndex, 0, len(d.quoteSpans)), quoteToks: zeroed(scr.quoteToks, len(d.Tokens)/64+1),
		groups: map[string]*Actor{}, claimStart: make([]int32, len(d.Sentences)+1), inQuote: zeroed(scr.inQuote, len(d.Tokens))}
	tmpq := numberedIDs("tmpq", 0, len(d.quoteSpans))
	qs := make([]Quote, len(d.quoteSpans))
	a.quotes = make([]*Quote, len(d.quoteSpans))
	for i, q := range d.quoteSpans {
		a.quoteAt = append(a.quoteAt, tokRef{int32(q.open), int32(i)})
		a.quoteToks[q.open/64] |= 1 << (q.open % 64)
		end := q.close
		if q.close >= 0 {
			a.quoteEnd = append(a.quoteEnd, tokRef{int32(q.close), int32(i)})
			a.quoteToks[q.close/64] |= 1 << (q.close % 64)
		} else {
			end = len(d.Tokens)
			for end > q.open && int(d.Tokens[end-1].End) > q.End {
				end--
			}
		}
		for k := q.open + 1; k < end; k++ {
			a.inQuote[k] = true
		}
		qs[i] = Quote{ID: tmpq[i], Span: q.Span, Kind: QuoteDirect}
		a.quotes[i] = &qs[i]
	}
	a.quoteAt.sort()
	a.quoteEnd.sort()
	for i := range d.Actors {
		d.Actors[i].ID = "tmpa" + itoa(i)
	}
	// About one claim a sentence or fewer (0.68 on PolNeAR dev, 1.0 on the
	// benchmark texts): room for that saves the growth copies, and a first
	// block of claims of a quarter more than that the second block (the
	// blocks of 8, then 16, held 104 claims for the 58 of the seven
	// benchmark texts; now 81).
	d.Claims = slices.Grow(d.Claims, len(d.Sentences))
	d.claimBlock.first = len(d.Sentences) + len(d.Sentences)/4 + 1
	a.nextID = len(d.Actors)
	a.index.build(d.Actors, scr.refs, scr.extra)
	a.indexPersons()
	for i, se := range d.Sentences {
		a.sent = i
		a.claimStart[i] = int32(len(a.d.Claims))
		a.sentence(se)
		a.claimStart[i+1] = int32(len(a.d.Claims))
		if i%512 == 511 {
			yieldGC()
		}
	}
	a.speakers()
	scr.keep(a)
}

// claimsOf returns the claims made so far in sentence i.
func (a *attributor) claimsOf(i int) []*Claim {
	if i > a.sent {
		return nil
	}
	return a.d.Claims[a.claimStart[i]:a.claimStart[i+1]:a.claimStart[i+1]]
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}

func (a *attributor) text(k int) string { return a.s[a.toks[k].Start:a.toks[k].End] }

// lower returns token k in lower case (Document.lowerTok). It is never
// inlined: inlined at its ~240 call sites it made engine.wasm 43 KB of gzip
// larger (docs/PERFORMANCE.md; 37 KB even with the map of odd tokens left
// out of it).
//
//go:noinline
func (a *attributor) lower(k int) string {
	if o := a.d.low.oddLow; o != nil && o[k] != "" {
		return o[k]
	}
	t := a.toks[k]
	return a.d.low.text[t.Start:t.End]
}

// lowerIn reports whether token k in lower case is a word of l, as
// inList(l, a.lower(k)) does, from the document's cache of recent tokens;
// a list not named in init is scanned by inList.
func (a *attributor) lowerIn(l *wordList, k int) bool {
	if l.bit == 0 {
		return inList(l, a.lower(k))
	}
	return a.d.words(k)[l.half]&l.bit != 0
}

func (a *attributor) span(k, j int) Span { return Span{int(a.toks[k].Start), int(a.toks[j-1].End)} }

// cueHit is a cue occupying tokens [first, last).
type cueHit struct {
	first, last int
	verb        int // the token of the verb or the first word of the phrase
	cue         lexicon.Cue
}

var determiners = &wordList{bars: "|the|a|an|his|her|its|their|our|my|your|this|these|those|that|no|any|every|each|another|such|"}

// cues finds the cues of a sentence.
func (a *attributor) cues(se Sentence) []cueHit {
	hits := a.hits[:0]
	defer func() { a.hits = hits[:0] }()
	headline := a.titleCase(se)
	for k := se.First; k < se.Last; k++ {
		t := a.toks[k]
		if t.Kind != Word || (t.Is(Upper) && k != se.First && !a.afterQuote(k) && !headline) {
			continue
		}
		if a.inQuote[k] {
			continue // the quoted person's own words
		}
		w := a.lower(k)
		var c lexicon.Cue
		var ok bool
		var n int
		var seconds []string
		if a.d.mayCue(k) {
			c, ok, n, seconds = lexicon.CueWordNext(w)
		}
		if ok && (c.Lemma == "speak" || c.Lemma == "talk") && k+2 < se.Last && lyAdverb(a.lower(k+1)) && !a.toks[k+1].Is(Upper) {
			// "spoke favorably of", "talked openly about": the adverb
			// inside the phrase.
			if pc, ok := lexicon.CuePhrase(w + " " + a.lower(k+2)); ok {
				hits = append(hits, cueHit{k, k + 3, k, pc})
				k += 2
				continue
			}
		}
		if n > 1 && k+1 < se.Last && contains(seconds, a.lower(k+1)) { // else no phrase starts here
			found := false
			for m := min(n, se.Last-k); m >= 2; m-- {
				if c, ok := a.cuePhrase(k, k+m); ok && !(c.Lemma != "" && a.lower(k+m-1) == "to" && a.lowerIn(sayWriteForms, k)) &&
					!(a.lower(k+m-1) == "on" && k+m < se.Last && a.lowerIn(timeWords, k+m)) { // not "reported on Tuesday"
					if c.Class != lexicon.ClassNoun && c.Class != lexicon.ClassSource && (a.nounBefore(k, se) || c.Form == lexicon.FormBase && !a.lowerIn(pastAsBase, k) && a.modifierBefore(k, se)) {
						// "her new push for", "Obama's push for": a noun.
						k += m - 1
						found = true
						break
					}
					if c.Class == lexicon.ClassNoun {
						// "told AFP in an interview", "spoke at a news
						// conference", "posted on Twitter": the phrase says
						// where the words were said, the verb (if any) is
						// the cue. On PolNeAR train none of these phrases
						// alone was a cue (84 false cues).
						k += m - 1
						found = true
						break
					}
					hits = append(hits, cueHit{k, k + m, k, c})
					k += m - 1
					found = true
					break
				}
			}
			if found {
				continue
			}
		}
		if (w == "read" || w == "reads") && k > se.First && a.lowerIn(docNouns, k-1) {
			c, ok = lexicon.Cue{Lemma: "read", Class: "speech"}, true // "“…,” the statement read"
		}
		if !ok || c.Class == "noun" {
			continue
		}
		if (a.lowerIn(nounForms, k) || a.lowerIn(bareStems, k)) && !a.clauseFollows(k+1, se.Last) && !a.reportsAtEnd(k, se) && !a.verbReading(k, c, se) &&
			!(c.Form == lexicon.FormBase && a.controlBefore(k-1, se.First) >= 0) { // "led her to fear …" is a verb
			continue // "state media", "the plans", unless "He notes that …"
		}
		if a.lowerIn(nounForms, k) && strings.HasSuffix(w, "s") && k > se.First && !a.toks[k-1].Is(Upper) && !a.lowerIn(subjectPronouns, k-1) && !a.lowerIn(auxAdverbs, k-1) && a.lower(k+1) == "that" &&
			a.lower(k-1) != "who" && a.lower(k-1) != "which" { // "the study, which notes that …" is a verb
			continue // "the 15 states that voted", "her emails that …"
		}
		if k+1 < se.Last && (a.lower(k+1) == "to" && (c.Lemma == "add" || w == "supposed" || w == "meant") ||
			w == "compared" && (a.lower(k+1) == "to" || a.lower(k+1) == "with")) {
			continue // "adding to her lead", "was supposed to", "meant to", "9%, compared with 5%"
		}
		if w == "regarding" || k+1 < se.Last && a.notCuePair(k) {
			continue // "pledged delegates", "aimed at", "issued a statement"; "regarding" is a preposition
		}
		if c.Lemma == "see" && !a.seeAs(k, se) {
			continue // "saw the truck", "as they see fit"; not "sees the plan as"
		}
		if w == "known" && k+1 < se.Last && a.lower(k+1) == "as" || w == "called" && a.namingCalled(k, se) {
			continue // a name: "the contests known as Super Tuesday", "a group called Harbour First"
		}
		if strings.HasSuffix(w, "ing") && k > se.First && a.lowerIn(gerundPreps, k-1) {
			continue // "the volume of writing", "without saying"
		}
		if c.Lemma == "continue" && !a.clauseFollows(k+1, se.Last) && a.toks[se.First].Kind != QuoteMark && !a.quoteAfterPunct(k+1) {
			continue // "continues to grow", unless "“…,” he continued."
		}
		if k > se.First {
			p := a.lower(k - 1)
			if inList(determiners, p) && !a.objectPronoun(k-1, se.First) || (p == "'s" || p == "’s") && !a.contractedAux(k-1) || p == "to" && strings.HasSuffix(w, "s") && !(c.Form == lexicon.FormBase && a.raisingVerbBefore(k-1)) {
				continue // a noun: "the report", "her claims"
			}
		}
		if c.Lemma == "sing" && !a.quoteNear(k, se) {
			continue // an act: "sang at church", "singing the national anthem"; not "sings, “…”"
		}
		if c.Lemma == "assume" && a.assumesRole(k, se) {
			continue // an act: "assumed office", "assumed his post", "would assume the firm's debts"
		}
		if c.Lemma == "accept" && !(k+1 < se.Last && a.lower(k+1) == "that") {
			continue // an act: "accepted the offer", "had accepted 900 refugees"; not "accepts that …"
		}
		if c.Lemma == "find" && (w == "find" || w == "finding") && !(k+1 < se.Last && a.lower(k+1) == "that") {
			continue // an act: "find a way", "finding common ground"; not "find that …", "a study finds …"
		}
		if c.Lemma == "find" && a.findsWay(k, se) {
			continue // "found a way through the law", "found himself in a tight race": no finding reported
		}
		if c.Lemma == "address" && a.audienceAfter(k, se) {
			continue // speaking to an audience, like "speak to": "addressed a rally", "a letter addressed to"
		}
		if c.Lemma == "decline" && a.quantityChange(k, se) {
			continue // a change of quantity: "fees declined to $281 million", "would decline by four points"
		}
		if strings.HasSuffix(w, "ed") && k > se.First && a.lowerIn(degreeWords, k-1) {
			continue // an adjective: "more detailed records", "a very measured reply"
		}
		if c.Form == lexicon.FormBase && !a.lowerIn(pastAsBase, k) && a.modifierBefore(k, se) {
			continue // a noun after its modifier: "mass protest", "military rule", "a strong signal"
		}
		if w == "talks" && a.modifierBefore(k, se) {
			continue // a plural noun after its modifier: "trade talks", "face-to-face talks"
		}
		if c.Lemma == "appear" || c.Lemma == "seem" {
			if k+1 < se.Last && (a.lowerIn(npStop, k+1) || a.lower(k+1) == "at") && a.lower(k+1) != "to" {
				continue // "appeared on a show"
			}
		}
		hits = append(hits, cueHit{k, k + 1, k, c})
	}
	hits = a.mergeContinue(hits)
	// The cue is the whole verb group: auxiliaries, negation and adverbs
	// before the verb ("has also said") and a colon right after it.
	for i := range hits {
		h := &hits[i]
		for h.first > se.First {
			w := a.lower(h.first - 1)
			almost := w == "almost" && h.first < h.verb && lyAdverb(a.lower(h.first)) // "almost immediately disclosed"
			// "could not resist pointing out", "avoids condemning": the verb
			// that takes the -ing cue is part of the verb group.
			catenative := h.first == h.verb && strings.HasSuffix(a.lower(h.verb), "ing") && a.lowerIn(catenatives, h.first-1)
			if !(a.lowerIn(auxAdverbs, h.first-1) || lyAdverb(w) || almost || catenative || a.contractedAux(h.first-1)) || a.toks[h.first-1].Is(Upper) {
				break
			}
			if i > 0 && h.first-1 < hits[i-1].last {
				break
			}
			h.first--
		}
		// "complained bitterly about", "said repeatedly that"
		for h.last+1 < se.Last && !a.toks[h.last].Is(Upper) && strings.HasSuffix(a.lower(h.last), "ly") && lyAdverb(a.lower(h.last)) &&
			(i+1 >= len(hits) || h.last < hits[i+1].first) {
			h.last++
		}
		if h.last < se.Last && a.text(h.last) == ":" && a.toks[h.last].Start == a.toks[h.last-1].End {
			h.last++
		}
		a.widenCue(h, se, hits, i)
	}
	return hits
}

// audienceAfter reports "to" or a noun of an audience or a gathering
// within six words after the verb at k, before any punctuation:
// "addressed the students", "addressed a Wednesday night rally".
func (a *attributor) audienceAfter(k int, se Sentence) bool {
	if k+1 < se.Last && a.lower(k+1) == "to" {
		return true
	}
	for m := k + 1; m < se.Last && m-k <= 6 && (a.toks[m].Kind == Word || a.lower(m) == "'s" || a.lower(m) == "’s"); m++ {
		if a.lowerIn(audienceNouns, m) {
			return true
		}
	}
	return false
}

var audienceNouns = &wordList{bars: "|students|voters|crowd|crowds|audience|audiences|rally|rallies|conference|convention|nation|gathering|" +
	"symposium|summit|assembly|graduates|delegates|congregation|"}

// quantityChange reports a verb at k that a change of quantity follows:
// a number, "by", "from", "in" or an adverb of degree ("declined 40
// percent", "has declined slightly from", "fell to $3 million").
func (a *attributor) quantityChange(k int, se Sentence) bool {
	if k+1 >= se.Last {
		return false
	}
	n := a.lower(k + 1)
	switch n {
	case "by", "from", "in", "and", "slightly", "sharply", "significantly", "steadily", "dramatically", "$":
		return true
	case "to":
		return k+2 < se.Last && (a.toks[k+2].Kind == Number || a.text(k+2) == "$")
	}
	return a.toks[k+1].Kind == Number
}

// widenCue grows a verb cue over the words a reader takes as part of the
// reporting expression: "long" after an auxiliary ("has long argued") and
// the verb after "continue to" ("continues to ignore"). It never crosses
// a neighbouring cue and looks at most two tokens each way.
func (a *attributor) widenCue(h *cueHit, se Sentence, hits []cueHit, i int) {
	floor := se.First
	if i > 0 {
		floor = max(floor, hits[i-1].last)
	}
	ceil := se.Last
	if i+1 < len(hits) {
		ceil = min(ceil, hits[i+1].first)
	}
	if h.first-2 >= floor && a.lower(h.first-1) == "long" {
		switch a.lower(h.first - 2) {
		case "has", "have", "had":
			h.first -= 2
		}
	}
	if a.lowerIn(continueForms, h.verb) && h.last == h.verb+1 && h.last+1 < ceil && a.lower(h.last) == "to" &&
		a.toks[h.last+1].Kind == Word && !a.toks[h.last+1].Is(Upper) && !a.lowerIn(npStop, h.last+1) {
		h.last += 2
	}
	if h.first == h.verb && h.first-3 >= floor && a.lower(h.first-1) == "to" && a.raisingVerbBefore(h.first-1) {
		// "went on to explain", "was quick to condemn": the verb before
		// "to" and its auxiliaries are part of the cue, its subject speaks.
		if a.lowerIn(continueForms, h.first-2) {
			h.first -= 2 // "continued to"
		} else {
			h.first -= 3 // "went on to", "was quick to"
		}
		for h.first > floor && a.lowerIn(auxAdverbs, h.first-1) && !a.toks[h.first-1].Is(Upper) {
			h.first--
		}
	}
	if h.cue.Lemma == "express" && h.last == h.verb+1 {
		h.last = a.expressedNoun(h.last, ceil)
	}
	if h.last == h.verb+1 {
		h.last = a.statementAfter(h.last, ceil)
	}
}

// raisingVerbBefore reports "went on", "was quick" or "continued" ending
// right before the "to" at token k: verbs whose subject is the subject of
// the verb after "to" ("Reyes went on to explain …").
func (a *attributor) raisingVerbBefore(k int) bool {
	if k < 1 {
		return false
	}
	if a.lowerIn(continueForms, k-1) {
		return true
	}
	if k < 2 {
		return false
	}
	switch a.lower(k - 1) {
	case "on":
		return a.lowerIn(goForms, k-2)
	case "quick":
		return a.lowerIn(beForms, k-2)
	}
	return false
}

var goForms = &wordList{bars: "|go|goes|went|gone|going|"}

// expressedNoun returns the end of the feeling named after "express" that
// starts at token k, up to at most three lower-case words and before ceil,
// or k when there is none: through the preposition that introduces its
// object ("expressed deep misgivings about"), or before "that" ("expressed
// quiet confidence that"), as GUIDELINES.md has "expressed optimism that".
func (a *attributor) expressedNoun(k, ceil int) int {
	for j := k + 1; j <= k+3 && j < ceil; j++ {
		t := a.toks[j-1]
		if t.Kind != Word || t.Is(Upper) || a.lowerIn(npStop, j-1) {
			return k
		}
		switch a.lower(j) {
		case "about", "over", "for", "at", "with", "in", "on":
			return j + 1
		case "that":
			return j
		}
	}
	return k
}

// statementAfter returns the end of "in a statement" (or "in a written
// statement", "in the statement") starting at token k and ending before
// ceil, or k when there is none: the phrase is part of the cue ("said in a
// statement").
func (a *attributor) statementAfter(k, ceil int) int {
	if k+2 >= ceil || a.lower(k) != "in" {
		return k
	}
	m := k + 1
	switch a.lower(m) {
	case "a", "an", "the":
		m++
	default:
		return k
	}
	if m+1 < ceil && a.lowerIn(statementAdjectives, m) {
		m++
	}
	if m < ceil && a.lower(m) == "statement" {
		return m + 1
	}
	return k
}

var statementAdjectives = &wordList{bars: "|written|prepared|emailed|joint|brief|separate|"}

// mergeContinue joins "continued to", "seemed to" and "appeared to" with
// the verb cue right after it ("continued to insist", "seemed to suggest")
// into one cue, so the pair gives one claim and the subject is its source
// (PolNeAR train: 17 such cues span both verbs, 12 only "seemed"); "took
// to Twitter" joins the verb cue after "to" in the same way.
func (a *attributor) mergeContinue(hits []cueHit) []cueHit {
	out := hits[:0]
	for i := 0; i < len(hits); i++ {
		h := hits[i]
		if (a.lowerIn(continueForms, h.verb) || h.cue.Lemma == "seem" || h.cue.Lemma == "appear") && h.last == h.verb+1 && i+1 < len(hits) &&
			hits[i+1].first == h.last+1 && a.lower(h.last) == "to" {
			h.last, h.verb, h.cue = hits[i+1].last, hits[i+1].verb, hits[i+1].cue
			i++
		} else if strings.HasPrefix(h.cue.Lemma, "take to ") && i+1 < len(hits) && a.toWithin(h.last, hits[i+1].first) {
			// "took to Twitter overnight to accuse …": what was posted is
			// the verb after "to".
			h.last, h.verb, h.cue = hits[i+1].last, hits[i+1].verb, hits[i+1].cue
			i++
		}
		out = append(out, h)
	}
	return out
}

// toWithin reports whether tokens [k, n) are up to four words of which
// the last is "to" ("to", "overnight to", "early Wednesday morning to").
func (a *attributor) toWithin(k, n int) bool {
	if n <= k || n-k > 4 || a.lower(n-1) != "to" {
		return false
	}
	for m := k; m < n; m++ {
		if a.toks[m].Kind != Word {
			return false
		}
	}
	return true
}

// catenatives are verbs that take an -ing verb as their object ("keeps
// saying", "began attacking", "avoids condemning").
var catenatives = &wordList{bars: "|keep|keeps|kept|stop|stops|stopped|start|starts|started|begin|begins|began|begun|" +
	"resist|resists|resisted|avoid|avoids|avoided|quit|quits|"}

var continueForms = &wordList{bars: "|continue|continues|continued|continuing|"}

// modifierBefore reports whether the word before token k is a lower-case
// word that can modify a noun but cannot be the subject of a verb in its
// base form: not a pronoun, an auxiliary, an adverb, a preposition or "to",
// and not a plural ("voters fear", "people say").
func (a *attributor) modifierBefore(k int, se Sentence) bool {
	if k <= se.First || a.toks[k-1].Kind != Word || a.toks[k-1].Is(Upper) {
		return false
	}
	p := a.lower(k - 1)
	if inList(subjectPronouns, p) || inList(auxAdverbs, p) || inList(npStop, p) || inList(determiners, p) || lyAdverb(p) || a.contractedAux(k-1) ||
		strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") || inList(pluralNouns, p) || inList(quantifiers, p) {
		return false
	}
	if c, ok := lexicon.CueForm(p); ok && c.Class != lexicon.ClassNoun {
		return false // "help decide", "let know"
	}
	if j := k - 2; j > se.First && a.lowerIn(determiners, j) && a.lowerIn(subjectPreps, j-1) {
		return false // the end of a subject: "advisers to the mayor say"
	}
	return true
}

// subjectPreps join a phrase to the head of a subject ("advisers to the
// mayor", "observers around the country").
var subjectPreps = &wordList{bars: "|of|in|to|for|with|from|around|across|at|on|inside|outside|near|among|within|"}

// pastAsBase are cue verbs whose past is their base form ("the letter read").
var pastAsBase = &wordList{bars: "|read|put|set|let|"}

// pluralNouns are plurals without a final s that can be subjects.
var pluralNouns = &wordList{bars: "|people|police|media|children|men|women|staff|public|youth|clergy|percent|" +
	"leadership|majority|minority|crowd|electorate|"}

// nounBefore reports whether the word before token k makes k a noun: a
// determiner or a possessive ("the push for", "Obama's push for"), with at
// most one adjective between ("her new push for"), or a unit noun that
// makes a compound with it ("rose 0.2 percentage points to").
func (a *attributor) nounBefore(k int, se Sentence) bool {
	if k > se.First && (a.lower(k-1) == "percentage" || a.lower(k-1) == "basis") {
		return true
	}
	for j := k - 1; j >= se.First && j >= k-2; j-- {
		p := a.lower(j)
		if inList(determiners, p) || (p == "'s" || p == "’s") && !a.contractedAux(j) {
			return true
		}
		if j < k-1 || a.toks[j].Kind != Word || a.toks[j].Is(Upper) || !strings.HasSuffix(p, "al") && !strings.HasSuffix(p, "ew") {
			return false
		}
	}
	return false
}

// sourcePreps join a phrase to the noun before it inside a source ("a
// spokesman for the port", "aides to the mayor", "people familiar with the
// talks").
var sourcePreps = &wordList{bars: "|of|for|at|in|from|to|with|on|by|"}

var objectPronouns = &wordList{bars: "|him|her|them|us|me|"}

// objectPronoun reports a "her" (or other object pronoun) right after a
// preposition, which is no determiner: "those close to her say".
func (a *attributor) objectPronoun(k, first int) bool {
	return a.lowerIn(objectPronouns, k) && k > first && (a.lower(k-1) == "to" || a.lower(k-1) == "with")
}

// pluralSource reports a source that opens with a quantifier or a plain
// plural noun ("…, advisers to the mayor say, …", "…, some aides said,
// …").
func (a *attributor) pluralSource(s int) bool {
	w := a.lower(s)
	if inList(quantifiers, w) {
		return true
	}
	return a.toks[s].Kind == Word && len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && a.npWord(s)
}

// sourceTail returns the end of a source after an inverted cue with the
// relative clause or phrase that tells who it is ("said a person who
// attended the meeting", "said officials with knowledge of the talks"):
// up to a comma or the end of the sentence. Otherwise it returns e.
func (a *attributor) sourceTail(e, last int) int {
	if e >= last || !a.lowerIn(sourceTails, e) {
		return e
	}
	m := e + 1
	for m < last && a.text(m) != "," && a.toks[m].Kind != QuoteMark {
		m++
	}
	return a.trimRight(e, m)
}

var sourceTails = &wordList{bars: "|who|with|in|from|to|familiar|close|conducted|released|at|whose|"}

// namedAt reports whether token k is part of a name the actors stage
// found (not a pronoun or a descriptor). Titles are read without names, so
// callers there also look the word up among the persons' names.
func (a *attributor) namedAt(k int) bool {
	t := a.toks[k]
	refs := a.index.base
	i := sort.Search(len(refs), func(i int) bool { return refs[i].Start >= int(t.End) })
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		r := refs[j]
		if r.End > int(t.Start) && r.kind != MentionPronoun && r.kind != MentionDescriptor {
			return true
		}
	}
	return false
}

// inTitle reports whether sentence se lies in the document's title.
func (a *attributor) inTitle(se Sentence) bool {
	t := a.d.Title
	return t.Len() > 0 && se.Start >= t.Start && se.End <= t.End
}

// titleCase reports a sentence of the title whose words are mostly
// capitalised ("Ruiz Says Budget Talks Will Fail"): there a capitalised
// word can be a cue.
func (a *attributor) titleCase(se Sentence) bool {
	if !a.inTitle(se) {
		return false
	}
	words, upper := 0, 0
	for k := se.First; k < se.Last; k++ {
		if a.toks[k].Kind == Word {
			words++
			if a.toks[k].Is(Upper) {
				upper++
			}
		}
	}
	return words >= 3 && upper*4 >= words*3
}

// reportsAtEnd reports a cue form that ends its sentence right after a
// name: "…, The Wall Street Journal reports." reads as a verb.
func (a *attributor) reportsAtEnd(k int, se Sentence) bool {
	return k > se.First && a.toks[k-1].Is(Upper) && (k+1 >= se.Last || a.isEndPunct(k+1))
}

// clauseFollows reports whether token k starts reported speech: "that", a
// colon or a quotation mark.
func (a *attributor) clauseFollows(k, last int) bool {
	if k >= last {
		return false
	}
	if a.lower(k) == "that" || a.text(k) == ":" || a.toks[k].Kind == QuoteMark {
		return true
	}
	// "Clinton plans to …", "he hopes to …"
	if a.lower(k) == "to" && k >= 2 {
		p := a.toks[k-2]
		return p.Kind == Word && (p.Is(Upper) || a.lowerIn(subjectPronouns, k-2))
	}
	return false
}

// verbReading reports a cue form that is often a noun ("warning",
// "notes") read as a verb: an addressee and "that" follow it ("is warning
// voters that"), or it comes right after a name or a subject pronoun and
// before a subject pronoun ("Okafor notes they …").
func (a *attributor) verbReading(k int, c lexicon.Cue, se Sentence) bool {
	if k == se.First || k+1 >= se.Last {
		return false
	}
	p := a.lower(k - 1)
	if a.inTitle(se) && a.npWord(k-1) && !inList(determiners, p) && p != "'s" && p != "’s" && !a.lowerIn(auxAdverbs, k+1) &&
		(!a.toks[k-1].Is(Upper) || a.namedAt(k-1) || a.persons[a.text(k-1)] != nil) &&
		(c.Form != lexicon.FormBase || strings.HasSuffix(p, "s")) {
		return true // headlines drop the article: "Ruiz calls vote a farce", not "Port Talks Collapse"
	}
	if c.Addressee && (inList(auxAdverbs, p) || a.toks[k-1].Is(Upper) || inList(subjectPronouns, p)) {
		if _, e, ok := a.addressee(k+1, se.Last); ok && e > k+1 && e < se.Last && a.lower(e) == "that" {
			return true
		}
	}
	if strings.HasSuffix(a.lower(k), "s") && inList(verbAdverbs, p) && a.toks[k+1].Kind == Word && k-2 >= se.First && a.toks[k-2].Kind == Word {
		return true // "the group also views …", "Ruiz still hopes …"
	}
	// After a subject: a name, a pronoun or a plural noun ("polls show",
	// "the records show"); a name after a determiner is a modifier ("the
	// TV show").
	if !a.lowerIn(subjectVerbs, k) {
		return false
	}
	j := k - 1
	if k-4 >= se.First && a.asideBefore(k, se.First) {
		j, p = k-4, a.lower(k-4) // "Some Democrats, however, question the plan"
	}
	prev := a.toks[j]
	plural := prev.Kind == Word && !prev.Is(Upper) && len(p) > 3 && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") &&
		!strings.HasSuffix(p, "'s") && !strings.HasSuffix(p, "’s") && a.npWord(j)
	if !prev.Is(Upper) && !inList(subjectPronouns, p) && !plural || !plural && j-1 >= se.First && a.lowerIn(determiners, j-1) {
		return false
	}
	n, nt := a.lower(k+1), a.toks[k+1]
	switch {
	case n == "he" || n == "she" || n == "they" || n == "we" || n == "i" || n == "there":
		return true
	case inList(subjectPronouns, p) && nt.Kind == Word && !inList(npStop, n):
		return true // "he calls corruption …"
	case nt.Kind == Word && (inList(determiners, n) || inList(quantifiers, n) || nt.Is(Upper) || n == "him" || n == "her" || n == "them" || n == "us"):
		return true // "polls show Ruiz …", "Okafor questions the …"
	case nt.Kind == Number:
		return true
	case plural && (a.isEndPunct(k+1) || n == ","):
		return true // "…, records show."
	}
	return false
}

func isSayForm(w string) bool {
	return w == "say" || w == "says" || w == "said" || w == "saying"
}

func (a *attributor) afterQuote(k int) bool {
	return k > 0 && a.toks[k-1].Kind == QuoteMark
}

func (a *attributor) lowerPhrase(k, j int) string {
	if s, ok := a.spacedLower(k, j); ok {
		return s
	}
	return string(a.joinLower(k, j))
}

// spacedLower returns tokens [k, j) in lower case joined by single spaces
// when the text holds them so, without copying.
func (a *attributor) spacedLower(k, j int) (string, bool) {
	// Lower-case words one space apart are their own phrase: no copy.
	// Other words one space apart are the same stretch of the lowered text.
	spaced, upper, odd := true, false, false
	for m := k; m < j && spaced; m++ {
		t := a.toks[m]
		upper = upper || t.Is(Upper)
		odd = odd || a.d.low.oddLow != nil && a.d.low.oddLow[m] != ""
		spaced = m == k || t.Start == a.toks[m-1].End+1 && a.s[t.Start-1] == ' '
	}
	if spaced && !upper {
		return a.s[a.toks[k].Start:a.toks[j-1].End], true
	}
	if spaced && !odd {
		return a.d.low.text[a.toks[k].Start:a.toks[j-1].End], true
	}
	return "", false
}

// joinLower writes tokens [k, j) in lower case joined by single spaces to
// a.phraseBuf and returns it; the result is valid until the next call.
func (a *attributor) joinLower(k, j int) []byte {
	b := a.phraseBuf[:0]
	for m := k; m < j; m++ {
		if m > k {
			b = append(b, ' ')
		}
		b = append(b, a.lower(m)...)
	}
	a.phraseBuf = b
	return b
}

// cuePhrase is lexicon.CuePhrase of lowerPhrase(k, j), without allocating.
func (a *attributor) cuePhrase(k, j int) (lexicon.Cue, bool) {
	if s, ok := a.spacedLower(k, j); ok {
		return lexicon.CuePhrase(s)
	}
	return lexicon.CuePhraseBytes(a.joinLower(k, j))
}

// docNouns are the documents that "read" or "say" something on behalf of
// whoever issued them.
var docNouns = &wordList{bars: "|statement|letter|release|memo|post|tweet|notice|communique|communiqué|message|email|sign|report|" +
	"filing|document|announcement|"}

// nounForms are cue forms that in news are almost always nouns.
var nounForms = &wordList{bars: "|talks|talk|remarks|comments|views|like|back|released|release|releasing|states|email|emails|rules|" +
	"issues|issue|questions|care|message|messages|vote|voting|votes|judges|advocates|share|shares|" +
	"ruling|projects|appeals|attacks|attack|continue|see|seen|raised|mean|knows|charged|spoke|show|" +
	"support|seek|seeking|calls|claims|reports|notes|hopes|fears|doubts|vote for|ask|answers|concerns|" +
	"charges|promises|threats|warnings|statements|letters|letter|posts|post|tweets|tweet|record|records|" +
	"order|orders|worries|worry|judge|contest|contests|address|means|speaking|thanks|counsel|challenge|" +
	"protests|protest|addresses|declines|pledges|requests|request|details|"}

// subjectVerbs are the cue forms of nounForms and bareStems that read as
// verbs between a subject and an object ("polls show Ruiz ahead",
// "Okafor questions the count"); "like" and "support" are too often
// prepositions and nouns there.
var subjectVerbs = &wordList{bars: "|show|see|hope|hopes|fear|fears|calls|call|questions|question|notes|claims|claim|knows|seek|ask|" +
	"reports|doubts|doubt|worries|worry|mean|answers|promises|charges|"}

// bareStems are cue forms that are nouns or adjectives unless a clause follows.
var bareStems = &wordList{bars: "|state|report|claim|note|warning|statement|comment|answer|reply|question|promise|threat|call|" +
	"concern|hope|fear|doubt|"}

// sharedCue reports an -ing cue that continues the source of the claim
// before it: one of sharedIng, or any -ing cue after a comma except the
// reporter's own participles ("raising hopes").
func (a *attributor) sharedCue(h cueHit) bool {
	w := a.lower(h.verb)
	if inList(sharedIng, w) {
		return true
	}
	if !strings.HasSuffix(w, "ing") || inList(reporterIng, w) && h.last == h.verb+1 || h.first == 0 {
		return false // "speaking at a rally" is the reporter's; "speaking of the fee" a phrase cue
	}
	return a.text(h.first-1) == ","
}

var reporterIng = &wordList{bars: "|meaning|speaking|assuming|declining|raising|signaling|signalling|prompting|sparking|making|" +
	"leaving|bringing|following|including|according|showing|marking|putting|giving|setting|"}

// gerundPreps are prepositions that make an -ing cue after them a noun
// or a gerund the reporter uses ("apologies for accusing").
var gerundPreps = &wordList{bars: "|of|for|without|upon|"}

// sharedIng are -ing cues that continue the previous claim's source:
// "…, adding that …".
var sharedIng = &wordList{bars: "|adding|saying|noting|arguing|insisting|warning|explaining|telling|claiming|stressing|emphasizing|" +
	"emphasising|writing|describing|calling|asking|suggesting|acknowledging|admitting|accusing|citing|" +
	"urging|pointing|declaring|vowing|promising|predicting|questioning|denying|conceding|recalling|" +
	"referring|complaining|"}

// verbAdverbs are adverbs after which an -s form is a verb, not a plural
// noun ("also views", "still hopes").
var verbAdverbs = &wordList{bars: "|also|still|often|never|always|repeatedly|now|"}

var auxAdverbs = &wordList{bars: "|also|later|earlier|recently|previously|again|repeatedly|reportedly|publicly|privately|separately|then|now|once|initially|first|further|often|never|always|already|still|even|has|have|had|will|would|could|can|may|might|should|must|is|are|was|were|be|been|did|does|do|not|n't|just|flatly|quickly|openly|falsely|wrongly|correctly|bluntly|explicitly|perhaps|probably|apparently|only|together|"}

var npStop = &wordList{bars: "|in|on|with|by|about|as|to|into|over|under|after|before|since|during|against|among|between|through|without|within|while|when|where|who|whom|whose|which|that|and|but|or|nor|so|yet|because|if|although|though|than|there|here|not|him|them|me|us|it|what|how|why|from|like|unlike|however|meanwhile|instead|via|per|amid|upon|toward|towards|onto|despite|except|versus|whether|worth|"}

var subjectPronouns = &wordList{bars: "|he|she|they|it|we|i|you|"}

// npWord reports whether token k can be inside a noun phrase.
func (a *attributor) npWord(k int) bool {
	t := a.toks[k]
	switch t.Kind {
	case Number:
		return true
	case Word:
	default:
		w := a.text(k)
		return w == "-" || w == "&"
	}
	w := a.lower(k)
	if t.Is(Upper) {
		return !a.lowerIn(auxAdverbs, k) || k == 0
	}
	if a.lowerIn(npStop, k) || a.lowerIn(auxAdverbs, k) || a.lowerIn(subjectPronouns, k) {
		return false
	}
	if c, ok := lexicon.CueForm(w); ok && c.Class != "noun" && w != c.Lemma && !a.lowerIn(nounForms, k) {
		return false // an inflected verb: "says", "claimed"
	}
	if (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !a.lowerIn(npAdjectives, k) {
		return false
	}
	return true
}

// contractedAux reports a contracted auxiliary: "'ve", "'re", "'d",
// "'ll", "'m" ("we’ve said"), or an "'s" that stands for "is" or "has"
// after a pronoun ("He’s claiming").
func (a *attributor) contractedAux(k int) bool {
	w := a.lower(k)
	if len(w) > 1 && (w[0] == '\'' || strings.HasPrefix(w, "’")) {
		switch strings.TrimLeft(w, "'’") {
		case "ve", "re", "d", "ll", "m":
			return k > 0
		}
	}
	if (w != "'s" && w != "’s") || k == 0 {
		return false
	}
	switch a.lower(k - 1) {
	case "he", "she", "it", "that", "there", "who", "what":
		return true
	}
	return false
}

// lyAdverb reports a lower-case adverb in -ly ("continually", "flatly")
// between a source and its cue.
func lyAdverb(w string) bool {
	if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return true // a negated auxiliary: "didn't", "isn’t"
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !inList(lyNotAdverbs, w)
}

// lyNotAdverbs are words in -ly that are no adverb of a verb group: nouns
// ("rally", "assembly") and words of amount or chance ("nearly half",
// "likely to").
var lyNotAdverbs = &wordList{bars: "|only|early|family|daily|italy|rally|assembly|supply|reply|anomaly|monopoly|" +
	"weekly|monthly|yearly|nearly|likely|"}

var sentenceAdverbs = &wordList{bars: "|however|but|and|meanwhile|still|yet|so|also|then|now|instead|indeed|moreover|separately|earlier|later|previously|today|yesterday|thus|hence|nevertheless|nonetheless|finally|initially|when|as|while|if|because|although|though|after|before|since|until|once|whether|unless|even|similarly|likewise|additionally|furthermore|ultimately|eventually|notably|otherwise|recently|"}

var npAdjectives = &wordList{bars: "|unnamed|unidentified|retired|elected|leading|ruling|governing|outgoing|incoming|united|anonymous|senior|longtime|related|based|prominent|"}

// npLeft returns the noun phrase that ends right before token end (after
// auxiliaries and adverbs), as a token range; ok is false when there is none.
func (a *attributor) npLeft(end, first int) (int, int, bool) {
	m := end
	for m > first && (a.toks[m-1].Kind == Word || a.asideBefore(m, first) || a.yearBefore(m, first)) {
		if a.yearBefore(m, first) {
			m -= 2 // "who in 2010 said"
			continue
		}
		if a.asideBefore(m, first) {
			m -= 3 // "Officials, however, said"
			continue
		}
		w := a.lower(m - 1)
		if (w == "heard" || w == "seen") && m-1 > first && a.lowerIn(auxAdverbs, m-2) {
			m-- // "Ruiz can be heard yelling": the perception is part of the verb group
			continue
		}
		if a.lowerIn(auxAdverbs, m-1) || lyAdverb(w) && !(a.toks[m-1].Is(Upper) && a.namedAt(m-1)) || a.contractedAux(m-1) || w == "however" {
			m-- // not a name in -ly: "Kelly said", "Ana Kelly said"
			continue
		}
		// "Sanders on Tuesday said", "the court this month rejected"
		if a.lowerIn(weekdays, m-1) || w == "today" || w == "yesterday" {
			m--
			if m > first && (a.lower(m-1) == "on" || a.lower(m-1) == "last") {
				m--
			}
			continue
		}
		if (w == "week" || w == "month" || w == "year") && m-1 > first && (a.lower(m-2) == "this" || a.lower(m-2) == "last") {
			m -= 2
			continue
		}
		break
	}
	e := m
	if m > first && a.lowerIn(subjectPronouns, m-1) {
		return m - 1, m, true
	}
	for m > first && e-m < 14 {
		k := m - 1
		w := a.lower(k)
		if w == ")" && m == e {
			// "Rep. Gwen Moore (D-Wis.) said": the parenthesis is part of it.
			j := k - 1
			for j > first && a.text(j) != "(" && k-j < 8 {
				j--
			}
			if j > first && a.text(j) == "(" && a.toks[j-1].Is(Upper) {
				m = j
				continue
			}
			break
		}
		if w == "'s" || w == "’s" {
			m--
			continue
		}
		if m == e && a.lowerIn(objectPronouns, k) && k > first && a.lowerIn(sourcePreps, k-1) {
			m-- // "those close to him said"
			continue
		}
		if m == e && w == "whom" && k-1 > first && a.lower(k-1) == "of" && a.lowerIn(quantifiers, k-2) {
			return k - 2, e, true // "port workers, many of whom say …"
		}
		if w == "in" && k > first && m < e && a.toks[k-1].Is(Upper) && a.npWord(k-1) && a.utterance(e-1) {
			m-- // "Stumpf in a televised interview appeared to blame": the name speaks
			continue
		}
		if a.lowerIn(sourcePreps, k) && k > first && m < e && a.npWord(k-1) && (!a.toks[k-1].Is(Upper) || k-1 == first && !a.namedAt(k-1)) {
			m--
			continue
		}
		if (w == "of" || w == "on" || w == "for") && k > first && m < e && a.toks[k-1].Is(Upper) && a.toks[m].Is(Upper) && a.npWord(k-1) {
			m-- // "the Commission on Port Safety"
			continue
		}
		if w == "and" && k > first && m < e && a.lowerIn(subjectPronouns, k-1) && a.lower(k-1) != "it" {
			m = k - 1 // "he and two union leaders"
			break
		}
		if w == "and" && k > first && m < e && a.toks[k-1].Kind == Word && a.npWord(k-1) &&
			(a.toks[k-1].Is(Upper) || strings.HasSuffix(a.lower(k-1), "s")) {
			m-- // "Mr. Grassley and Mr. Leahy", "Regulators and environmental groups"
			continue
		}
		if !a.npWord(k) && !(m < e && a.participleAdjective(k, first)) {
			break
		}
		m--
	}
	// A relative pronoun: in "Ruiz, who said" the source is "who", and
	// resolveSource finds Ruiz.
	if m == e && m > first+1 {
		if _, _, ok := a.antecedent(m-1, first); ok {
			return m - 1, m, true
		}
	}
	// Leading conjunction-like capitalised words ("However") are not part of it.
	for m < e && a.lowerIn(sentenceAdverbs, m) {
		m++
	}
	if m == e {
		return 0, 0, false
	}
	return m, e, true
}

// participleAdjective reports a lower-case word in -ed or -ing right after
// a determiner other than "that", inside a noun phrase: "the embattled
// governor", "in a televised interview", "a growing number of".
func (a *attributor) participleAdjective(k, first int) bool {
	if k <= first || a.toks[k].Kind != Word || a.toks[k].Is(Upper) || !a.lowerIn(determiners, k-1) || a.lower(k-1) == "that" {
		return false
	}
	w := a.lower(k)
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

// utterance reports a noun at k for a text or a talk in which someone
// speaks: "statement", "letter", "interview", "speech".
func (a *attributor) utterance(k int) bool {
	switch a.lower(k) {
	case "interview", "speech", "column", "op-ed", "appearance":
		return true
	}
	return a.lowerIn(docNouns, k)
}

// yearBefore reports "in" and a year right before token m, between a
// subject and its verb ("McConnell, who in 2010 said").
func (a *attributor) yearBefore(m, first int) bool {
	if m-2 <= first || a.toks[m-1].Kind != Number || a.lower(m-2) != "in" {
		return false
	}
	y := a.text(m - 1)
	return len(y) == 4 && (y[0] == '1' || y[0] == '2')
}

// antecedent returns the noun phrase that the relative pronoun at token k
// stands for: "Ruiz" in "Ruiz, who said" and "the law that allows".
func (a *attributor) antecedent(k, first int) (int, int, bool) {
	if k <= first {
		return 0, 0, false
	}
	switch a.lower(k) {
	case "who", "which":
	case "that":
		if a.toks[k-1].Kind != Word || !a.npWord(k-1) {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	p := k
	if a.text(p-1) == "," {
		p--
	}
	return a.npLeft(p, first)
}

// resolveSource resolves the source [s, e) to its claimant; a relative
// pronoun resolves as its antecedent.
func (a *attributor) resolveSource(s, e int, se Sentence) *Actor {
	if e == s+1 {
		if as, ae, ok := a.antecedent(s, se.First); ok {
			return a.resolve(as, ae, se)
		}
	}
	return a.resolve(s, e, se)
}

// asideBefore reports ", however," (or ", too,", ", in turn,") right
// before token m, between a subject and its verb.
func (a *attributor) asideBefore(m, first int) bool {
	if m-3 < first || a.text(m-1) != "," || a.text(m-3) != "," {
		return false
	}
	switch a.lower(m - 2) {
	case "however", "too", "meanwhile", "though", "instead", "also", "moreover", "nevertheless":
		return true
	}
	return false
}

// npRight returns the noun phrase that starts at token k, up to a comma or
// the end of the sentence.
func (a *attributor) npRight(k, last int) (int, int, bool) {
	if k >= last {
		return 0, 0, false
	}
	if a.lowerIn(subjectPronouns, k) {
		return k, k + 1, true
	}
	m := k
	for m < last && m-k < 8 && (a.npWord(m) || (m > k && (a.lower(m) == "of" || a.lower(m) == "for"))) {
		m++
	}
	for m > k && (a.lower(m-1) == "of" || a.lower(m-1) == "for") {
		m--
	}
	if m == k {
		return 0, 0, false
	}
	// "Rep. Jim Clyburn (D-S.C.)": the party and state are part of it.
	if m+1 < last && a.text(m) == "(" && a.toks[m-1].Is(Upper) {
		for j := m + 1; j < last && j-m < 8; j++ {
			if a.text(j) == ")" {
				return k, j + 1, true
			}
		}
	}
	return k, m, true
}

// isEndPunct reports whether token k is punctuation that can close a sentence.
func (a *attributor) isEndPunct(k int) bool {
	if a.toks[k].Kind != Punct {
		return false
	}
	switch a.text(k) {
	case ".", "!", "?", "...", "\u2026", ";":
		return true
	}
	return false
}

// trimRight drops punctuation at the end of [k, j).
func (a *attributor) trimRight(k, j int) int {
	for j > k && (a.toks[j-1].Kind == Punct) {
		j--
	}
	return j
}

// quoteStartingAt returns the quote span that opens at token k.
func (a *attributor) quoteStartingAt(k int) (int, bool) {
	if !a.quoteTok(k) {
		return -1, false
	}
	return a.quoteAt.find(k)
}

// tokIndex maps token indexes to quote indexes, as a slice of pairs that
// sort puts in token order: a quarter of a map's memory for the same pairs.
type tokIndex []tokRef

type tokRef struct{ tok, i int32 }

// sort orders x by token, keeping the order of pairs with the same token
// (they are appended in quote order, and find answers the last, as a map
// assigned in that order would); the pairs usually come in order already.
func (x tokIndex) sort() {
	if !slices.IsSortedFunc(x, cmpTokRef) {
		slices.SortStableFunc(x, cmpTokRef)
	}
}

func cmpTokRef(a, b tokRef) int { return cmp.Compare(a.tok, b.tok) }

// find returns the quote index of the last pair for token k.
func (x tokIndex) find(k int) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(x[m].tok) <= k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo > 0 && int(x[lo-1].tok) == k {
		return int(x[lo-1].i), true
	}
	return -1, false
}

// quoteEndingAt returns the quote whose closing mark is token k.
func (a *attributor) quoteEndingAt(k int) (int, bool) {
	if !a.quoteTok(k) {
		return -1, false
	}
	return a.quoteEnd.find(k)
}

// quoteTok reports whether token k opens or closes a quote span.
func (a *attributor) quoteTok(k int) bool {
	return k >= 0 && k/64 < len(a.quoteToks) && a.quoteToks[k/64]&(1<<(k%64)) != 0
}

var placePreps = &wordList{bars: "|in|at|on|during|after|before|from|outside|inside|near|via|"}

// invertedSource reports whether [s, e) after a cue reads as the speaker of
// an inversion ("…, said Brandt, a former executive."): it ends the sentence
// or is followed by a comma or a phrase of time or place.
func (a *attributor) invertedSource(s, e, last int) bool {
	if e >= last || a.isEndPunct(e) || a.text(e) == "," || a.toks[e].Kind == QuoteMark {
		return a.toks[s].Is(Upper) || a.lowerIn(subjectPronouns, s) || a.lowerIn(determiners, s) || a.lowerIn(quantifiers, s)
	}
	return a.lowerIn(placePreps, e) || a.lowerIn(timeWords, e)
}

// quoteSource reports whether [s, e) after “Q,” said reads as its speaker
// even where invertedSource is not sure: any noun phrase ("one party
// activist", "former Sen. Evan Bayh") that a relative clause, a
// prepositional phrase or punctuation ends ("a source who …").
func (a *attributor) quoteSource(s, e, last int) bool {
	if a.toks[s].Kind != Word && (a.toks[s].Kind != Number || e-s < 2) {
		return false // a number opens a phrase: "9/11 widow Ana Ruiz"
	}
	return e >= last || a.toks[e].Kind != Word || a.lowerIn(npStop, e)
}

var weekdays = &wordList{bars: "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"}

var timeWords = &wordList{bars: "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|last|this|next|week|month|year|morning|afternoon|evening|night|recently|again|also|repeatedly|privately|publicly|separately|"}

var adjunctNouns = &wordList{bars: "|statement|interview|tweet|post|speech|letter|email|release|conference|briefing|rally|hearing|" +
	"event|appearance|media|twitter|facebook|television|radio|podcast|blog|website|network|memo|report|" +
	"video|broadcast|address|"}

// skipAdjunct skips time words and phrases like "in a statement" after a cue.
func (a *attributor) skipAdjunct(k, last int) int {
	for k < last {
		w := a.lower(k)
		if inList(timeWords, w) && a.toks[k].Kind == Word && !(w == "this" && k+1 < last && !a.lowerIn(timeWords, k+1)) &&
			!(k+1 < last && (a.text(k+1) == "'s" || a.text(k+1) == "’s")) {
			k++
			continue
		}
		if w == "on" && k+1 < last && a.lowerIn(timeWords, k+1) {
			k += 2
			continue
		}
		if w == "in" || w == "at" || w == "during" || w == "on" {
			found := -1
			for m := k + 1; m < last && m-k <= 5; m++ {
				if a.lowerIn(adjunctNouns, m) {
					found = m
				}
				if a.text(m) == "," || a.lower(m) == "that" {
					break
				}
			}
			if found > 0 {
				k = found + 1
				continue
			}
		}
		break
	}
	return k
}

// forDuration returns the end of a duration that starts with "for" at token
// k and ends before end ("for months", "for the first time", "for several
// weeks"), or k when there is none.
func (a *attributor) forDuration(k, end int) int {
	if k >= end || a.lower(k) != "for" {
		return k
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		w := a.lower(j)
		if inList(durationNouns, w) {
			return j + 1
		}
		if !inList(durationWords, w) && !a.quantityAt(j) {
			return k
		}
	}
	return k
}

var durationNouns = &wordList{bars: "|time|times|while|minutes|hours|days|weeks|months|years|decades|day|week|month|year|decade|"}

var durationWords = &wordList{bars: "|the|a|first|second|last|some|several|many|few|long|more|than|nearly|almost|over|"}

// quantityAt reports whether token k starts an amount: a number ("2,000",
// "$5", "40%") or a number word ("half", "two", "dozens").
func (a *attributor) quantityAt(k int) bool {
	t := a.text(k)
	if t != "" && (t[0] >= '0' && t[0] <= '9' || t[0] == '$') {
		return true
	}
	return a.lowerIn(quantityWords, k)
}

var quantityWords = &wordList{bars: "|half|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|hundreds|" +
	"dozen|dozens|thousand|thousands|million|millions|billion|one-third|one-quarter|two-thirds|one-fifth|"}

// cueToContent returns the end of a cue whose content on the right starts
// after a preposition: the preposition belongs to the cue ("raised questions
// about [the plan]", "accused of [lying]"). Otherwise it returns cue.last.
func (a *attributor) cueToContent(cue cueHit, content Span) int {
	k := cue.last
	if k+1 >= len(a.toks) || int(a.toks[k].End) >= content.Start || int(a.toks[k+1].Start) != content.Start {
		return cue.last
	}
	switch a.lower(k) {
	case "of":
		if a.lowerIn(sayWriteForms, cue.verb) {
			return cue.last // "said of the plan": PolNeAR leaves "of" out 38 times in 55 on train
		}
		return k + 1
	case "about", "for", "on", "against", "as", "by", "over", "with":
		return k + 1
	}
	return cue.last
}

var sayWriteForms = &wordList{bars: "|say|says|said|saying|write|writes|wrote|writing|"}

// claimOf builds a claim and resolves its claimant.
func (a *attributor) addClaim(se Sentence, src *[2]int, cue cueHit, addr *[2]int, content Span, rule string, conf float64) *Claim {
	if addr == nil && (src == nil || src[1] <= cue.first) {
		cue.last = a.cueToContent(cue, content)
	}
	content = a.overOpenQuote(content)
	c := a.d.claimBlock.new()
	*c = Claim{Kind: ClaimIndirect, Cue: a.d.spanPtr(a.span(cue.first, cue.last)), Content: a.d.spanPtr(content), Rule: rule, Confidence: conf}
	if src != nil {
		c.Source = a.d.spanPtr(a.span(src[0], src[1]))
		if act := a.resolveSource(src[0], src[1], se); act != nil {
			c.Claimant = act.ID
		}
	}
	if addr != nil {
		c.Addressee = a.d.spanPtr(a.span(addr[0], addr[1]))
	}
	a.d.Claims = append(a.d.Claims, c)
	a.claimStart[a.sent+1] = int32(len(a.d.Claims))
	return c
}

// overOpenQuote returns content extended to the closing mark of a quote
// that opens inside it and closes after its end: the quoted words are one
// piece of speech, even when they run over several sentences (she said
// that “the fares will rise. We have no choice.”). Other contents are
// returned as they are.
func (a *attributor) overOpenQuote(content Span) Span {
	last := sort.Search(len(a.toks), func(i int) bool { return int(a.toks[i].End) >= content.End }) // last token of content
	if last >= len(a.toks) || int(a.toks[last].End) != content.End || !a.inQuote[last] {
		return content
	}
	for k := last; k >= 0 && int(a.toks[k].Start) > content.Start; k-- {
		i, ok := a.quoteStartingAt(k)
		if !ok {
			continue
		}
		q := a.d.quoteSpans[i]
		if q.close > last {
			content.End = int(a.toks[q.close].End)
		}
		return content
	}
	return content
}

func (a *attributor) sentence(se Sentence) {
	a.transcript(se)
	a.pollOpener(se)
	hits := a.cues(se)
	cuts := a.contentCuts(se)
	ends := a.ends[:0]
	for range hits {
		ends = append(ends, se.Last)
	}
	a.ends = ends
	var prev *Claim
	var prevSrc *[2]int
	for hi, h := range hits {
		if a.hypothetical(h) {
			if s, e, ok := a.npLeft(h.first, se.First); ok {
				a.resolveSource(s, e, se) // no claim, but "he" in "said he would" still mentions someone
			}
			continue
		}
		last := se.Last
		// Content on the right stops where the next cue's own clause starts.
		rightEnd := a.trimRight(h.last, last)
		if hi+1 < len(hits) {
			n := hits[hi+1]
			if s, _, ok := a.npLeft(n.first, h.last); ok {
				cut := s
				for cut > h.last && (a.toks[cut-1].Kind == Punct || a.lower(cut-1) == "while" || a.lower(cut-1) == "and" || a.lower(cut-1) == "but" || a.lower(cut-1) == "whereas") {
					cut--
				}
				if cut > h.last+1 && a.text(cut) == "," || (cut < s) {
					rightEnd = min(rightEnd, cut)
				}
			} else if cut, ok := a.clauseBreak(h.last, n.first); ok {
				rightEnd = min(rightEnd, cut)
			} else if n.first-1 > h.last && a.text(n.first-1) == "," && a.relativeCue(h, se) {
				rightEnd = min(rightEnd, n.first-1) // "Okafor, who has endorsed Ruiz, said …"
			} else if a.sharedCue(n) || n.first > h.last && a.lower(n.first-1) == "and" {
				cut := n.first
				for cut > h.last && (a.lower(cut-1) == "and" || a.text(cut-1) == ",") {
					cut--
				}
				rightEnd = min(rightEnd, cut)
			}
		}
		rightEnd = cutAfter(cuts, h.last, rightEnd)
		ends[hi] = rightEnd
		if h.cue.Class == "source" {
			a.accordingTo(se, h)
			continue
		}
		// Left context: a comma or a closing quote right before the cue
		// means the content came first.
		p := h.first
		for p > se.First && a.toks[p-1].Kind == Word && a.lowerIn(auxAdverbs, p-1) {
			p--
		}
		ing := strings.HasSuffix(a.lower(h.verb), "ing")
		shared := a.sharedCue(h)
		if s, e, ok := a.appositive(p, se.First); ok && !ing {
			src := [2]int{s, e}
			if c, _ := a.sourceCueContentAfterQuote(se, h, &src, rightEnd, 0.8); c != nil {
				a.appositiveRole(c, s, p-1)
				prev, prevSrc = c, &src
				continue
			}
			if a.quoteBeforeSource(se, s) {
				// “Q,” Ruiz, a port official, said on Monday: the quote is
				// what she said; the words after the cue are circumstances.
				if content, ok := a.leftContent(se, s-1); ok {
					c := a.addClaim(se, &src, h, nil, content, "content-source-cue", 0.8)
					a.appositiveRole(c, s, p-1)
					prev, prevSrc = c, &src
					continue
				}
			}
		}
		_, closes := a.quoteEndingAt(p - 1)
		if p > se.First && (a.text(p-1) == "," || closes) {
			// Inversion: C, said X.
			s, e, ok := a.npRight(h.last, last)
			// "…, Ruiz said Tuesday.": a time after the cue is no speaker.
			if ok && a.lowerIn(timeWords, s) {
				ok = false
			}
			if ok && !ing && h.cue.Class == "speech" && h.cue.Lemma != "tell" && isAttributionVerb(a.text(h.verb)) && (a.invertedSource(s, e, last) || closes && a.quoteSource(s, e, last)) &&
				!a.describedSubject(se, h, p-1) {
				e = a.appositiveAfter(a.sourceTail(e, last), last)
				content, ok2 := a.leftContent(se, p-1)
				if ok2 {
					src := [2]int{s, e}
					prev = a.addClaim(se, &src, h, nil, content, "content-cue-source", 0.8)
					prevSrc = &src
					continue
				}
			}
			// "…, adding that C": the source of the claim before.
			if prev != nil && shared {
				if addr, content, ok := a.rightWithAddressee(h, rightEnd, se); ok {
					c := a.addClaim(se, prevSrc, h, addr, content, "shared-source", 0.6)
					c.Claimant = prev.Claimant
					continue
				}
			}
		}
		if prev == nil && shared {
			// "Trump admires Putin, comparing him …": the subject of the
			// sentence speaks when no claim came before.
			if s, e, ok := a.npRight(a.subjectFrom(se, h.first), h.first); ok && !a.lowerIn(npStop, s) && (a.toks[s].Is(Upper) || a.subjectStartsAt(s, h.first)) {
				src := [2]int{s, e}
				k, addr := h.last, (*[2]int)(nil)
				if h.cue.Addressee {
					if as, ae, ok := a.addressee(k, rightEnd); ok && ae < rightEnd && a.lower(ae) == "that" {
						addr, k = &[2]int{as, ae}, ae // "is warning voters that …"
					}
				}
				if content, ok := a.rightContentFrom(k, rightEnd, se); ok {
					prev = a.addClaim(se, &src, h, addr, content, "sentence-subject", 0.5)
					prevSrc = &src
					continue
				}
			}
		}
		if a.askedOpener(se, h, p) {
			// "Asked whether she would run, Ruiz said …": the question is
			// the content, Ruiz the one asked.
			if c, _ := a.ingOpener(se, h); c != nil {
				// The one asked is the addressee; who asked is not said.
				c.Rule, c.Addressee, c.Source, c.Claimant = "asked-opener", c.Source, nil, ""
				continue
			}
		}
		if prev != nil && a.lower(h.verb) == "asked" && p > se.First && a.lower(p-1) == "when" {
			// "…, Ruiz said when asked about the vote": the one who spoke
			// was asked, by someone the sentence does not name.
			if content, ok := a.rightContentFrom(h.last, rightEnd, se); ok {
				a.addClaim(se, nil, h, prevSrc, content, "asked-when", 0.6)
				continue
			}
		}
		if ing && (p == se.First || p == se.First+1 && a.lowerIn(gerundOpeners, se.First)) && h.last == h.first+1 && !a.lowerIn(circumstantialIng, h.verb) {
			// "Citing a new poll, Ruiz said …": the subject after the
			// opening phrase speaks; the phrase's object is the content.
			if c, src := a.ingOpener(se, h); c != nil {
				prev, prevSrc = c, src
				continue
			}
		}
		if h.first == se.First && (a.lower(h.verb) == "said" || a.lower(h.verb) == "says") {
			if c, src := a.saidOpener(se, h); c != nil {
				prev, prevSrc = c, src
				continue
			}
		}
		s, e, ok := a.npLeft(h.first, se.First)
		if ok {
			s = a.participleHead(s, se.First)
		}
		full := false
		if ok && a.insideWhoClause(se, s) {
			// "An official who was not authorized to discuss the talks
			// said": the noun phrase before the cue ends a relative
			// clause; the subject is the whole phrase.
			floor := se.First
			if hi > 0 {
				floor = hits[hi-1].last
			}
			if ls, ok2 := a.fullSubject(se, p, floor); ok2 && ls < s {
				s, e, full = ls, p, true
			}
		}
		if !ok && p > se.First && a.text(p-1) == "," && !ing {
			// "Richard Revesz, director of …, said …": the subject with
			// its description, from the start of the clause to the comma.
			if ls, ok2 := a.subjectStart(se, p-1); ok2 {
				s, e, ok = ls, p, true
				if m := a.commaAside(ls, p-1); m > 0 {
					e = m // "Ruiz, speaking in Velmont, said": the aside is no part of her
				}
			}
		}
		if !ok {
			floor := se.First
			if hi > 0 {
				floor = hits[hi-1].last
			}
			if ls, ok2 := a.fullSubject(se, p, floor); ok2 {
				s, e, ok, full = ls, p, true, true
			}
		}
		if !ok && prev == nil && p > se.First && (a.lower(p-1) == "and" || a.lower(p-1) == "but") {
			// "Ruiz thanked the crowd and said …": the subject of the
			// sentence, a name or a pronoun, speaks.
			f := a.subjectFrom(se, p-1)
			if s, e, ok := a.npRight(f, p-1); ok && e-s <= 4 && e < p-1 && !a.lowerIn(npStop, s) && (a.toks[s].Is(Upper) || a.lowerIn(subjectPronouns, s)) {
				src := [2]int{s, e}
				if c, _ := a.sourceCueContent(se, h, &src, rightEnd, 0.5); c != nil {
					c.Rule = "sentence-subject"
					prev, prevSrc = c, &src
				}
				continue
			}
		}
		if !ok {
			// "…, adding that …" and "… and said that …": the source of the
			// claim before.
			if prev != nil && (shared || h.first > se.First && (a.lower(h.first-1) == "and" || a.lower(h.first-1) == "but")) {
				if addr, content, ok := a.rightWithAddressee(h, rightEnd, se); ok {
					c := a.addClaim(se, prevSrc, h, addr, content, "shared-source", 0.6)
					c.Claimant = prev.Claimant
				}
			}
			continue
		}
		src := [2]int{s, e}
		if ing {
			if is, ie, ok := a.issuer(se, src); ok {
				// "the DNC issued a statement apologizing …": who
				// issued the text speaks through it.
				src = [2]int{is, ie}
			}
		}
		noSource := a.prepPhrase(src)
		if noSource && ing && a.lowerIn(docNouns, src[1]-1) {
			// "In a statement announcing the pick, …": the text speaks.
			src[0]++
			noSource = false
		}
		if (h.cue.Lemma == "seem" || h.cue.Lemma == "appear" || a.passiveCue(h)) && a.insideClaim(h) {
			continue // "Ruiz said the vote is expected to pass": the expectation is hers
		}
		if a.reducedActive(h) && a.insideClaim(h) {
			continue // "said the ad shows Americans supporting Ruiz": the participle describes them
		}
		if evidenceLemma(h.cue.Lemma) && !a.toks[s].Is(Upper) && a.insideClaim(h) {
			continue // "Bamberg said the videos show Scott leaving": what the videos show is his claim
		}
		if e == s+1 && (a.lower(s) == "i" || a.lower(s) == "we") && a.insideClaim(h) {
			continue // "Ruiz recommends the two guides I wrote": the writer's own narration, inside her claim
		}
		if h.cue.Class == "stance" && a.ownStance(h, src, se) {
			continue // "Ruiz said she thinks the fee is fair": what she thinks is what she claims
		}
		if a.insideClaim(h) && !a.passive(h) && !a.reducedPassive(h, e) && a.namesNobody(s, e, se) {
			continue // "Ruiz said anyone who complains about the fee is wrong": no actor speaks but Ruiz
		}
		if e > s+1 && a.lowerIn(causatives, s) && a.lower(s+1) != "'s" && a.lower(s+1) != "’s" {
			continue // "let editorials tell them how to vote": a verb after a causative's object
		}
		if a.openClause(s, se) {
			a.resolveSource(s, e, se) // no claim, but "they" in "if they vote for" still mentions someone
			continue                  // "if voters back the fee", "asked whether she supports it": a condition or a question
		}
		if c := a.raising(se, h, src, rightEnd); c != nil {
			prev, prevSrc = c, nil
			continue
		}
		if a.reducedPassive(h, e) {
			// "a practice criticized by the union": a passive that
			// modifies the noun before it, whose agent is the source.
			// Inside another claim's content it stays a claim of its
			// own (the agent is an actor, and nested claims are separate,
			// GUIDELINES.md) whose content is the noun phrase from its
			// determiner: the subject found before it is the outer
			// claim's content.
			if a.insideClaim(h) {
				src = [2]int{h.first - 1, h.first}
				for j := h.first - 1; j >= se.First && j >= h.first-4 && a.toks[j].Kind == Word; j-- {
					if a.lowerIn(determiners, j) {
						src[0] = j
						break
					}
				}
			}
			if c, agent := a.agentClaim(se, h, src, rightEnd); c != nil {
				prev, prevSrc = c, agent
				continue
			}
		}
		if a.passive(h) {
			// "Ruiz was asked by reporters whether …": the agent after
			// "by" speaks, or nobody the sentence names.
			if c, agent := a.passiveClaim(se, h, rightEnd); c != nil {
				prev, prevSrc = c, agent
				continue
			}
			if c, agent := a.agentClaim(se, h, src, rightEnd); c != nil {
				prev, prevSrc = c, agent
				continue
			}
		}
		if c := a.contentAround(se, h, &src, rightEnd); c != nil {
			prev, prevSrc = c, &src
			continue
		}
		c, addr := a.sourceCueContentAfterQuote(se, h, &src, rightEnd, 0.85)
		if c != nil && noSource {
			c.Source, c.Claimant = nil, "" // "In a widely read column": no speaker named
		}
		if c != nil {
			if full {
				c.Rule, c.Confidence = "clause-subject", 0.6
			}
			if h.cue.Lemma == "seem" || h.cue.Lemma == "appear" {
				// "Ruiz seemed to suggest …": the impression is the
				// reporter's, so no words name a source; the claimant stays,
				// so that a quote in the content keeps its speaker.
				c.Source = nil
			}
			if g := src[0] - 1; g > se.First && a.lowerIn(gapWords, g) && !a.lowerIn(relativePreps, g-1) &&
				c.Content != nil && inList(gapFollowers, firstWordLower(a.s[c.Content.Start:c.Content.End])) {
				// "which the bank detailed in its filings", "what she
				// said when she resigned": the cue's object is the word
				// before its subject; what follows is circumstance.
				c.Content = a.d.spanPtr(a.span(g, g+1))
			}
			if e < p && p-1 > se.First && (a.lower(p-1) == "who" || a.lower(p-1) == "which") {
				// "Ruiz, who said …": the relative pronoun is the source
				// in the text; the claimant is still Ruiz.
				c.Source = a.d.spanPtr(a.span(p-1, p))
			}
			prev, prevSrc = c, &src
			continue
		}
		// C1, X said, C2. / C1, as X said, C2.
		if content, other, ok := a.aroundContent(se, s, h, a.parenEnd(h, se, cuts, rightEnd)); ok {
			if other.Len() > 0 {
				a.addClaim(se, &src, h, addr, other, "parenthetical", 0.7)
			}
			prev = a.addClaim(se, &src, h, addr, content, "parenthetical", 0.7)
			prevSrc = &src
			continue
		}
		// C, X said.
		if s > se.First && (a.text(s-1) == "," || a.toks[s-1].Kind == QuoteMark) {
			if content, ok := a.leftContent(se, s-1); ok {
				prev = a.addClaim(se, &src, h, addr, content, "content-source-cue", 0.85)
				prevSrc = &src
			}
		}
	}
	a.leftovers(se, hits, ends)
}

// hypothetical reports a cue under a modal ("would vote for", "could
// embrace", "won't accept") inside the content of a claim already made in
// its sentence: "Ruiz said the union would reject the offer" tells what
// Ruiz claims, not that the union said anything, as a plan or an intent is
// no claim either. On PolNeAR train 8 of 170 such cues are marked. An
// intent cue ("said she wants to run") inside a claim is one too.
func (a *attributor) hypothetical(h cueHit) bool {
	return (modalWord(a.lower(h.first)) || a.intent(h)) && a.insideClaim(h)
}

// intent reports a cue that states an intent to act: "want", "wish" or
// "decide" before "to" and a verb ("said she wants to run"). Like "plans
// to", an intent is no claim; inside another claim's content it is part of
// that content (PolNeAR train: 7 of 81 such nested cues are marked).
func (a *attributor) intent(h cueHit) bool {
	switch h.cue.Lemma {
	case "want", "wish", "decide":
	default:
		return false
	}
	k := h.last
	return k+1 < len(a.toks) && a.lower(k) == "to" && a.toks[k+1].Kind == Word && !a.toks[k+1].Is(Upper)
}

// insideClaim reports whether cue h starts inside the content of an
// indirect claim already made in its sentence.
func (a *attributor) insideClaim(h cueHit) bool {
	start := int(a.toks[h.first].Start)
	for _, c := range a.d.Claims[a.claimStart[a.sent]:] {
		if c.Kind == ClaimIndirect && c.Content != nil && c.Content.Start <= start && start < c.Content.End {
			return true
		}
	}
	return false
}

// modalWord reports a modal auxiliary, negated or not ("would",
// "couldn't", "won't", "’ll").
func modalWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "n't"), "n’t")
	return inList(modalWords, w)
}

var modalWords = &wordList{bars: "|will|would|could|can|ca|may|might|should|must|shall|wo|cannot|'ll|’ll|"}

// degreeWords make the participle after them an adjective ("more detailed").
var degreeWords = &wordList{bars: "|more|less|very|highly|"}

// raising reads "Ruiz seems to favour the plan", "The plan appears doomed"
// and passives without an agent ("The vote is expected to pass", "Brandt
// was accused of lying"): nobody is said to claim anything, and the subject
// [subj) and the complement together are the content. It gives two claims
// without a source and with the same cue, one for the subject and one for
// the complement, as a split quote does (rule "raising"); with "it" as the
// subject ("It was reported that …") the complement alone. It returns nil
// when the cue is none of these or nothing follows it.
func (a *attributor) raising(se Sentence, h cueHit, subj [2]int, rightEnd int) *Claim {
	if h.cue.Lemma != "seem" && h.cue.Lemma != "appear" && !a.passiveCue(h) {
		return nil
	}
	rightEnd = a.raisingEnd(h.last, rightEnd)
	content, ok := a.rightContentFrom(h.last, rightEnd, se)
	if !ok {
		return nil
	}
	h.last = a.cueToContent(h, content) // one cue for both claims
	var agent *[2]int
	if h.cue.Lemma != "seem" && h.cue.Lemma != "appear" {
		agent = a.laterAgent(h.last, rightEnd)
	}
	if subj[1]-subj[0] == 1 && a.lower(subj[0]) == "it" {
		return a.addClaim(se, agent, h, nil, content, "raising", 0.5)
	}
	a.addClaim(se, agent, h, nil, a.span(subj[0], subj[1]), "raising", 0.5)
	return a.addClaim(se, agent, h, nil, content, "raising", 0.5)
}

// laterAgent returns the agent of a passive after its complement, within
// six words of token k and before any punctuation: "has been called a
// charlatan by fellow physicians", "are considered unclean by Muslims".
func (a *attributor) laterAgent(k, end int) *[2]int {
	for m := k + 1; m+1 < end && m-k <= 6 && a.toks[m].Kind == Word; m++ {
		if a.lower(m) == "by" {
			if s, e, ok := a.npRight(m+1, end); ok && !strings.HasSuffix(a.lower(s), "ing") {
				for j := s + 1; j < e; j++ {
					if a.lower(j) == "for" {
						e = j // "by fellow doctors for his cures": the reason is no part of them
						break
					}
				}
				return &[2]int{s, e}
			}
			return nil
		}
	}
	return nil
}

// raisingEnd returns where the complement of a raising or passive cue that
// ends at token k stops, given the end of the sentence's content on the
// right: at the first comma outside a quote ("is expected to pass, though
// …", "seems to enjoy the plan, which …"), since the complement is a short
// predicate, not a clause that runs on.
func (a *attributor) raisingEnd(k, end int) int {
	for m := k + 1; m < end; m++ {
		if a.text(m) == "," && !a.inQuote[m] && !a.quoteTok(m-1) {
			return m
		}
	}
	return end
}

// passiveCue reports a one-word cue in the passive with no agent after it:
// "is expected", "was accused of", "has been criticized for", not "was
// endorsed by" or "was quoted as saying".
func (a *attributor) passiveCue(h cueHit) bool {
	if h.last > h.verb+1 && a.lower(h.last-1) != "of" && a.lower(h.last-1) != "for" && a.lower(h.last-1) != "as" {
		return false
	}
	be := false
	for k := h.first; k < h.verb; k++ {
		switch a.lower(k) {
		case "is", "are", "was", "were", "be", "been", "being":
			be = true
		}
	}
	if !be {
		return false
	}
	switch w := a.lower(h.verb); {
	case strings.HasSuffix(w, "ed"), w == "thought", w == "seen", w == "said", w == "told", w == "known", w == "shown",
		w == "found", w == "written", w == "heard", w == "understood":
	default:
		return false
	}
	return h.last >= len(a.toks) || a.lower(h.last) != "by"
}

// contentAround reads the content of a source and cue that follow their
// content or part of it. "A, Ruiz said, B." gives two claims with the same
// source and cue, one for A and one for B, as a split quote does (rule
// "split-content"). "“Q,” Ruiz said of the plan." reads Q, not the topic
// after the cue. In "“A,” the narrator says, “B.”" it adds the claim of A
// and returns nil, so that the caller reads B as well. It returns the last
// claim added, or nil when neither applies.
func (a *attributor) contentAround(se Sentence, h cueHit, src *[2]int, rightEnd int) *Claim {
	s := src[0]
	if s <= se.First+1 {
		return nil
	}
	k := a.skipAdjunct(h.last, se.Last)
	_, quoteBefore := a.quoteEndingAt(s - 1)
	if !quoteBefore && a.text(s-1) == "," {
		_, quoteBefore = a.quoteEndingAt(s - 2)
	}
	if a.text(s-1) == "," && !quoteBefore {
		// A, Ruiz said, B.
		if k+1 >= rightEnd || a.text(k) != "," || a.toks[k+1].Kind == QuoteMark ||
			!a.toks[k+1].Is(Upper) && strings.HasSuffix(a.lower(k+1), "ing") {
			return nil // not "…, officials said, raising hopes …"
		}
		left, ok := a.leftContent(se, s-1)
		end := a.trimRight(k+1, rightEnd)
		if !ok || end <= k+1 {
			return nil
		}
		a.addClaim(se, src, h, nil, left, "content-source-cue", 0.8)
		return a.addClaim(se, src, h, nil, a.span(k+1, end), "split-content", 0.7)
	}
	if !quoteBefore {
		return nil
	}
	// “Q,” Ruiz said of the plan / to reporters / on Monday.
	split := false
	if k < se.Last && !a.isEndPunct(k) {
		switch a.lower(k) {
		case "of", "about", "to", "with", "at", "on", "in", "during", "after", "before", "while", "when", "as":
		case ",":
			// “A,” the narrator says, “B.”: A here (a quote that opens
			// the sentence and ends with a comma, inside or after its
			// marks); the caller reads B.
			_, split = a.quoteStartingAt(k + 1)
			qe := s - 1
			if a.text(qe) == "," {
				qe--
			}
			if qi, ok := a.quoteEndingAt(qe); !split || !ok || a.d.quoteSpans[qi].open != se.First || a.text(s-1) != "," && a.text(s-2) != "," {
				return nil
			}
		default:
			return nil
		}
	}
	q := s - 1
	if a.text(q) == "," {
		q--
	}
	left, ok := a.leftContent(se, q)
	if !ok {
		return nil
	}
	c := a.addClaim(se, src, h, nil, left, "content-source-cue", 0.85)
	if split {
		return nil
	}
	return c
}

// appositive finds "Name, the finance minister," right before token p (the
// cue after adverbs): a name and a descriptive phrase between commas.
func (a *attributor) appositive(p, first int) (int, int, bool) {
	if p-1 <= first || a.text(p-1) != "," {
		return 0, 0, false
	}
	s2, _, ok := a.npLeft(p-1, first)
	if !ok || s2-1 <= first || a.text(s2-1) != "," || !a.lowerIn(determiners, s2) && !a.toks[s2].Is(Upper) {
		return 0, 0, false
	}
	s1, e1, ok := a.npLeft(s2-1, first)
	if !ok || !a.toks[e1-1].Is(Upper) && !a.toks[p-2].Is(Upper) {
		return 0, 0, false // neither side is a name
	}
	return s1, p, true // PolNeAR's sources keep the closing comma
}

// appositiveRole gives the person a claim names in "Velmont's mayor, Lina
// Okafor," or "Ana Ruiz, the finance minister," the descriptive half of the
// pair as a role, when it holds a title word. [s, c) is the pair without its
// closing comma.
func (a *attributor) appositiveRole(c *Claim, s, end int) {
	var act *Actor
	for _, x := range a.d.Actors {
		if x.ID == c.Claimant {
			act = x
			break
		}
	}
	if act == nil || act.Type != Person {
		return
	}
	mid := -1
	for k := s; k < end; k++ {
		if a.text(k) == "," {
			mid = k
			break
		}
	}
	if mid < 0 {
		return
	}
	for _, part := range [2][2]int{{s, mid}, {mid + 1, end}} {
		if part[1] <= part[0] || a.actorIn(a.span(part[0], part[1])) != nil {
			continue
		}
		k := part[0]
		if a.lower(k) == "the" || a.lower(k) == "a" || a.lower(k) == "an" {
			k++
		}
		if k >= part[1] {
			continue
		}
		title := false
		for m := k; m < part[1]; m++ {
			w := a.text(m)
			if lexicon.IsTitleWord(w) || lexicon.IsTitleWord(strings.ToUpper(w[:1])+w[1:]) {
				title = true
			}
		}
		if role := a.s[a.toks[k].Start:a.toks[part[1]-1].End]; title && !contains(act.Roles, role) {
			act.Roles = append(act.Roles, role)
		}
	}
}

// sourceCueContent adds the claim "X said (to Y) (that) C" for the cue h
// with the source src, reading the addressee and the content on the right
// up to end. It returns nil and the addressee it read when there is no
// content on the right.
func (a *attributor) sourceCueContent(se Sentence, h cueHit, src *[2]int, end int, conf float64) (*Claim, *[2]int) {
	addr, content, ok := a.rightWithAddressee(h, end, se)
	if !ok {
		return nil, addr
	}
	return a.addClaim(se, src, h, addr, content, "source-cue-content", conf), addr
}

// sourceCueContentAfterQuote is sourceCueContent, except that after a quote
// that ends right before the source (“Q,” Ruiz told Radio Norte on Monday)
// the quote is what was said, so the words after the cue are the addressee
// and the circumstances, not a second content: they are read as a content
// only when they open a clause of their own (“Q,” Ruiz said that …, “Q,” she
// said he …) or the second half of a split quote (“Q,” she said, “R.”).
func (a *attributor) sourceCueContentAfterQuote(se Sentence, h cueHit, src *[2]int, end int, conf float64) (*Claim, *[2]int) {
	if !a.quoteBeforeSource(se, src[0]) {
		return a.sourceCueContent(se, h, src, end, conf)
	}
	addr, content, ok := a.rightWithAddressee(h, end, se)
	if !ok {
		return nil, addr
	}
	if w := firstWordLower(a.s[content.Start:content.End]); !inList(clauseOpeners, w) && !inList(subjectPronouns, w) && !opensQuote(a.s[content.Start:content.End]) {
		return nil, addr
	}
	return a.addClaim(se, src, h, addr, content, "source-cue-content", conf), addr
}

// quoteBeforeSource reports whether a quote of sentence se closes right
// before token s, or before a comma right before it.
func (a *attributor) quoteBeforeSource(se Sentence, s int) bool {
	if s-1 <= se.First {
		return false
	}
	if i, ok := a.quoteEndingAt(s - 1); ok {
		return !a.namedQuote(se, i)
	}
	if s-2 > se.First && a.text(s-1) == "," {
		i, ok := a.quoteEndingAt(s - 2)
		return ok && !a.namedQuote(se, i)
	}
	return false
}

// namedQuote reports whether quote i opens after a word of sentence se:
// a name or a term inside an opening phrase ("On “Harbour Hour,” Ruiz
// said …", "Calling the plan a “gift,” Okafor urged …"), not speech that
// a source after it reports.
func (a *attributor) namedQuote(se Sentence, i int) bool {
	o := a.d.quoteSpans[i].open
	return o > se.First && a.toks[o-1].Kind == Word
}

// gapWords stand for the object of a cue whose subject follows them
// ("which the bank detailed", "what Ruiz said"); gapFollowers open the
// circumstance after such a cue rather than its content.
var (
	gapWords     = &wordList{bars: "|which|what|whatever|something|everything|anything|"}
	gapFollowers = &wordList{bars: "|when|while|after|before|because|but|and|under|during|in|on|at|by|with|from|until|since|"}
)

// clauseOpeners are the words that open a reported clause whose subject
// follows them.
var clauseOpeners = &wordList{bars: "|that|if|whether|how|why|what|where|"}

// opensQuote reports whether s starts with a quotation mark: the second
// half of a split quote, “A,” she said, “B.”
func opensQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("“\"‘'«„‚「", r)
}

// firstWordLower returns the first run of letters of s, lower-cased.
func firstWordLower(s string) string {
	i := strings.IndexFunc(s, unicode.IsLetter)
	if i < 0 {
		return ""
	}
	j := strings.IndexFunc(s[i:], func(r rune) bool { return !unicode.IsLetter(r) })
	if j < 0 {
		j = len(s) - i
	}
	return strings.ToLower(s[i : i+j])
}

// appositiveAfter extends an inverted source over the description that
// follows it ("said Kenneth Baer, a former official who runs a firm"), up
// to the end of the sentence or a quote that continues the speech.
func (a *attributor) appositiveAfter(e, last int) int {
	if e+1 >= last || a.text(e) != "," || a.toks[e+1].Kind != Word && a.toks[e+1].Kind != Number {
		return e // "said Ruiz, 44, a farmer": the age opens the description
	}
	if w := a.lower(e + 1); strings.HasSuffix(w, "ing") && !a.toks[e+1].Is(Upper) || inList(asidePreps, w) {
		return e // "said Ruiz, referring to …", "said Ruiz, on her first day": what she did, not who she is
	}
	end := e + 1
	for end < last {
		if a.text(end) == "," && end+1 < last && a.toks[end+1].Kind == QuoteMark {
			break
		}
		if a.toks[end].Kind == QuoteMark {
			break
		}
		end++
	}
	return a.trimRight(e, end)
}

// askedOpener reports "Asked …," or "When asked …," opening the sentence
// with the cue h (after its auxiliaries, at p).
func (a *attributor) askedOpener(se Sentence, h cueHit, p int) bool {
	if a.lower(h.verb) != "asked" {
		return false
	}
	return p == se.First || p == se.First+1 && a.lower(se.First) == "when"
}

// gerundOpeners are the prepositions before an -ing cue that opens its
// sentence and whose subject is the subject after the comma ("In rejecting
// the appeal, the court said …", "By refusing to comment, Ruiz …").
var gerundOpeners = &wordList{bars: "|in|by|after|before|while|when|since|upon|"}

// circumstantialIng are -ing openers that set the scene for the claim
// that follows ("Speaking in Velmont, Ruiz said …") instead of making one.
var circumstantialIng = &wordList{bars: "|speaking|addressing|talking|appearing|regarding|responding|writing|referring|according|testifying|"}

// ingOpener reads "Citing a new poll, Ruiz said …": a cue in -ing that
// opens the sentence, its object up to the first comma as the content, and
// the subject after the comma as the source (rule "ing-opener").
func (a *attributor) ingOpener(se Sentence, h cueHit) (*Claim, *[2]int) {
	comma := -1
	for m := h.last; m < se.Last && m-h.last <= 25; m++ {
		if a.text(m) == "," && !a.inQuote[m] {
			comma = m
			break
		}
	}
	if comma <= h.last || comma+1 >= se.Last {
		return nil, nil
	}
	s, e, ok := a.npRight(comma+1, se.Last)
	if !ok || !(a.toks[s].Is(Upper) || a.lowerIn(subjectPronouns, s) || a.lowerIn(determiners, s) || a.toks[e-1].Is(Upper) && e-s >= 2) {
		return nil, nil // a name may end the subject: "longtime pollster Pat Caddell"
	}
	end := comma
	if a.toks[end-1].Kind == QuoteMark && end-1 > h.last {
		if _, ok := a.quoteEndingAt(end - 1); !ok {
			end-- // a closing mark that is not a quote of its own
		}
	}
	src := [2]int{s, e}
	return a.addClaim(se, &src, h, nil, a.span(h.last, end), "ing-opener", 0.6), &src
}

// aroundContent reads the content of a parenthetical cue, "C1, X said,
// C2" or "C1, as X said, C2" (or "As X said, C"): the longer of the clause
// before the source and the clause after the cue's comma, up to end. s is
// the first token of the source.
// saidOpener reads a sentence that opens with its cue: "Said Ruiz, a
// farmer: “…”". The source follows the cue (with its description) and
// the content is the quote after a comma or colon, in the sentence or
// opening the next one.
func (a *attributor) saidOpener(se Sentence, h cueHit) (*Claim, *[2]int) {
	s, e, ok := a.npRight(h.last, se.Last)
	if !ok || !(a.toks[s].Is(Upper) || a.lowerIn(determiners, s)) {
		return nil, nil
	}
	k := a.appositiveAfter(e, se.Last)
	if k < se.Last && (a.text(k) == "," || a.text(k) == ":") {
		k++
	}
	if k >= se.Last && k < len(a.toks) && k > e {
		k = se.Last
	}
	qi, ok := a.quoteStartingAt(k)
	if !ok {
		return nil, nil
	}
	src := [2]int{s, e}
	c := a.addClaim(se, &src, h, nil, a.d.quoteSpans[qi].Span, "said-opener", 0.7)
	c.Kind = ClaimDirect
	return c, &src
}

// pollOpener reads a sentence that opens with the poll or study its
// figures come from: "In a new Harbour Times poll released Monday, 48
// percent backed Ruiz." The cue is "In", the source the phrase up to the
// comma (at most 14 tokens, with a poll noun in it), the content the
// clause after the comma.
func (a *attributor) pollOpener(se Sentence) {
	k := se.First
	if k < se.Last && (a.lower(k) == "and" || a.lower(k) == "but") {
		k++
	}
	if k+3 >= se.Last || a.lower(k) != "in" || strings.HasSuffix(a.lower(k+1), "ing") {
		return // not "In offering analysis of …, Ruiz told …": a gerund, not a poll
	}
	poll := false
	for m := k + 1; m < se.Last && m-k <= 14; m++ {
		switch {
		case a.toks[m].Kind == QuoteMark:
			return
		case a.text(m) == ",":
			end := a.trimRight(m+1, se.Last)
			if !poll || m == k+1 || end-(m+1) < 3 {
				return
			}
			h := cueHit{k, k + 1, k, lexicon.Cue{Lemma: "in", Class: lexicon.ClassSource}}
			src := [2]int{k + 1, m}
			a.addClaim(se, &src, h, nil, a.span(m+1, end), "poll-opener", 0.6)
			return
		case a.lowerIn(pollNouns, m):
			poll = true
		}
	}
}

// pollNouns are the sources of figures a sentence can open with.
var pollNouns = &wordList{bars: "|poll|polls|survey|surveys|study|analysis|census|tally|count|estimate|estimates|"}

// parenEnd returns where the content after a parenthetical "X said," ends:
// the end of the sentence (or its next content cut), even when another cue
// follows, since that cue's claim is then part of what X said ("Instead,
// she said, her boss told her …"). Other cues keep end.
func (a *attributor) parenEnd(h cueHit, se Sentence, cuts []int, end int) int {
	if h.last >= se.Last || a.text(h.last) != "," || !isSayForm(a.lower(h.verb)) {
		return end
	}
	return max(end, cutAfter(cuts, h.last, a.trimRight(h.last, se.Last)))
}

// aroundContent reads the content around a parenthetical source and cue
// that starts at token s: "C1, X said, C2" and "C1, as X said, C2". It
// returns the longer side as the content and, without "as", the other side
// as a second part of the same content (as a split quote has two), or an
// empty span when that side is empty; PolNeAR marks both sides as one
// discontinuous content.
func (a *attributor) aroundContent(se Sentence, s int, h cueHit, end int) (Span, Span, bool) {
	if s <= se.First || !(a.toks[s].Is(Upper) || a.lowerIn(subjectPronouns, s) || a.lowerIn(determiners, s) || a.pluralSource(s) ||
		a.lower(s-1) == "as" && a.npWord(s)) { // "as police have said"
		return Span{}, Span{}, false
	}
	left := s - 1
	as := a.lower(left) == "as"
	if as {
		left--
	}
	lend := left // where the left side ends
	if as && left > se.First && a.toks[left].Kind == QuoteMark && a.text(left-1) == "," {
		lend = left + 1 // "C,” as the memo put it": the comma is inside the quote
	} else if left >= se.First && a.text(left) != "," {
		return Span{}, Span{}, false
	}
	if left < se.First {
		left, lend = se.First, se.First // "As X said, C"
	}
	if !as && (h.last >= se.Last || a.text(h.last) != ",") {
		return Span{}, Span{}, false
	}
	r := h.last
	if r < se.Last && a.text(r) == "," {
		r++
	}
	end = a.trimRight(r, end)
	start := se.First
	switch a.lower(start) {
	case "and", "but", "so", "or", "yet":
		start++
	}
	if end-r >= 3 && end-r >= left-start {
		if !as && left > start {
			return a.span(r, end), a.span(start, lend), true
		}
		return a.span(r, end), Span{}, true
	}
	if left-start >= 3 && (as || end-r >= 1) {
		if !as && end > r && (a.toks[r].Is(Upper) || !strings.HasSuffix(a.lower(r), "ing")) {
			// Not "…, officials said, raising hopes …": what the reporter adds.
			return a.span(start, lend), a.span(r, end), true
		}
		return a.span(start, lend), Span{}, true
	}
	return Span{}, Span{}, false
}

var beForms = &wordList{bars: "|is|are|was|were|be|been|being|"}

// passive reports a cue in the passive: a form of "be" (and adverbs) before
// a past participle ("was asked", "has been widely criticized").
func (a *attributor) passive(h cueHit) bool {
	if h.last != h.verb+1 || h.cue.Form != lexicon.FormPast && h.cue.Form != lexicon.FormParticiple {
		return false
	}
	for m := h.verb - 1; m >= h.first; m-- {
		w := a.lower(m)
		if inList(beForms, w) {
			return true
		}
		if !lyAdverb(w) && w != "not" && w != "also" && w != "never" && w != "often" && w != "repeatedly" && w != "first" && w != "widely" {
			return false
		}
	}
	return false
}

// agentTails open the content after the agent of a passive cue ("was
// asked by reporters whether …", "criticized by rivals for failing …").
var agentTails = &wordList{bars: "|that|whether|why|how|what|when|where|if|to|for|of|about|as|over|not|"}

// passiveClaim reads the claim of a passive cue h: the source is the agent
// after "by", or none; the content follows when a word of agentTails, a
// colon or a quote opens it. It returns the agent's tokens.
func (a *attributor) passiveClaim(se Sentence, h cueHit, end int) (*Claim, *[2]int) {
	k := h.last
	var src *[2]int
	if k+1 < end && a.lower(k) == "by" {
		if s, e, ok := a.npRight(k+1, end); ok {
			src = &[2]int{s, e}
			k = e
			if m := a.skipAdjunct(k, end); m < end && !a.lowerIn(agentTails, m) && a.text(m) != ":" {
				if _, q := a.quoteStartingAt(m); !q {
					// "was endorsed by dozens of papers ranging from …":
					// the agent's noun phrase goes on, and the subject is
					// the content (agentClaim).
					return nil, nil
				}
			}
		}
	}
	content, ok := a.rightContentFrom(k, end, se)
	if !ok {
		return nil, nil
	}
	return a.addClaim(se, src, h, nil, content, "passive", 0.6), src
}

// agentClaim reads a passive cue whose agent ends the clause: "The plan
// is backed by the union." The agent is the source and the subject [subj)
// the content, as PolNeAR marks them (84 of 110 passives with "by" on
// train); the cue stays without "by" (71 of 110). It returns nil when no
// agent follows the cue.
func (a *attributor) agentClaim(se Sentence, h cueHit, subj [2]int, end int) (*Claim, *[2]int) {
	k := h.last
	if k+1 >= end || a.lower(k) != "by" {
		return nil, nil
	}
	s, e, ok := a.npRight(k+1, end)
	if !ok {
		return nil, nil
	}
	agent := &[2]int{s, e}
	return a.addClaim(se, agent, h, nil, a.span(subj[0], subj[1]), "passive-agent", 0.6), agent
}

// introWords open a phrase before the subject that ends at a comma ("In
// London, …", "After the vote, …").
var introWords = &wordList{bars: "|in|on|at|after|before|from|during|despite|since|with|for|by|as|while|when|although|though|if|because|unlike|like|amid|under|until|once|without|"}

// subjectFrom returns where the subject of sentence se starts, before
// token limit: after sentence adverbs ("But"), a dateline ("WASHINGTON —")
// and an opening phrase up to its comma ("On Sunday, …").
func (a *attributor) subjectFrom(se Sentence, limit int) int {
	f := se.First
	for f < limit && a.lowerIn(sentenceAdverbs, f) && !a.lowerIn(introWords, f) {
		f++
	}
	if f+1 < limit && a.toks[f].Is(AllUpper) && isDash(a.text(f+1)) {
		f += 2 // "WASHINGTON — …"
	} else if m, ok := a.datelineEnd(f, limit); ok {
		f = m // "NEW YORK (AP) — …"
	}
	if f < limit && (a.timeOpener(f) || a.participleOpener(f)) {
		for m := f + 1; m+1 < limit && m-f <= 20; m++ {
			if a.text(m) == "," && !a.inQuote[m] && a.subjectStartsAt(m+1, limit) {
				// "Hours later, Trump …", "Chastened by the vote, as
				// well as the costs, Ruiz …": the subject after the
				// phrase, where a name or a pronoun opens it.
				f = m + 1
				break
			}
		}
	}
	if f < limit && a.lowerIn(introWords, f) {
		for m := f + 1; m < limit && m-f <= 20; m++ {
			if a.text(m) == "," && !a.inQuote[m] {
				f = m + 1
				break
			}
		}
	}
	for f < limit && a.lowerIn(sentenceAdverbs, f) && !a.lowerIn(introWords, f) {
		f++
		if f < limit && a.text(f) == "," {
			f++ // "On Thursday, however, Ruiz …"
		}
	}
	return f
}

// subjectStartsAt reports a name, a subject pronoun or "the" and a
// capitalised word at token k, before limit.
func (a *attributor) subjectStartsAt(k, limit int) bool {
	w := a.lower(k)
	if inList(subjectPronouns, w) || a.toks[k].Is(Upper) && !inList(npStop, w) && !inList(determiners, w) {
		return true
	}
	return w == "the" && k+1 < limit && a.toks[k+1].Is(Upper)
}

// datelineEnd returns the token after a dateline of capitalised words and
// an agency in brackets before a dash that opens a sentence at f ("NEW
// YORK (AP) —"), or false.
func (a *attributor) datelineEnd(f, limit int) (int, bool) {
	m := f
	for m < limit && m-f < 5 && (a.toks[m].Is(AllUpper) || a.text(m) == "," || a.text(m) == ".") {
		m++
	}
	if m == f || m >= limit {
		return 0, false
	}
	if a.text(m) == "(" {
		for m++; m < limit && a.text(m) != ")"; m++ {
			if m-f > 10 {
				return 0, false
			}
		}
		m++
	}
	if m+1 < limit && isDash(a.text(m)) {
		return m + 1, true
	}
	return 0, false
}

// participleOpener reports a participle that opens a sentence at token f
// ("Chastened by the criticism, …", "Following the meeting, …"), not a
// name the actors stage found.
func (a *attributor) participleOpener(f int) bool {
	w := a.lower(f)
	return (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && len(w) > 4 && !a.namedAt(f)
}

// timeOpener reports a phrase of time that opens a sentence at token f
// before a comma: a weekday, "this week", "last year", "hours later".
func (a *attributor) timeOpener(f int) bool {
	w := a.lower(f)
	if inList(weekdays, w) {
		return true
	}
	if f+1 >= len(a.toks) {
		return false
	}
	n := a.lower(f + 1)
	switch w {
	case "this", "last", "next", "earlier", "later":
		return inList(durationNouns, n) || inList(timeWords, n)
	}
	return inList(durationNouns, w) && (n == "later" || n == "earlier")
}

// quantifiers start subjects that are no names ("all the experts",
// "those close to him").
var quantifiers = &wordList{bars: "|all|some|many|most|several|both|few|those|these|other|others|one|two|three|"}

// finiteVerbs mark a clause of its own inside what would be a subject,
// unless a relative pronoun comes first ("the experts who have studied it").
var finiteVerbs = &wordList{bars: "|is|are|was|were|has|have|had|will|would|can|could|do|does|did|"}

// insideWhoClause reports whether the noun phrase at token s is the
// object of a verb in a relative clause opened by "who" earlier in its
// clause ("officials who gathered outside the hall"), or starts with the
// lower-case verb right after "who" ("the doctors who sent the letter").
func (a *attributor) insideWhoClause(se Sentence, s int) bool {
	if s-1 > se.First && a.lower(s-1) == "who" && a.toks[s].Kind == Word && !a.toks[s].Is(Upper) && !a.lowerIn(determiners, s) && !a.lowerIn(quantifiers, s) {
		return true // "one of the doctors who sent the letter": npLeft took the verb for a noun
	}
	if s-1 <= se.First || a.toks[s-1].Kind != Word || a.lowerIn(npStop, s-1) && !a.isPrep(s-1) {
		return false
	}
	for m := s - 1; m > se.First && s-m <= 12; m-- {
		switch w := a.lower(m); {
		case w == "who" || w == "whom":
			return m < s-1
		case a.toks[m].Kind == Punct || a.toks[m].Kind == QuoteMark:
			return false
		}
	}
	return false
}

// relativeCue reports a cue whose verb group follows "who" or "which".
func (a *attributor) relativeCue(h cueHit, se Sentence) bool {
	p := h.first
	for p > se.First && a.toks[p-1].Kind == Word && a.lowerIn(auxAdverbs, p-1) {
		p--
	}
	return p > se.First && (a.lower(p-1) == "who" || a.lower(p-1) == "which")
}

// evidenceLemma reports a cue verb by which evidence, not a speaker, puts
// something forward ("the videos show", "it underscores", "the data
// indicate").
func evidenceLemma(l string) bool {
	switch l {
	case "show", "underscore", "indicate", "highlight":
		return true
	}
	return false
}

// findsWay reports "find" at token k before a way ("found a way through
// the act", "have found ways to cut taxes", "found its way") or a
// reflexive ("found herself in a tight race"): an act or a state, no
// finding reported. PolNeAR train marks 2 of 23 such cues, dev 0 of 2.
func (a *attributor) findsWay(k int, se Sentence) bool {
	m := k + 1
	if m < se.Last && a.lowerIn(wayDeterminers, m) {
		m++
	}
	return m < se.Last && a.lowerIn(wayWords, m)
}

var (
	wayDeterminers = &wordList{bars: "|a|its|the|their|his|her|new|other|no|"}
	wayWords       = &wordList{bars: "|way|ways|himself|herself|itself|themselves|myself|ourselves|yourself|"}
)

// causatives are the verbs whose object does what a bare infinitive after
// it says ("help Putin maintain the image", "let editorials tell them how
// to vote", "made voters feel that …"): that verb is caused or allowed,
// not a claim of the object, and the left noun phrase of the cue starts
// with the causative when the subject of the sentence is further left.
// PolNeAR train marks 3 of 14 such cues, dev 0 of 2 ("let's" aside).
var causatives = &wordList{bars: "|let|lets|help|helps|helped|helping|make|makes|made|making|"}

// openClause reports a subject at token s that opens a condition or an
// indirect question ("if voters back the fee, …", "asked whether she
// supports the plan", "it is unclear whether the judges would rule"): the
// cue of that clause states what might be or is asked, no proposition
// anyone is said to hold, as a cue under a modal inside a claim states
// none (hypothetical). PolNeAR marks 20 of 77 such cues on train, 1 of 6
// on dev. "even if" and "as if" concede or compare and are left alone.
func (a *attributor) openClause(s int, se Sentence) bool {
	if s <= se.First {
		return false
	}
	if w := a.lower(s - 1); w != "if" && w != "whether" {
		return false
	}
	return s-2 < se.First || a.lower(s-2) != "even" && a.lower(s-2) != "as"
}

// namesNobody reports a source [s, e) that names no actor: no capitalised
// word but a determiner, no noun of a person, a body or a group at its
// head ("the minister", "analysts"), and no actor it refers to ("anyone",
// "some", "the phrase", "who" with no antecedent). A cue inside the content
// of a claim with such a source is part of that content: the claim is the
// outer speaker's ("Ruiz said anyone who complains about the fee is
// wrong"), as what evidence shows is (evidenceLemma), since a claim is
// attributed to an actor (GUIDELINES.md). PolNeAR marks 52 of 225 such
// nested cues on train, 2 of 26 on dev. A nested cue of a named or known
// actor stays a claim of its own, and so does a claim of nobody named
// outside any other ("Some say the fee is fair"); a passive is read by
// its own rules, as its agent speaks.
func (a *attributor) namesNobody(s, e int, se Sentence) bool {
	for k := s; k < e; k++ {
		if a.toks[k].Is(Upper) && !a.lowerIn(determiners, k) {
			return false // "The Hill", "Tulsa police's": a name, whatever the actors stage made of it
		}
	}
	head := a.lower(e - 1)
	if _, desc := lexicon.Descriptor(strings.TrimSuffix(head, "s")); desc || lexicon.GroupNoun(head) {
		return false
	}
	return a.resolveSource(s, e, se) == nil
}

// ownStance reports a stance cue (a state of mind or a stand: "thinks",
// "hopes", "is confident", "opposes") whose source [src) names the
// claimant of an indirect claim made before it in the sentence, inside
// whose content the cue stands: in "Ruiz said she thinks the fee is fair"
// the thinking is what Ruiz claims, already the content of her claim; a
// second claim of hers would repeat it (PolNeAR train marks 12 of 261 such
// cues, dev 2 of 35). "Ruiz said Okafor thinks …" stays a claim of Okafor,
// as nested claims of others are separate (GUIDELINES.md), and so does an
// act of saying ("said she told the board").
func (a *attributor) ownStance(h cueHit, src [2]int, se Sentence) bool {
	start := int(a.toks[h.first].Start)
	var outer *Claim
	for _, c := range a.d.Claims[a.claimStart[a.sent]:] {
		if c.Kind == ClaimIndirect && c.Source != nil && c.Content != nil && c.Content.Start <= start && start < c.Content.End {
			outer = c
		}
	}
	if outer == nil {
		return false
	}
	act := a.resolveSource(src[0], src[1], se)
	if outer.Claimant == "" {
		// "Ditto said she expects …" with Ditto unknown: a personal
		// pronoun that opens the content is the speaker named before, not
		// a text ("The report said he believes …").
		k := src[0]
		if k > se.First && a.lower(k-1) == "that" {
			k--
		}
		o := sort.Search(len(a.toks), func(i int) bool { return int(a.toks[i].Start) >= outer.Source.Start })
		return src[1] == src[0]+1 && a.lowerIn(personalSubjects, src[0]) && int(a.toks[k].Start) == outer.Content.Start &&
			o < len(a.toks) && a.toks[o].Is(Upper) && !a.lowerIn(determiners, o)
	}
	return act != nil && act.ID == outer.Claimant
}

var personalSubjects = &wordList{bars: "|he|she|they|i|we|"}

// reducedPassive reports a participle cue right after a lower-case noun
// phrase that ends at token e and before "by" and its agent: "a practice
// criticized by the union", "remarks viewed by some as …"; not "Ruiz
// responded by saying".
func (a *attributor) reducedPassive(h cueHit, e int) bool {
	if e != h.first || h.first != h.verb || h.last != h.verb+1 || h.last+1 >= len(a.toks) || a.lower(h.last) != "by" {
		return false
	}
	if h.cue.Form != lexicon.FormPast && h.cue.Form != lexicon.FormParticiple {
		return false
	}
	p := a.toks[h.first-1]
	if p.Kind != Word || p.Is(Upper) || a.lowerIn(subjectPronouns, h.first-1) || a.lowerIn(auxAdverbs, h.first-1) {
		return false
	}
	return !strings.HasSuffix(a.lower(h.last+1), "ing")
}

// reducedActive reports an -ing cue right after a lower-case noun, with
// no comma or conjunction between: a participle that modifies the noun
// ("voters supporting Ruiz", "tweets accusing her of …").
func (a *attributor) reducedActive(h cueHit) bool {
	if h.first != h.verb || h.first == 0 || !strings.HasSuffix(a.lower(h.verb), "ing") {
		return false
	}
	p := a.toks[h.first-1]
	w := a.lower(h.first - 1)
	return p.Kind == Word && !p.Is(Upper) && a.npWord(h.first-1) && !inList(determiners, w) && !inList(quantifiers, w)
}

// participleHead returns where a subject starts whose noun phrase ends at
// token s after a participle phrase: "A poll released in late August
// found", "Protesters marching through the streets chanted", "emails
// combed through by Vox suggest". The head
// noun before the participle, not the object of its preposition, speaks.
// It returns s when there is no such phrase.
func (a *attributor) participleHead(s, first int) int {
	if s-3 < first || !a.isPrep(s-1) && !a.lowerIn(subjectPreps, s-1) && a.lower(s-1) != "through" ||
		a.toks[s-2].Kind != Word || a.toks[s-2].Is(Upper) {
		return s
	}
	v := s - 2
	if a.lowerIn(particles, v) && v-2 >= first && strings.HasSuffix(a.lower(v-1), "ed") {
		v-- // "emails combed through by Vox"
	}
	w := a.lower(v)
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") || inList(npAdjectives, w) {
		return s
	}
	if strings.HasSuffix(w, "ing") && !strings.HasSuffix(a.lower(v-1), "s") && !a.toks[v-1].Is(Upper) {
		return s // "a planet choking on its own fumes": no subject of a speaking verb
	}
	if ls, _, ok := a.npLeft(v, first); ok && !a.lowerIn(subjectPronouns, ls) && a.npWord(v-1) {
		return ls
	}
	return s
}

// particles are the adverbs of phrasal verbs that can follow a participle
// before its preposition ("combed through by", "handed out by").
var particles = &wordList{bars: "|through|out|up|down|off|over|"}

// isPrep reports a preposition that can end a relative clause before a
// noun phrase ("who gathered outside the hall").
func (a *attributor) isPrep(k int) bool {
	return a.lowerIn(relativePreps, k)
}

var relativePreps = &wordList{bars: "|in|on|at|to|for|with|from|by|about|outside|inside|near|into|over|under|after|before|during|against|"}

// fullSubject finds a subject that npLeft cannot read, ending at token p
// (the cue after its auxiliaries): from the start of its clause (the
// sentence start or the token after a comma, semicolon, colon or quote, and
// not before floor) to p, such as "all the experts I interviewed" or "those
// close to him". It starts with a determiner, a quantifier or a capitalised
// word, is at most 14 tokens long and holds no clause of its own.
func (a *attributor) fullSubject(se Sentence, p, floor int) (int, bool) {
	const maxSubject = 14
	if p <= se.First || a.toks[p-1].Kind != Word && !isDash(a.text(p-1)) {
		return 0, false
	}
	// "Democrats — and some Republicans — say": the aside between dashes
	// is part of the subject; the word before it ends the noun phrase.
	end := p
	if isDash(a.text(p - 1)) {
		for m := p - 2; m > se.First && p-m <= 12; m-- {
			if isDash(a.text(m)) {
				end = m
				break
			}
		}
		if end == p {
			return 0, false
		}
	}
	// It ends in a noun, or a relative clause such as "I interviewed".
	if end <= se.First || !a.npWord(end-1) && !(end-2 >= se.First && strings.HasSuffix(a.lower(end-1), "ed") && a.lowerIn(subjectPronouns, end-2)) {
		return 0, false
	}
	start := max(se.First, floor)
	for m := end - 1; m >= start; m-- {
		t := a.toks[m]
		if t.Kind == QuoteMark || t.Kind == Punct && (a.text(m) == "," || a.text(m) == ";" || a.text(m) == ":" || a.isEndPunct(m)) {
			start = m + 1
			break
		}
		if end-m > maxSubject {
			return 0, false
		}
	}
	for start < p && a.lowerIn(sentenceAdverbs, start) {
		start++
	}
	if p-start < 2 {
		return 0, false
	}
	w := a.lower(start)
	if !inList(determiners, w) && !inList(quantifiers, w) && !a.toks[start].Is(Upper) && !lexicon.GroupNoun(w) && w != "people" {
		return 0, false
	}
	rel := false
	for m := start; m < end; m++ {
		w := a.lower(m)
		switch {
		case w == "who" || w == "that" || w == "which" || w == "whom":
			rel = true
		case m > start && (w == "and" || w == "but") && !a.toks[m-1].Is(Upper):
			return 0, false // two clauses: "the vote passed and officials"
		case inList(finiteVerbs, w) && !rel:
			return 0, false
		}
		if _, ok := a.quoteStartingAt(m); ok {
			return 0, false
		}
	}
	return start, true
}

func isDash(w string) bool { return w == "\u2014" || w == "--" || w == "\u2013" }

// subjectStart finds the start of a subject that ends with the comma at
// token c: the sentence start, or the token after a quote and its comma
// ("“…,” Douglas Holtz-Eakin, an economist, told me"). The subject must
// start with a capitalised word or a determiner and hold a comma-separated
// description.
func (a *attributor) subjectStart(se Sentence, c int) (int, bool) {
	const maxSubject = 40
	start := se.First
	if c-start > maxSubject+1 {
		start = c - maxSubject - 1 // only a bounded stretch back: cost stays linear
	}
	floor := start
	for m := c - 1; m > floor; m-- {
		if a.toks[m].Kind == QuoteMark {
			if _, ok := a.quoteEndingAt(m); ok {
				start = m + 1
				if start < c && a.text(start) == "," {
					start++
				}
				break
			}
			return 0, false
		}
		if a.isEndPunct(m) && a.text(m) != "." { // a "." inside a sentence ends an abbreviation
			if a.text(m) == ";" {
				start = m + 1
				break
			}
			return 0, false
		}
		if a.text(m) == "," && m+1 < c && (a.lower(m+1) == "and" || a.lower(m+1) == "but") && a.isClauseSubject(m+2, c) {
			start = m + 2 // "…, and its chair, Tomas Reyes, warned"
			break
		}
	}
	for start < c && a.lowerIn(sentenceAdverbs, start) {
		start++
		if start < c && a.text(start) == "," {
			start++
		}
	}
	if c-start < 3 || c-start > 40 {
		return 0, false
	}
	if !a.toks[start].Is(Upper) && !a.lowerIn(determiners, start) {
		return 0, false
	}
	// The name before the first comma is a short noun phrase.
	first := -1
	for m := start; m < c; m++ {
		if a.text(m) == "," {
			first = m
			break
		}
		if m-start >= 12 || !a.npWord(m) && !(a.toks[m].Kind == Punct && (a.text(m) == "(" || a.text(m) == ")" || a.text(m) == ".")) && !a.nameAnd(m, c) {
			return 0, false
		}
	}
	if first < 0 && a.text(c-1) == ")" {
		return start, true // "Sen. Jack Reyes (D-Vel.), said"
	}
	if first <= start {
		return 0, false
	}
	return start, true
}

// quoteNear reports a quotation mark within the three tokens before token
// k or the eight after it, in sentence se: the words a cue of singing
// reports ("“…,” Blige sings", "sings Springsteen's “American Skin”").
func (a *attributor) quoteNear(k int, se Sentence) bool {
	for m := max(se.First, k-3); m < se.Last && m <= k+8; m++ {
		if a.toks[m].Kind == QuoteMark {
			return true
		}
	}
	return false
}

// roleNouns are what one assumes by taking it on ("assumed office").
var roleNouns = &wordList{bars: "|office|role|post|presidency|helm|mantle|duties|responsibility|responsibilities|control|command|" +
	"power|leadership|debt|debts|obligations|position|chairmanship|"}

// assumesRole reports an "assume" at token k that takes something on
// rather than supposes: a possessive right after it ("assumed his post",
// "would assume Velmont Mining's obligations") or a noun of roleNouns among the
// next four lower-case words ("assumed office", "has assumed a newly
// created role"; not "assumes Republicans will retain control").
func (a *attributor) assumesRole(k int, se Sentence) bool {
	if k+1 >= se.Last {
		return false
	}
	if a.lowerIn(possessivePronouns, k+1) {
		return true
	}
	m := k + 1
	for m < se.Last && m <= k+3 && a.toks[m].Kind == Word && a.toks[m].Is(Upper) {
		m++
	}
	if m > k+1 && m < se.Last && (a.lower(m) == "'s" || a.lower(m) == "’s") {
		return true // "would assume Velmont Mining's debts"
	}
	for m := k + 1; m < se.Last && m <= k+4 && a.toks[m].Kind == Word && !a.toks[m].Is(Upper); m++ {
		if a.lowerIn(roleNouns, m) {
			return true
		}
	}
	return false
}

// phrasePreps open a phrase of place, time or manner.
var phrasePreps = &wordList{bars: "|in|on|at|for|of|with|from|by|during|after|before|"}

// prepPhrase reports a source [src) that is a phrase of a preposition
// with no capitalised word after it ("at a recent news conference", "In
// a", "of the low"): no actor.
func (a *attributor) prepPhrase(src [2]int) bool {
	if src[1]-src[0] < 2 || !a.lowerIn(phrasePreps, src[0]) {
		return false
	}
	if w := a.lower(src[0] + 1); w == "least" || w == "most" || a.toks[src[0]+1].Kind == Number {
		return false // "at least half of voters", "About 4 in 10"
	}
	for m := src[0] + 1; m < src[1]; m++ {
		if a.toks[m].Is(Upper) {
			return false
		}
	}
	return true
}

// issueVerbs put out a text; issuedTexts are the texts ("issued a
// statement", "published a report", "put out a video").
var (
	issueVerbs  = &wordList{bars: "|filed|files|issued|issues|released|releases|published|publishes|sent|sends|put|puts|delivered|delivers|wrote|writes|authored|co-authored|drafted|posted|posts|unveiled|unveils|"}
	issuedTexts = &wordList{bars: "|statement|letter|release|memo|report|paper|papers|speech|video|ad|ads|op-ed|email|notice|message|"}
)

// issuer returns the subject of the verb that issued the text src ends in
// ("Gowdy released a statement highlighting …" gives Gowdy): a text
// speaks for whoever put it out, as GUIDELINES.md has for "the statement
// read". ok is false when src is no issued text or no subject is found.
func (a *attributor) issuer(se Sentence, src [2]int) (int, int, bool) {
	if !a.lowerIn(issuedTexts, src[1]-1) {
		return 0, 0, false
	}
	v := src[1] - 2
	for v > se.First && v >= src[1]-6 && a.toks[v].Kind == Word && !a.toks[v].Is(Upper) && !a.lowerIn(issueVerbs, v) {
		v-- // "a new policy paper"
	}
	if v <= se.First || !a.lowerIn(issueVerbs, v) {
		if v <= se.First || a.lower(v) != "out" || !a.lowerIn(issueVerbs, v-1) {
			return 0, 0, false
		}
		v-- // "put out", "sent out"
	}
	s, e, ok := a.npLeft(v, se.First)
	if w := a.lower(s); !ok || inList(npStop, w) && !inList(subjectPronouns, w) && w != "who" && w != "which" {
		return 0, 0, false
	}
	return s, e, true
}

// notCuePair reports whether tokens k and k+1 are one of notCuePairs.
func (a *attributor) notCuePair(k int) bool {
	if p, ok := a.spacedLower(k, k+2); ok {
		return inList(notCuePairs, p)
	}
	return false
}

// notCuePairs lists, between bars, a cue form and the word after it that
// together say no claim: an adjective ("pledged delegates"), a phrasal verb
// of action ("aimed at", "showed up", "pleaded guilty", "ran counter to"), an
// intent ("intends to", as "plans to"), issuing or delivering a text, whose
// words, not the act, carry the claim ("issued a statement saying …"), or a
// noun ("talking points", "a strong showing in"), or speaking to someone,
// which names an audience and no words ("spoke to reporters on Friday").
// On PolNeAR train these gave about 230 false cues and 9 true ones. A
// string, not a map: smaller in engine.wasm.
var notCuePairs = &wordList{bars: "|pledged delegates|pledged delegate|aimed at|aims at|aiming at|showed up|shows up|show up|showing up" +
	"|pleaded guilty|counter to|intended to|intends to|intend to|issued a|issued an|issued the|issues a|issued by" +
	"|delivered a|delivered the|delivered his|delivered her|published a|showing in|talking points|talking point" +
	"|reporting by|maintains a|maintained a|called into|calling into|calls into|call into|called in|calling in|calls in|call in|called off|calling off|" +
	"speak to|speaks to|spoke to|speaking to|spoken to|speak with|speaks with|spoke with|speaking with|spoken with|"}

// seeAs reports a "see" at token k that states a view: "that" or "as"
// follows it within ten tokens and before a comma ("sees the plan as a
// threat", "saw that Ruiz could win"); "saw the truck" is perception.
func (a *attributor) seeAs(k int, se Sentence) bool {
	for m := k + 1; m < se.Last && m-k <= 10; m++ {
		switch a.lower(m) {
		case "as", "that":
			return m > k+1 || a.lower(m) == "that"
		case ",", ";", "fit":
			return false
		}
	}
	return false
}

// namingCalled reports a "called" that names what an indefinite noun
// phrase right before it is ("a group called Harbour First", "a new super
// PAC called …"): a participle, not a cue. The phrase opens with "a" or
// "an" at most three words back, and the word before "called" is a noun,
// not a pronoun or an auxiliary.
func (a *attributor) namingCalled(k int, se Sentence) bool {
	if k-2 < se.First || a.toks[k-1].Kind != Word || a.lowerIn(subjectPronouns, k-1) || a.lowerIn(auxAdverbs, k-1) || a.lowerIn(npStop, k-1) {
		return false
	}
	for m := k - 2; m >= se.First && m >= k-4; m-- {
		switch a.lower(m) {
		case "a", "an":
			return true
		}
		if a.toks[m].Kind != Word {
			return false
		}
	}
	return false
}

// quoteAfterPunct reports a comma or colon at token k followed by a quote
// ("She continued, “…”").
func (a *attributor) quoteAfterPunct(k int) bool {
	if k+1 >= len(a.toks) || a.text(k) != "," && a.text(k) != ":" {
		return false
	}
	_, ok := a.quoteStartingAt(k + 1)
	return ok
}

// wordIn reports whether a word token is in [k, end).
func (a *attributor) wordIn(k, end int) bool {
	for ; k < end; k++ {
		if a.toks[k].Kind == Word {
			return true
		}
	}
	return false
}

// asidePreps open a phrase about the circumstances after a comma
// ("Ruiz, in a letter to the board, said"), not a description of who spoke.
var asidePreps = &wordList{bars: "|in|for|on|during|after|while|at|before|despite|however|meanwhile|"}

// commaAside returns the first comma in [s, c) when the phrase after it
// is an aside about the circumstances, not a description of the subject:
// it opens with a preposition of time or place, "however", "meanwhile" or
// a participle in -ing ("Ruiz, speaking in Velmont, said …"); else 0. On
// PolNeAR train such asides were outside the source about 10 times in 11.
func (a *attributor) commaAside(s, c int) int {
	for m := s + 1; m+1 < c; m++ {
		if a.text(m) != "," {
			continue
		}
		w := a.lower(m + 1)
		if a.toks[m+1].Kind == Word && !a.toks[m+1].Is(Upper) &&
			(inList(asidePreps, w) ||
				strings.HasSuffix(w, "ing") && w != "including") {
			return m
		}
		return 0
	}
	return 0
}

// nameAnd reports an "and" at token m between two capitalised words before
// token c, inside a name ("Permits and Customs Services").
func (a *attributor) nameAnd(m, c int) bool {
	return a.lower(m) == "and" && m > 0 && m+1 < c && a.toks[m-1].Is(Upper) && a.toks[m+1].Is(Upper)
}

// transcript finds the punctuation cues of interviews and quote
// collections: "Name: what they said" at the start of a sentence (rule
// "source-colon") and "“Q” ― Name" (rule "quote-dash-source").
func (a *attributor) transcript(se Sentence) {
	if a.transcriptTurn(se) || a.titleQuote(se) {
		return
	}
	// Name: …
	for k := se.First + 1; k < se.Last-1 && k-se.First <= 5; k++ {
		if a.text(k) != ":" {
			if !a.toks[k].Is(Upper) && a.toks[k].Kind != Punct && !a.lowerIn(determiners, k) {
				break
			}
			continue
		}
		sp := a.span(se.First, k)
		if a.actorIn(sp) == nil && !a.toks[se.First].Is(AllUpper) && !a.headlineSource(se, k) && !(k == se.First+1 && a.lowerIn(colonSources, se.First)) ||
			inList(headlineLabels, a.lowerPhrase(se.First, k)) || a.phraseLabel(se.First, k) {
			break
		}
		end := a.trimRight(k+1, se.Last)
		if end <= k+1 || !a.wordIn(k+1, end) {
			break // "Ruiz: 547." is a tally, not words
		}
		src := [2]int{se.First, k}
		a.addClaim(se, &src, cueHit{first: k, last: k + 1, verb: k}, nil, a.span(k+1, end), "source-colon", 0.6)
		break
	}
	// “Q” ― Name
	for k := se.First; k+2 < se.Last; k++ {
		qi, ok := a.quoteEndingAt(k)
		if !ok {
			continue
		}
		d := a.text(k + 1)
		if d != "\u2015" && d != "\u2014" && d != "--" && d != "-" {
			continue
		}
		s, e, ok := a.npRight(k+2, se.Last)
		if !ok || !a.toks[s].Is(Upper) {
			continue
		}
		src := [2]int{s, e}
		a.addClaim(se, &src, cueHit{first: k + 1, last: k + 2, verb: k + 1}, nil, a.d.quoteSpans[qi].Span, "quote-dash-source", 0.7)
	}
}

// transcriptTurn reads a turn of an interview transcript: a paragraph that
// opens with a speaker label in capitals and a colon ("RUIZ: …", "Q: …",
// also after the opening mark of a quoted transcript). The label is the
// source, the colon the cue, and the content runs to the end of the
// paragraph with its final punctuation, over every sentence in it (rule
// "transcript-turn"). It reports
// whether se opened such a turn.
func (a *attributor) transcriptTurn(se Sentence) bool {
	if se.Start != a.d.Paragraphs[se.Para].Start {
		return false
	}
	s := se.First
	if a.toks[s].Kind == QuoteMark {
		s++
	}
	k := s
	for k < se.Last && k-s < 3 && a.toks[k].Kind == Word && a.toks[k].Is(AllUpper) {
		k++
	}
	if k == s || k+1 >= se.Last || a.text(k) != ":" || inList(headlineLabels, a.lowerPhrase(s, k)) {
		return false
	}
	last := se.Last
	for i := a.sent + 1; i < len(a.d.Sentences) && a.d.Sentences[i].Para == se.Para; i++ {
		last = a.d.Sentences[i].Last
	}
	for last > k+1 && a.toks[last-1].Kind == QuoteMark {
		last--
	}
	if last <= k+1 {
		return false
	}
	src := [2]int{s, k}
	a.addClaim(se, &src, cueHit{first: k, last: k + 1, verb: k}, nil, a.span(k+1, last), "transcript-turn", 0.6)
	return true
}

// titleQuote reads a headline that gives a quote after a colon: "Ana
// Ruiz Hammers Port Board: ‘You Should Resign.’" The words before the colon
// are the source, up to a topic after "on" ("Berg on the Fees: ‘…’"), the
// colon is the cue and the quote the content, or all after the colon when
// more follows the quote (rule "title-quote"). It
// reports whether se is such a headline.
func (a *attributor) titleQuote(se Sentence) bool {
	if !a.inTitle(se) || !a.toks[se.First].Is(Upper) {
		return false
	}
	for k := se.First + 1; k+1 < se.Last && k-se.First <= 12; k++ {
		if a.toks[k].Kind == QuoteMark {
			return false
		}
		if a.text(k) != ":" {
			continue
		}
		qi, ok := a.quoteStartingAt(k + 1)
		if !ok || inList(headlineLabels, a.lowerPhrase(se.First, k)) {
			return false
		}
		e := k
		for m := se.First + 1; m < k; m++ {
			if a.lower(m) == "on" {
				e = m
				break
			}
		}
		content := a.d.quoteSpans[qi].Span
		if end := a.trimRight(k+1, se.Last); a.d.quoteSpans[qi].close+1 < end {
			content = a.span(k+1, end) // ‘A’ Has ‘B’: the whole rest
		}
		src := [2]int{se.First, e}
		a.addClaim(se, &src, cueHit{first: k, last: k + 1, verb: k}, nil, content, "title-quote", 0.6)
		return true
	}
	return false
}

// colonSources speak when they alone open a sentence before a colon, in a
// headline or not ("Poll: Ruiz leads in Velmont.").
var colonSources = &wordList{bars: "|poll|polls|survey|study|report|"}

// headlineLabels are the words before a colon in a headline that name a
// kind of story, not who speaks ("Analysis: …").
var headlineLabels = &wordList{bars: "|the latest|latest|news guide|update|analysis|watch|breaking|breaking news|exclusive|opinion|" +
	"editorial|live|video|photos|review|explainer|fact check|factbox|timeline|correction|obituary|" +
	"interview|q&a|clarification|wow|revealed|bombshell|just leaked|look|paid notice|byline|stat of the week|"}

// phraseLabel reports a label [s, c) before a colon that holds a
// preposition other than "of" or ends in one: a headline or a section
// title ("Stealth Over Health:", "The Gap Goes On:", "Big Win For Ruiz:"),
// not the name of who speaks ("Secretary of State Ruiz:").
func (a *attributor) phraseLabel(s, c int) bool {
	for k := s + 1; k < c; k++ {
		w := a.lower(k)
		if inList(labelPreps, w) || k == c-1 && (w == "on" || w == "up" || w == "out") {
			return true
		}
	}
	return false
}

// labelPreps are the prepositions that make a label before a colon a
// headline or a section title.
var labelPreps = &wordList{bars: "|over|for|in|with|at|against|about|after|before|into|from|to|by|"}

// headlineSource reports a title that opens with a short capitalised name
// and a colon, the headline form of "Ruiz says": "Ruiz: Talks Will Fail".
// The colon is token c.
func (a *attributor) headlineSource(se Sentence, c int) bool {
	if !a.inTitle(se) || c-se.First > 4 || c+1 >= se.Last {
		return false
	}
	for k := se.First; k < c; k++ {
		if a.toks[k].Kind != Word || !a.toks[k].Is(Upper) {
			return false
		}
	}
	return !inList(headlineLabels, a.lowerPhrase(se.First, c))
}

// clauseBreak finds ", and" or ", but" between two cues that starts the
// second cue's own clause ("…, and its chair, Tomas Reyes, warned"), and
// returns where the first cue's content must end.
func (a *attributor) clauseBreak(from, cue int) (int, bool) {
	for m := cue - 1; m > from+1; m-- {
		if a.text(m) == ";" {
			return m, true
		}
		if a.text(m) == "," && m+1 < cue && (a.lower(m+1) == "and" || a.lower(m+1) == "but") && a.isClauseSubject(m+2, cue) {
			return m, true
		}
	}
	return 0, false
}

// isClauseSubject reports whether tokens from k up to the comma-bounded
// description before c start like a subject: a determiner or a capitalised
// word, then a short noun phrase and a comma.
func (a *attributor) isClauseSubject(k, c int) bool {
	if k >= c || !(a.lowerIn(determiners, k) || a.toks[k].Is(Upper)) {
		return false
	}
	for m := k; m < c && m-k < 8; m++ {
		if a.text(m) == "," {
			return m > k
		}
		if !a.npWord(m) && !a.lowerIn(determiners, m) && !a.nameAnd(m, c) {
			return false // "the Central and East European Coalition," is one name
		}
	}
	return false
}

// contentCuts lists the tokens of a sentence where content ends, in order:
// a semicolon; "but" that starts a new clause or predicate ("…, but analysts
// disagreed", "… but has been met with opposition"; not "but not", "but
// only", "but that"); and a comma before ", raising hopes …" (a lower-case
// -ing word the reporter adds: a cue form or a participle like "raising",
// not "including" or "beginning in January", which stay in the content) and
// before ", while …", ", although …" (a new clause). Tokens inside quotes
// are not cuts. Built once per sentence so that each cue finds its cut by
// binary search: the cuts ascend, since each token m appends at most itself
// and m only grows (no sort, which would cost engine.wasm slices' sort of
// ints: 4.6 KB of gzip).
func (a *attributor) contentCuts(se Sentence) []int {
	cuts := a.cuts[:0]
	for m := se.First + 1; m+1 < se.Last; m++ {
		if a.inQuote[m] {
			continue
		}
		switch a.lower(m) {
		case ";":
			cuts = append(cuts, m)
			continue
		case "but":
			if a.text(m-1) != "," && a.newClauseAfterBut(m) {
				cuts = append(cuts, m)
			}
			continue
		case ",":
		default:
			continue
		}
		n := a.toks[m+1]
		w := a.lower(m + 1)
		switch w {
		case "while", "although", "though", "whereas", "despite":
			cuts = append(cuts, m)
			continue
		case "but":
			if a.newClauseAfterBut(m + 1) {
				cuts = append(cuts, m)
			}
			continue
		}
		if n.Kind == Word && !n.Is(Upper) && strings.HasSuffix(w, "ing") && a.reportingIng(w) {
			cuts = append(cuts, m)
		}
	}
	a.cuts = cuts
	return cuts
}

// newClauseAfterBut reports whether the "but" at token m starts a new clause
// or predicate, not "but not", "but only" or "but that".
func (a *attributor) newClauseAfterBut(m int) bool {
	if m+1 >= len(a.toks) {
		return false
	}
	switch a.lower(m + 1) {
	case "not", "only", "that":
		return false
	}
	return true
}

// reportingIng reports an -ing word that, after a comma, starts what the
// reporter adds rather than part of the content: a cue form ("saying",
// "adding") or a participle like "raising" or "prompting".
func (a *attributor) reportingIng(w string) bool {
	if w == "including" {
		return false
	}
	if inList(sharedIng, w) || inList(reporterIng, w) {
		return true
	}
	_, ok := lexicon.CueForm(w)
	return ok
}

// cutAfter returns the first cut after token k and before end, or end.
func cutAfter(cuts []int, k, end int) int {
	i := sort.SearchInts(cuts, k+1)
	if i < len(cuts) && cuts[i] < end {
		return cuts[i]
	}
	return end
}

// rightContentFrom returns the content that starts at token k: a quote, a
// that-clause, a to-infinitive or a clause, up to end.
func (a *attributor) rightContentFrom(k, end int, se Sentence) (Span, bool) {
	k = a.skipAdjunct(k, end)
	if k < end && (a.lower(k) == "of" || a.lower(k) == "about") {
		// "says of Clinton, “…”": the quote after the topic is the content.
		for m := k + 1; m+1 < se.Last && m-k < 8; m++ {
			if a.text(m) == "," {
				if _, ok := a.quoteStartingAt(m + 1); ok {
					k = m
				}
				break
			}
		}
	}
	if k < end && a.text(k) == ":" {
		k++
	}
	if m, ok := a.asideAfterCue(k, end); ok {
		k = m
	}
	if k+1 < se.Last && a.text(k) == "," {
		if _, ok := a.quoteStartingAt(k + 1); !ok {
			return Span{}, false
		}
		k++
	}
	if k < end && a.lowerIn(placePreps, k) {
		// "told reporters in the capital that …": the phrase of place or
		// time before "that" is not content; a short phrase alone is none.
		for m := k + 1; m < end && m-k <= 8; m++ {
			if a.lower(m) == "that" {
				k = m
				break
			}
			if a.text(m) == "," {
				break
			}
		}
		if a.lowerIn(placePreps, k) && end-k <= 4 {
			return Span{}, false
		}
	}
	if k >= end {
		// The content may be a quote right after a colon or comma even when
		// the sentence ends inside it, or the quote that opens the next
		// paragraph after "He said:".
		if k < se.Last {
			if qi, ok := a.quoteStartingAt(k); ok {
				return a.d.quoteSpans[qi].Span, true
			}
		}
		if se.Last < len(a.toks) && a.text(se.Last-1) == ":" {
			if qi, ok := a.quoteStartingAt(se.Last); ok {
				return a.d.quoteSpans[qi].Span, true
			}
			if p, ok := a.blockAfter(se); ok {
				return p, true
			}
		}
		return Span{}, false
	}
	if qi, ok := a.quoteStartingAt(k); ok {
		q := a.d.quoteSpans[qi]
		if q.close < 0 || q.close+1 >= end || a.isEndPunct(q.close+1) {
			return q.Span, true
		}
	}
	if a.toks[k].Kind == Punct {
		return Span{}, false
	}
	if j := a.forDuration(k, end); j > k {
		k = j // "has said for months that …": the duration is neither cue nor content
	}
	switch a.lower(k) {
	case "about", "for", "of", "on", "over", "against":
		// "talked about X": the topic without its preposition, unless
		// "about" means roughly ("said about half of …").
		if k+1 < end && !(a.lower(k) == "about" && a.quantityAt(k+1)) {
			k++
		}
	}
	endTok := a.settingEnd(k, end)
	// A closing quote mark at the end belongs to the content only when its
	// quote opened inside it.
	if s := a.span(k, endTok); s.Len() > 0 {
		return s, true
	}
	return Span{}, false
}

// settingEnd returns where a short object content that starts at token k
// ends: before "in a statement", "in an interview" and the like, which say
// where the words were said, not what ("called for more schools in a
// statement", "said as much in an interview"; boundary rule
// "setting-after-object", the claim keeps the rule that found it). It
// returns end when there is no such phrase within eight tokens of k before
// a comma, or when k opens a clause ("that …", "to …", "why …"), whose own
// verb the phrase may belong to. The result is in (k, end].
func (a *attributor) settingEnd(k, end int) int {
	if a.lowerIn(thatToWh, k) {
		return end
	}
	for m := k + 1; m+2 < end && m-k <= 8 && a.text(m) != ","; m++ {
		n := m + 2
		if n+1 < end && a.lowerIn(statementAdjectives, n) {
			n++
		}
		if !a.inQuote[m] && a.lower(m) == "in" && a.lowerIn(indefArticles, m+1) && a.lowerIn(adjunctNouns, n) {
			return m
		}
	}
	return end
}

// blockAfter returns the paragraph after se when se ends its own paragraph
// with a colon and the next paragraph opens with no quotation mark: a
// block quote ("Limbaugh added:" and then his words as a paragraph).
func (a *attributor) blockAfter(se Sentence) (Span, bool) {
	i := a.sent + 1
	if i >= len(a.d.Sentences) || a.d.Sentences[i].Para != se.Para+1 || a.toks[a.d.Sentences[i].First].Kind == QuoteMark {
		return Span{}, false
	}
	first, last := a.d.Sentences[i].First, a.d.Sentences[i].Last
	for j := i + 1; j < len(a.d.Sentences) && a.d.Sentences[j].Para == se.Para+1; j++ {
		last = a.d.Sentences[j].Last
	}
	return a.span(first, last), true
}

// asideAfterCue returns the token of "that" after an aside between commas
// right after a cue ("said, however, that …", "said, among other things,
// that …"); ok is false when token k opens no such aside. The aside has at
// most eleven tokens ("insists, most recently in a Labor Day interview
// with ABC News, that …") and no quote mark.
func (a *attributor) asideAfterCue(k, end int) (int, bool) {
	if k >= end || a.text(k) != "," {
		return 0, false
	}
	for m := k + 1; m+1 < end && m-k <= 12; m++ {
		switch {
		case a.toks[m].Kind == QuoteMark:
			return 0, false
		case a.text(m) == ",":
			if m > k+1 && a.lower(m+1) == "that" {
				return m + 1, true
			}
			return 0, false
		}
	}
	return 0, false
}

// leftContent returns the content before token k (a comma or closing quote
// that ends it): the quote that ends there, or the clause from the sentence
// start.
func (a *attributor) leftContent(se Sentence, k int) (Span, bool) {
	if a.toks[k].Kind == QuoteMark {
		if qi, ok := a.quoteEndingAt(k); ok {
			return a.d.quoteSpans[qi].Span, true
		}
	}
	if a.text(k) == "," && k > se.First && a.toks[k-1].Kind == QuoteMark {
		if qi, ok := a.quoteEndingAt(k - 1); ok {
			return a.d.quoteSpans[qi].Span, true
		}
	}
	// “Q,” with the comma inside the quote.
	start := a.contentStart(se, k)
	if k-start < 2 {
		return Span{}, false
	}
	return a.span(start, k), true
}

// contentStart returns where a content that runs from the start of the
// sentence up to token k begins: after a leading "And", "So", "Or" or "Yet"
// ("And Mrs. Okafor now holds …, the poll found"; a leading "But" stays) and
// a sentence adverb with its comma ("However, …").
func (a *attributor) contentStart(se Sentence, k int) int {
	start := se.First
	switch a.lower(start) {
	case "and", "so", "or", "yet":
		start++
	}
	if start+1 < k && a.lowerIn(sentenceAdverbs, start) && a.text(start+1) == "," {
		start += 2
	}
	return start
}

// addressee returns the noun phrase right after a cue like "told": a name,
// an object pronoun or a short noun phrase followed by the content.
func (a *attributor) addressee(k, end int) (int, int, bool) {
	w := a.lower(k)
	switch w {
	case "him", "her", "them", "me", "us", "reporters", "journalists":
		return k, k + 1, true
	}
	m := k
	if qi, ok := a.quoteStartingAt(k); ok {
		// A programme named in quotes: told “Morning Report” that …
		if q := a.d.quoteSpans[qi]; q.close > k && q.close-k <= 6 && q.close+1 < end {
			m = q.close + 1
		}
	}
	for m < end && m-k < 8 && a.lower(m) != "that" && (a.npWord(m) || m > k && (a.lower(m) == "of" || a.lower(m) == "'s" || a.lower(m) == "’s" ||
		a.lowerIn(determiners, m-1) && a.toks[m].Kind == Word && strings.HasSuffix(a.lower(m), "ing"))) { // "a meeting of …"
		m++
	}
	for m > k && (a.lower(m-1) == "of" || a.lower(m-1) == "'s" || a.lower(m-1) == "’s") {
		m--
	}
	if m == k {
		return 0, 0, false
	}
	if m >= end {
		return k, m, true // "“…,” she told Radio Meridian."
	}
	f := a.skipAdjunct(m, end) // "told Ruiz on Monday that"
	if f >= end {
		return k, m, true
	}
	n := a.lower(f)
	if n == "that" || n == "to" || n == ":" || n == "," || n == "against" || n == "about" || n == "of" || a.toks[f].Kind == QuoteMark || inList(subjectPronouns, n) || a.toks[f].Is(Upper) || a.isEndPunct(f) || inList(whWords, n) || inList(placePreps, n) && a.thatWithin(f, end) {
		return k, m, true
	}
	return 0, 0, false
}

// whWords open a reported question: "asked her why …".
var whWords = &wordList{bars: "|how|what|why|whether|if|when|where|who|which|"}

// thatToWh are whWords, "that" and "to": the words of settingEnd that open
// a clause.
var thatToWh = &wordList{bars: "|that|to|how|what|why|whether|if|when|where|who|which|"}

// indefArticles are "a" and "an".
var indefArticles = &wordList{bars: "|a|an|"}

// thatWithin reports a "that" or a wh-word within a short phrase of place
// from token k, before any comma: "at a rally in Velmont that".
func (a *attributor) thatWithin(k, end int) bool {
	for m := k + 1; m < end && m-k <= 8; m++ {
		w := a.lower(m)
		if w == "that" || inList(whWords, w) {
			return true
		}
		if a.text(m) == "," || a.toks[m].Kind == QuoteMark {
			return false
		}
	}
	return false
}

// rightWithAddressee reads what follows the cue h up to end: the addressee
// of a cue that takes one ("told the council that …") and the content.
func (a *attributor) rightWithAddressee(h cueHit, end int, se Sentence) (*[2]int, Span, bool) {
	var addr *[2]int
	k := h.last
	if h.cue.Addressee && k < end {
		if as, ae, ok := a.addressee(k, end); ok {
			addr = &[2]int{as, ae}
			k = a.afterAppositive(ae, end)
		}
	} else if k+1 < end && a.lower(k) == "to" && a.lowerIn(sayWriteForms, h.verb) {
		// "wrote to the council that …": the addressee after "to", when a
		// clause or a quote follows it.
		if as, ae, ok := a.addressee(k+1, end); ok && ae < end && a.clauseFollows(ae, end) {
			addr = &[2]int{as, ae}
			k = ae
		}
	}
	content, ok := a.rightContentFrom(k, end, se)
	return addr, content, ok
}

// afterAppositive returns the token after an appositive that starts at the
// comma at k ("asked Tom Reed, the host of the debate, to check …": the
// token "to"), when a determiner opens it and "to" or "that" follows its
// closing comma; else k.
func (a *attributor) afterAppositive(k, end int) int {
	if k+2 >= end || a.text(k) != "," || !a.lowerIn(determiners, k+1) {
		return k
	}
	for j := k + 2; j+1 < end && j-k <= 14; j++ {
		if a.toks[j].Kind != Word && a.text(j) != "," && a.text(j) != "'s" && a.text(j) != "’s" {
			return k
		}
		if a.text(j) == "," {
			if w := a.lower(j + 1); w == "to" || w == "that" {
				return j + 1
			}
			return k
		}
	}
	return k
}

// accordingTo handles "according to X".
func (a *attributor) accordingTo(se Sentence, h cueHit) {
	s, e, ok := a.npRight(h.last, se.Last)
	if !ok {
		return
	}
	src := [2]int{s, e}
	var content Span
	if e+2 < se.Last && a.text(e) == "(" {
		for m := e + 1; m < se.Last && m-e < 8; m++ {
			if a.text(m) == ")" {
				e = m + 1
				break
			}
		}
	}
	if h.first == se.First || (h.first == se.First+1 && a.toks[se.First].Kind == Punct) {
		e = a.accordingSourceEnd(e, se.Last)
		src[1] = e
		k := e
		if k < se.Last && a.text(k) == "," {
			k++
		}
		end := a.trimRight(k, se.Last)
		if end <= k {
			return
		}
		content = a.span(k, end)
	} else {
		end := h.first
		if end > se.First && a.text(end-1) == "," {
			end--
		}
		if end <= se.First {
			return
		}
		content = a.span(a.contentStart(se, end), end)
	}
	if strings.HasSuffix(a.lower(h.verb), "ly") {
		// "Weiner reportedly caught …": the adverb names no source; the
		// words after it are the content's.
		a.addClaim(se, nil, h, nil, content, "according-to", 0.85)
		return
	}
	a.addClaim(se, &src, h, nil, content, "according-to", 0.85)
}

// accordingSourceEnd returns where the source of a sentence-initial
// "According to X" ends when its noun phrase ends at token e: a phrase that
// follows it up to the first comma still describes the source ("According
// to a survey conducted for the council, C"), so the source runs to that
// comma. With no comma in reach, or a quote or a parenthesis on the way, it
// is e.
func (a *attributor) accordingSourceEnd(e, last int) int {
	const reach = 25
	if e >= last || a.text(e) == "," {
		return e
	}
	for m := e; m < last && m-e < reach; m++ {
		switch {
		case a.text(m) == ",":
			if m == e {
				return e
			}
			return m
		case a.toks[m].Kind == QuoteMark, a.text(m) == "(", a.text(m) == ":", a.text(m) == ";":
			return e
		}
	}
	return e
}
