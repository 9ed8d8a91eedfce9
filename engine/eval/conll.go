package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/engine/annot"
)

// Entity is one gold entity span with its type.
type Entity struct {
	Type string
	Span Span
}

// ConllDoc is one CoNLL-2003 document rebuilt as text: tokens joined by one
// space, sentences by "\n". Entities are in code points of Text.
type ConllDoc struct {
	Name     string // "<file>#<n>", n counting documents from 1
	Line     int    // line of the document's first token
	Text     string
	Entities []Entity
}

// The CoNLL-2003 entity types.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// ConllLabels are the rows of a CoNLL report, in order.
var ConllLabels = []string{PER, ORG, LOC, MISC}

// ReadCoNLL reads a CoNLL-2003 file: one token a line with the NER tag in
// the last column (IOB2; an I- tag that does not continue an entity of its
// type starts one, as in IOB1), a blank line between sentences and a
// -DOCSTART- line between documents. A file without -DOCSTART- is one
// document.
func ReadCoNLL(path string) ([]ConllDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	base := filepath.Base(path)
	var docs []ConllDoc
	var (
		b         strings.Builder
		runes     int  // code points written to b
		sentOpen  bool // the current sentence has a token
		cur       *Entity
		doc       *ConllDoc
		lastToken bool
	)
	closeEntity := func() {
		if cur != nil {
			doc.Entities = append(doc.Entities, *cur)
			cur = nil
		}
	}
	finish := func() {
		if doc == nil {
			return
		}
		closeEntity()
		doc.Text = b.String()
		if doc.Text != "" {
			docs = append(docs, *doc)
		}
		doc = nil
		b.Reset()
		runes, sentOpen, lastToken = 0, false, false
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			closeEntity()
			sentOpen = false
			continue
		}
		if fields[0] == "-DOCSTART-" {
			finish()
			continue
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("%s:%d: not valid UTF-8", path, n)
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: token line %q has no NER column", path, n, line)
		}
		if doc == nil {
			doc = &ConllDoc{Name: fmt.Sprintf("%s#%d", base, len(docs)+1), Line: n}
		}
		tok, tag := fields[0], fields[len(fields)-1]
		if lastToken {
			if sentOpen {
				b.WriteByte(' ')
			} else {
				b.WriteByte('\n')
			}
			runes++
		}
		start := runes
		b.WriteString(tok)
		runes += utf8.RuneCountInString(tok)
		sentOpen, lastToken = true, true
		span := Span{start, runes}

		prefix, typ, ok := strings.Cut(tag, "-")
		switch {
		case tag == "O":
			closeEntity()
		case ok && prefix == "B" && typ != "":
			closeEntity()
			cur = &Entity{Type: typ, Span: span}
		case ok && prefix == "I" && typ != "":
			if cur != nil && cur.Type == typ {
				cur.Span.End = span.End
			} else {
				closeEntity()
				cur = &Entity{Type: typ, Span: span}
			}
		default:
			return nil, fmt.Errorf("%s:%d: NER tag %q is not O, B-TYPE or I-TYPE", path, n, tag)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", path, n+1, err)
	}
	finish()
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: no tokens", path)
	}
	return docs, nil
}

// conllType maps an engine actor type to a CoNLL-2003 type: person → PER,
// organization and media → ORG, country → LOC; groups ("analysts") have no
// CoNLL type.
var conllType = map[string]string{
	"person":       PER,
	"organization": ORG,
	"media":        ORG,
	"country":      LOC,
}

// nameKinds are the mention kinds that are names in the CoNLL-2003 sense.
var nameKinds = map[string]bool{"name": true, "acronym": true, "metonym": true}

// ConllPredictions returns the engine's name mentions of document i as
// CoNLL items: mentions of kind name, acronym or metonym of actors whose
// type has a CoNLL type. The engine predicts no MISC.
func ConllPredictions(i int, d *annot.Document) []Item {
	var out []Item
	for _, a := range d.Actors {
		t, ok := conllType[a.Type]
		if !ok {
			continue
		}
		for _, m := range a.Mentions {
			if nameKinds[m.Kind] && m.End > m.Start {
				out = append(out, SpanItem(i, t, Span{m.Start, m.End}))
			}
		}
	}
	return Dedup(out)
}

// EvalCoNLL reads a CoNLL-2003 file, runs an on every document and scores
// PER, ORG, LOC and MISC names.
func EvalCoNLL(path string, an Analyzer) (*Report, error) {
	docs, err := ReadCoNLL(path)
	if err != nil {
		return nil, err
	}
	r := &Report{Corpus: "conll", Path: path, Docs: len(docs)}
	for _, d := range docs {
		r.docs = append(r.docs, Doc{Name: d.Name, Text: d.Text})
	}
	exports, failures := analyzeAll(r.docs, an)
	r.Failures = failures
	var gold, pred []Item
	for i, d := range docs {
		for _, e := range d.Entities {
			gold = append(gold, SpanItem(i, e.Type, e.Span))
		}
		pred = append(pred, ConllPredictions(i, exports[i])...)
	}
	r.Rows, r.Misses = Score(ConllLabels, gold, pred)
	var noMisc []Item
	for _, it := range gold {
		if it.Label != MISC {
			noMisc = append(noMisc, it)
		}
	}
	r.Rows = append(r.Rows,
		SumRows(r.Rows, "PER+ORG+LOC", PER, ORG, LOC),
		SumRows(r.Rows, "all", PER, ORG, LOC, MISC),
		untyped(noMisc, pred))
	r.Notes = append(r.Notes,
		"tokens joined by spaces, sentences by line breaks",
		"engine names (kinds name, acronym, metonym): person→PER, organization/media→ORG, country→LOC; groups and MISC are not predicted")
	return r, nil
}
