package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/engine/annot"
)

// GUMMention is one mention of a GUM entity.
type GUMMention struct {
	Span     Span
	Entity   string // entity id, unique within the document
	Type     string // person, organization, place, …
	Identity string // Wikipedia title, or ""
}

// GUMDoc is one GUM document rebuilt as text: words joined by one space
// unless SpaceAfter=No, sentences by one space, paragraphs (# newpar) by a
// blank line. Mentions are in code points of Text, in order of their start.
type GUMDoc struct {
	Name     string
	Text     string
	Mentions []GUMMention
}

// gumWord is one syntactic word of a sentence being read.
type gumWord struct {
	line       int
	form, xpos string
	misc       string
	span       Span
}

// ReadGUM reads every *.conllu file in dir as CoNLL-U with CorefUD entity
// brackets in the MISC column: "Entity=(3-person-…" opens a mention of
// entity 3 at a word, "3)" closes it, "(3-person-…)" is a one-word mention;
// brackets nest. The order of the fields inside a bracket comes from the
// "# global.Entity" comment (eid-etype-… by default). A mention that ends
// with a possessive clitic ("Afghanistan" + "'s", tagged POS) ends before
// it, as an actor's mention does. Multi-word tokens give the text; their
// words get their part of it when the word forms spell the token, else the
// whole token. Empty nodes (ids like 8.1) are skipped.
func ReadGUM(dir string) ([]GUMDoc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.conllu"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no *.conllu files", dir)
	}
	sort.Strings(files)
	var out []GUMDoc
	for _, f := range files {
		docs, err := readConlluFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, docs...)
	}
	return out, nil
}

type openMention struct {
	m         GUMMention
	firstWord int
	line      int
}

type conlluReader struct {
	path   string
	docs   []GUMDoc
	doc    *GUMDoc
	b      strings.Builder
	runes  int
	newPar bool
	fields []string // order of the fields in an entity bracket
	words  []gumWord
	// mwt is the multi-word token being read: its id range and span.
	mwtFrom, mwtTo int
	mwtSpan        Span
	mwtForm        string
	spaceAfter     bool // the last surface token is followed by a space
	open           []openMention
	docWords       []gumWord // words of the document so far, for trimming
}

func readConlluFile(path string) ([]GUMDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readConllu(path, f)
}

// readConllu reads the documents of one CoNLL-U file; path names it in
// errors and names a document that has no "# newdoc id".
func readConllu(path string, rd io.Reader) ([]GUMDoc, error) {
	r := &conlluReader{path: path, fields: defaultEntityFields}
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if err := r.line(n, line); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", path, n+1, err)
	}
	if err := r.endSentence(); err != nil {
		return nil, err
	}
	if err := r.endDoc(); err != nil {
		return nil, err
	}
	return r.docs, nil
}

var defaultEntityFields = []string{"eid", "etype", "infstat", "salience", "centering", "minspan", "link", "identity"}

func (r *conlluReader) line(n int, line string) error {
	if !utf8.ValidString(line) {
		return fmt.Errorf("not valid UTF-8")
	}
	switch {
	case line == "":
		return r.endSentence()
	case strings.HasPrefix(line, "#"):
		key, val, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "#")), "=")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		switch {
		case key == "newdoc id" || key == "newdoc":
			if err := r.endSentence(); err != nil {
				return err
			}
			if err := r.endDoc(); err != nil {
				return err
			}
			r.doc = &GUMDoc{Name: val}
		case key == "newpar" || strings.HasPrefix(key, "newpar id"):
			r.newPar = true
		case key == "global.Entity":
			fs := strings.Split(val, "-")
			for i, f := range fs {
				if strings.EqualFold(f, "GRP") {
					fs[i] = "eid"
				}
			}
			r.fields = fs
		}
		return nil
	}
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return fmt.Errorf("token line has %d columns, not 10", len(cols))
	}
	if r.doc == nil {
		r.doc = &GUMDoc{Name: strings.TrimSuffix(filepath.Base(r.path), ".conllu")}
	}
	id, form, xpos, misc := cols[0], cols[1], cols[4], cols[9]
	if strings.Contains(id, ".") {
		return nil
	}
	if from, to, ok := strings.Cut(id, "-"); ok {
		var a, b int
		if _, err := fmt.Sscanf(from+" "+to, "%d %d", &a, &b); err != nil || b < a {
			return fmt.Errorf("token id %q is not a range", id)
		}
		r.mwtFrom, r.mwtTo = a, b
		r.mwtForm = form
		r.mwtSpan = r.surface(form, misc)
		return nil
	}
	var k int
	if _, err := fmt.Sscanf(id, "%d", &k); err != nil {
		return fmt.Errorf("token id %q is not a number", id)
	}
	w := gumWord{line: n, form: form, xpos: xpos, misc: misc}
	if k >= r.mwtFrom && k <= r.mwtTo && r.mwtTo > 0 {
		w.span = r.mwtSpan
	} else {
		w.span = r.surface(form, misc)
	}
	r.words = append(r.words, w)
	if k == r.mwtTo {
		r.splitMWT()
		r.mwtFrom, r.mwtTo = 0, 0
	}
	return nil
}

// surface writes one surface token to the text and returns its span.
func (r *conlluReader) surface(form, misc string) Span {
	if r.runes > 0 {
		switch {
		case r.newPar:
			r.b.WriteString("\n\n")
			r.runes += 2
		case len(r.words) == 0 || r.spaceAfter:
			r.b.WriteByte(' ')
			r.runes++
		}
	}
	r.newPar = false
	start := r.runes
	r.b.WriteString(form)
	r.runes += utf8.RuneCountInString(form)
	r.spaceAfter = !hasMisc(misc, "SpaceAfter=No")
	return Span{start, r.runes}
}

// splitMWT gives the words of the multi-word token just read their part of
// its span when their forms spell it.
func (r *conlluReader) splitMWT() {
	n := r.mwtTo - r.mwtFrom + 1
	if n > len(r.words) {
		return
	}
	ws := r.words[len(r.words)-n:]
	var cat strings.Builder
	for _, w := range ws {
		cat.WriteString(w.form)
	}
	if cat.String() != r.mwtForm {
		return
	}
	at := r.mwtSpan.Start
	for i := range ws {
		l := utf8.RuneCountInString(ws[i].form)
		ws[i].span = Span{at, at + l}
		at += l
	}
}

func hasMisc(misc, item string) bool {
	for _, m := range strings.Split(misc, "|") {
		if m == item {
			return true
		}
	}
	return false
}

// endSentence reads the entity brackets of the sentence's words.
func (r *conlluReader) endSentence() error {
	for _, w := range r.words {
		r.docWords = append(r.docWords, w)
		for _, m := range strings.Split(w.misc, "|") {
			val, ok := strings.CutPrefix(m, "Entity=")
			if !ok {
				continue
			}
			if err := r.brackets(val, len(r.docWords)-1); err != nil {
				return fmt.Errorf("%s:%d: %w", r.path, w.line, err)
			}
		}
	}
	r.words = r.words[:0]
	r.mwtFrom, r.mwtTo = 0, 0
	return nil
}

// brackets applies one Entity= value at word index wi of the document.
func (r *conlluReader) brackets(s string, wi int) error {
	for i := 0; i < len(s); {
		if s[i] == '(' {
			k := strings.IndexAny(s[i+1:], "()")
			if k < 0 {
				k = len(s)
			} else {
				k += i + 1
			}
			m, err := r.parseEntity(s[i+1 : k])
			if err != nil {
				return err
			}
			r.open = append(r.open, openMention{m: m, firstWord: wi, line: r.docWords[wi].line})
			if k < len(s) && s[k] == ')' {
				if err := r.close(m.Entity, wi); err != nil {
					return err
				}
				k++
			}
			i = k
			continue
		}
		k := strings.IndexByte(s[i:], ')')
		if k < 0 {
			return fmt.Errorf("entity bracket %q is neither (… nor id)", s[i:])
		}
		if err := r.close(s[i:i+k], wi); err != nil {
			return err
		}
		i += k + 1
	}
	return nil
}

func (r *conlluReader) parseEntity(desc string) (GUMMention, error) {
	parts := strings.SplitN(desc, "-", len(r.fields))
	var m GUMMention
	for i, p := range parts {
		switch r.fields[i] {
		case "eid":
			m.Entity = p
		case "etype":
			m.Type = p
		case "identity":
			m.Identity = p
		}
	}
	if m.Entity == "" {
		return m, fmt.Errorf("entity bracket %q has no id", desc)
	}
	return m, nil
}

// close ends the most recently opened mention of entity id at word wi.
func (r *conlluReader) close(id string, wi int) error {
	for j := len(r.open) - 1; j >= 0; j-- {
		o := r.open[j]
		if o.m.Entity != id {
			continue
		}
		last := wi
		if last > o.firstWord && r.docWords[last].xpos == "POS" {
			last--
		}
		o.m.Span = Span{r.docWords[o.firstWord].span.Start, r.docWords[last].span.End}
		r.doc.Mentions = append(r.doc.Mentions, o.m)
		r.open = append(r.open[:j], r.open[j+1:]...)
		return nil
	}
	return fmt.Errorf("entity %s closes but is not open", id)
}

func (r *conlluReader) endDoc() error {
	if r.doc == nil {
		return nil
	}
	if len(r.open) > 0 {
		o := r.open[0]
		return fmt.Errorf("%s:%d: mention of entity %s is never closed", r.path, o.line, o.m.Entity)
	}
	r.doc.Text = r.b.String()
	sort.SliceStable(r.doc.Mentions, func(i, j int) bool {
		a, b := r.doc.Mentions[i].Span, r.doc.Mentions[j].Span
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	if r.doc.Text != "" {
		r.docs = append(r.docs, *r.doc)
	}
	r.doc = nil
	r.b.Reset()
	r.runes, r.newPar, r.spaceAfter = 0, false, false
	r.docWords = r.docWords[:0]
	return nil
}

// The GUM entity types scored; the engine's types map onto them by gumType.
const (
	GUMPerson       = "person"
	GUMOrganization = "organization"
)

// GUMLabels are the rows of a GUM report, in order.
var GUMLabels = []string{GUMPerson, GUMOrganization}

// gumType maps an engine actor type to the GUM entity type its mentions are
// scored against: person and group → person (GUM types a group of people
// that is not an organisation, "analysts", as person), organization and
// media → organization. Countries are places in GUM and are not scored.
var gumType = map[string]string{
	"person":       GUMPerson,
	"group":        GUMPerson,
	"organization": GUMOrganization,
	"media":        GUMOrganization,
}

// GUMPredictions returns every mention of the engine's actors in document i
// as a GUM item (see gumType), all mention kinds.
func GUMPredictions(i int, d *annot.Document) []Item {
	return mentionItems(i, d, gumType)
}

// mentionItems returns every non-empty mention of the actors whose type
// labels maps, labelled, without duplicates.
func mentionItems(i int, d *annot.Document, labels map[string]string) []Item {
	var out []Item
	for _, a := range d.Actors {
		t, ok := labels[a.Type]
		if !ok {
			continue
		}
		for _, m := range a.Mentions {
			if m.End > m.Start {
				out = append(out, SpanItem(i, t, Span{m.Start, m.End}))
			}
		}
	}
	return Dedup(out)
}

// gumCoref adds to c the coreference of one document over the gold mentions
// of person and organization entities that exactly match a mention of any
// engine actor (a span that two gold entities share is used once, with the
// first). The gold partition is the GUM entity, the predicted one the actor.
func gumCoref(c *Coref, b3p, b3r *float64, doc GUMDoc, d *annot.Document) {
	actor := map[Span]string{}
	for _, a := range d.Actors {
		for _, m := range a.Mentions {
			if _, ok := actor[Span{m.Start, m.End}]; !ok {
				actor[Span{m.Start, m.End}] = a.ID
			}
		}
	}
	type pair struct{ gold, pred string }
	var ms []pair
	seen := map[Span]bool{}
	for _, m := range doc.Mentions {
		if m.Type != GUMPerson && m.Type != GUMOrganization || seen[m.Span] {
			continue
		}
		seen[m.Span] = true
		c.Mentions++
		if a, ok := actor[m.Span]; ok {
			ms = append(ms, pair{m.Entity, a})
		}
	}
	c.Matched += len(ms)
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			g := ms[i].gold == ms[j].gold
			p := ms[i].pred == ms[j].pred
			switch {
			case g && p:
				c.Pairwise.TP++
			case p:
				c.Pairwise.FP++
			case g:
				c.Pairwise.FN++
			}
		}
	}
	gold, pred, both := map[string]int{}, map[string]int{}, map[pair]int{}
	for _, m := range ms {
		gold[m.gold]++
		pred[m.pred]++
		both[m]++
	}
	for _, m := range ms {
		*b3p += float64(both[m]) / float64(pred[m.pred])
		*b3r += float64(both[m]) / float64(gold[m.gold])
	}
}

// EvalGUM reads the GUM documents in dir, runs an on every document and
// scores (a) person and organization mentions of every form (names,
// descriptions, pronouns) and (b) coreference over the gold mentions the
// engine finds exactly, as pairwise links and B-cubed (see gumCoref).
func EvalGUM(dir string, an Analyzer) (*Report, error) {
	docs, err := ReadGUM(dir)
	if err != nil {
		return nil, err
	}
	r := &Report{Corpus: "gum", Path: dir, Docs: len(docs)}
	for _, d := range docs {
		r.docs = append(r.docs, Doc{Name: d.Name, Text: d.Text})
	}
	exports, failures := analyzeAll(r.docs, an)
	r.Failures = failures
	var gold, pred []Item
	c := Coref{Label: "person+organization"}
	var b3p, b3r float64
	for i, d := range docs {
		for _, m := range d.Mentions {
			if m.Type == GUMPerson || m.Type == GUMOrganization {
				gold = append(gold, SpanItem(i, m.Type, m.Span))
			}
		}
		pred = append(pred, GUMPredictions(i, exports[i])...)
		gumCoref(&c, &b3p, &b3r, d, exports[i])
	}
	if c.Matched > 0 {
		c.B3P, c.B3R = b3p/float64(c.Matched), b3r/float64(c.Matched)
	}
	gold = Dedup(gold)
	r.Rows, r.Misses = Score(GUMLabels, gold, pred)
	r.Rows = append(r.Rows, SumRows(r.Rows, "all", GUMLabels...), untyped(gold, pred))
	r.Coref = []Coref{c}
	r.Notes = append(r.Notes,
		"mentions of every form; a trailing possessive 's is not part of a mention",
		"engine person/group→person, organization/media→organization; countries are GUM places, not scored",
		"coref over gold mentions that exactly match an engine mention: pairwise links and B-cubed")
	return r, nil
}
