package engine

import (
	"strings"

	"github.com/whosaid/whosaid/engine/lexicon"
)

// Stage 4, actors: find names and group their mentions into actors.
//
// A run of capitalised words (with inner connectors such as "of" or "for")
// is read left to right: an honorific or a title ("US Treasury Secretary")
// before a name makes the name a person and becomes the actor's role; a
// phrase of the gazetteer is a country, organisation or medium (a capital or
// seat standing for its country is a metonym, unless it follows a word of
// place such as "in"); a run that ends in an organisation word ("Bank",
// "Ministry") or contains one before a connector is an organisation; an
// all-capitals word is an acronym; two to four other capitalised words make a
// person. A sentence's first word counts only if it is not a common word.
// A word that never starts a name ("AT", "Thursday") ends a run.
//
// Rules that keep other names out (rule names in brackets):
//   - a sentence written in capitals (headline, table row) yields only
//     gazetteer phrases, read as written or title-cased, and single words
//     that are the surname of a person named elsewhere ("caps-name");
//   - a dateline ("DUNMORE 1996-08-30") is a place, not an actor;
//   - a name that opens a results line or follows a score and is followed
//     by a score, or stands next to "v", is a team ("team"), unless it is a
//     country (national teams stay countries, as in CoNLL), a month, a
//     common word ("Sales 9.06") or a person by an initial or given name;
//   - "the" and a run ending in a plural is a team or band ("the-plural");
//   - runs starting with a place word ("New", "San", "East") or ending in an
//     event word ("Cup", "Open", "Day") are no persons; a hyphenated
//     modifier ("Brazilian-born") is left out of the name, and a run that
//     ends in one ("Hong Kong-based") is no name;
//   - a bracketed acronym defines the name before it only if their first
//     letters agree ("acronym-defined");
//   - a single word that is the name, or the uncommon first word, of an
//     organisation found in the text joins it ("org-short");
//   - places are no actors (lexicon.IsPlace: cities, states and regions,
//     counties): a run that is a place ("Tunbridge Wells") is nothing; a
//     single place ("Chechnya", "Dallas"), or a single name where a place
//     stands ("in Marion", "the village of Carmen", and that word anywhere
//     else in the text), is a person only as the surname or given name of a
//     person named in the text ("place-single"); a title followed by "of"
//     and a place or country ("Archbishop of Ostrava") names no one;
//     countries and capitals stay the gazetteer's (metonyms such as
//     "Washington"); runs after a place word ("Northern", "Southeast") or
//     ending in a division word ("Oblast", "Governorate") are no persons;
//   - a one-word country or capital and one more word, either of them a
//     given name, is a person ("Paris Hilton", "Jordan Henderson";
//     "place-named");
//   - a common word and a place at the other end of a run of two to four
//     words that does not start with a given name is a club, firm or body
//     named after the place ("Real Ostrava", "Ostrava United"; "place-org");
//   - a single name right after a lower-case noun for an organisation or
//     medium is one ("club Carmen", "the daily Ostrelska";
//     "org-descriptor");
//   - a title word that ends a run after a given name is a surname ("Prime
//     Minister John Major");
//   - a run of common words, its last word maybe a demonym, that does not
//     start with a given name is a phrase, not a name ("Human Rights",
//     "Free Syrian"; "common-run").
//
// Mentions then become actors: gazetteer phrases by their canonical name, an
// acronym defined in brackets after a name ("… Cooperation (APEC)") by that
// name, and a single name by the person whose surname or given name it is
// ("Bessent", and "He" in mid-sentence after "He Lifeng").

// cand is a mention found by the scanner, before clustering.
type cand struct {
	Span
	first, last int // token range
	name        string
	typ         ActorType
	kind        MentionKind
	rule        string
	role        string
	key         string // clustering key; "" for single names still to resolve
	single      bool   // one word of unknown type, resolved by surname
	place       bool   // a single name that is a known place: only a part of a person named in the text makes it a person
}

func actors(d *Document) {
	a := actorScanner{d: d, s: d.norm.s, toks: d.Tokens}
	// Every candidate starts at a capitalised word, and in news about half
	// of them start one (the project's texts and PolNeAR: 34-50%): size the
	// list's arrays for 5/8 of them, up to 1,024 candidates each: a short
	// text needs one, a long one wastes less than one.
	upper := 0
	for _, t := range d.Tokens {
		if t.Flags&Upper != 0 {
			upper++
		}
	}
	a.cands = newChunked[cand](upper*5/8 + 8)
	scr := d.scratch()
	a.cands.spare, scr.cands = scr.cands, nil
	for si, se := range d.Sentences {
		a.sentence(si, se)
		if si%512 == 511 {
			yieldGC()
		}
	}
	a.cluster()
	scr.cands = a.cands.release()
}

type actorScanner struct {
	d     *Document
	s     string
	toks  []Token
	cands chunked[cand]
	title bool // scanning the title line
	caps  bool // scanning a sentence written in capitals
	// placeSeen holds the single names read as places in a place context
	// ("in Ostrel", "the village of Ostrel"), so the same word is a place
	// elsewhere in the text too.
	placeSeen map[string]bool
}

func (a *actorScanner) text(k int) string { return a.s[a.toks[k].Start:a.toks[k].End] }

// nameTok reports whether token k can be part of a name.
func (a *actorScanner) nameTok(k int) bool {
	t := a.toks[k]
	if t.Kind != Word || !t.Is(Upper) {
		return false
	}
	w := a.text(k)
	return w != "'s" && w != "’s" && w != "'S" && w != "’S"
}

// opener reports whether token k is in a position where any word is
// capitalised: a sentence start, after an opening quote, a colon or a dash.
func (a *actorScanner) opener(k, first int) bool {
	if k == first || a.title {
		return true
	}
	p := a.toks[k-1]
	if p.Kind == QuoteMark {
		return true
	}
	switch a.s[p.Start:p.End] {
	case ":", "\u2014", "(", "-", "\u2013":
		return true
	}
	return false
}

var connectors = &wordList{bars: "|of|for|and|&|de|del|da|van|von|bin|al|der|la|le|du|on|"}

func (a *actorScanner) sentence(si int, se Sentence) {
	a.title = !a.d.Title.Empty() && se.Start < a.d.Title.End
	a.caps = a.capsSentence(se)
	for k := se.First; k < se.Last; {
		if !a.nameTok(k) {
			k++
			continue
		}
		j := k + 1
		for j < se.Last {
			if a.nameTok(j) && !a.breaksRun(j) {
				j++
				continue
			}
			if inList(connectors, a.text(j)) && j+1 < se.Last && a.nameTok(j+1) && a.toks[j].Is(SpaceBefore) {
				j++
				continue
			}
			break
		}
		a.run(k, j, se.First)
		k = j
	}
}

// breaksRun reports a capitalised word that ends a run before it: a word
// that never starts a name ("AT" in "BOSTON AT OAKLAND", "Thursday"), other
// than a month, which may end a name ("Theresa May"), a name after an
// honorific ("Mr. He Wen"), or a name after a title word that a name
// follows, neither a common word ("Vice Premier He Lifeng", not "Prime
// Minister In Talks").
func (a *actorScanner) breaksRun(k int) bool {
	if !a.d.classes(k).NotName() || inList(monthNames, a.text(k)) {
		return false
	}
	if k == 0 {
		return true
	}
	if a.d.classes(k - 1).Honorific() {
		return false
	}
	next := k + 1
	return !(a.d.classes(k-1).TitleWord() && a.toks[k].Kind == Word && !a.toks[k].Is(AllUpper) &&
		next < len(a.toks) && a.nameTok(next) && !a.d.classes(next).NotName() && !a.d.lowerClasses(next).CommonWord())
}

// team reports whether the run [k, j) names a sports team in a results
// line: it starts the line or follows a score, and a score follows it
// ("Kestria Rovers 2 Dunmore 1", "DUNMORE 63 71 .470"), or it stands next to
// a "v" ("Dunmore v Kestria Rovers"). A country stays a country (national
// teams are their countries), and a name with an initial or a given name
// ("P. Dunne 84", "Alan Dunne 66") stays a person.
func (a *actorScanner) team(k, j int) bool {
	if j-k > 4 {
		return false
	}
	next, prev := a.textOr(j), ""
	if k > 0 {
		prev = a.text(k - 1)
	}
	versus := next == "v" || prev == "v"
	if !versus {
		if j >= len(a.toks) || a.toks[j].Kind != Number {
			return false
		}
		if !a.toks[k].Is(LineStart) && (k == 0 || a.toks[k-1].Kind != Number) {
			return false
		}
	}
	w := a.text(k)
	if a.toks[k].Is(AllUpper) {
		w = titleCase(w)
	}
	if inList(monthNames, w) || hasDigit(w) || a.toks[k].Is(Dotted) || lexicon.IsTitleWord(w) || (j-k >= 2 && lexicon.IsGivenName(w)) {
		return false
	}
	if j-k == 1 && lexicon.IsCommonWord(strings.ToLower(w)) {
		// "Sales 9.06 9.31", "Halftime 1-0": a table row, not a team.
		return false
	}
	if e, ok := a.gaz(a.phrase(k, j)); ok && e.Type == "country" && e.Kind != "metonym" {
		return false
	}
	if e, ok := a.gaz(a.titlePhrase(k, j)); ok && e.Type == "country" && e.Kind != "metonym" {
		return false
	}
	return true
}

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}

// capsSentence reports a sentence written in capitals: a headline, a
// dateline or a table row, where capitals say nothing about names.
func (a *actorScanner) capsSentence(se Sentence) bool {
	caps := false
	for k := se.First; k < se.Last; k++ {
		t := a.toks[k]
		if t.Kind != Word {
			continue
		}
		switch {
		case t.Is(AllUpper):
			caps = true
		case t.Is(Upper) && t.End-t.Start <= 2:
		default:
			return false
		}
	}
	return caps
}

// capsRun reads the run [k, j) of a sentence in capitals. Only what the
// gazetteer knows, as written ("NATO") or capitalised ("GERMANY" as
// "Germany"), is an actor here; any other word is a single name, which
// counts only as the surname or given name of a person named elsewhere in
// the text ("HENKE" after "Nolan Henke"). A dateline ("LONDON 1996-08-30")
// is a place, not an actor (see run).
func (a *actorScanner) capsRun(k, j int) {
	g := lexicon.Gazetteer()
	for k < j {
		w := a.text(k)
		if lexicon.NotName(w) || inList(connectors, w) {
			k++
			continue
		}
		if e, end, ok := a.gazAt(k, j); ok {
			k = a.addGaz(e, k, end)
			continue
		}
		found := false
		for n := min(g.MaxWords(titleCase(w)), j-k); n >= 1; n-- {
			ph := a.titlePhrase(k, k+n)
			if e, ok := g.Lookup(ph); ok {
				k = a.addGaz(e, k, k+n)
				found = true
				break
			}
		}
		if found {
			continue
		}
		if a.toks[k].Is(AllUpper) && !a.toks[k].Is(Dotted) {
			name := titleCase(w)
			a.add(cand{Span: a.span(k, k+1), first: k, last: k + 1, name: name, typ: Person, kind: MentionName, rule: "caps-name", single: true, place: lexicon.IsPlace(name)})
		}
		k++
	}
}

// dateline reports a run that opens a line and is followed by a date and
// the line's end: "LONDON 1996-08-30", "NEW YORK 1996-08-30".
func (a *actorScanner) dateline(k, j int) bool {
	if !a.toks[k].Is(LineStart) || j >= len(a.toks) || a.toks[j].Kind != Number {
		return false
	}
	return j+1 == len(a.toks) || a.toks[j+1].Is(LineStart)
}

// titleCase returns an all-capitals word with only its first letter (and
// the first letter after a hyphen) in capitals: "NEW-YORK" → "New-York".
func titleCase(w string) string {
	b := []byte(w)
	up := true
	for i, c := range b {
		switch {
		case c >= 'A' && c <= 'Z':
			if !up {
				b[i] = c + 'a' - 'A'
			}
			up = false
		case c == '-' || c == ' ':
			up = true
		default:
			up = false
		}
	}
	return string(b)
}

// titlePhrase is phrase with every word title-cased.
func (a *actorScanner) titlePhrase(k, j int) string { return titleCase(a.phrase(k, j)) }

// run reads the capitalised run [k, j).
func (a *actorScanner) run(k, j, first int) {
	if a.dateline(k, j) {
		return
	}
	if !a.breaksRun(k) && a.team(k, j) {
		a.add(cand{Span: a.span(k, j), first: k, last: j, typ: Organization, kind: MentionName, rule: "team", key: "org:" + a.phrase(k, j)})
		return
	}
	if a.caps {
		a.capsRun(k, j)
		return
	}
	for k < j {
		w := a.text(k)
		if inList(connectors, w) {
			k++
			continue
		}
		if _, inGaz := a.gaz(w); a.d.classes(k).NotName() && !inGaz {
			if !a.opener(k, first) && a.toks[k].Kind == Word && !a.toks[k].Is(AllUpper) {
				// Mid-sentence "He" may be a person called He; it counts
				// only if such a person is named in the text.
				a.add(cand{Span: a.span(k, k+1), first: k, last: k + 1, typ: Person, kind: MentionName, rule: "not-name", single: true})
			}
			k++
			continue
		}
		if a.opener(k, first) && a.commonAtStart(k) {
			k++
			continue
		}
		n := a.one(k, j, first)
		if n <= k {
			n = k + 1
		}
		k = n
	}
}

// commonAtStart reports whether the capitalised word k at a sentence start
// is just a common word, not a name.
func (a *actorScanner) commonAtStart(k int) bool {
	if a.d.classes(k).GivenName() {
		return false
	}
	if _, ok := a.gaz(a.text(k)); ok {
		return false
	}
	return a.d.lowerClasses(k).CommonWord()
}

func (a *actorScanner) gaz(phrase string) (lexicon.Entry, bool) {
	return lexicon.Gazetteer().Lookup(phrase)
}

// gazAt returns the longest gazetteer phrase starting at token k within
// [k, j) and the token after it.
func (a *actorScanner) gazAt(k, j int) (lexicon.Entry, int, bool) {
	g := lexicon.Gazetteer()
	max, seconds := g.Start(a.text(k))
	if max == 0 {
		return lexicon.Entry{}, 0, false
	}
	if max > 1 && (j-k < 2 || !contains(seconds, a.text(k+1))) {
		max = 1 // no longer phrase starts here
	}
	for n := min(max, j-k); n >= 1; n-- {
		ph := a.phrase(k, k+n)
		if e, ok := g.Lookup(ph); ok {
			return e, k + n, true
		}
	}
	return lexicon.Entry{}, 0, false
}

// phrase returns the words of tokens [k, j) joined by single spaces,
// without allocating when the text already has single spaces.
func (a *actorScanner) phrase(k, j int) string {
	start, end := int(a.toks[k].Start), int(a.toks[j-1].End)
	if end-start == sumLen(a.toks[k:j])+(j-k-1) {
		ok := true
		for m := k + 1; m < j; m++ {
			if a.toks[m].Start != a.toks[m-1].End+1 || a.s[a.toks[m-1].End] != ' ' {
				ok = false
				break
			}
		}
		if ok {
			return a.s[start:end]
		}
	}
	var b strings.Builder
	for m := k; m < j; m++ {
		if m > k {
			b.WriteByte(' ')
		}
		b.WriteString(a.text(m))
	}
	return b.String()
}

func sumLen(ts []Token) int {
	n := 0
	for _, t := range ts {
		n += int(t.End - t.Start)
	}
	return n
}

// isTitleTok reports whether token k can be part of a title before a name.
func (a *actorScanner) isTitleTok(k int) (head bool, ok bool) {
	w := a.text(k)
	cl := a.d.classes(k)
	if cl.TitleWord() {
		return true, true
	}
	if cl.TitleModifier() || w == "of" {
		return false, true
	}
	if _, ok := a.gaz(w); ok {
		return false, true
	}
	return false, false
}

// one reads one mention starting at token k of the run [k, j) and returns
// the token after it.
func (a *actorScanner) one(k, j, first int) int {
	w := a.text(k)
	// Honorific: Mr. Smith.
	if a.d.classes(k).Honorific() && k+1 < j {
		// "the Lord for Donald Trump": a connector right after the
		// honorific leaves no name.
		if end := a.nameEnd(k+1, j); end > k+1 {
			a.add(cand{Span: a.span(k+1, end), first: k + 1, last: end, typ: Person, kind: MentionName, rule: "honorific-name"})
			return end
		}
	}
	// A gazetteer phrase, unless a title before a name is longer: the role
	// is the title word that a name follows and the title words, modifiers
	// and gazetteer words before it ("US Treasury Secretary", "Secretary of
	// State", "Valdorian Trade Minister"). Words of the run before the role
	// are read first, on their own.
	e, gend, gok := a.gazAt(k, j)
	for m := k; m < j; m++ {
		if !a.d.classes(m).TitleWord() {
			continue
		}
		c := m + 1
		for c < j {
			if head, ok := a.isTitleTok(c); ok && !head && c+1 < j {
				c++
				continue
			}
			break
		}
		if c >= j || inList(connectors, a.text(c)) || a.d.classes(c).TitleWord() {
			continue
		}
		start := m
		for start > k {
			if _, ok := a.isTitleTok(start - 1); ok && a.text(start-1) != "of" || demonymLike(a.text(start-1)) {
				start--
				continue
			}
			break
		}
		if gok && gend >= c && start == k {
			break
		}
		if a.title {
			break
		}
		if start > k {
			a.run(k, start, first)
		}
		end := a.nameEnd(c, j)
		if !a.title && a.text(c-1) == "of" && a.isPlace(c, end) {
			// "Archbishop of Cape Town", "Duke of Kent": the title ends in
			// a place, and no name follows.
			return end
		}
		a.add(cand{Span: a.span(c, end), first: c, last: end, typ: Person, kind: MentionName, rule: "title-name", role: a.phrase(start, c)})
		return end
	}
	if gok && a.placeNamedPerson(e, k, gend, j) {
		// "Paris Hilton", "Jordan Henderson", "Georgia Marlow".
		a.add(cand{Span: a.span(k, k+2), first: k, last: k + 2, typ: Person, kind: MentionName, rule: "place-named", role: a.roleBefore(k)})
		return k + 2
	}
	if gok {
		end := gend
		// Prefer a longer organisation name that only starts with a gazetteer word.
		if oend := a.orgEnd(k, j); oend > end {
			a.addOrg(k, oend)
			return oend
		}
		return a.addGaz(e, k, end)
	}
	// Organisation: a run with an organisation word.
	if oend := a.orgEnd(k, j); oend > k {
		a.addOrg(k, oend)
		return oend
	}
	if k+1 < j && modifierWord(w) {
		// "Brazilian-born Luis Oliveira": the name starts after the modifier.
		return k + 1
	}
	if a.pluralAfterThe(k, j) {
		a.add(cand{Span: a.span(k, j), first: k, last: j, typ: Organization, kind: MentionName, rule: "the-plural", key: "org:" + a.phrase(k, j)})
		return j
	}
	end := a.nameEnd(k, j)
	n := end - k
	switch {
	case n == 1 && a.toks[k].Is(AllUpper) && len(w) <= 6:
		a.add(cand{Span: a.span(k, end), first: k, last: end, typ: Organization, kind: MentionAcronym, rule: "acronym", key: "acr:" + w})
	case n == 1 && inList(connectors, a.textOr(end)) && a.countryName(k, j):
		// "Republic of Kestria"
		a.add(cand{Span: a.span(k, j), first: k, last: j, typ: Country, kind: MentionName, rule: "country-word"})
		return j
	case n == 1:
		if a.title || placeWord(w) || inList(monthNames, w) {
			return end
		}
		c := cand{Span: a.span(k, end), first: k, last: end, typ: Person, kind: MentionName, rule: "single-name", single: true}
		if typ, ok := a.orgAfterDescriptor(k); ok {
			a.add(cand{Span: a.span(k, end), first: k, last: end, typ: typ, kind: MentionName, rule: "org-descriptor", key: "org:" + w})
			return end
		}
		switch cl := lexicon.Classify(w); {
		case cl.Place():
			c.rule, c.place = "place-single", true
		case a.inPlace(k):
			if a.placeSeen == nil {
				a.placeSeen = map[string]bool{}
			}
			a.placeSeen[w] = true
			c.rule, c.place = "place-single", true
		case cl.GivenName():
			c.rule = "given-name"
		}
		a.add(c)
	case n <= 4 && k > 0 && a.text(k-1) == "By" && a.toks[k-1].Is(LineStart):
		a.add(cand{Span: a.span(k, end), first: k, last: end, typ: Person, kind: MentionName, rule: "byline", role: "author"})
	case n <= 4:
		if placeWord(a.text(end-1)) || inList(placeStart, w) || inList(eventWord, a.text(end-1)) {
			return end
		}
		if modifierWord(a.text(end - 1)) {
			// "Hong Kong-based", "United Nations-sponsored": a modifier.
			return end
		}
		if lexicon.IsPlace(a.phrase(k, end)) {
			// "Tunbridge Wells", "Northern Cape": a place is no actor.
			return end
		}
		if a.notPersonRun(k, end) {
			return end
		}
		if (a.title || a.place(k)) && !lexicon.IsGivenName(w) {
			return end
		}
		if a.countryName(k, end) {
			a.add(cand{Span: a.span(k, end), first: k, last: end, typ: Country, kind: MentionName, rule: "country-word"})
			return end
		}
		if mediaName(a.text(k), a.text(end-1)) {
			a.add(cand{Span: a.span(k, end), first: k, last: end, typ: Media, kind: MentionName, rule: "media-word"})
			return end
		}
		if a.placeOrg(k, end) {
			a.add(cand{Span: a.span(k, end), first: k, last: end, typ: Organization, kind: MentionName, rule: "place-org", key: "org:" + a.phrase(k, end)})
			return end
		}
		a.add(cand{Span: a.span(k, end), first: k, last: end, typ: Person, kind: MentionName, rule: "full-name", role: a.roleBefore(k)})
	default:
		// A long run of capitalised words with no known part: a headline or
		// a title of a work, not a name.
	}
	return end
}

// addGaz adds the gazetteer phrase e at tokens [k, end) and returns end. A
// demonym is no actor, nor is a country or capital after a word of place
// ("in Kestria").
func (a *actorScanner) addGaz(e lexicon.Entry, k, end int) int {
	switch e.Kind {
	case "demonym":
		return end
	case "metonym":
		if a.place(k) {
			return end
		}
	}
	if e.Type == "country" && e.Kind != "metonym" && a.place(k) {
		return end
	}
	kind := MentionName
	switch e.Kind {
	case "acronym":
		kind = MentionAcronym
	case "metonym":
		kind = MentionMetonym
	}
	a.add(cand{Span: a.span(k, end), first: k, last: end, name: e.Name, typ: ActorType(e.Type), kind: kind, rule: "gazetteer-" + e.Kind, key: string(e.Type) + ":" + e.Name})
	return end
}

// roleBefore returns the lower-case title right before a name ("economy
// commissioner" in "EU economy commissioner Valdis Dombrovskis"), with the
// capitalised words that lead it, or "".
func (a *actorScanner) roleBefore(k int) string {
	m := k
	for m > 0 && k-m < 6 {
		w := a.text(m - 1)
		if a.toks[m-1].Kind != Word {
			break
		}
		tw := strings.ToUpper(w[:1]) + w[1:]
		if lexicon.IsTitleWord(tw) || (m < k && (lexicon.IsTitleModifier(tw) || a.toks[m-1].Is(AllUpper))) {
			m--
			continue
		}
		if _, ok := a.gaz(w); ok && m < k {
			m--
			continue
		}
		break
	}
	if m == k {
		return ""
	}
	// The role must contain a title word.
	for x := m; x < k; x++ {
		w := a.text(x)
		if lexicon.IsTitleWord(strings.ToUpper(w[:1]) + w[1:]) {
			return a.phrase(m, k)
		}
	}
	return ""
}

func (a *actorScanner) textOr(k int) string {
	if k >= len(a.toks) {
		return ""
	}
	return a.text(k)
}

var monthNames = &wordList{bars: "|January|February|March|April|May|June|July|August|September|October|November|December|"}

// mediaName reports a name that reads as a news medium ("Radio Meridian",
// "Harbour Times").
func mediaName(first, last string) bool {
	switch first {
	case "Radio", "TV", "Television":
		return true
	}
	switch last {
	case "Times", "News", "Post", "Journal", "Tribune", "Herald", "Gazette", "Radio", "Television", "TV",
		"Channel", "Network", "Broadcasting", "Chronicle", "Observer", "Express", "Telegraph", "Daily", "Magazine":
		return true
	}
	return false
}

// demonymLike reports an unknown word that reads as a nationality
// ("Valdorian", "Kestrian"), which may lead a title.
func demonymLike(w string) bool {
	for _, suf := range []string{"ian", "an", "ese", "ish", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// civicPossessive reports a name followed by 's and a word of local
// government ("Velmont's mayor"): the name is a place there.
func (a *actorScanner) civicPossessive(k int) bool {
	if k+1 >= len(a.toks) {
		return false
	}
	if w := a.text(k); w != "'s" && w != "’s" {
		return false
	}
	switch strings.ToLower(a.text(k + 1)) {
	case "mayor", "governor", "council", "police", "residents", "city", "people", "citizens", "port", "harbour",
		"harbor", "schools", "streets", "hospitals", "airport", "economy", "population", "voters":
		return true
	}
	return false
}

// placeWord reports words that end names of places, not of people.
func placeWord(w string) bool { return inList(placeWords, w) }

// placeWords lists, between bars, the words of placeWord (a string rather
// than a switch, for the size of engine.wasm).
var placeWords = &wordList{bars: "|Bay|River|Sea|Ocean|Island|Islands|Mountain|Mountains|Valley|Lake" +
	"|Street|Avenue|Road|Square|Park|Bridge|Airport|Station|Port|Harbour" +
	"|Harbor|Coast|Gulf|Strait|Peninsula|Desert|Forest|County|Province|Region" +
	"|City|Town|Village|District|Hill|Hills|Beach|Canal|Plaza|Heights|Oblast" +
	"|Krai|Governorate|Prefecture|Territory|"}

// placeStart holds words that start names of places, not of people ("New
// York", "San Diego", "East Jerusalem", "Middle East").
var placeStart = &wordList{bars: "|New|San|Santa|Los|Las|St|St.|Fort|Port|Mount|Lake|East|West|North|South|Middle|Far|Upper|Lower|Greater|Central|Northern|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest|"}

// eventWord holds words that end names of events, prizes, treaties and
// indexes ("World Cup", "Labor Day", "Dow Jones Average"), which are not
// actors.
var eventWord = &wordList{bars: "|Cup|Open|Championship|Championships|Games|Olympics|Series|Tour|Classic|Prix|Trophy|Masters|Marathon|Bowl|Day|Award|Awards|Prize|Festival|War|Revolution|Treaty|Accord|Accords|Agreement|Act|Summit|Index|Average|"}

// modifierWord reports a hyphenated modifier that leads a name but is not
// part of it: "Brazilian-born", "Ontario-based", "Communist-led", "Ex-Yankee".
func modifierWord(w string) bool {
	if strings.HasPrefix(w, "Ex-") || strings.HasPrefix(w, "ex-") {
		return true
	}
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	switch w[i+1:] {
	case "born", "based", "led", "backed", "owned", "controlled", "listed", "run", "sponsored", "funded", "made", "registered":
		return true
	}
	return false
}

// pluralAfterThe reports a run after "the" that ends in a plural: a team or
// a band ("the Kestria Rovers", "the Harbour Eagles", "the White Sox"). A
// country ("the Netherlands") is read from the gazetteer before.
func (a *actorScanner) pluralAfterThe(k, j int) bool {
	if k == 0 || a.text(k-1) != "the" && a.text(k-1) != "The" {
		return false
	}
	last := a.text(j - 1)
	if last == "Sox" {
		return true
	}
	if len(last) < 4 || last[len(last)-1] != 's' || last[len(last)-2] == 's' || a.toks[j-1].Is(AllUpper) {
		return false
	}
	if _, ok := a.gaz(last); ok {
		return false // "the Kestrians": a demonym
	}
	return !inList(eventWord, last) && !lexicon.OrgSuffix(last)
}

// countryName reports a run such as "Republic of Kestria" or "Kingdom of X".
func (a *actorScanner) countryName(k, j int) bool {
	for m := k; m < j; m++ {
		switch a.text(m) {
		case "Republic", "Kingdom", "Federation", "Emirates", "Principality", "Sultanate", "Commonwealth":
			return true
		}
	}
	return false
}

// isPlace reports whether tokens [k, j) are a known place, or a country or
// capital of the gazetteer.
func (a *actorScanner) isPlace(k, j int) bool {
	ph := a.phrase(k, j)
	if e, ok := a.gaz(ph); ok && e.Type == "country" && e.Kind != "demonym" {
		return true
	}
	return lexicon.IsPlace(ph)
}

// placeNamedPerson reports a person whose given name is a country or a
// capital: the one-word gazetteer phrase e at k is followed by one more
// word that ends the run [k, j), no common word, organisation, event or
// place word, and one of the two words is a given name ("Jordan
// Henderson", "Paris Hilton"; rule "place-named").
func (a *actorScanner) placeNamedPerson(e lexicon.Entry, k, gend, j int) bool {
	if e.Type != "country" || e.Kind == "demonym" || gend != k+1 || j != k+2 || a.toks[k+1].Is(AllUpper) || a.caps {
		return false
	}
	w, next := a.text(k), a.text(k+1)
	if inList(connectors, next) || lexicon.IsCommonWord(strings.ToLower(next)) || lexicon.OrgSuffix(next) || lexicon.IsTitleWord(next) ||
		inList(eventWord, next) || placeWord(next) || lexicon.IsPlace(next) {
		return false
	}
	if _, ok := a.gaz(next); ok {
		return false
	}
	return lexicon.IsGivenName(w) || lexicon.IsGivenName(next)
}

// notPersonRun reports a run of two to four words that does not start with
// a given name and whose words are all common words, but for a last word
// that may be a demonym: a phrase, not a person's name ("Human Rights",
// "Grand Slam", "Latin American"; rule "common-run").
func (a *actorScanner) notPersonRun(k, j int) bool {
	if j-k < 2 || a.d.classes(k).GivenName() {
		return false
	}
	for m := k; m < j; m++ {
		if a.d.lowerClasses(m).CommonWord() {
			continue
		}
		if e, ok := a.gaz(a.text(m)); ok && e.Kind == "demonym" && m == j-1 {
			continue
		}
		return false
	}
	return true
}

// placeOrg reports a run of two to four words, neither a person's by a given
// name first, that joins a common word to a place: a club, firm or body
// named after its town ("Real Ostrava", "Ostrava United"). The common word
// stands at the other end from the place.
func (a *actorScanner) placeOrg(k, j int) bool {
	if j-k < 2 {
		return false
	}
	first, last := a.text(k), a.text(j-1)
	if lexicon.IsGivenName(first) || lexicon.IsTitleWord(first) || a.toks[k].Is(AllUpper) || a.toks[j-1].Is(AllUpper) {
		return false
	}
	common := func(w string) bool { return lexicon.IsCommonWord(strings.ToLower(w)) }
	return common(first) && a.isPlace(k+1, j) || common(last) && a.isPlace(k, j-1)
}

// nameEnd returns the end of the person name starting at k: up to four
// capitalised words, stopping at connectors other than particles.
func (a *actorScanner) nameEnd(k, j int) int {
	m := k
	for m < j && m-k < 4 {
		w := a.text(m)
		if inList(connectors, w) {
			switch w {
			case "de", "van", "von", "bin", "al", "da", "del", "der", "la", "le", "du":
				m++
				continue
			}
			break
		}
		if cl := a.d.classes(m); m > k && (cl.TitleWord() || cl.OrgSuffix()) {
			// "John Major": a title word that ends the run after a given
			// name is a surname.
			if !(m == k+1 && m+1 == j && a.d.classes(k).GivenName() && !cl.Honorific()) {
				break
			}
		}
		m++
	}
	return m
}

// orgEnd returns the end of an organisation name starting at k whose last
// word is an organisation word, or k when there is none.
func (a *actorScanner) orgEnd(k, j int) int {
	end := k
	for m := k; m < j; m++ {
		w := a.text(m)
		if w == "and" || w == "&" {
			// "and" joins within a name only if an organisation word follows.
			continue
		}
		if m > k && a.d.classes(m).OrgSuffix() {
			end = m + 1
		}
	}
	// Trailing connectors are not part of the name.
	for end > k && inList(connectors, a.text(end-1)) {
		end--
	}
	return end
}

func (a *actorScanner) addOrg(k, end int) {
	typ := Organization
	if e, ok := a.gaz(a.phrase(k, end)); ok {
		typ = ActorType(e.Type)
	}
	last := a.text(end - 1)
	if typ == Organization && (last == "Times" || last == "News" || last == "Post" || last == "Journal" || last == "Tribune" || last == "Herald" || last == "Gazette") {
		typ = Media
	}
	a.add(cand{Span: a.span(k, end), first: k, last: end, typ: typ, kind: MentionName, rule: "organization-word", key: "org:" + a.phrase(k, end)})
}

// inPlace reports whether the word at k is where a place stands, not a
// person: after "in", "near", "across" and the like (with or without
// "the"), or after "village of", "town of", "province of".
func (a *actorScanner) inPlace(k int) bool {
	if k < 1 {
		return false
	}
	p := k - 1
	switch a.text(p) {
	case "in", "into", "near", "across", "throughout", "outside", "inside", "toward", "towards":
		return true
	case "of":
		if p > 0 {
			switch a.text(p - 1) {
			case "village", "town", "city", "province", "region", "district", "county", "state", "island", "port", "suburb", "outskirts":
				return true
			}
		}
	}
	return false
}

// orgAfterDescriptor reports a single name right after a lower-case noun
// for an organisation or medium ("club Ostrel", "the daily Ostrel",
// "carmaker Velmar") and its type (rule "org-descriptor").
func (a *actorScanner) orgAfterDescriptor(k int) (ActorType, bool) {
	if k < 1 || a.toks[k-1].Kind != Word || a.toks[k-1].Is(Upper) || a.toks[k].Is(AllUpper) || len(a.text(k)) < 3 {
		return "", false
	}
	prev := a.text(k - 1)
	switch prev {
	case "carrier", "carriers", "unit", "site", "station", "exchange", "fund", "tank", "channel", "network", "paper", "wire":
		// Ships, places and things as often as organisations.
		return "", false
	}
	t, ok := lexicon.Descriptor(prev)
	switch {
	case ok && t == lexicon.TypeOrganization:
		return Organization, true
	case ok && t == lexicon.TypeMedia:
		return Media, true
	}
	return "", false
}

// place reports whether the word at k follows a preposition of place, so a
// country or capital there is a location, not an actor.
func (a *actorScanner) place(k int) bool {
	if k == 0 {
		return false
	}
	p := k - 1
	if a.text(p) == "the" && p > 0 {
		p--
	}
	switch a.text(p) {
	case "in", "at", "from", "to", "into", "across", "near", "around", "throughout", "within", "outside", "inside", "via", "visit", "visited", "visiting", "toward", "towards", "over", "through", "between":
		return true
	}
	return false
}

func (a *actorScanner) span(k, j int) Span {
	return Span{int(a.toks[k].Start), int(a.toks[j-1].End)}
}

func (a *actorScanner) add(c cand) {
	if c.name == "" {
		c.name = a.phrase(c.first, c.last)
	}
	if c.key == "" && !c.single {
		c.key = string(c.typ) + ":" + c.name
	}
	a.cands.add(c)
}

// cluster turns candidates into actors.
func (a *actorScanner) cluster() {
	d := a.d
	byKey := map[string]*Actor{}
	// Surnames and given names of multi-word persons, for single names.
	parts := map[string]string{}
	// count holds the mentions each key's actor gets from named candidates
	// and surnames, so that its list is made once at that size.
	count := map[string]int{}
	newActor := func(c *cand) *Actor {
		act := &Actor{ID: c.key, Name: c.name, Type: c.typ, Rule: c.rule, Mentions: make([]Mention, 0, count[c.key])}
		byKey[c.key] = act
		d.Actors = append(d.Actors, act)
		return act
	}
	// Acronyms defined in brackets right after a name: "… Cooperation (APEC)".
	for i := range a.cands.n {
		c := a.cands.at(i)
		if c.kind != MentionAcronym || c.first < 2 || c.last >= len(a.toks) {
			continue
		}
		if a.text(c.first-1) != "(" || a.text(c.last) != ")" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := a.cands.at(j)
			if p.last == c.first-1 && !p.single && initialsMatch(c.name, a.text(c.first), p.name) {
				if strings.HasPrefix(c.key, "acr:") || c.name != p.name {
					c.key, c.typ, c.name = p.key, p.typ, p.name
					c.rule = "acronym-defined"
				}
				break
			}
		}
	}
	defined := map[string]string{} // acronym -> key of the name it was defined for
	for i := range a.cands.n {
		c := a.cands.at(i)
		if c.rule == "acronym-defined" {
			defined[a.text(c.first)] = c.key
		} else if c.kind == MentionAcronym && strings.HasPrefix(c.key, "acr:") {
			if key, ok := defined[c.name]; ok {
				c.key = key
				c.rule = "acronym-defined"
			}
		}
	}
	for i := range a.cands.n {
		c := a.cands.at(i)
		if c.single {
			continue
		}
		count[c.key]++
		if c.typ == Person && c.last-c.first >= 2 {
			parts[a.text(c.last-1)] = c.key
			if _, ok := parts[a.text(c.first)]; !ok {
				parts[a.text(c.first)] = c.key
			}
		}
	}
	for i := range a.cands.n {
		if c := a.cands.at(i); c.single {
			if key, ok := parts[c.name]; ok {
				count[key]++
			}
		}
	}
	for i := range a.cands.n {
		c := a.cands.at(i)
		if c.single {
			continue
		}
		act := byKey[c.key]
		if act == nil {
			act = newActor(c)
		}
		if c.kind == MentionName && len(c.name) > len(act.Name) && c.typ == act.Type && !strings.HasPrefix(c.key, "country:") && !strings.HasPrefix(c.key, "acr:") {
			act.Name = c.name
		}
		act.Mentions = append(act.Mentions, Mention{Span: c.Span, Kind: c.kind, Rule: c.rule})
		if c.role != "" && !contains(act.Roles, c.role) {
			act.Roles = append(act.Roles, c.role)
		}
	}
	orgs := a.orgNames()
	for i := range a.cands.n {
		c := a.cands.at(i)
		if !c.single {
			continue
		}
		if key, ok := parts[c.name]; ok {
			act := byKey[key]
			act.Mentions = append(act.Mentions, Mention{Span: c.Span, Kind: MentionName, Rule: "surname"})
			continue
		}
		if act := orgs[c.name]; act != nil && !a.place(c.first) && !a.civicPossessive(c.last) {
			act.Mentions = append(act.Mentions, Mention{Span: c.Span, Kind: MentionName, Rule: "org-short"})
			continue
		}
		if c.place || c.rule == "given-name" && a.placeSeen[c.name] {
			continue
		}
		if c.rule == "given-name" && !a.opener(c.first, 0) && !lexicon.NotName(c.name) {
			c.key = "person:" + c.name
			act := byKey[c.key]
			if act == nil {
				act = newActor(c)
			}
			act.Mentions = append(act.Mentions, Mention{Span: c.Span, Kind: MentionName, Rule: c.rule})
		}
	}
	for _, act := range d.Actors {
		for _, m := range act.Mentions {
			t := m.Text(a.s)
			if t != act.Name && (m.Kind == MentionName || m.Kind == MentionAcronym || m.Kind == MentionMetonym) && !contains(act.Aliases, t) {
				act.Aliases = append(act.Aliases, t)
			}
		}
	}
}

// initialsMatch reports whether an acronym in brackets can stand for the
// name before it: its first letter is the name's first letter ("Party of
// Democratic Action (SDA)" fails, and so does "Jon Drummond (U.S.)"), or the
// acronym names the same gazetteer entry.
func initialsMatch(name, acr, before string) bool {
	if name == before {
		return true
	}
	return acr != "" && before != "" && acr[0] == before[0]
}

// orgNames maps the one-word names of the organisations found so far, and
// the first word of their longer names when it is no common word ("Magna"
// of "Magna International"), to the organisation, for single names; a
// single name after a word of place ("in Dunmore") is not one of them.
func (a *actorScanner) orgNames() map[string]*Actor {
	m := map[string]*Actor{}
	for _, act := range a.d.Actors {
		if act.Type != Organization && act.Type != Media {
			continue
		}
		for _, mn := range act.Mentions {
			t := mn.Text(a.s)
			first, rest, long := strings.Cut(t, " ")
			if !long {
				m[t] = act
				continue
			}
			if rest != "" && !lexicon.IsCommonWord(strings.ToLower(first)) && !lexicon.OrgSuffix(first) && !inList(connectors, first) && !demonymLike(first) {
				if _, ok := m[first]; !ok {
					m[first] = act
				}
			}
		}
	}
	return m
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
