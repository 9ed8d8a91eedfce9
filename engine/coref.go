package engine

import (
	"sort"
	"strings"

	"github.com/whosaid/whosaid/engine/lexicon"
)

// Stage 5 continued (coreference): point a source noun phrase at its
// actor. A phrase containing a name mention is that actor (the last person
// named in it, else the last actor). A pronoun or a descriptor ("the
// minister") is the most recent fitting actor mentioned before it: a person
// for he and she, a non-person for it, a group, organisation or country for
// they; a descriptor prefers an actor whose role contains the noun. Plural
// phrases headed by a group noun ("analysts", "G7 finance ministers") become
// group actors, one per distinct phrase. An unknown capitalised word as
// source becomes a person. Each resolution adds a mention to the actor.

// mentionIndex lists every actor mention by start offset, so that the
// actors inside a phrase and the most recent fitting actor are found without
// scanning the whole document. Mentions found by the actors stage are in
// base; those attribution adds, sentence by sentence, are appended to extra,
// which stays sorted because sentences are read in order.
type mentionIndex struct {
	base, extra []mentionRef
}

type mentionRef struct {
	Span
	act  *Actor
	kind MentionKind
}

// build indexes the mentions of actors, in the memory of base and extra
// (empty) when it is large enough.
func (ix *mentionIndex) build(actors []*Actor, base, extra []mentionRef) {
	n := 0
	for _, act := range actors {
		n += len(act.Mentions)
	}
	ix.base = base
	if cap(base) < n {
		ix.base = make([]mentionRef, 0, n)
	}
	for _, act := range actors {
		for _, m := range act.Mentions {
			ix.base = append(ix.base, mentionRef{m.Span, act, m.Kind})
		}
	}
	sortBySpan(ix.base, func(r mentionRef) Span { return r.Span }, false) // the order of sort.Slice, without reflection
	// Attribution adds about one mention for five of the actors stage's
	// (0.18 on PolNeAR dev, 0.19 on the benchmark texts): room for a
	// quarter saves the growth copies, 1.25 times each past 256 refs.
	ix.extra = extra
	if cap(extra) < n/4+16 {
		ix.extra = make([]mentionRef, 0, n/4+16)
	}
}

// add records a mention found during attribution.
func (ix *mentionIndex) add(sp Span, act *Actor, kind MentionKind) {
	r := mentionRef{sp, act, kind}
	n := len(ix.extra)
	if n == 0 || !spanLess(sp, ix.extra[n-1].Span) {
		ix.extra = append(ix.extra, r)
		return
	}
	i := sort.Search(n, func(i int) bool { return !spanLess(ix.extra[i].Span, sp) })
	ix.extra = append(ix.extra, mentionRef{})
	copy(ix.extra[i+1:], ix.extra[i:])
	ix.extra[i] = r
}

// has reports whether act already has a mention at sp.
func (ix *mentionIndex) has(sp Span, act *Actor) bool {
	for _, refs := range [2][]mentionRef{ix.base, ix.extra} {
		i := sort.Search(len(refs), func(i int) bool { return refs[i].Start >= sp.Start })
		for ; i < len(refs) && refs[i].Start == sp.Start; i++ {
			if refs[i].Span == sp && refs[i].act == act {
				return true
			}
		}
	}
	return false
}

// recentLimit bounds how far back a pronoun or descriptor looks, in mentions.
const recentLimit = 60

// actorIn returns the actor named inside sp: the last person, else the last actor.
func (a *attributor) actorIn(sp Span) *Actor {
	var best *Actor
	for _, refs := range [2][]mentionRef{a.index.base, a.index.extra} {
		i := sort.Search(len(refs), func(i int) bool { return refs[i].Start >= sp.Start })
		for ; i < len(refs) && refs[i].Start < sp.End; i++ {
			r := refs[i]
			if !sp.Contains(r.Span) || r.kind == MentionPronoun || r.kind == MentionDescriptor {
				continue
			}
			if best == nil || r.act.Type == Person || best.Type != Person {
				best = r.act
			}
		}
	}
	return best
}

// genderOf tells a person's gender from an honorific before a mention
// ("Mrs. Ruiz") or from a given name that is only a woman's or only a man's.
func (a *attributor) genderOf(act *Actor) byte {
	for _, m := range act.Mentions {
		i := sort.Search(len(a.toks), func(i int) bool { return int(a.toks[i].Start) >= m.Start })
		if i == 0 || i > len(a.toks) {
			continue
		}
		switch a.text(i - 1) {
		case "Mrs.", "Ms.", "Miss", "Mrs", "Ms", "Dame", "Lady", "Madam", "Mme.", "Sister", "Queen", "Princess":
			return 'f'
		case "Mr.", "Mr", "Sir", "Lord", "Brother", "King", "Prince":
			return 'm'
		}
	}
	first := act.Name
	if i := strings.IndexByte(first, ' '); i > 0 {
		first = first[:i]
	} else {
		return 0 // a single name: a surname as often as a given name
	}
	c := lexicon.Classify(first)
	switch {
	case c.Female():
		return 'f'
	case c.Male():
		return 'm'
	}
	return 0
}

// indexPersons maps the names of the persons the actors stage found, and
// the first and last words of their multi-word names, to them.
func (a *attributor) indexPersons() {
	a.persons = map[string]*Actor{}
	for _, act := range a.d.Actors {
		if act.Type != Person {
			continue
		}
		act.gender = a.genderOf(act)
		if _, ok := a.persons[act.Name]; !ok {
			a.persons[act.Name] = act
		}
		if i := strings.LastIndexByte(act.Name, ' '); i > 0 {
			if _, ok := a.persons[act.Name[i+1:]]; !ok {
				a.persons[act.Name[i+1:]] = act
			}
			j := strings.IndexByte(act.Name, ' ')
			if _, ok := a.persons[act.Name[:j]]; !ok {
				a.persons[act.Name[:j]] = act
			}
		}
	}
}

// recent returns the actor of the latest mention that ends before o, lies
// outside quotes and satisfies fit.
func (a *attributor) recent(o int, fit func(*Actor) bool) *Actor {
	var best *Actor
	bestEnd := -1
	for _, refs := range [2][]mentionRef{a.index.base, a.index.extra} {
		i := sort.Search(len(refs), func(i int) bool { return refs[i].Start >= o })
		for n := 0; i > 0 && n < recentLimit; n++ {
			i--
			r := refs[i]
			if r.End <= bestEnd {
				break
			}
			if r.End <= o && fit(r.act) && !a.insideQuoteSpan(r.Span) {
				best, bestEnd = r.act, r.End
				break
			}
		}
	}
	return best
}

func (a *attributor) insideQuoteSpan(s Span) bool {
	qs := a.d.quoteSpans
	i := sort.Search(len(qs), func(i int) bool { return qs[i].End > s.Start })
	return i < len(qs) && qs[i].Start < s.Start && s.End < qs[i].End
}

func (a *attributor) addMention(act *Actor, sp Span, kind MentionKind, rule string) {
	if a.index.has(sp, act) {
		return
	}
	act.Mentions = append(act.Mentions, Mention{Span: sp, Kind: kind, Rule: rule})
	a.index.add(sp, act, kind)
}

func (a *attributor) newActor(name string, typ ActorType, rule string, sp Span, kind MentionKind) *Actor {
	act := &Actor{ID: "tmpa" + itoa(a.nextID), Name: name, Type: typ, Rule: rule}
	a.nextID++
	a.d.Actors = append(a.d.Actors, act)
	a.addMention(act, sp, kind, rule)
	return act
}

// speaksFor are the people who speak on behalf of whoever precedes them
// with 's: "X's spokesperson said" is X's claim.
var speaksFor = &wordList{bars: "|spokesman|spokeswoman|spokesperson|spokespeople|lawyer|lawyers|attorney|attorneys|office|press|representative|campaign|aides|aide|adviser|advisers|advisor|"}

var mediaHeads = &wordList{bars: "|media|newspaper|broadcaster|tabloid|television|daily|"}

// pluralGroup returns the group named by a phrase whose last word is a
// plural group noun outside any name: "G7 finance ministers".
func (a *attributor) pluralGroup(s, e int, sp Span) *Actor {
	head := a.lower(e - 1)
	_, desc := lexicon.Descriptor(strings.TrimSuffix(head, "s"))
	if !(lexicon.GroupNoun(head) || desc && strings.HasSuffix(head, "s") && len(head) > 3) || a.toks[e-1].Is(Upper) {
		return nil
	}
	last := a.span(e-1, e)
	refs := a.index.base
	i := sort.Search(len(refs), func(i int) bool { return refs[i].End >= last.End })
	if i < len(refs) && refs[i].Contains(last) {
		return nil
	}
	return a.group(s, e, sp)
}

// named returns the actor of type typ named by the phrase [s, e) (without
// determiners), creating it.
func (a *attributor) named(s, e int, sp Span, typ ActorType, rule string) *Actor {
	k := s
	for k < e-1 && a.lowerIn(determiners, k) {
		k++
	}
	name := a.s[a.toks[k].Start:a.toks[e-1].End]
	key := string(typ) + ":" + strings.ToLower(name)
	if act := a.groups[key]; act != nil {
		a.addMention(act, sp, MentionDescriptor, rule)
		return act
	}
	act := a.newActor(name, typ, rule, sp, MentionDescriptor)
	a.groups[key] = act
	return act
}

// groupWithPhrase returns the group actor of a phrase like "analysts at
// Northbridge Capital", whose head is a group noun before of, for or at.
func (a *attributor) groupWithPhrase(s, e int, sp Span) *Actor {
	for k := s + 1; k < e-1; k++ {
		if w := a.lower(k); w == "of" || w == "for" || w == "at" {
			if !lexicon.GroupNoun(a.lower(k - 1)) {
				return nil
			}
			return a.group(s, e, sp)
		}
	}
	return nil
}

// group returns the group actor named by tokens [s, e), creating it.
func (a *attributor) group(s, e int, sp Span) *Actor {
	return a.named(s, e, sp, Group, "group-noun")
}

// resolve finds the actor of the source phrase in tokens [s, e).
func (a *attributor) resolve(s, e int, se Sentence) *Actor {
	sp := a.span(s, e)
	// "Trump's spokeswoman", "the ministry's lawyer": the one they speak for.
	for k := s + 1; k+1 < e; k++ {
		if w := a.lower(k); (w == "'s" || w == "’s") && a.lowerIn(speaksFor, k+1) {
			if act := a.resolve(s, k, se); act != nil {
				return act
			}
			break
		}
	}
	if act := a.groupWithPhrase(s, e, sp); act != nil {
		return act
	}
	if act := a.pluralGroup(s, e, sp); act != nil {
		return act
	}
	if act := a.actorIn(sp); act != nil {
		return act
	}
	if e-s >= 2 && a.lowerIn(mediaHeads, e-1) {
		return a.named(s, e, sp, Media, "media-phrase")
	}
	if e-s == 1 {
		switch w := a.lower(s); w {
		case "he", "she", "i":
			not := byte(0) // the gender the pronoun rules out
			switch w {
			case "he":
				not = 'f'
			case "she":
				not = 'm'
			}
			if act := a.recent(sp.Start, func(x *Actor) bool { return x.Type == Person && x.gender != not || x.Type == Person && not == 0 }); act != nil {
				a.addMention(act, sp, MentionPronoun, "pronoun-"+w)
				return act
			}
			return nil
		case "it":
			if act := a.recent(sp.Start, func(x *Actor) bool { return x.Type != Person && x.Type != Group }); act != nil {
				a.addMention(act, sp, MentionPronoun, "pronoun-it")
				return act
			}
			return nil
		case "they", "we":
			if act := a.recent(sp.Start, func(x *Actor) bool { return x.Type != Person }); act != nil {
				a.addMention(act, sp, MentionPronoun, "pronoun-"+w)
				return act
			}
			return nil
		}
	}
	// An unknown capitalised word or two as the source: a person named here.
	if e-s <= 3 && a.toks[s].Is(Upper) && !a.toks[s].Is(AllUpper) {
		allCap := true
		for k := s; k < e; k++ {
			if !a.toks[k].Is(Upper) || lexicon.NotName(a.text(k)) {
				allCap = false
			}
			if _, ok := lexicon.Gazetteer().Lookup(a.text(k)); ok {
				allCap = false // a country, nationality or body, not a new person
			}
			if lexicon.IsPlace(a.text(k)) {
				allCap = false // a city or region speaks through its people, not as one
			}
		}
		if allCap && !(s == se.First && lexicon.IsCommonWord(a.lower(s))) {
			name := a.text(s)
			for k := s + 1; k < e; k++ {
				name += " " + a.text(k)
			}
			// The same name as before, or a surname or given name of a
			// known person?
			if act := a.persons[name]; act != nil {
				a.addMention(act, sp, MentionName, "surname")
				return act
			}
			act := a.newActor(name, Person, "source-name", sp, MentionName)
			a.persons[name] = act
			return act
		}
	}
	head := a.lower(e - 1)
	// "the statement read": whoever issued it, the organisation (else the
	// actor) mentioned last before it.
	if inList(docNouns, head) && (a.lower(s) == "the" || a.lower(s) == "its" || a.lower(s) == "their") {
		act := a.recent(sp.Start, func(x *Actor) bool { return x.Type == Organization || x.Type == Country || x.Type == Media })
		if act == nil {
			act = a.recent(sp.Start, func(x *Actor) bool { return x.Type != Group })
		}
		if act != nil {
			a.addMention(act, sp, MentionDescriptor, "issuer-of-document")
		}
		return act
	}
	// A descriptor: "the minister", "the company".
	if t, ok := lexicon.Descriptor(head); ok && a.lowerIn(determiners, s) && a.lower(s) != "a" && a.lower(s) != "an" {
		typ := ActorType(t)
		act := a.recent(sp.Start, func(x *Actor) bool {
			if x.Type != typ {
				return false
			}
			for _, r := range x.Roles {
				if strings.Contains(strings.ToLower(r), head) {
					return true
				}
			}
			return false
		})
		if act == nil {
			act = a.recent(sp.Start, func(x *Actor) bool { return x.Type == typ })
		}
		if act != nil {
			a.addMention(act, sp, MentionDescriptor, "descriptor")
			return act
		}
		return nil
	}
	// A group: "analysts", "both sides", "G7 finance ministers".
	sing := strings.TrimSuffix(head, "s")
	_, desc := lexicon.Descriptor(sing)
	if lexicon.GroupNoun(head) || (desc && strings.HasSuffix(head, "s")) || head == "sides" {
		return a.group(s, e, sp)
	}
	return nil
}

// speakers gives every quote its speaker, turns quotes with speakers into
// direct claims, and drops quoted titles and terms nobody said.
func (a *attributor) speakers() {
	d := a.d
	qs := d.quoteSpans
	// 1. Claims whose content is or contains a quote.
	direct := make([]bool, len(qs))
	linked := make([]bool, len(qs)) // the quote is some claim's whole content
	for _, c := range d.Claims {
		if c.Content == nil {
			continue
		}
		first := sort.Search(len(qs), func(i int) bool { return qs[i].Start >= c.Content.Start })
		for i := first; i < len(qs) && qs[i].Start < c.Content.End; i++ {
			q := a.quotes[i]
			if q.Speaker != "" || !c.Content.Contains(qs[i].Span) {
				continue
			}
			q.Speaker, q.Source, q.Cue = c.Claimant, c.Source, c.Cue
			q.Rule, q.Confidence = "claim-"+c.Rule, c.Confidence
			if *c.Content == qs[i].Span {
				c.Kind, c.Quote = ClaimDirect, q.ID
				direct[i] = true
				linked[i] = true
			} else {
				q.Kind = QuotePartial
				q.Rule = "inside-claim"
			}
			if q.Speaker == "" {
				q.Rule = "unresolved-" + c.Rule
			}
		}
	}
	// 2. Quotes in a sentence with a claim; continuations; quote-only
	// paragraphs after a quote.
	for i := range qs {
		q := a.quotes[i]
		if qs[i].continues && i > 0 {
			p := a.quotes[i-1]
			q.Kind = QuoteContinuation
			if q.Speaker == "" {
				q.Speaker, q.Source, q.Cue, q.Rule, q.Confidence = p.Speaker, p.Source, p.Cue, "continuation", p.Confidence*0.9
			}
			continue
		}
		if q.Speaker != "" {
			continue
		}
		c, claims := a.sentenceClaim(qs[i].Span)
		if c != nil {
			q.Speaker, q.Source, q.Cue, q.Rule, q.Confidence = c.Claimant, c.Source, c.Cue, "same-sentence", 0.6
			if i > 0 && a.quotes[i-1].Speaker == c.Claimant && qs[i-1].para == qs[i].para {
				direct[i] = direct[i-1] // the second half of a split quote
			}
			continue
		}
		// A quote in a sentence with no claim, right after a quote with a
		// speaker in the same or the previous paragraph.
		if i > 0 && !claims && a.quotes[i-1].Speaker != "" &&
			(qs[i-1].para == qs[i].para || qs[i-1].para == qs[i].para-1 && a.quoteOnlyParagraph(qs[i])) {
			p := a.quotes[i-1]
			q.Speaker, q.Rule, q.Confidence = p.Speaker, "previous-speaker", 0.5
			if qs[i-1].para == qs[i].para {
				// “A,” said Ruiz. “B.”: the cue of A attributes B too.
				q.Source, q.Cue = p.Source, p.Cue
			}
			direct[i] = direct[i-1]
		} else if i > 0 && !claims && a.unresolvedSplit(i, direct[i-1]) {
			// “A,” said one worker. “B.”: the cue of A attributes B too,
			// though its source names no actor.
			p := a.quotes[i-1]
			q.Source, q.Cue, q.Rule, q.Confidence = p.Source, p.Cue, "previous-source", 0.5
			direct[i] = true
		}
	}
	// An unclosed quote takes the speaker of the quote that continues it
	// when the speaker is named only after the continuation.
	for i := len(qs) - 2; i >= 0; i-- {
		if qs[i].unclosed && qs[i+1].continues && a.quotes[i+1].Speaker != "" && a.quotes[i].Rule != "claim-"+"source-cue-content" {
			if q, n := a.quotes[i], a.quotes[i+1]; q.Speaker == "" || q.Rule == "previous-speaker" {
				q.Speaker, q.Source, q.Cue, q.Rule, q.Confidence = n.Speaker, n.Source, n.Cue, "continued-by", n.Confidence*0.9
				direct[i] = true
			}
		}
	}
	// 3. Kinds, dropped non-quotes, direct claims.
	kept := a.quotes[:0]
	var titles []Span
	for i := range qs {
		q := a.quotes[i]
		words := a.wordsIn(qs[i].Span)
		if work := a.titleOfWork(qs[i]); work || q.Speaker == "" && words <= 3 {
			if work {
				titles = append(titles, qs[i].Span)
			}
			continue
		}
		if q.Kind == QuoteDirect && !direct[i] && a.partialShape(qs[i]) {
			q.Kind = QuotePartial
		}
		if q.Rule == "" {
			q.Rule, q.Confidence = "no-speaker", 0.5
		}
		kept = append(kept, q)
		if q.Speaker == "" && q.Rule != "previous-source" {
			continue
		}
		if !linked[i] && q.Kind != QuotePartial {
			c := d.claimBlock.new()
			*c = Claim{
				Kind: ClaimDirect, Claimant: q.Speaker, Source: q.Source, Cue: q.Cue,
				Content: d.spanPtr(q.Span), Quote: q.ID, Rule: "quote-" + q.Rule, Confidence: q.Confidence,
			}
			d.Claims = append(d.Claims, c)
		}
	}
	d.Quotes = kept
	a.dropMentionsIn(titles)
	// Claim spans: from the first to the last of their parts.
	for _, c := range d.Claims {
		c.Span = Span{-1, -1}
		for _, p := range []*Span{c.Source, c.Cue, c.Addressee, c.Content} {
			if p == nil {
				continue
			}
			if c.Span.Start < 0 || p.Start < c.Span.Start {
				c.Span.Start = p.Start
			}
			if p.End > c.Span.End {
				c.Span.End = p.End
			}
		}
	}
}

// unresolvedSplit reports whether quote i follows, in the same paragraph, a
// quote that is the content of a claim (direct says so) with a source and a
// cue but no actor for the source.
func (a *attributor) unresolvedSplit(i int, direct bool) bool {
	p := a.quotes[i-1]
	return direct && p.Speaker == "" && p.Source != nil && p.Cue != nil && a.d.quoteSpans[i-1].para == a.d.quoteSpans[i].para
}

// dropMentionsIn removes the mentions inside quoted titles of works (spans
// sorted by start), and the actors left with no mention.
func (a *attributor) dropMentionsIn(spans []Span) {
	if len(spans) == 0 {
		return
	}
	inside := func(m Span) bool {
		i := sort.Search(len(spans), func(i int) bool { return spans[i].End >= m.End })
		return i < len(spans) && spans[i].Contains(m)
	}
	acts := a.d.Actors[:0]
	for _, act := range a.d.Actors {
		ms := act.Mentions[:0]
		for _, m := range act.Mentions {
			if !inside(m.Span) {
				ms = append(ms, m)
			}
		}
		act.Mentions = ms
		if len(ms) > 0 {
			acts = append(acts, act)
		}
	}
	a.d.Actors = acts
}

// sentenceClaim returns the first claim with a claimant in the sentence
// holding sp, and whether that sentence has any claim.
func (a *attributor) sentenceClaim(sp Span) (*Claim, bool) {
	ss := a.d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > sp.Start })
	if i == len(ss) {
		return nil, false
	}
	claims := a.claimsOf(i)
	for _, c := range claims {
		if c.Claimant != "" {
			return c, true
		}
	}
	return nil, len(claims) > 0
}

func (a *attributor) quoteOnlyParagraph(q quoteSpan) bool {
	p := a.d.Paragraphs[q.para]
	return q.Start-p.Start <= 1 && p.End-q.End <= 2
}

func (a *attributor) wordsIn(sp Span) int {
	n := 0
	i := sort.Search(len(a.toks), func(i int) bool { return int(a.toks[i].Start) >= sp.Start })
	for ; i < len(a.toks) && int(a.toks[i].End) <= sp.End; i++ {
		if a.toks[i].Kind == Word || a.toks[i].Kind == Number {
			n++
		}
	}
	return n
}

// titleOfWork reports a quote that names a show, book or campaign: every
// word capitalised, no end punctuation inside and no comma but one that
// closes it (“Harbour Hour,”), after "on", "with", a possessive ("Channel
// Nine’s “Harbour Hour,”"), "titled" and the like.
func (a *attributor) titleOfWork(q quoteSpan) bool {
	if q.close < 0 {
		return false
	}
	for k := q.open + 1; k < q.close; k++ {
		t := a.toks[k]
		if t.Kind == Word && !t.Is(Upper) && len(a.text(k)) > 3 {
			return false
		}
		if a.isEndPunct(k) || a.text(k) == "," && k+1 < q.close {
			return false
		}
	}
	if q.open == 0 {
		return false
	}
	switch a.lower(q.open - 1) {
	case "on", "in", "of", "with", "'s", "’s", "podcast", "titled", "entitled", "called", "named", "dubbed", "show", "book", "film", "movie", "song", "program", "programme", "series", "campaign", "album", "novel", "play", "column", "episode":
		return true
	}
	return false
}

// partialShape reports a quote embedded in the reporter's sentence: it
// starts with a lower-case word and does not start its sentence.
func (a *attributor) partialShape(q quoteSpan) bool {
	k := q.open + 1
	if k >= len(a.toks) {
		return false
	}
	t := a.toks[k]
	return t.Kind == Word && !t.Is(Upper)
}
