package engine

// Stage 3, quotes: pair quotation marks into quote spans, paragraph by
// paragraph.
//
// Typographic marks say which way they face; straight marks are read from
// the space around them. A ’ or ' inside or after a word is an apostrophe
// (after a plural, "voters' choice", its token becomes a Word),
// a " right after a digit is an inch mark, and a closing mark that matches no
// open one is left alone with a diagnostic. Marks nested inside an open
// quote (a quote within a quote) are part of it. A paragraph that leaves a
// double quote open yields a quote to its end, and the next paragraph that
// starts with an opening mark continues it (kind continuation); the speaker
// is settled later, in attribute.go. Names of shows and works in quotes are
// dropped there too, once it is known that nobody said them.

// maxQuoteDepth is the deepest nesting of quotation marks read as quotes.
const maxQuoteDepth = 8

// quoteMark is one quotation mark token read in context.
type quoteMark struct {
	tok    int  // token index
	open   bool // opens (else closes)
	double bool // a double mark (else single)
}

// quoteSpan is a quote found by pairing, before attribution.
type quoteSpan struct {
	Span
	open, close int  // token indexes of the marks; close is -1 when unclosed
	para        int  // paragraph index
	continues   bool // continues an unclosed quote of the previous paragraph
	unclosed    bool // runs to the end of its paragraph without a closing mark
}

func quotes(d *Document) {
	s := d.norm.s
	toks := d.Tokens
	if d.quoteSpans == nil {
		// A quote takes at least one mark: room for half of them, so that
		// few texts grow the list.
		marks := 0
		for _, t := range toks {
			if t.Kind == QuoteMark {
				marks++
			}
		}
		d.quoteSpans = make([]quoteSpan, 0, marks/2+1)
	}
	ti := 0
	prevOpen := false     // the previous paragraph ended inside a quote
	var stack []quoteMark // the open marks of the paragraph being read
	for pi, p := range d.Paragraphs {
		first := ti
		for ti < len(toks) && int(toks[ti].End) <= p.End {
			ti++
		}
		stack = stack[:0]
		deep := false
		startsWithOpener := false
		for k := first; k < ti; k++ {
			if toks[k].Kind != QuoteMark {
				continue
			}
			m, ok := readMark(s, toks, k, first, ti, stack)
			if !ok {
				if pluralPossessive(s, toks, k, ti) {
					// "veterans' families": a word-like token, as a
					// possessive 's is, so that the phrase stays whole.
					toks[k].Kind = Word
				}
				continue
			}
			if k == first && m.open && m.double {
				startsWithOpener = true
			}
			if m.open {
				if len(stack) > 0 && !stack[len(stack)-1].double && m.double {
					// A double mark opening inside an open single one: the
					// single one was an apostrophe.
					stack = stack[:len(stack)-1]
				}
				if len(stack) >= maxQuoteDepth {
					// No text nests quotes this deep; the marks are noise,
					// and a bounded stack keeps the stage linear.
					if !deep {
						d.Diagnostics.add(toks[k].Span(), "quotes", "quotation marks nested more than %d deep are ignored", maxQuoteDepth)
						deep = true
					}
					continue
				}
				stack = append(stack, m)
				continue
			}
			// A closing mark: find its opener.
			j := len(stack) - 1
			for j >= 0 && stack[j].double != m.double {
				j--
			}
			if j < 0 {
				if m.double {
					d.Diagnostics.add(toks[k].Span(), "quotes", "closing quotation mark with no opening mark")
				}
				continue
			}
			if j == 0 {
				o := stack[0].tok
				d.quoteSpans = append(d.quoteSpans, quoteSpan{
					Span: Span{int(toks[o].Start), int(toks[k].End)},
					open: o, close: k, para: pi,
					continues: prevOpen && startsWithOpener && o == first,
				})
			}
			stack = stack[:j]
		}
		// Drop single marks left open: apostrophes.
		for len(stack) > 0 && !stack[len(stack)-1].double {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			o := stack[0].tok
			d.quoteSpans = append(d.quoteSpans, quoteSpan{
				Span: Span{int(toks[o].Start), p.End},
				open: o, close: -1, para: pi, unclosed: true,
				continues: prevOpen && startsWithOpener && o == first,
			})
			prevOpen = true
		} else {
			prevOpen = false
		}
	}
}

// readMark decides whether token k (a QuoteMark in the paragraph's tokens
// [first, end)) opens or closes a quote, or is no quotation mark at all.
func readMark(s string, toks []Token, k, first, end int, stack []quoteMark) (quoteMark, bool) {
	t := toks[k]
	r := runeAt(s, int(t.Start))
	if t.End-t.Start == 2 && r == '\'' {
		r = '"' // '' reads as "
	}
	m := quoteMark{tok: k}
	// Glued to a word on the left or on the right?
	gluedLeft := k > first && toks[k-1].End == t.Start && toks[k-1].Kind != QuoteMark && !isOpenPunct(s, toks[k-1])
	gluedRight := k+1 < end && toks[k+1].Start == t.End && toks[k+1].Kind != QuoteMark && !isClosePunct(s, toks[k+1])
	switch r {
	case '\u201c':
		// Opens in English; closes a German „…“ quote.
		m.double = true
		m.open = !(openedWith(s, toks, stack, '\u201e') && (gluedLeft || !gluedRight))
	case '\u201e', '\u201f', '\u00ab', '\u2039', '\u300c', '\u300e':
		m.open, m.double = true, r != '\u2039'
	case '\u201d', '\u00bb', '\u203a', '\u300d', '\u300f':
		m.double = r != '\u203a'
		if r == '\u201d' && !gluedLeft && gluedRight && !hasOpen(stack, true) {
			// A right mark used to open, as some typesetting does.
			m.open = true
		}
	case '"':
		m.double = true
		if gluedLeft && k > first && toks[k-1].Kind == Number && !hasOpen(stack, true) {
			return m, false // an inch mark: 5'10"
		}
		switch {
		case hasOpen(stack, true) && (!gluedRight || gluedLeft):
			m.open = false
		case !gluedLeft:
			m.open = true
		case hasOpen(stack, true):
			m.open = false
		default:
			return m, false
		}
	case '\u2018', '\u201a', '\u201b':
		if gluedLeft {
			return m, false
		}
		if k+1 < end && toks[k+1].Kind == Number {
			return m, false // ‘90s
		}
		m.open = true
	case '\u2019', '\'':
		switch {
		case gluedLeft && gluedRight:
			return m, false // an apostrophe inside a word
		case !gluedLeft && gluedRight:
			if r == '\u2019' || (k+1 < end && toks[k+1].Kind == Number) {
				return m, false // ’90s, ’em
			}
			m.open = true
		case hasOpen(stack, false):
			m.open = false
		default:
			return m, false // a trailing apostrophe: officials’
		}
	default:
		return m, false
	}
	return m, true
}

// pluralPossessive reports whether token k, a mark that pairs with no
// other, is the apostrophe of a plural possessive: ' or ’ right after a word
// that ends in s and before a space ("the voters' choice", "Sanders’ aide").
func pluralPossessive(s string, toks []Token, k, end int) bool {
	t := toks[k]
	if k == 0 || int(t.End-t.Start) > len("’") || toks[k-1].Kind != Word || toks[k-1].End != t.Start {
		return false
	}
	if r := runeAt(s, int(t.Start)); r != '\'' && r != '\u2019' {
		return false
	}
	if c := s[t.Start-1]; c != 's' && c != 'S' {
		return false
	}
	return k+1 >= end || toks[k+1].Start > t.End
}

// openedWith reports whether the innermost open double quote began with r.
func openedWith(s string, toks []Token, stack []quoteMark, r rune) bool {
	for j := len(stack) - 1; j >= 0; j-- {
		if stack[j].double {
			return runeAt(s, int(toks[stack[j].tok].Start)) == r
		}
	}
	return false
}

func hasOpen(stack []quoteMark, double bool) bool {
	for _, m := range stack {
		if m.double == double {
			return true
		}
	}
	return false
}

func isOpenPunct(s string, t Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch runeAt(s, int(t.Start)) {
	case '(', '[', '{', '\u2014', '\u2013', '-', '/':
		return true
	}
	return false
}

func isClosePunct(s string, t Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch runeAt(s, int(t.Start)) {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2026', '\u2014', '\u2013':
		return true
	}
	return false
}
