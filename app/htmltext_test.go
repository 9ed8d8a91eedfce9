package app

import "testing"

func TestHTMLText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"scripts and styles removed, entities decoded",
			`<html><head><title>T</title><style>p{color:red}</style><script>var x = "<p>no</p>";</script></head>` +
				`<body><h1>Port &amp; harbour</h1><p>She said &ldquo;no&rdquo; &#8212; twice&#x21;</p></body></html>`,
			"Port & harbour\n\nShe said “no” — twice!"},
		{"block elements make paragraphs, inline ones do not",
			"<div>One <em>two</em>\n   three</div><p>Four<br>Five</p><ul><li>six</li><li>seven</li></ul>",
			"One two three\n\nFour\n\nFive\n\nsix\n\nseven"},
		{"article preferred over page chrome",
			`<body><nav><a href="/">Home</a></nav><article><h1>Head</h1><p>Body text.</p><aside>Related</aside></article><footer>©</footer></body>`,
			"Head\n\nBody text."},
		{"main used without article",
			`<body><header>Site</header><main><p>Only this.</p></main><p>Not this.</p></body>`,
			"Only this."},
		{"title becomes the first paragraph without h1",
			`<html><head><title>Council  votes</title></head><body><p>Text.</p></body></html>`,
			"Council votes\n\nText."},
		{"comments, doctype and CDATA dropped",
			`<!DOCTYPE html><!-- <p>hidden</p> --><p>Shown<![CDATA[ x ]]></p>`,
			"Shown"},
		{"attributes with > inside quotes",
			`<p data-x="a>b" title='c>d'>Safe</p>`,
			"Safe"},
		{"unclosed script swallows the rest, not the text before",
			`<p>Before</p><script>oops`,
			"Before"},
		{"end tag with different case",
			`<SCRIPT>x</Script><P>Y</P>`,
			"Y"},
		{"lone less-than is text", `<p>3 < 4 and 5 <= 6</p>`, "3 < 4 and 5 <= 6"},
		{"unclosed nav falls back to the text", `<nav><p>All there is</p>`, "All there is"},
		{"empty document", ``, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLText(tt.in); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestTextFromFile(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"a.txt", []byte("\xEF\xBB\xBFLine one\r\nLine two\r\n"), "Line one\nLine two"},
		{"b.TXT", []byte("Caf\xe9 \x93quoted\x94"), "Café “quoted”"},
		{"c.html", []byte("<p>Hi &amp; bye</p>"), "Hi & bye"},
		{"d.md", []byte("# Title\n\n> “Quote,” she said.\n\nSee [the report](http://x.test/r) **now**.\n\n---\n![img](a.png)"),
			"Title\n\n“Quote,” she said.\n\nSee the report now."},
	}
	for _, tt := range tests {
		if got := TextFromFile(tt.name, tt.data); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
