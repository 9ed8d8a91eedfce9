package app

import (
	"html"
	"path"
	"strings"
	"unicode/utf8"
)

// TextFromFile turns the bytes of a dropped or opened file into article
// text: HTML is reduced to its article's text, Markdown loses its markup,
// anything else is read as plain text. Bytes that are not UTF-8 are read as
// Windows-1252. Line ends become "\n". It never fails: odd input gives odd
// text, not an error.
func TextFromFile(name string, data []byte) string {
	s := decodeText(data)
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return HTMLText(s)
	case ".md", ".markdown":
		return MarkdownText(s)
	}
	return strings.TrimSpace(normalizeNewlines(s))
}

func normalizeNewlines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// cp1252 holds the characters Windows-1252 puts at 0x80–0x9F; the other
// bytes are Latin-1.
var cp1252 = [32]rune{
	'€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
	'\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
}

func decodeText(data []byte) string {
	data = trimBOM(data)
	if utf8.Valid(data) {
		return string(data)
	}
	var b strings.Builder
	for _, c := range data {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

func trimBOM(data []byte) []byte {
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		return data[3:]
	}
	return data
}

// Elements whose content is never text of the article.
var (
	rawTextTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true,
		"svg": true, "math": true, "iframe": true, "object": true, "textarea": true, "title": true, "select": true}
	skipTags = map[string]bool{"head": true, "nav": true, "aside": true, "footer": true, "form": true,
		"button": true, "figure": true, "menu": true, "dialog": true}
	blockTags = map[string]bool{"p": true, "div": true, "br": true, "h1": true, "h2": true, "h3": true,
		"h4": true, "h5": true, "h6": true, "li": true, "blockquote": true, "pre": true, "tr": true,
		"section": true, "article": true, "header": true, "main": true, "hr": true, "dd": true, "dt": true,
		"table": true, "ul": true, "ol": true, "dl": true, "td": true, "th": true, "address": true,
		"body": true, "figcaption": true, "details": true, "summary": true}
	voidTags = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true,
		"hr": true, "img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}
)

// htmlToken is one piece of an HTML document: text, or a start or end tag.
type htmlToken struct {
	text     string // decoded text, for text tokens
	tag      string // lower-case tag name, for tags
	end      bool   // an end tag
	selfShut bool   // a start tag written <x/>
}

// tokenizeHTML splits s into text and tags. Comments, doctypes, processing
// instructions and CDATA are dropped, and the content of raw text elements
// (script, style, title and the like) is dropped too, except that the first
// title's text is returned as title.
func tokenizeHTML(s string) (toks []htmlToken, title string) {
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			toks = append(toks, htmlToken{text: html.UnescapeString(s)})
			break
		}
		if lt > 0 {
			toks = append(toks, htmlToken{text: html.UnescapeString(s[:lt])})
			s = s[lt:]
		}
		switch {
		case strings.HasPrefix(s, "<!--"):
			s = skipPast(s[4:], "-->")
			continue
		case strings.HasPrefix(s, "<![CDATA["):
			s = skipPast(s, "]]>")
			continue
		case strings.HasPrefix(s, "<!"), strings.HasPrefix(s, "<?"):
			s = skipPast(s, ">")
			continue
		}
		end := strings.HasPrefix(s, "</")
		i := 1
		if end {
			i = 2
		}
		j := i
		for j < len(s) && isTagNameByte(s[j]) {
			j++
		}
		if j == i {
			// "<" not followed by a tag name is text.
			toks = append(toks, htmlToken{text: "<"})
			s = s[1:]
			continue
		}
		name := strings.ToLower(s[i:j])
		k := tagEnd(s, j)
		selfShut := k >= 2 && s[k-2] == '/'
		s = s[k:]
		if end {
			toks = append(toks, htmlToken{tag: name, end: true})
			continue
		}
		toks = append(toks, htmlToken{tag: name, selfShut: selfShut})
		if rawTextTags[name] && !selfShut {
			content, rest := rawTextUntil(s, name)
			if name == "title" && title == "" {
				title = strings.Join(strings.Fields(html.UnescapeString(content)), " ")
			}
			s = rest
			toks = append(toks, htmlToken{tag: name, end: true})
		}
	}
	return toks, title
}

func isTagNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == ':'
}

// tagEnd returns the index just past the '>' closing the tag that starts
// at s[0], skipping quoted attribute values; len(s) when it never closes.
func tagEnd(s string, from int) int {
	var quote byte
	for i := from; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + 1
		}
	}
	return len(s)
}

func skipPast(s, marker string) string {
	if k := strings.Index(s, marker); k >= 0 {
		return s[k+len(marker):]
	}
	return ""
}

// rawTextUntil returns the content of a raw text element up to its end tag
// and the input after that end tag.
func rawTextUntil(s, name string) (content, rest string) {
	lower := strings.ToLower(s)
	at := 0
	for {
		k := strings.Index(lower[at:], "</"+name)
		if k < 0 {
			return s, ""
		}
		k += at
		after := k + 2 + len(name)
		if after == len(s) || !isTagNameByte(s[after]) {
			return s[:k], s[tagEnd(s, after):]
		}
		at = after
	}
}

// HTMLText reduces an HTML document to the text of its article: the content
// of its <article> elements, else of <main>, else of <body>, without
// scripts, styles, navigation, asides, footers, forms or figures. Block
// elements end paragraphs, which are joined with blank lines; white space
// inside a paragraph collapses to single spaces, and character references
// are decoded. When the region holds no <h1>, the document's <title>
// becomes the first paragraph. Nothing of the input is ever rendered.
func HTMLText(s string) string {
	toks, title := tokenizeHTML(s)
	for _, region := range []string{"article", "main", ""} {
		for _, skip := range []bool{true, false} {
			paras, hasH1 := collectText(toks, region, skip)
			if len(paras) == 0 {
				continue
			}
			if !hasH1 && title != "" && paras[0] != title {
				paras = append([]string{title}, paras...)
			}
			return strings.Join(paras, "\n\n")
		}
	}
	return title
}

// collectText gathers the paragraphs inside elements named region (the
// whole document when region is ""), leaving out skipTags content when
// skip is set, and reports whether an h1 was among them.
func collectText(toks []htmlToken, region string, skip bool) (paras []string, hasH1 bool) {
	var cur strings.Builder
	flush := func() {
		if p := strings.Join(strings.Fields(cur.String()), " "); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	inRegion := 0
	if region == "" {
		inRegion = 1
	}
	skipping := 0
	for _, t := range toks {
		switch {
		case t.tag == "":
			if inRegion > 0 && skipping == 0 {
				cur.WriteString(t.text)
			}
		case rawTextTags[t.tag]:
			// Content already dropped by the tokenizer.
		case t.tag == region:
			if t.end {
				if inRegion > 0 {
					inRegion--
				}
			} else if !t.selfShut {
				inRegion++
			}
			flush()
		case skip && skipTags[t.tag]:
			if t.end {
				if skipping > 0 {
					skipping--
				}
			} else if !t.selfShut && !voidTags[t.tag] {
				skipping++
			}
			flush()
		case blockTags[t.tag]:
			if t.tag == "h1" && !t.end && inRegion > 0 && skipping == 0 {
				hasH1 = true
			}
			flush()
		default:
			// Inline elements (a, em, span, …) add nothing; words on either
			// side of an <img> or <wbr> stay apart only if the text says so.
		}
	}
	flush()
	return paras, hasH1
}
