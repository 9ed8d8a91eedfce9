package engine

import (
	"strings"

	"github.com/whosaid/whosaid/engine/lexicon"
)

// Cues that the patterns of sentence read no claim for: the last chance of
// each cue of a sentence, tried after all of them, so that no rule here
// takes a cue another pattern reads.

// leftovers gives a claim to the cues of sentence se that have none yet:
// hits[i] is a cue whose content may run to ends[i]. A cue under a modal or
// inside the content of a claim of its sentence stays without one, as in
// sentence.
func (a *attributor) leftovers(se Sentence, hits []cueHit, ends []int) {
	for i, h := range hits {
		if a.claimed(h) || a.hypothetical(h) || a.insideClaim(h) {
			continue
		}
		if a.commaSubject(se, h, ends[i]) == nil && a.controlObject(se, h, ends[i]) == nil {
			a.andSubject(se, h, ends[i])
		}
	}
	crit, poss, stance, meet := a.leftoverWords(se)
	if crit {
		a.drewCriticism(se)
	}
	if poss {
		a.possessiveNoun(se)
	}
	if stance {
		a.stanceOf(se)
	}
	if meet {
		a.meetToDiscuss(se)
	}
}

// leftoverWords reports which of the four passes at the end of leftovers
// can read something in se: each first looks for a word ("criticism"), or
// a pair of words ("claim that", "critical of", "to discuss"), and a pass
// whose words are not there reads nothing. One sweep of the sentence
// instead of four spares each token three or four calls of lower.
func (a *attributor) leftoverWords(se Sentence) (crit, poss, stance, meet bool) {
	low, odd := a.d.low.text, a.d.low.oddLow
	prev := ""
	for k := se.First; k < se.Last; k++ {
		t := a.toks[k]
		w := low[t.Start:t.End]
		if odd != nil && odd[k] != "" {
			w = odd[k]
		}
		switch w {
		case "criticism":
			crit = true
		case "that":
			poss = poss || k > se.First && a.lowerIn(assertionNouns, k-1)
		case "to":
			poss = poss || k > se.First && a.lowerIn(promiseNouns, k-1)
		case "of":
			stance = stance || prev == "critical" || k > se.First && a.lowerIn(stanceHolders, k-1)
		case "discuss", "address", "talk":
			meet = meet || prev == "to"
		}
		prev = w
	}
	return
}

// claimed reports whether a claim of the sentence being read has a cue
// that overlaps h.
func (a *attributor) claimed(h cueHit) bool {
	sp := a.span(h.first, h.last)
	for _, c := range a.d.Claims[a.claimStart[a.sent]:] {
		if c.Cue != nil && c.Cue.Start < sp.End && sp.Start < c.Cue.End {
			return true
		}
	}
	return false
}

// commaSubject reads "Reyes, chairman of the Harbor and Ports Committee,
// said that …" and "Six dock unions, including the one in Marlow, said …"
// (rule "comma-subject"): a verb of saying or stance in the past or the
// -s form right after a comma has for source the whole subject of its
// clause, descriptions and all, from the clause start to the comma. The
// clause starts at the sentence start or after a semicolon, a colon or a
// quote, past a conjunction and an opening phrase of time, place or
// circumstance ("And on Tuesday,", "Appearing before supporters,"). A
// participle that names or describes ("the fund, called Harbor First,",
// "the meeting, requested by Reyes,") is no cue.
func (a *attributor) commaSubject(se Sentence, h cueHit, end int) *Claim {
	c := h.first - 1
	if c <= se.First || a.text(c) != "," || h.cue.Class != lexicon.ClassSpeech && h.cue.Class != lexicon.ClassStance {
		return nil
	}
	if h.cue.Form != lexicon.FormPast && h.cue.Form != lexicon.FormS {
		return nil
	}
	if h.first == h.verb && h.cue.Form == lexicon.FormPast && (inList(namingLemmas, h.cue.Lemma) ||
		h.last < se.Last && (a.lower(h.last) == "by" || a.isPrep(h.last) && !a.lowerIn(sayWriteForms, h.verb))) {
		return nil // "the letter, addressed to …", "the profile, published in 1997"
	}
	if a.speakerAfter(h.last, se.Last) {
		return nil // "The contrast, said Doyle and others, would be clear": the speaker follows
	}
	start, ok := a.commaClauseStart(se, c)
	if !ok {
		return nil
	}
	src := [2]int{start, c + 1}
	cl, _ := a.sourceCueContent(se, h, &src, end, 0.5)
	if cl != nil {
		cl.Rule = "comma-subject"
	}
	return cl
}

// namingLemmas are verbs whose participle after a comma names or
// describes the noun before it ("the program, called EB-5,").
var namingLemmas = &wordList{bars: "|call|dub|label|brand|describe|characterize|characterise|portray|view|regard|consider|see|know|"}

// phraseOpeners open a phrase before the subject that a comma closes:
// "When asked,", "After the vote,", "As expected,".
var phraseOpeners = &wordList{bars: "|when|as|while|if|because|although|though|after|before|since|until|once|whether|unless|despite|like|unlike|following|amid|"}

// commaClauseStart returns the start of the subject that ends at the comma
// at token c (see commaSubject). The subject starts with a capitalised
// word, a determiner, a quantifier or a number, holds at most 40 tokens and
// no clause of its own outside a relative clause ("who has endorsed
// Ruiz"), and no quote.
func (a *attributor) commaClauseStart(se Sentence, c int) (int, bool) {
	const maxSubject = 40
	start := se.First
	for m := c - 1; m >= se.First; m-- {
		if c-m > maxSubject {
			return 0, false
		}
		if a.toks[m].Kind == QuoteMark {
			if _, ok := a.quoteEndingAt(m); !ok {
				return 0, false
			}
			start = m + 1
			if start < c && a.text(start) == "," {
				start++
			}
			break
		}
		if w := a.text(m); w == ";" || w == ":" || a.isEndPunct(m) && w != "." {
			start = m + 1
			break
		}
	}
	for start < c {
		w := a.lower(start)
		switch {
		case w == "and" || w == "but" || w == "so" || w == "yet" || w == "or":
			start++
			continue
		case (inList(sentenceAdverbs, w) || lyAdverb(w)) && a.text(start+1) == ",":
			start += 2
			continue
		case a.isPrep(start) || inList(phraseOpeners, w) || strings.HasSuffix(w, "ing") && a.toks[start].Kind == Word:
			m := start
			for m < c && a.text(m) != "," {
				m++
			}
			if m >= c {
				return 0, false
			}
			start = m + 1
			continue
		}
		break
	}
	if start >= c || lyAdverb(a.lower(c-1)) {
		return 0, false // no subject, or an adverb: "Perhaps surprisingly, …"
	}
	w := a.lower(start)
	if !a.toks[start].Is(Upper) && a.toks[start].Kind != Number && !inList(determiners, w) && !inList(quantifiers, w) && !lexicon.GroupNoun(w) && w != "people" {
		return 0, false
	}
	if inList(subjectPronouns, w) {
		return 0, false
	}
	rel := false
	for m := start; m < c; m++ {
		w := a.lower(m)
		switch {
		case w == "who" || w == "that" || w == "which" || w == "whom" || w == "whose":
			rel = true
		case a.text(m) == ",":
			rel = false
		case (w == "and" || w == "but") && m > start && !a.toks[m-1].Is(Upper) && !rel:
			return 0, false // two clauses: "the vote passed and officials, …"
		case inList(finiteVerbs, w) && !rel:
			return 0, false
		}
		if a.toks[m].Kind == QuoteMark {
			return 0, false
		}
		if _, ok := lexicon.CueForm(w); ok && !rel && a.toks[m].Kind == Word && !a.toks[m].Is(Upper) && !a.npWord(m) {
			return 0, false // a verb of its own: "the court blocked the plan, …"
		}
	}
	return start, true
}

// speakerAfter reports a name right after a cue that a comma or the
// sentence end closes, the speaker of an inverted "C, said Doyle, …":
// capitalised words, joined by "and" or a lower-case word such as
// "others", at most 8 tokens.
func (a *attributor) speakerAfter(k, last int) bool {
	if k >= last || !a.toks[k].Is(Upper) || a.lower(k) == "i" || a.lowerIn(weekdays, k) {
		return false
	}
	for m := k + 1; m < last && m-k <= 8; m++ {
		if a.text(m) == "," || a.isEndPunct(m) {
			return true
		}
		if !a.npWord(m) && a.lower(m) != "and" {
			return false
		}
	}
	return k+8 >= last
}

// andSubject reads "The council on Friday condemned the test and pledged
// to impose sanctions" (rule "and-subject"): a verb of saying or stance in
// the past or the -s form after "and", "but", "yet" or "or" shares the
// subject of the sentence, a noun phrase that starts with a capital, a
// determiner or a pronoun.
func (a *attributor) andSubject(se Sentence, h cueHit, end int) *Claim {
	p := h.first
	if p <= se.First || h.cue.Class != lexicon.ClassSpeech && h.cue.Class != lexicon.ClassStance {
		return nil
	}
	if w := a.lower(p - 1); w != "and" && w != "but" && w != "yet" && w != "or" {
		return nil
	}
	if h.cue.Form != lexicon.FormPast && h.cue.Form != lexicon.FormS {
		return nil
	}
	s, e, ok := a.openingSubject(se, p-1)
	if !ok {
		return nil
	}
	if h.cue.Form == lexicon.FormS && h.last < se.Last && a.lower(h.last) == "of" {
		return nil // a plural noun: "and details of the deal"
	}
	src := [2]int{s, e}
	cl, _ := a.sourceCueContent(se, h, &src, end, 0.5)
	if cl != nil {
		cl.Rule = "and-subject"
	}
	return cl
}

// nameJoiners are the lower-case words inside a name ("Court of Appeals
// for the 6th Circuit").
var nameJoiners = &wordList{bars: "|of|for|the|and|de|del|van|von|"}

// drewCriticism reads "The plan has drawn harsh criticism from unions"
// and "Okafor faced sharp criticism for the delay" (rule "criticism"):
// criticism that someone draws, faces, receives or comes under is a claim
// of its critics, the noun phrase after "from" when there is one, about
// what follows "for" or "over", or else about the subject. The cue runs from
// the verb group to "criticism". On PolNeAR train 18 of 24 such phrases
// are marked as cues.
func (a *attributor) drewCriticism(se Sentence) {
	for k := se.First + 1; k < se.Last; k++ {
		if w := a.lower(k); w != "criticism" || a.inQuote[k] {
			continue
		}
		v := k - 1
		for v > se.First && k-v <= 2 && a.toks[v].Kind == Word && !a.toks[v].Is(Upper) && !a.lowerIn(criticismVerbs, v) && !a.lowerIn(npStop, v) {
			v-- // "harsh", "sharp", "withering"
		}
		if !a.lowerIn(criticismVerbs, v) {
			continue
		}
		if a.lower(v) == "under" {
			if v-1 <= se.First || !a.lowerIn(comeForms, v-1) {
				continue
			}
			v--
		}
		h := cueHit{first: v, last: k + 1, verb: v, cue: lexicon.Cue{Lemma: "criticism", Class: lexicon.ClassNoun}}
		if a.claimed(h) || a.insideClaim(h) {
			continue
		}
		for h.first > se.First && (a.lowerIn(auxAdverbs, h.first-1) || lyAdverb(a.lower(h.first-1))) && !a.toks[h.first-1].Is(Upper) {
			h.first--
		}
		m := k + 1
		var src *[2]int
		if m+1 < se.Last && a.lower(m) == "from" {
			if s, e, ok := a.npRight(m+1, se.Last); ok {
				src = &[2]int{s, e}
				m = e
			}
		}
		var content Span
		if m+1 < se.Last && (a.lower(m) == "for" || a.lower(m) == "over") {
			end := m + 1
			for end < se.Last && a.text(end) != "," && !a.isEndPunct(end) {
				end++
			}
			if end == m+1 {
				continue
			}
			content = a.span(m+1, end)
			if src == nil {
				h.first = v + 1 // "faced sharp criticism for": the verb is no part of it
				if a.lower(v) == "come" || a.lower(v) == "came" || a.lower(v) == "comes" || a.lower(v) == "coming" {
					h.first++
				}
			}
		} else if s, e, ok := a.npLeft(h.first, se.First); ok {
			content = a.span(s, e)
		} else {
			continue
		}
		a.addClaim(se, src, h, nil, content, "criticism", 0.6)
	}
}

// criticismVerbs take criticism as their object: "drew criticism",
// "faced criticism", "came under criticism".
var criticismVerbs = &wordList{bars: "|draw|draws|drew|drawn|drawing|face|faces|faced|facing|receive|receives|received|receiving|" +
	"attract|attracts|attracted|attracting|earn|earns|earned|earning|under|"}

var comeForms = &wordList{bars: "|come|comes|came|coming|"}

// possessiveNoun reads "Okafor's claim that the port would close" and
// "his insistence that …" (rule "possessive-noun"): a noun of assertion
// after a possessive and before "that" is a claim of the possessor, with
// the that-clause as content; an adjective between them is part of the cue
// ("Okafor's repeated claim"). Inside the content of another claim of its
// sentence ("Ruiz repeated her claim that …") it is none.
func (a *attributor) possessiveNoun(se Sentence) {
	for k := se.First + 1; k+1 < se.Last; k++ {
		next := a.lower(k + 1)
		if a.inQuote[k] || !(next == "that" && a.lowerIn(assertionNouns, k) || next == "to" && a.lowerIn(promiseNouns, k)) {
			continue
		}
		first, pos := k, k-1
		if w := a.lower(pos); pos > se.First && a.toks[pos].Kind == Word && !a.toks[pos].Is(Upper) && !inList(npStop, w) && !inList(possessivePronouns, w) && w != "'s" && w != "’s" {
			first, pos = pos, pos-1 // "repeated claim"
		}
		var src [2]int
		switch w := a.lower(pos); {
		case inList(possessivePronouns, w):
			src = [2]int{pos, pos + 1}
		case w == "'s" || w == "’s":
			// The possessor: the words of a name or a short noun phrase,
			// not the phrase it ends ("targets for Trump's claims").
			s := pos
			for s > se.First && pos-s < 5 && a.toks[s-1].Kind == Word && a.npWord(s-1) && !a.isPrep(s-1) && a.lower(s-1) != "of" {
				s--
			}
			if s > se.First && (a.lowerIn(determiners, s-1) || a.lowerIn(possessivePronouns, s-1)) {
				s--
			}
			if s == pos {
				continue
			}
			src = [2]int{s, pos + 1}
		default:
			continue
		}
		h := cueHit{first: first, last: k + 1, verb: k, cue: lexicon.Cue{Lemma: a.lower(k), Class: lexicon.ClassNoun}}
		if a.claimed(h) || a.insideClaim(h) {
			continue
		}
		// The clause ends the noun phrase: it stops at a comma or a dash
		// ("his claim that X, there would be …"), not at a hyphen
		// ("U.S.-Mexico").
		end := k + 2
		for end < se.Last && (a.inQuote[end] || a.text(end) != "," && !isDash(a.text(end)) && !(a.text(end) == "-" && a.toks[end].Start > a.toks[end-1].End)) {
			if _, ok := a.quoteEndingAt(end); ok && a.text(end-1) == "," {
				end++ // “… nothing,” there would be
				break
			}
			end++
		}
		content, ok := a.rightContentFrom(k+1, a.trimRight(k+1, end), se)
		if !ok {
			continue
		}
		a.addClaim(se, &src, h, nil, content, "possessive-noun", 0.5)
	}
}

// assertionNouns name what someone asserts, in the singular and plural.
var assertionNouns = &wordList{bars: "|claim|claims|assertion|assertions|insistence|suggestion|argument|belief|conclusion|contention|" +
	"allegation|allegations|warning|warnings|remark|remarks|acknowledgment|acknowledgement|admission|emphasis|assurance|assurances|"}

// possessivePronouns are the pronouns that stand before a noun as its
// possessor ("his claim that …").
var possessivePronouns = &wordList{bars: "|his|her|their|its|our|my|your|"}

// openingSubject returns the subject that opens sentence se before token
// limit, after an opening phrase: a pronoun, a determiner phrase of at most
// five words, or a name up to its first lower-case word (in "Reyes took the
// stage" the name is "Reyes").
func (a *attributor) openingSubject(se Sentence, limit int) (int, int, bool) {
	f := a.subjectFrom(se, limit)
	s, e, ok := a.npRight(f, limit)
	if !ok || e >= limit || a.lowerIn(npStop, s) {
		return 0, 0, false
	}
	switch {
	case a.lowerIn(subjectPronouns, s):
	case a.lowerIn(determiners, s):
		if e-s > 5 {
			return 0, 0, false
		}
	case a.toks[s].Is(Upper):
		for m := s + 1; m < e; m++ {
			if a.toks[m].Kind == Word && !a.toks[m].Is(Upper) && !a.lowerIn(nameJoiners, m) {
				e = m
				break
			}
		}
	default:
		return 0, 0, false
	}
	return s, e, true
}

// stanceOf reads "Ruiz has been critical of the plan" and "Okafor is a
// staunch opponent of the fee" (rule "stance-of"): "critical of" and a
// noun of stance (opponent, supporter, critic …) before "of", after a form
// of "be" and at most four words between them, give a claim of the subject with
// the object after "of" as content. The cue runs from the auxiliaries to
// "of", as PolNeAR marks it ("has been a dogged defender of"). Inside the
// content of another claim it is a claim of its own, as GUIDELINES.md has
// nested stances ("Ruiz said Okafor is a critic of the plan").
func (a *attributor) stanceOf(se Sentence) {
	for k := se.First + 2; k+2 < se.Last; k++ {
		if a.lower(k+1) != "of" || a.inQuote[k] || a.lower(k) != "critical" && !a.lowerIn(stanceHolders, k) {
			continue
		}
		m := k - 1
		for m > se.First && k-m <= 5 && !a.lowerIn(beForms, m) && a.stanceWord(m) {
			m--
		}
		if !a.lowerIn(beForms, m) && !(a.lower(m) == "remains" || a.lower(m) == "remained") {
			continue
		}
		h := cueHit{first: m, last: k + 1, verb: m, cue: lexicon.Cue{Lemma: "be", Class: lexicon.ClassStance}}
		for h.first > se.First && (a.lowerIn(auxAdverbs, h.first-1) || lyAdverb(a.lower(h.first-1)) || a.contractedAux(h.first-1)) && !a.toks[h.first-1].Is(Upper) {
			h.first--
		}
		if a.claimed(h) {
			continue
		}
		s, e, ok := a.npLeft(h.first, se.First)
		if ok && e < h.first && (a.lower(e) == "who" || a.lower(e) == "which") {
			s, e = e, e+1
		}
		if !ok {
			if s2, ok2 := a.fullSubject(se, h.first, se.First); ok2 {
				s, e, ok = s2, h.first, true
			}
		}
		if !ok {
			continue
		}
		end := se.Last
		if h.first > se.First && (a.lower(h.first-1) == "who" || a.lower(h.first-1) == "which") {
			s, e = h.first-1, h.first // "a columnist who has been critical of …": the source is "who"
			for m := k + 2; m < end; m++ {
				if a.text(m) == "," && !a.inQuote[m] {
					end = m // the clause ends at its comma
					break
				}
			}
		}
		content, ok := a.rightContentFrom(k+2, a.trimRight(k+2, end), se)
		if !ok {
			continue
		}
		a.addClaim(se, &[2]int{s, e}, h, nil, content, "stance-of", 0.5)
	}
}

// stanceHolders name someone by a stance before "of": "a staunch
// opponent of", "an outspoken critic of".
var stanceHolders = &wordList{bars: "|opponent|opponents|supporter|supporters|critic|critics|proponent|proponents|advocate|advocates|" +
	"champion|champions|defender|defenders|"}

// stanceWord reports a word that may stand between "be" and a stance noun:
// "a", "an", "and", an adverb or an adjective, but no preposition, other
// determiner or quantifier ("some of the most strident opponents of").
func (a *attributor) stanceWord(m int) bool {
	w := a.lower(m)
	if a.toks[m].Kind != Word || a.toks[m].Is(Upper) {
		return false
	}
	switch {
	case w == "a" || w == "an" || w == "and":
		return true
	case inList(npStop, w) || inList(determiners, w) || inList(quantifiers, w) || a.isPrep(m) || w == "of" || w == "most":
		return false
	}
	return true
}

// describedSubject reports a subject with its description before the comma
// at token c ("Ana Mathur, who studies tax policy, said …", "Dana Rawlings,
// 59, of Marlow, said …") when no name that a comma or the sentence end
// closes follows cue h: the words after the cue are then its content, not
// an inverted speaker, and the cue no inversion ("…, said Lina Okafor's
// statement didn't clarify it", "…, said Tuesday").
func (a *attributor) describedSubject(se Sentence, h cueHit, c int) bool {
	start, ok := a.commaClauseStart(se, c)
	if !ok || !a.toks[start].Is(Upper) || a.speakerAfter(h.last, se.Last) && !a.finiteAfter(h.last, se.Last) {
		return false
	}
	for m := start + 1; m < c; m++ {
		if a.text(m) == "," {
			return true
		}
	}
	return false
}

// finiteAfter reports a finite auxiliary or a modal between token k and the
// next comma or the sentence end: the words after k make a clause ("Lina
// Okafor's statement didn't clarify it").
func (a *attributor) finiteAfter(k, last int) bool {
	for m := k; m < last && a.text(m) != "," && !a.isEndPunct(m); m++ {
		if w := a.lower(m); inList(finiteVerbs, w) || modalWord(w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// meetToDiscuss reads "European leaders gathered Friday to discuss the
// crisis" (rule "meet-to-discuss"): "to discuss", "to talk about" or "to
// address" after a verb of meeting or appearing in the same clause is a cue
// whose source is that verb's subject and whose content is the topic, as
// PolNeAR marks it (train 11 of 16, dev 4 of 4). Not after "anonymity" or
// "authorized" ("spoke on the condition of anonymity to discuss").
func (a *attributor) meetToDiscuss(se Sentence) {
	for k := se.First + 2; k+2 < se.Last; k++ {
		if a.lower(k) != "to" || a.inQuote[k] {
			continue
		}
		last := k + 2
		switch a.lower(k + 1) {
		case "discuss", "address":
		case "talk":
			if a.lower(k+2) != "about" {
				continue
			}
			last = k + 3
		default:
			continue
		}
		v := -1
		for m := k - 1; m > se.First && k-m <= 14; m-- {
			w := a.lower(m)
			if a.toks[m].Kind == Punct || a.toks[m].Kind == QuoteMark || w == "anonymity" || w == "anonymously" || w == "authorized" {
				break
			}
			if inList(meetVerbs, w) {
				v = m
				break
			}
		}
		if v < 0 {
			continue
		}
		h := cueHit{first: k, last: last, verb: k + 1, cue: lexicon.Cue{Lemma: a.lower(k + 1), Class: lexicon.ClassSpeech}}
		if a.claimed(h) || a.insideClaim(h) {
			continue
		}
		s, e, ok := a.npLeft(v, se.First)
		if fs, ok2 := a.fullSubject(se, v, se.First); ok2 && (!ok || fs < s && s > se.First && a.lowerIn(nounPreps, s-1)) {
			s, e, ok = fs, v, true // "a group of Republicans on the committee met"
		}
		if !ok || a.lowerIn(npStop, s) {
			continue
		}
		if s+2 < e && a.toks[s].Is(AllUpper) && (isDash(a.text(s+1)) || a.text(s+1) == "-") {
			s += 2 // a dateline: "BRUSSELS - European leaders"
		}
		end := last
		for end < se.Last && a.text(end) != "," && !a.isEndPunct(end) {
			end++
		}
		content, ok := a.rightContentFrom(last, a.trimRight(last, end), se)
		if !ok {
			continue
		}
		a.addClaim(se, &[2]int{s, e}, h, nil, content, "meet-to-discuss", 0.5)
	}
}

// meetVerbs are verbs of meeting or appearing that take a purpose "to
// discuss": "met with", "gathered", "called a meeting".
var meetVerbs = &wordList{bars: "|met|meet|meets|meeting|gathered|gather|gathers|convened|convene|convenes|visited|visit|visits|" +
	"appeared|spoke|traveled|travelled|arrived|came|sat|"}

// nounPreps join a noun phrase to the noun before it ("a group of
// Republicans on the committee").
var nounPreps = &wordList{bars: "|of|on|in|at|for|from|with|"}

// promiseNouns name a promise before "to": "his pledge to cut the fees".
var promiseNouns = &wordList{bars: "|promise|promises|pledge|pledges|vow|vows|"}

// controlObject reads "the win led her to declare that …" and "the plan
// prompted Britain's Parliament to call a debate" (rule "control-object"):
// a cue verb right after "to" whose "to" ends the object of a verb that
// made someone act has that object for source, the one who declared or
// called. Nested claims are separate (GUIDELINES.md), and here the one who
// acts is not the subject.
func (a *attributor) controlObject(se Sentence, h cueHit, end int) *Claim {
	t := h.first - 1
	if h.first != h.verb || h.cue.Form != lexicon.FormBase {
		return nil
	}
	v := a.controlBefore(t, se.First)
	if v < 0 {
		return nil
	}
	src := [2]int{v + 1, t}
	cl, _ := a.sourceCueContent(se, h, &src, end, 0.5)
	if cl != nil {
		cl.Rule = "control-object"
	}
	return cl
}

// controlBefore returns the control verb ("led", "prompted") whose object
// ends right before "to" at token t, or -1: "led her to".
func (a *attributor) controlBefore(t, first int) int {
	if t-2 <= first || a.lower(t) != "to" {
		return -1
	}
	for v := t - 1; v > first && t-v <= 10; v-- {
		if a.toks[v].Kind == QuoteMark || a.text(v) == "," || a.text(v) == ";" || a.isEndPunct(v) {
			return -1
		}
		if a.lowerIn(controlVerbs, v) {
			if v+1 >= t || a.lowerIn(npStop, v+1) {
				return -1
			}
			return v
		}
	}
	return -1
}

// controlVerbs made someone do what the verb after "to" says: "led her
// to declare", "prompted the council to warn".
var controlVerbs = &wordList{bars: "|led|leading|prompted|prompting|forced|forcing|compelled|caused|spurred|"}
