package engine

import (
	"strings"
	"testing"
)

func quoteTexts(s string) []string {
	d := &Document{Text: s}
	normalize(d)
	segment(d)
	quotes(d)
	var out []string
	for _, q := range d.quoteSpans {
		t := d.norm.s[q.Start:q.End]
		if q.continues {
			t = "+" + t
		}
		if q.unclosed {
			t += "…"
		}
		out = append(out, t)
	}
	return out
}

func TestQuotePairing(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`“We will win,” she said, “and soon.”`, []string{`“We will win,”`, `“and soon.”`}},
		{`"We will win," she said.`, []string{`"We will win,"`}},
		{`He is 6'2" tall and said "yes."`, []string{`"yes."`}},
		{`The officials’ plan, Ruiz’s view and the ’90s.`, nil},
		{`‘Go now,’ he said. It's ‘fine’.`, []string{`‘Go now,’`, `‘fine’`}},
		{`“He told me ‘never’ twice,” she said.`, []string{`“He told me ‘never’ twice,”`}},
		{`It was “a gift to speculators” and “a disgrace.”`, []string{`“a gift to speculators”`, `“a disgrace.”`}},
		{"“First part of a long quote.\n\n“Second part.”", []string{"“First part of a long quote.…", "+“Second part.”"}},
		{`« Nous gagnerons », a-t-il dit.`, []string{`« Nous gagnerons »`}},
		{`„Wir schaffen das“, sagte sie.`, []string{`„Wir schaffen das“`}},
		{`A stray ” mark.`, nil},
		{`She said "no" and "maybe" again.`, []string{`"no"`, `"maybe"`}},
		{`Rock 'n' roll and 'quoted words' here.`, []string{`'n'`, `'quoted words'`}},
		// A plural possessive is no quote mark, nor is its token one; a
		// single quote that ends after an s still closes.
		{`The voters' choice, Sanders’ aide said, was "clear."`, []string{`"clear."`}},
		{`She called it 'a gift to speculators' and left.`, []string{`'a gift to speculators'`}},
	}
	for _, tt := range tests {
		got := quoteTexts(tt.in)
		if strings.Contains(tt.in, "voters' ") {
			d := &Document{Text: tt.in}
			normalize(d)
			segment(d)
			quotes(d)
			for _, tok := range d.Tokens {
				if d.norm.s[tok.Start:tok.End] == "'" && tok.Kind != Word {
					t.Errorf("%q: the apostrophe after voters is a %v token, want a Word", tt.in, tok.Kind)
				}
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("quotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
