package app

import (
	"regexp"
	"strings"
	"testing"
)

// mdPatterns are the patterns MarkdownText applied with package regexp, in
// order, with their replacements: the reference the hand-written matchers
// must agree with.
var mdPatterns = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`), ""},
	{regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`), "$1"},
	{regexp.MustCompile(`(?m)^ {0,3}([-*_])( ?[-*_]){2,}[ \t]*$`), ""},
	{regexp.MustCompile(`(?m)^ {0,3}#{1,6}[ \t]+`), ""},
	{regexp.MustCompile(`(?m)^ {0,3}(> ?)+`), ""},
	{regexp.MustCompile(`\*\*|__|` + "`"), ""},
}

// markdownByRegexp is MarkdownText as it was written with package regexp.
func markdownByRegexp(s string) string {
	s = normalizeNewlines(s)
	for _, p := range mdPatterns {
		s = p.re.ReplaceAllString(s, p.repl)
	}
	return strings.TrimSpace(s)
}

var bratLineRegexp = regexp.MustCompile(`^[TREAN#*][0-9]*\t`)

var markdownCases = []struct{ in, want string }{
	{"# Title\n\n> “Quote,” she said.\n\nSee [the report](http://x.test/r) **now**.\n\n---\n![img](a.png)",
		"Title\n\n“Quote,” she said.\n\nSee the report now."},
	{"   ### Three spaces\n    # four spaces stay", "Three spaces\n    # four spaces stay"},
	{"####### seven hashes stay\n###### six go", "####### seven hashes stay\nsix go"},
	{"#no space stays\n#\ttab goes", "#no space stays\ntab goes"},
	{"> > nested\n>>tight\n   > indented\n    > code", "nested\ntight\nindented\n    > code"},
	{"- - -\n***\n_ _ _  \t\n-*_\n--\n-  -  -\n text\n---x", "--\n-  -  -\n text\n---x"},
	{"[a[b](c) and [](empty) and [x] (y)", "a[b and [](empty) and [x] (y)"},
	{"![alt\ntext](img.png) after\n[link\nover lines](u)", "after\nlink\nover lines"},
	{"![no close(", "![no close("},
	{"[open](paren and [ok](u) ends at the first )", "open ends at the first )"},
	{"***bold*** and __under__ and `code` and *single* and _one_", "*bold* and under and code and *single* and _one_"},
	{"\r\n# Windows\r\nline\rold Mac\r\n", "Windows\nline\nold Mac"},
	{"", ""},
}

func TestMarkdownText(t *testing.T) {
	for _, c := range markdownCases {
		if got := MarkdownText(c.in); got != c.want {
			t.Errorf("MarkdownText(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
		if ref := markdownByRegexp(c.in); ref != c.want {
			t.Errorf("the regexp reference of %q gives %q, the table %q: fix the table", c.in, ref, c.want)
		}
	}
}

func TestIsBratLine(t *testing.T) {
	for _, line := range []string{"T1\tActor 0 5\tAda", "#6\tAnnotatorNotes T1\tx", "*\tAlias T1 T2", "T\t", "T1 Actor", "t1\tx", "X1\tx", "T12", "", "\tT1"} {
		if got, want := isBratLine([]byte(line)), bratLineRegexp.MatchString(line); got != want {
			t.Errorf("isBratLine(%q) = %v, the pattern says %v", line, got, want)
		}
	}
}

// FuzzMarkdownText checks the hand-written matchers against the regexp
// patterns they replace, on texts made mostly of Markdown's punctuation.
func FuzzMarkdownText(f *testing.F) {
	for _, c := range markdownCases {
		f.Add(c.in)
	}
	f.Add("\n -- -\t\n>#> # x\n![[]]((]))**__``")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := MarkdownText(s), markdownByRegexp(s); got != want {
			t.Errorf("MarkdownText(%q)\n got %q\nwant %q (regexp)", s, got, want)
		}
		line, _, _ := strings.Cut(s, "\n")
		if got, want := isBratLine([]byte(line)), bratLineRegexp.MatchString(line); got != want {
			t.Errorf("isBratLine(%q) = %v, the pattern says %v", line, got, want)
		}
	})
}
