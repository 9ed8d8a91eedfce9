package engine

import (
	"strings"
	"testing"
)

func tokenTexts(s string) []string {
	var out []string
	for _, t := range tokenize(s, nil) {
		out = append(out, s[t.Start:t.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by |
	}{
		{"Hello, world.", "Hello|,|world|."},
		{"The U.S. economy grew.", "The|U.S.|economy|grew|."},
		{"Mr. Smith's plan", "Mr.|Smith|'s|plan"},
		{"O'Brien didn't go", "O'Brien|didn't|go"},
		{"a rare-earth deal", "a|rare-earth|deal"},
		{"“Yes,” she said.", "“|Yes|,|”|she|said|."},
		{"George W. Bush", "George|W.|Bush"},
		{"$100,000 or 3.5%", "$|100,000|or|3.5|%"},
		{"AT&T and S&P 500", "AT&T|and|S&P|500"},
		{"end.The next", "end|.|The|next"},
		{"Trump–Xi meeting", "Trump|–|Xi|meeting"},
		{"officials’ views", "officials|’|views"},
		{"at 5 p.m. today", "at|5|p.m.|today"},
		{"wait...", "wait|..."},
		{"Zürich’s café", "Zürich|’s|café"},
		{"We’ve said they'd come; I'm sure you're right and we'll go", "We|’ve|said|they|'d|come|;|I|'m|sure|you|'re|right|and|we|'ll|go"},
		{"O'Reilly, d'Ávila, rock'n'roll, ma'am", "O'Reilly|,|d'Ávila|,|rock'n'roll|,|ma'am"},
	}
	for _, tt := range tests {
		got := strings.Join(tokenTexts(tt.in), "|")
		if got != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func sentenceTexts(t *testing.T, s string) []string {
	t.Helper()
	d, err := Analyze(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, se := range d.Sentences {
		out = append(out, se.Text(d.Text))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Ruiz arrived. He spoke.", []string{"Mr. Ruiz arrived.", "He spoke."}},
		{"“We will win,” she said. The crowd cheered.", []string{"“We will win,” she said.", "The crowd cheered."}},
		{"He said: “We will win.” Then he left.", []string{"He said: “We will win.”", "Then he left."}},
		{"It is in the U.S. The talks went well.", []string{"It is in the U.S.", "The talks went well."}},
		{"George W. Bush spoke. Why? Nobody knows!", []string{"George W. Bush spoke.", "Why?", "Nobody knows!"}},
		{"First paragraph\n\nSecond one", []string{"First paragraph", "Second one"}},
		{"Shares rose 3.5 percent. Analysts cheered.", []string{"Shares rose 3.5 percent.", "Analysts cheered."}},
		// Any verb of saying after a quote that ends in ? or ! attributes it.
		{"“Is it too big?” Berg demanded. Nobody answered.", []string{"“Is it too big?” Berg demanded.", "Nobody answered."}},
		{"“Why now?” Ruiz wondered. Then she left.", []string{"“Why now?” Ruiz wondered.", "Then she left."}},
		{"“Why now?” Ruiz left early.", []string{"“Why now?”", "Ruiz left early."}},
	}
	for _, tt := range tests {
		got := sentenceTexts(t, tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("sentences(%q) =\n %q\nwant\n %q", tt.in, got, tt.want)
		}
	}
}

func TestParagraphsAndTitle(t *testing.T) {
	text := "Ministers Agree on Water Plan\n\nThe ministers met on Monday. They agreed.\nA second paragraph follows here.\n\nThis line is long enough to be wrapped by an editor that\nbreaks lines at a fixed width."
	d, err := Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Paragraphs {
		got = append(got, p.Text(d.Text))
	}
	want := []string{
		"Ministers Agree on Water Plan",
		"The ministers met on Monday. They agreed.",
		"A second paragraph follows here.",
		"This line is long enough to be wrapped by an editor that\nbreaks lines at a fixed width.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
	if d.Title.Text(d.Text) != "Ministers Agree on Water Plan" {
		t.Errorf("title = %q", d.Title.Text(d.Text))
	}
}

func TestNormalizeMapsBack(t *testing.T) {
	tests := []struct{ in, norm string }{
		{"a\r\nb", "a\nb"},
		{"a\u00a0b", "a b"},
		{"co\u00adop\u200Berate", "cooperate"},
		{"Tom &amp; Jerry &ldquo;hi&rdquo;", "Tom & Jerry \u201chi\u201d"},
		{"x&#8220;y&#x201D;z", "x\u201cy\u201dz"},
		{"a &unknown; b", "a &unknown; b"},
		{"\ufeffStart", "Start"},
		{"nul\x00here", "nul here"},
	}
	for _, tt := range tests {
		n := normalizeText(tt.in)
		if n.s != tt.norm {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, n.s, tt.norm)
		}
		// Every token of the normalised text maps to source text that
		// normalises to the same token.
		for _, tok := range tokenize(n.s, nil) {
			src := n.toSrc(tok.Span())
			if got := normalizeText(tt.in[src.Start:src.End]).s; got != n.s[tok.Start:tok.End] {
				t.Errorf("%q: token %q maps to source %q (normalises to %q)", tt.in, n.s[tok.Start:tok.End], tt.in[src.Start:src.End], got)
			}
		}
	}
}

// TestSharedSpansMapOnce is a regression test: a quote and its claim share
// the cue span, and text with normalised characters before it must not shift
// it twice.
func TestSharedSpansMapOnce(t *testing.T) {
	text := "Prices\u00a0rose &amp; fell.\n\n“We will act,” Ruiz said."
	d, err := Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].Cue == nil {
		t.Fatalf("want one quote with a cue, got %+v", d.Quotes)
	}
	if got := d.Quotes[0].Cue.Text(text); got != "said" {
		t.Errorf("cue = %q, want \"said\"", got)
	}
	checkExport(t, d.Export())
}
