// Package annot is the whosaid annotation document, export schema version 1:
// the types, their JSON form, validation of documents read back, and the one
// mapper between byte, code point and UTF-16 offsets.
//
// It is the contract between the engine, the command line, the app and the
// files researchers keep. It imports no lexicon, so the app can use it
// without carrying the engine. Every span in a Document counts Unicode code
// points of Document.Document.Text, half-open, as GUIDELINES.md requires.
package annot

// Format and Version identify schema version 1 of the export.
const (
	Format  = "whosaid"
	Version = 1
)

// Origins of an annotation.
const (
	OriginEngine = "engine"
	OriginUser   = "user"
)

// Document is one article with its annotations.
type Document struct {
	Format    string    `json:"format"`
	Version   int       `json:"version"`
	Generator Generator `json:"generator"`
	Document  Text      `json:"document"`
	Actors    []Actor   `json:"actors"`
	Quotes    []Quote   `json:"quotes"`
	Claims    []Claim   `json:"claims"`
}

// Generator names the program and version that wrote a document.
type Generator struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Text is the annotated text. ID is "sha256:" + hex of Text's UTF-8 bytes.
type Text struct {
	ID       string `json:"id"`
	Title    string `json:"title,omitempty"`
	Text     string `json:"text"`
	Language string `json:"language"`
}

// Span is a half-open range of code points of the document text, with the
// text it covers: Text == string([]rune(doc)[Start:End]).
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Mention is one place where an actor is referred to.
type Mention struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Kind   string `json:"kind"` // name | title | acronym | descriptor | pronoun | metonym
	Rule   string `json:"rule"`
	Origin string `json:"origin"`
}

// Span returns the mention's span.
func (m Mention) Span() Span { return Span{m.Start, m.End, m.Text} }

// Actor is one entity with all its mentions in text order.
type Actor struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Type     string    `json:"type"` // person | organization | media | country | group
	Roles    []string  `json:"roles"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
	Rule     string    `json:"rule"`
	Origin   string    `json:"origin"`
}

// Quote is a span presented as someone's exact words, marks included.
type Quote struct {
	ID         string  `json:"id"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Text       string  `json:"text"`
	Kind       string  `json:"kind"` // direct | partial | continuation
	Speaker    *string `json:"speaker"`
	Source     *Span   `json:"source"`
	Cue        *Span   `json:"cue"`
	Confidence float64 `json:"confidence"`
	Rule       string  `json:"rule"`
	Origin     string  `json:"origin"`
}

// Span returns the quote's own span.
func (q Quote) Span() Span { return Span{q.Start, q.End, q.Text} }

// Claim is a proposition attributed to an actor.
type Claim struct {
	ID         string  `json:"id"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Text       string  `json:"text"`
	Kind       string  `json:"kind"` // direct | indirect
	Claimant   *string `json:"claimant"`
	Source     *Span   `json:"source"`
	Cue        *Span   `json:"cue"`
	Addressee  *Span   `json:"addressee"`
	Content    *Span   `json:"content"`
	Quote      *string `json:"quote"`
	Confidence float64 `json:"confidence"`
	Rule       string  `json:"rule"`
	Origin     string  `json:"origin"`
}

// Span returns the claim's own span.
func (c Claim) Span() Span { return Span{c.Start, c.End, c.Text} }

// Actor returns the actor with the given id, or nil.
func (d *Document) Actor(id string) *Actor {
	for i := range d.Actors {
		if d.Actors[i].ID == id {
			return &d.Actors[i]
		}
	}
	return nil
}

// StrPtr returns a pointer to s, or nil when s is empty; it builds the
// nullable id fields.
func StrPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
