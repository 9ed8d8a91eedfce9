package engine

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/whosaid/whosaid/engine/lexicon"
)

// Stage 2, segment: tokens, paragraphs, sentences and the title.
//
// Tokens: a word is a run of letters, digits and combining marks, with inner
// hyphens, apostrophes and dots ("rare-earth", "O'Brien", "U.S."); a
// possessive "'s" or a contracted auxiliary ("'ve", "'re", "'d", "'ll",
// "'m") is a token of its own; a known abbreviation or an initial
// keeps its final dot ("Mr.", "W."). Every other visible character is a
// token of its own, quotation marks as QuoteMark.
//
// Paragraphs end at a blank line, and at a line break unless the text is
// hard-wrapped there (a long line that ends mid-sentence and a next line that
// starts in lower case). Sentences end after . ! ? … (and the closing quotes
// and brackets that follow them) when the next token can start a sentence,
// never after an honorific or an initial, and at every paragraph end.
func segment(d *Document) {
	s := d.norm.s
	if d.Tokens == nil && len(s) <= scratchMax/5 {
		// A short text is tokenized into the scratch, and the result
		// copied at its size: the guess of len(s)/5 tokens was short for
		// two of the seven benchmark texts (a second array and a copy)
		// and a third too long for most.
		scr := d.scratch()
		toks := tokenize(s, scr.toks[:0:cap(scr.toks)])
		d.Tokens = slices.Clone(toks)
		if cap(toks)*int(unsafe.Sizeof(Token{})) <= scratchMax {
			scr.toks = toks[:0]
		}
	} else {
		d.Tokens = tokenize(s, d.Tokens[:0])
	}
	d.low = lowerTokens(s, d.Tokens)
	paragraphs(d)
	sentences(d)
	title(d)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// tokenize appends the tokens of s to toks.
func tokenize(s string, toks []Token) []Token {
	if toks == nil {
		toks = make([]Token, 0, len(s)/5+1)
	}
	spaceBefore, lineStart := true, true
	i := 0
	for i < len(s) {
		c := s[i]
		if isSpace(c) {
			if c == '\n' {
				lineStart = true
			}
			spaceBefore = true
			if n := len(toks); n > 0 && int(toks[n-1].End) == i {
				toks[n-1].Flags |= SpaceAfter
			}
			i++
			continue
		}
		start := i
		var kind TokenKind
		var flags TokenFlags
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r < utf8.RuneSelf && asciiWord[r] || r >= utf8.RuneSelf && isWordRune(r): // isWordRune, ASCII without the call
			if r >= '0' && r <= '9' {
				kind = Number
			} else {
				kind = Word
			}
			i = scanWord(s, i)
			if end, ok := abbrevDot(s, start, i); ok {
				i = end
				flags |= Dotted
			}
		case r == '\'' && i+1 < len(s) && s[i+1] == '\'':
			kind, i = QuoteMark, i+2 // two apostrophes typed as a double quote mark
		case (r == '\'' || r == '\u2019') && contractionAt(s, i, w, toks) > 0:
			kind, i = Word, i+w+contractionAt(s, i, w, toks)
		case isQuoteRune(r):
			kind, i = QuoteMark, i+w
		default:
			kind, i = Punct, i+w
			if r == '.' && i+1 < len(s) && s[i] == '.' && s[i+1] == '.' { // "..."
				i += 2
			}
		}
		if kind == Word {
			flags |= caseFlags(s[start:i])
		}
		if spaceBefore {
			flags |= SpaceBefore
		}
		if lineStart {
			flags |= LineStart
		}
		spaceBefore, lineStart = false, false
		toks = append(toks, Token{Start: int32(start), End: int32(i), Kind: kind, Flags: flags})
	}
	if n := len(toks); n > 0 {
		toks[n-1].Flags |= SpaceAfter
	}
	return toks
}

// contractionAt returns the length in bytes of the letters of a possessive
// or contracted auxiliary ("'s", "'ve", "'re", "'d", "'ll", "'m") after the
// apostrophe of width w at i, right after a word, or 0 when there is none.
func contractionAt(s string, i, w int, toks []Token) int {
	n := len(toks)
	if n == 0 || int(toks[n-1].End) != i || toks[n-1].Kind != Word {
		return 0
	}
	return contractionLen(s, i+w)
}

// contractionLen returns the length of "s", "ve", "re", "d", "ll" or "m"
// (any case) at j when no word character follows it, or 0.
func contractionLen(s string, j int) int {
	if j >= len(s) {
		return 0
	}
	n := 1
	switch s[j] | 0x20 {
	case 's', 'd', 'm':
	case 'v', 'r':
		if j+1 >= len(s) || s[j+1]|0x20 != 'e' {
			return 0
		}
		n = 2
	case 'l':
		if j+1 >= len(s) || s[j+1]|0x20 != 'l' {
			return 0
		}
		n = 2
	default:
		return 0
	}
	if j+n < len(s) && isWordRune(runeAt(s, j+n)) {
		return 0
	}
	return n
}

// isWordRune reports whether r can start or continue a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord is isWordRune for ASCII: letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// isQuoteRune reports whether r is a quotation mark (straight or typographic).
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '\u201c', '\u201d', '\u201e', '\u201f', '\u2018', '\u2019', '\u201a', '\u201b',
		'\u00ab', '\u00bb', '\u2039', '\u203a', '\u300c', '\u300d', '\u300e', '\u300f':
		return true
	}
	return false
}

// scanWord returns the end of the word that starts at i.
func scanWord(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && asciiWord[c] {
			i++ // the common case, without the checks below
			continue
		}
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			// An ASCII byte here is no word character (asciiWord above).
			r, w = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += w
				continue
			}
		}
		// An inner joiner continues the word when a word character follows.
		if r == '-' || r == '\'' || r == '\u2019' || r == '.' || r == ',' || r == '&' || r == '/' {
			j := i + w
			if j >= len(s) {
				break
			}
			n, nw := rune(s[j]), 1
			if n >= utf8.RuneSelf {
				n, nw = utf8.DecodeRuneInString(s[j:])
			}
			_ = nw
			if !isWordRune(n) {
				break
			}
			switch r {
			case '\'', '\u2019':
				// A possessive 's or a contracted auxiliary ('ve, 're, 'd,
				// 'll, 'm) ends the word and is a token of its own.
				if contractionLen(s, j) > 0 {
					return i
				}
			case '.':
				// Inner dots only between letters of an abbreviation ("U.S", "a.m").
				if isDigit(runeBefore(s, i)) && isDigit(n) {
					break // a decimal point
				}
				if !isLetter(runeBefore(s, i)) || !isLetter(n) || !shortRunBefore(s, i) {
					return i
				}
			case ',':
				// Thousands separators and decimals: digits on both sides.
				if !isDigit(runeBefore(s, i)) || !isDigit(n) {
					return i
				}
			case '&', '/':
				// "AT&T", "S&P", "24/7": only between letters or digits without spaces, upper case or digits.
				if !(isUpperOrDigit(runeBefore(s, i)) && isUpperOrDigit(n)) {
					return i
				}
			}
			i = j
			continue
		}
		break
	}
	return i
}

// shortRunBefore reports whether the letters before the dot at i form a run
// of at most two letters starting after a dot or a word start ("U" in "U.S",
// "a" in "a.m"), so "U.S" joins but "end.The" does not.
func shortRunBefore(s string, i int) bool {
	n := 0
	for j := i; j > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if !isLetter(r) {
			return n <= 2 && (r == '.' || !isWordRune(r))
		}
		n++
		j -= w
	}
	return n <= 2
}

// abbrevDot reports whether the word s[start:end] keeps the dot that follows
// it, and returns the new end.
func abbrevDot(s string, start, end int) (int, bool) {
	if end >= len(s) || s[end] != '.' {
		return end, false
	}
	w := s[start:end]
	if isAbbrev(w) {
		return end + 1, true
	}
	// An initial: one upper-case letter ("W."), or a dotted abbreviation ("U.S" + ".").
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) {
		return end + 1, true
	}
	for k := 1; k < len(w); k++ {
		if w[k] == '.' {
			return end + 1, true
		}
	}
	return end, false
}

func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func runeBefore(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isUpperOrDigit(r rune) bool {
	return r >= 'A' && r <= 'Z' || isDigit(r) || r >= utf8.RuneSelf && unicode.IsUpper(r)
}

// caseFlags returns Upper and AllUpper for a word.
func caseFlags(w string) TokenFlags {
	var f TokenFlags
	r, _ := utf8.DecodeRuneInString(w)
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			f |= Upper
		}
	} else if unicode.IsUpper(r) || unicode.IsTitle(r) {
		f |= Upper
	}
	if f == 0 {
		return 0
	}
	letters := 0
	for _, r := range w {
		if r < utf8.RuneSelf {
			if r >= 'a' && r <= 'z' {
				return f
			}
			if r >= 'A' && r <= 'Z' {
				letters++
			}
		} else if unicode.IsLower(r) {
			return f
		} else if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters >= 2 {
		f |= AllUpper
	}
	return f
}

// abbrevsOpen and abbrevsClosing list, between bars, the words whose
// following dot belongs to them; the closing ones often end a sentence too
// ("Inc.", "U.S."). Strings rather than a map, for the size of engine.wasm.
var (
	abbrevsOpen = &wordList{bars: "|Mr|Mrs|Ms|Dr|Prof|St|Gen|Gov|Sen|Sens|Rep|Reps|Lt|Col|Capt|Sgt|Maj|Cmdr|Adm|Rev|Hon|Pres|Supt" +
		"|Det|Insp|Cpl|Pvt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|v|approx|est" +
		"|Mt|Ft|Dept|Univ|"}
	abbrevsClosing = &wordList{bars: "|Sr|Jr|Inc|Corp|Ltd|Co|Bros|Plc|LLC|etc|Ave|Blvd|Rd|Calif|Fla|Ill|Mass|Mich|Minn|Penn|Ariz" +
		"|Ark|Colo|Conn|Del|Ga|Ind|Kan|Ky|La|Md|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash" +
		"|Wis|Wyo|"}
)

func isAbbrev(w string) bool {
	return inList(abbrevsOpen, w) || inList(abbrevsClosing, w)
}

// paragraphs splits the text into paragraphs from the tokens' line starts.
func paragraphs(d *Document) {
	s := d.norm.s
	toks := d.Tokens
	d.Paragraphs = d.Paragraphs[:0]
	if len(toks) == 0 {
		return
	}
	// Counted first, so that the list is made once at its size.
	n := 1
	for i := 1; i < len(toks); i++ {
		if toks[i].Is(LineStart) && paraBreak(s, toks, i) {
			n++
		}
	}
	if cap(d.Paragraphs) < n {
		d.Paragraphs = make([]Span, 0, n)
	}
	first := 0
	for i := 1; i <= len(toks); i++ {
		if i < len(toks) && !(toks[i].Is(LineStart) && paraBreak(s, toks, i)) {
			continue
		}
		d.Paragraphs = append(d.Paragraphs, Span{int(toks[first].Start), int(toks[i-1].End)})
		toks[first].Flags |= ParaStart
		first = i
	}
}

// paraBreak reports whether the line break before token i ends a paragraph.
func paraBreak(s string, toks []Token, i int) bool {
	gap := s[toks[i-1].End:toks[i].Start]
	nl := 0
	for k := 0; k < len(gap); k++ {
		if gap[k] == '\n' {
			nl++
		}
	}
	if nl >= 2 {
		return true
	}
	// A hard-wrapped line: long, ends inside a sentence, next starts in lower case.
	lineStart := i - 1
	for lineStart > 0 && !toks[lineStart].Is(LineStart) {
		lineStart--
	}
	long := toks[i-1].End-toks[lineStart].Start >= 50
	prev := toks[i-1]
	endsOpen := prev.Kind == Word || prev.Kind == Number || s[prev.Start:prev.End] == ","
	nextLower := toks[i].Kind == Word && toks[i].Flags&Upper == 0
	return !(long && endsOpen && nextLower)
}

// sentences splits each paragraph into sentences.
func sentences(d *Document) {
	s := d.norm.s
	toks := d.Tokens
	if d.Sentences == nil {
		// A sentence ends at a paragraph end, or before it after an end
		// mark or a dotted word (a closing mark ends one only right after
		// an end mark): one per paragraph and one per such token that is
		// not its paragraph's last bound the sentences' count.
		n, ti := 0, 0
		for _, p := range d.Paragraphs {
			first := ti
			for ti < len(toks) && int(toks[ti].End) <= p.End {
				ti++
			}
			n++
			for _, t := range toks[first:max(ti-1, first)] {
				if t.Kind == Punct && (s[t.Start] == '.' || s[t.Start] == '!' || s[t.Start] == '?' || s[t.Start:t.End] == "…") || t.Flags&Dotted != 0 {
					n++
				}
			}
		}
		d.Sentences = make([]Sentence, 0, n)
	}
	d.Sentences = d.Sentences[:0]
	ti := 0
	for pi, p := range d.Paragraphs {
		first := ti
		for ti < len(toks) && int(toks[ti].End) <= p.End {
			ti++
		}
		start := first
		for k := first; k < ti; k++ {
			if k+1 < ti && !endsSentence(s, toks, k) {
				continue
			}
			d.Sentences = append(d.Sentences, Sentence{
				Span: Span{int(toks[start].Start), int(toks[k].End)},
				Para: pi, First: start, Last: k + 1,
			})
			toks[start].Flags |= SentStart
			start = k + 1
		}
	}
}

// endsSentence reports whether a sentence ends after token k (not the last
// token of its paragraph).
func endsSentence(s string, toks []Token, k int) bool {
	t := toks[k]
	text := s[t.Start:t.End]
	switch {
	case t.Kind == Punct && (text == "." || text == "!" || text == "?" || text == "\u2026" || text == "..."):
	case t.Is(Dotted):
		w := text[:len(text)-1]
		if inList(abbrevsOpen, w) {
			return false
		}
		if len(w) == len(string(runeAt(w, 0))) { // an initial
			return false
		}
		// "U.S." or "Inc." ends a sentence only before a clear sentence opener.
		n := toks[k+1]
		return n.Is(Upper) && n.Kind == Word && sentenceOpener(s[n.Start:n.End])
	case (t.Kind == QuoteMark || text == ")" || text == "]") && k > 0:
		// Closing marks after the end punctuation: end after the last of them.
		j := k - 1
		for j > 0 && k-j < 4 && (toks[j].Kind == QuoteMark || s[toks[j].Start:toks[j].End] == ")") {
			j-- // at most three closing marks: a longer run is noise, and the scan stays short
		}
		pt := s[toks[j].Start:toks[j].End]
		if toks[j].Kind != Punct || !(pt == "." || pt == "!" || pt == "?" || pt == "\u2026" || pt == "...") {
			return false
		}
		if toks[k].Is(SpaceAfter) && toks[k-1].End == toks[k].Start {
			return nextOpens(s, toks, k+1) && !attributionFollows(s, toks, k+1)
		}
		return false
	default:
		return false
	}
	// A closing quote or bracket right after the punctuation belongs to this sentence.
	n := toks[k+1]
	if n.Start == t.End && (n.Kind == QuoteMark || s[n.Start:n.End] == ")") {
		return false
	}
	return nextOpens(s, toks, k+1)
}

// attributionFollows reports whether the words after a closing quote read
// as its attribution ("…?” Trump said. / “…!” said the minister,"), so the
// quote does not end the sentence: a verb of attribution among the first
// words, soon followed by a comma or the end of the sentence, not by "that".
func attributionFollows(s string, toks []Token, k int) bool {
	for m := k; m < len(toks) && m-k < 6; m++ {
		t := toks[m]
		if t.Kind != Word {
			return false
		}
		if !isAttributionVerb(s[t.Start:t.End]) && !speechVerbForm(s[t.Start:t.End]) {
			if m > k && !t.Is(Upper) {
				return false
			}
			continue
		}
		for n := m + 1; n < len(toks) && n-m < 6; n++ {
			w := s[toks[n].Start:toks[n].End]
			switch {
			case w == "." || w == "," || w == ";":
				return true
			case w == "that" || toks[n].Kind == QuoteMark:
				return false
			}
		}
		return m+1 >= len(toks)
	}
	return false
}

// speechVerbForm reports a lower-case past or -s form of a verb of saying
// in the cue lexicon ("demanded", "wondered", "counters"): after a closing
// quote it attributes the quote as isAttributionVerb's verbs do.
func speechVerbForm(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	c, ok := lexicon.CueForm(w)
	return ok && !strings.Contains(c.Lemma, " ") && (c.Class == lexicon.ClassSpeech || c.Class == lexicon.ClassStance) &&
		(c.Form == lexicon.FormPast || c.Form == lexicon.FormS)
}

// isAttributionVerb reports the verbs that attribute a quote right after it.
func isAttributionVerb(w string) bool { return inList(attributionVerbs, w) }

// attributionVerbs lists, between bars, the verbs of isAttributionVerb. A
// string rather than a switch: the switch cost 3.8 KB of engine.wasm code.
var attributionVerbs = &wordList{bars: "|said|says|told|tells|asked|asks|added|adds|wrote|writes|replied" +
	"|replies|explained|insisted|argued|noted|recalled|continued|declared|exclaimed" +
	"|shouted|tweeted|answered|responded|warned|stated|remarked|joked|quipped|concluded|reported|reports" +
	"|Said|Says|Asked|"}

// nextOpens reports whether token k can start a new sentence.
func nextOpens(s string, toks []Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	n := toks[k]
	switch n.Kind {
	case Word:
		return n.Is(Upper)
	case Number, QuoteMark:
		return true
	}
	r := runeAt(s, int(n.Start))
	return r == '(' || r == '[' || r == '-' || r == '\u2014' || r == '\u2013'
}

// sentenceOpener lists words that, capitalised after "U.S." or "Inc.", show
// that a new sentence began.
func sentenceOpener(w string) bool { return inList(sentenceOpeners, w) }

// sentenceOpeners lists, between bars, the words of sentenceOpener (a
// string rather than a switch, for the size of engine.wasm).
var sentenceOpeners = &wordList{bars: "|The|A|An|He|She|It|They|We|I|But|And|In|On|At" +
	"|This|That|These|Those|His|Her|Their|Its|Our|There|As|If" +
	"|When|While|After|Before|Since|However|Meanwhile|Still|Yet|So" +
	"|Some|Many|Most|Other|Others|Officials|Analysts|Shares|For|With|"}

// title marks the first paragraph as the title when it reads like one: a
// single short line followed by more text, without a final period unless
// most of its words are capitalised.
func title(d *Document) {
	d.Title = Span{}
	if len(d.Paragraphs) < 2 || len(d.Sentences) == 0 {
		return
	}
	p := d.Paragraphs[0]
	s := d.norm.s
	if p.Len() > 200 {
		return
	}
	for k := p.Start; k < p.End; k++ {
		if s[k] == '\n' {
			return
		}
	}
	words, upper := 0, 0
	var last Token
	for _, t := range d.Tokens {
		if int(t.Start) >= p.End {
			break
		}
		last = t
		if t.Kind == Word {
			words++
			if t.Is(Upper) {
				upper++
			}
		}
	}
	if words == 0 || words > 30 {
		return
	}
	lt := s[last.Start:last.End]
	if (lt == "." || lt == ":") && upper*2 <= words {
		return
	}
	d.Title = p
}
