package engine

import (
	"errors"
	"unicode/utf8"

	"github.com/whosaid/whosaid/engine/annot"
	"github.com/whosaid/whosaid/internal/msg"
)

// Document is one article and everything the engine found in it. All spans
// are byte offsets into Text, which is never modified.
type Document struct {
	Text        string
	Title       Span // empty when the first line is not a title
	Paragraphs  []Span
	Sentences   []Sentence
	Tokens      []Token
	Actors      []*Actor
	Quotes      []*Quote
	Claims      []*Claim
	Diagnostics DiagnosticList

	norm       normText     // the normalised text the stages read
	quoteSpans []quoteSpan  // quotes found by pairing, for attribution
	low        lowered      // the tokens in lower case, for lowerTok
	spanBlock  block[Span]  // optional spans of quotes and claims
	claimBlock block[Claim] // the claims
	scr        *scratch     // working memory of Analyze; nil after it
}

// Sentence is one sentence and the tokens in it, Tokens[First:Last].
type Sentence struct {
	Span
	Para        int // index into Paragraphs
	First, Last int
}

// Options tune a run. The zero value is the default.
type Options struct {
	// Language of the text; only "en" (the default) is supported.
	Language string
}

// ErrInvalidUTF8 is returned for text that is not valid UTF-8.
var ErrInvalidUTF8 = errors.New("text is not valid UTF-8")

// MaxTextSize is the largest text Analyze accepts, in bytes.
const MaxTextSize = 1 << 30

// Analyze runs the pipeline over text. It fails only when the text cannot be
// annotated at all (invalid UTF-8, too large, an unsupported language); odd
// text yields diagnostics, never an error or a panic.
func Analyze(text string, opts Options) (*Document, error) {
	if opts.Language != "" && opts.Language != "en" {
		return nil, msg.Errorf("language %q is not supported (only \"en\")", opts.Language)
	}
	if len(text) > MaxTextSize {
		return nil, msg.Errorf("text of %d bytes is larger than the %d-byte limit", len(text), MaxTextSize)
	}
	if !utf8.ValidString(text) {
		return nil, msg.Errorf("%w: first bad byte at offset %d", ErrInvalidUTF8, annot.FirstInvalidUTF8(text))
	}
	d := &Document{Text: text, scr: scratchPool.Get()}
	for _, st := range pipeline {
		st.run(d)
		yieldAfterStage(len(text))
	}
	d.releaseScratch()
	return d, nil
}

// stage is one step of the pipeline.
type stage struct {
	name string
	run  func(*Document)
}
