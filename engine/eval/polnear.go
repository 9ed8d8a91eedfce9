package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/engine/annot"
)

// Attribution is one PolNeAR attribution relation. Source is empty when the
// annotator marked none; Content gathers every Content, Content2, …
// argument, so it may have several fragments.
type Attribution struct {
	Source, Cue, Content Part
}

// PolNeARArticle is one article with the attributions of one annotator.
type PolNeARArticle struct {
	Name         string // the file name without the annotator and extension
	Annotator    string
	File         string // the .ann file read
	Text         string
	Attributions []Attribution
}

// PolNeAR is a PolNeAR split: the articles in sorted order and what the
// reader left out.
type PolNeAR struct {
	Articles []PolNeARArticle
	// Extra counts the articles with more than one annotator's file; only
	// the first file in sorted order is read.
	Extra int
	// Incomplete counts relations without a cue or a content, left out.
	Incomplete int
	// Joined counts the spans whose fragments were separated by nothing but
	// white space and are read as one span (see joinBlankGaps).
	Joined int
}

// ReadPolNeAR reads dir/text/<article>.txt and
// dir/attributions/<article>_<annotator>.ann. An article annotated by several
// annotators is read from its first file in sorted order. Offsets are code
// points, end exclusive; discontinuous spans read "s e;s e". Lines other
// than T and E lines are ignored, as are T lines of other types than Source,
// Cue and Content; a relation argument that points at one of those is left
// out, so a relation whose cue is a "Discuss" span counts as incomplete.
func ReadPolNeAR(dir string) (*PolNeAR, error) {
	files, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no attributions/*.ann files", dir)
	}
	sort.Strings(files)
	pn := &PolNeAR{}
	seen := map[string]bool{}
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i <= 0 {
			return nil, fmt.Errorf("%s: file name is not <article>_<annotator>.ann", f)
		}
		name, annotator := base[:i], base[i+1:]
		if seen[name] {
			pn.Extra++
			continue
		}
		seen[name] = true
		textFile := filepath.Join(dir, "text", name+".txt")
		raw, err := os.ReadFile(textFile)
		if err != nil {
			return nil, err
		}
		if !utf8.Valid(raw) {
			return nil, fmt.Errorf("%s: not valid UTF-8", textFile)
		}
		a := PolNeARArticle{Name: name, Annotator: annotator, File: f, Text: string(raw)}
		rs := []rune(a.Text)
		atts, incomplete, err := readBrat(f, rs)
		if err != nil {
			return nil, err
		}
		for k := range atts {
			for _, p := range []*Part{&atts[k].Source, &atts[k].Cue, &atts[k].Content} {
				if j := joinBlankGaps(rs, *p); len(j) < len(*p) {
					*p = j
					pn.Joined++
				}
			}
		}
		a.Attributions = atts
		pn.Incomplete += incomplete
		pn.Articles = append(pn.Articles, a)
	}
	return pn, nil
}

// readBrat reads the attribution relations of one .ann file over text and
// returns them with the number of relations that lack a cue or a content.
func readBrat(path string, text []rune) ([]Attribution, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	return parseBrat(path, f, text)
}

// parseBrat is readBrat on an open file; path names it in errors.
func parseBrat(path string, f io.Reader, text []rune) ([]Attribution, int, error) {
	type tline struct {
		typ   string
		frags Part
	}
	ts := map[string]tline{}
	other := map[string]bool{} // T lines of other types ("Discuss")
	type eline struct {
		line int
		args [][2]string // role, T id
	}
	var es []eline
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		errf := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", path, n, fmt.Sprintf(format, args...))
		}
		switch {
		case annID(line, 'T'):
			cols := strings.SplitN(line, "\t", 3)
			if len(cols) < 2 {
				return nil, 0, errf("T line without a tab-separated type and offsets")
			}
			typ, rng, ok := strings.Cut(cols[1], " ")
			if !ok {
				return nil, 0, errf("T line %q has no offsets", cols[1])
			}
			if typ != "Source" && typ != "Cue" && typ != "Content" {
				other[cols[0]] = true
				continue
			}
			frags, err := parseRanges(rng, len(text))
			if err != nil {
				return nil, 0, errf("%v", err)
			}
			if len(cols) == 3 && !sameWords(firstLine(joinFrags(text, frags)), cols[2]) {
				return nil, 0, errf("offsets %s cover %q, not %q (are they code points?)", rng, joinFrags(text, frags), cols[2])
			}
			ts[cols[0]] = tline{typ, mergeFrags(nil, frags)}
		case annID(line, 'E'):
			cols := strings.SplitN(line, "\t", 2)
			if len(cols) < 2 {
				return nil, 0, errf("E line without arguments")
			}
			e := eline{line: n}
			for _, arg := range strings.Fields(cols[1]) {
				role, id, ok := strings.Cut(arg, ":")
				if !ok {
					return nil, 0, errf("argument %q is not Role:T", arg)
				}
				e.args = append(e.args, [2]string{role, id})
			}
			es = append(es, e)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, 0, fmt.Errorf("%s:%d: %w", path, n+1, err)
	}
	var out []Attribution
	incomplete := 0
	for _, e := range es {
		var a Attribution
		for _, arg := range e.args {
			role, id := arg[0], arg[1]
			if strings.HasPrefix(role, "Attribution") {
				continue
			}
			t, ok := ts[id]
			if !ok && other[id] {
				continue // an argument of another type: the relation may lack it
			}
			if !ok {
				return nil, 0, fmt.Errorf("%s:%d: %s refers to %s, which is not a Source, Cue or Content T line", path, e.line, role, id)
			}
			switch {
			case strings.HasPrefix(role, "Source"):
				a.Source = mergeFrags(a.Source, t.frags)
			case strings.HasPrefix(role, "Cue"):
				a.Cue = mergeFrags(a.Cue, t.frags)
			case strings.HasPrefix(role, "Content"):
				a.Content = mergeFrags(a.Content, t.frags)
			default:
				return nil, 0, fmt.Errorf("%s:%d: unknown role %q", path, e.line, role)
			}
		}
		if len(a.Cue) == 0 || len(a.Content) == 0 {
			incomplete++
			continue
		}
		out = append(out, a)
	}
	return out, incomplete, nil
}

// parseRanges reads "s e" or "s e;s e;…" into fragments within [0, n], in
// the order given.
func parseRanges(s string, n int) (Part, error) {
	var p Part
	for _, r := range strings.Split(s, ";") {
		f := strings.Fields(r)
		if len(f) != 2 {
			return nil, fmt.Errorf("range %q is not \"start end\"", r)
		}
		a, err1 := strconv.Atoi(f[0])
		b, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || a < 0 || b < a {
			return nil, fmt.Errorf("range %q is not two offsets start <= end", r)
		}
		if b > n {
			return nil, fmt.Errorf("range %q ends after the text's %d code points", r, n)
		}
		p = append(p, Span{a, b})
	}
	return p, nil
}

// mergeFrags returns the non-empty fragments of a and b sorted, with
// overlapping or touching fragments joined.
func mergeFrags(a, b Part) Part {
	all := append(append(Part{}, a...), b...)
	sort.Slice(all, func(i, j int) bool { return all[i].Start < all[j].Start })
	var out Part
	for _, f := range all {
		if f.End <= f.Start {
			continue
		}
		if k := len(out) - 1; k >= 0 && f.Start <= out[k].End {
			out[k].End = max(out[k].End, f.End)
			continue
		}
		out = append(out, f)
	}
	return out
}

// joinBlankGaps returns p with each two neighbouring fragments that only
// white space separates joined into one: such fragments cover the same text
// as the one span a reader would mark (annotators split a content running
// over several sentences or paragraphs at the breaks). p must be sorted.
func joinBlankGaps(text []rune, p Part) Part {
	if len(p) < 2 {
		return p
	}
	out := Part{p[0]}
	for _, f := range p[1:] {
		k := len(out) - 1
		if blank(text[out[k].End:f.Start]) {
			out[k].End = max(out[k].End, f.End)
			continue
		}
		out = append(out, f)
	}
	return out
}

// blankGapsIn reports whether p's fragments lie within text, so that
// joinBlankGaps can read the gaps between them.
func blankGapsIn(text []rune, p Part) bool {
	return len(p) == 0 || p[len(p)-1].End <= len(text)
}

// blank reports whether rs is all white space.
func blank(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func joinFrags(text []rune, p Part) string {
	parts := make([]string, len(p))
	for i, f := range p {
		parts[i] = string(text[f.Start:f.End])
	}
	return strings.Join(parts, " ")
}

// annID reports whether line starts with the id of a brat line of kind k
// ("T12\t"); other lines, such as the rest of a T line's text after a line
// break inside it, are not annotations.
func annID(line string, k byte) bool {
	if len(line) < 2 || line[0] != k {
		return false
	}
	i := 1
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 1 && (i == len(line) || line[i] == '\t')
}

// firstLine returns s up to its first line break: a T line's text ends
// there, since the .ann line itself ends at the break.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// sameWords reports whether a and b are equal up to runs of white space.
func sameWords(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// The span kinds of PolNeAR, and the attribution as a whole.
const (
	KindSource      = "source"
	KindCue         = "cue"
	KindContent     = "content"
	KindAttribution = "attribution"
)

// PolNeARLabels are the rows of a PolNeAR report, in order.
var PolNeARLabels = []string{KindSource, KindCue, KindContent, KindAttribution}

// Gold returns the gold items of article i: one item per distinct source,
// cue and content span (a source shared by two relations counts once), and
// one three-part attribution item (source, cue, content) per relation.
func (a *PolNeARArticle) Gold(i int) []Item {
	var out []Item
	for _, at := range a.Attributions {
		out = append(out, attributionItems(i, at.Source, at.Cue, at.Content)...)
	}
	return Dedup(out)
}

// PolNeARPredictions returns the engine's items for document i from its
// claims, in the form Gold gives: Claim.Source, Claim.Cue and Claim.Content
// as spans, and each claim as an attribution. Claims with the same cue span,
// the same source and the same kind (a split quote, “A,” she said, “B.”,
// which the engine gives as one claim per quote, or its indirect form, A,
// she said, B) are one attribution whose content has their contents as
// fragments, as PolNeAR annotates them. A direct and an indirect claim on
// one cue stay two attributions: they are two readings of the sentence, not
// the halves of one content. Fragments that only
// white space separates are one span, as in the gold (joinBlankGaps).
func PolNeARPredictions(i int, d *annot.Document) []Item {
	part := func(s *annot.Span) Part {
		if s == nil || s.End <= s.Start {
			return nil
		}
		return Part{{s.Start, s.End}}
	}
	type key struct {
		src, cue Span
		kind     string
	}
	type att struct{ src, cue, content Part }
	var atts []*att
	byCue := map[key]*att{}
	for _, c := range d.Claims {
		src, cue, content := part(c.Source), part(c.Cue), part(c.Content)
		if cue == nil && content == nil {
			continue
		}
		if cue != nil {
			k := key{cue: cue[0], kind: c.Kind}
			if src != nil {
				k.src = src[0]
			}
			if a := byCue[k]; a != nil {
				a.content = mergeFrags(a.content, content)
				continue
			}
			a := &att{src, cue, content}
			byCue[k] = a
			atts = append(atts, a)
			continue
		}
		atts = append(atts, &att{src, cue, content})
	}
	var text []rune
	var out []Item
	for _, a := range atts {
		if len(a.content) > 1 {
			if text == nil {
				text = []rune(d.Document.Text)
			}
			if blankGapsIn(text, a.content) {
				a.content = joinBlankGaps(text, a.content)
			}
		}
		out = append(out, attributionItems(i, a.src, a.cue, a.content)...)
	}
	return Dedup(out)
}

func attributionItems(doc int, src, cue, content Part) []Item {
	var out []Item
	for _, k := range []struct {
		label string
		p     Part
	}{{KindSource, src}, {KindCue, cue}, {KindContent, content}} {
		if len(k.p) > 0 {
			out = append(out, Item{Doc: doc, Label: k.label, Parts: []Part{k.p}})
		}
	}
	return append(out, Item{Doc: doc, Label: KindAttribution, Parts: []Part{src, cue, content}})
}

// EvalPolNeAR reads the PolNeAR split in dir, runs an on every article and
// scores source, cue, content and attribution spans.
func EvalPolNeAR(dir string, an Analyzer) (*Report, error) {
	pn, err := ReadPolNeAR(dir)
	if err != nil {
		return nil, err
	}
	r := &Report{Corpus: "polnear", Path: dir, Docs: len(pn.Articles)}
	for _, a := range pn.Articles {
		r.docs = append(r.docs, Doc{Name: a.Name, Text: a.Text})
	}
	exports, failures := analyzeAll(r.docs, an)
	r.Failures = failures
	var gold, pred []Item
	for i := range pn.Articles {
		gold = append(gold, pn.Articles[i].Gold(i)...)
		pred = append(pred, PolNeARPredictions(i, exports[i])...)
	}
	r.Rows, r.Misses = Score(PolNeARLabels, gold, pred)
	if pn.Extra > 0 {
		r.Notes = append(r.Notes, fmt.Sprintf("%d more annotator files of the same articles not read (the first file in sorted order is used)", pn.Extra))
	}
	if pn.Incomplete > 0 {
		r.Notes = append(r.Notes, fmt.Sprintf("%d relations without a cue or a content left out", pn.Incomplete))
	}
	if pn.Joined > 0 {
		r.Notes = append(r.Notes, fmt.Sprintf("%d gold spans whose fragments only white space separates read as one span", pn.Joined))
	}
	r.Notes = append(r.Notes, "exact match of a discontinuous content needs every fragment; a predicted claim gives one span")
	return r, nil
}
