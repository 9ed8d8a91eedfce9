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
	}
	for _, tt := range tests {
		got := quoteTexts(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("quotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
