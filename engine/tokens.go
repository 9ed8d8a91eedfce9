package engine

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word      TokenKind = iota + 1 // letters, possibly with digits, inner apostrophes, hyphens or dots
	Number                         // starts with a digit
	Punct                          // any other single mark
	QuoteMark                      // a character that may open or close a quote
)

// TokenFlags describe a token's shape and position.
type TokenFlags uint16

// Token flags.
const (
	Upper       TokenFlags = 1 << iota // first letter is upper case
	AllUpper                           // every letter is upper case, at least two letters
	SentStart                          // first token of its sentence
	ParaStart                          // first token of its paragraph
	SpaceAfter                         // followed by white space
	SpaceBefore                        // preceded by white space or the start of the text
	LineStart                          // first token on its line
	Dotted                             // ends with a '.' that belongs to the word (abbreviation, initial)
)

// Token is a word, number or mark of the normalised text; after the pipeline
// its offsets are source bytes.
type Token struct {
	Start, End int32
	Kind       TokenKind
	Flags      TokenFlags
}

// Span returns the token's span.
func (t Token) Span() Span { return Span{int(t.Start), int(t.End)} }

// Is reports whether t has all the flags f.
func (t Token) Is(f TokenFlags) bool { return t.Flags&f == f }
