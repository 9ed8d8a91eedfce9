package eval

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/engine"
	"github.com/whosaid/whosaid/engine/annot"
)

// Doc is one document of a corpus: a name to show the developer and the text
// the engine reads.
type Doc struct {
	Name string
	Text string
}

// Report is the evaluation of the engine on one corpus. Rows are summed over
// all documents. Misses are the unmatched items of exact matching.
type Report struct {
	Corpus string   `json:"corpus"`
	Path   string   `json:"path"`
	Docs   int      `json:"documents"`
	Notes  []string `json:"notes,omitempty"`
	// Failures names the documents the engine failed or panicked on; they
	// are scored as if the engine had found nothing in them.
	Failures []string `json:"failures,omitempty"`
	Rows     []Row    `json:"rows"`
	Coref    []Coref  `json:"coref,omitempty"`
	Links    []Links  `json:"links,omitempty"`
	Misses   []Miss   `json:"-"`

	docs []Doc
}

// Doc returns the document with index i, as Items refer to it.
func (r *Report) Doc(i int) Doc { return r.docs[i] }

// Coref scores how the engine groups mentions into actors, over the gold
// mentions that exactly match an engine mention (Matched of Mentions).
// Pairwise counts mention pairs: TP pairs are in one gold entity and one
// engine actor, FP pairs only in one actor, FN pairs only in one entity. B3
// is B-cubed precision and recall averaged over the matched mentions.
type Coref struct {
	Label    string  `json:"label"`
	Mentions int     `json:"mentions"`
	Matched  int     `json:"matched"`
	Pairwise Counts  `json:"pairwise"`
	B3P      float64 `json:"b3_precision"`
	B3R      float64 `json:"b3_recall"`
}

// B3F1 is the harmonic mean of B3P and B3R, or 0 when both are 0.
func (c Coref) B3F1() float64 {
	if c.B3P+c.B3R == 0 {
		return 0
	}
	return 2 * c.B3P * c.B3R / (c.B3P + c.B3R)
}

// Links is the recall of gold links between two spans of one entity, for
// corpora that do not mark every link: a link is found when both spans are
// mentions of one engine actor.
type Links struct {
	Label     string `json:"label"`
	Gold      int    `json:"gold"`
	Mentioned int    `json:"mentioned"` // both spans are engine mentions
	Found     int    `json:"found"`     // both spans are mentions of one actor
}

// Recall is Found/Gold, or 0 without gold links.
func (l Links) Recall() float64 { return ratio(l.Found, l.Gold) }

// Analyzer runs an annotator over one text and returns its export, with
// code point offsets.
type Analyzer func(text string) (*annot.Document, error)

// Engine is the Analyzer the command uses: engine.Analyze with default
// options, exported.
func Engine(text string) (*annot.Document, error) {
	d, err := engine.Analyze(text, engine.Options{})
	if err != nil {
		return nil, err
	}
	return d.Export(), nil
}

// analyzeAll runs an over every document, on as many goroutines as there
// are processors, and returns the exports in document order. A document the
// analyzer fails or panics on has an empty export and a line in the failures,
// so that one engine bug does not hide the scores of every other document.
func analyzeAll(docs []Doc, an Analyzer) ([]*annot.Document, []string) {
	out := make([]*annot.Document, len(docs))
	errs := make([]error, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(runtime.GOMAXPROCS(0), len(docs))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i], errs[i] = safeAnalyze(an, docs[i].Text)
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	var failures []string
	for i, err := range errs {
		if err != nil {
			out[i] = &annot.Document{}
			failures = append(failures, fmt.Sprintf("%s: %v", docs[i].Name, err))
		}
	}
	return out, failures
}

// safeAnalyze runs an on text and turns a panic into an error.
func safeAnalyze(an Analyzer, text string) (d *annot.Document, err error) {
	defer func() {
		if v := recover(); v != nil {
			d, err = nil, fmt.Errorf("engine panicked: %v", v)
		}
	}()
	d, err = an(text)
	if err == nil && d == nil {
		err = fmt.Errorf("engine returned no document")
	}
	return d, err
}

// Context returns the item's document name and the text around the item,
// up to width code points either side, with the item's fragments in ⟦ ⟧ and
// line breaks shown as ⏎.
func (r *Report) Context(it Item, width int) (string, string) {
	d := r.docs[it.Doc]
	rs := []rune(d.Text)
	var frags []Span
	for _, p := range it.Parts {
		frags = append(frags, p...)
	}
	ext := it.Extent()
	lo, hi := max(ext.Start-width, 0), min(ext.End+width, len(rs))
	var b strings.Builder
	if lo > 0 {
		b.WriteString("…")
	}
	for i := lo; i <= hi; i++ {
		for _, f := range frags {
			if f.End == i && f.End > f.Start {
				b.WriteString("⟧")
			}
		}
		for _, f := range frags {
			if f.Start == i {
				b.WriteString("⟦")
			}
		}
		if i == hi {
			break
		}
		switch c := rs[i]; c {
		case '\n':
			b.WriteString("⏎")
		case '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(c)
		}
	}
	if hi < len(rs) {
		b.WriteString("…")
	}
	return d.Name, b.String()
}

// Text returns the text of the item's fragments joined by " … ".
func (r *Report) Text(it Item) string {
	rs := []rune(r.docs[it.Doc].Text)
	var parts []string
	for _, p := range it.Parts {
		for _, f := range p {
			parts = append(parts, string(rs[f.Start:f.End]))
		}
	}
	return strings.Join(parts, " … ")
}
