package app

import "strings"

// The Markdown clean-up is written out by hand rather than with package
// regexp: regexp and the Unicode tables its parser needs were 490 KB of
// app.wasm (6%), and its patterns were compiled at every start. Each
// function below removes what one pattern matched, with regexp's
// leftmost-first, non-overlapping matches; markdown_test.go checks them
// against the patterns.

// MarkdownText removes the Markdown markup an article carries (headings,
// block quote markers, links, images, bold, code marks and rules), keeping
// the words. Single asterisks and underscores stay, because in news text
// they are more often text than emphasis.
func MarkdownText(s string) string {
	s = normalizeNewlines(s)
	s = mdLinks(s, true)  // ![alt](src)
	s = mdLinks(s, false) // [text](href) -> text
	s = mdLines(s, mdRuleLen)
	s = mdLines(s, mdHeadingLen)
	s = mdLines(s, mdQuoteLen)
	s = mdEmphasis(s)
	return strings.TrimSpace(s)
}

// mdLinks removes the images `!\[[^\]]*\]\([^)]*\)` (image true) or
// replaces the links `\[([^\]]+)\]\([^)]*\)` by their text (image false).
// Either may span lines.
func mdLinks(s string, image bool) string {
	var b strings.Builder
	done := 0 // s[:done] is written or dropped
	for i := 0; i < len(s); i++ {
		open := i // the '['
		if image {
			if s[i] != '!' || i+1 >= len(s) || s[i+1] != '[' {
				continue
			}
			open = i + 1
		} else if s[i] != '[' {
			continue
		}
		close := strings.IndexByte(s[open+1:], ']')
		if close < 0 {
			break // no ']' anywhere after: no later match either
		}
		close += open + 1
		if close+1 >= len(s) || s[close+1] != '(' || (!image && close == open+1) {
			continue
		}
		end := strings.IndexByte(s[close+2:], ')')
		if end < 0 {
			continue
		}
		end += close + 2
		b.WriteString(s[done:i])
		if !image {
			b.WriteString(s[open+1 : close])
		}
		done = end + 1
		i = end
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// mdLines removes from every line the first n bytes, n = match(line), the
// length of what a `(?m)^…` pattern matches at the line's start (0 for no
// match). Lines end at '\n', which stays.
func mdLines(s string, match func(line string) int) string {
	var b strings.Builder
	changed := false
	for start := 0; start <= len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		line := s[start:end]
		if n := match(line); n > 0 {
			if !changed {
				b.Grow(len(s))
				b.WriteString(s[:start])
				changed = true
			}
			line = line[n:]
		}
		if changed {
			b.WriteString(line)
			if end < len(s) {
				b.WriteByte('\n')
			}
		}
		start = end + 1
	}
	if !changed {
		return s
	}
	return b.String()
}

// indent returns how many spaces (at most three) start line, or -1 when
// four or more do: Markdown's ` {0,3}`, which the next byte must end.
func indent(line string) int {
	n := 0
	for n < len(line) && line[n] == ' ' {
		n++
	}
	if n > 3 {
		return -1
	}
	return n
}

func isRuleChar(c byte) bool { return c == '-' || c == '*' || c == '_' }

// mdRuleLen matches a thematic break, `^ {0,3}([-*_])( ?[-*_]){2,}[ \t]*$`:
// the whole line, or 0.
func mdRuleLen(line string) int {
	i := indent(line)
	if i < 0 || i >= len(line) || !isRuleChar(line[i]) {
		return 0
	}
	i++
	marks := 0
	for i < len(line) {
		if isRuleChar(line[i]) {
			i++
		} else if line[i] == ' ' && i+1 < len(line) && isRuleChar(line[i+1]) {
			i += 2
		} else {
			break
		}
		marks++
	}
	if marks < 2 {
		return 0
	}
	for ; i < len(line); i++ {
		if line[i] != ' ' && line[i] != '\t' {
			return 0
		}
	}
	return len(line)
}

// mdHeadingLen matches a heading marker, `^ {0,3}#{1,6}[ \t]+`.
func mdHeadingLen(line string) int {
	i := indent(line)
	if i < 0 {
		return 0
	}
	hashes := 0
	for i < len(line) && line[i] == '#' {
		i++
		hashes++
	}
	if hashes == 0 || hashes > 6 || i >= len(line) || (line[i] != ' ' && line[i] != '\t') {
		return 0
	}
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return i
}

// mdQuoteLen matches block quote markers, `^ {0,3}(> ?)+`.
func mdQuoteLen(line string) int {
	i := indent(line)
	if i < 0 || i >= len(line) || line[i] != '>' {
		return 0
	}
	for i < len(line) && line[i] == '>' {
		i++
		if i < len(line) && line[i] == ' ' {
			i++
		}
	}
	return i
}

// mdEmphasis removes "**", "__" and "`", as `\*\*|__|` + "`" matches them.
func mdEmphasis(s string) string {
	if !strings.ContainsAny(s, "*_`") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '`':
		case (s[i] == '*' || s[i] == '_') && i+1 < len(s) && s[i+1] == s[i]:
			i++
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// isBratLine reports whether line starts like a brat standoff (.ann)
// annotation line, `^[TREAN#*][0-9]*\t`: an id such as T1, R2, E3, A4, N5
// or #6 and a tab.
func isBratLine(line []byte) bool {
	if len(line) == 0 || strings.IndexByte("TREAN#*", line[0]) < 0 {
		return false
	}
	i := 1
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i < len(line) && line[i] == '\t'
}
