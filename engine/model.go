package engine

// ActorType is the kind of entity an actor is (GUIDELINES.md, "Actors").
type ActorType string

// The actor types of GUIDELINES.md.
const (
	Person       ActorType = "person"
	Organization ActorType = "organization"
	Media        ActorType = "media"
	Country      ActorType = "country"
	Group        ActorType = "group"
)

// MentionKind says how a mention refers to its actor.
type MentionKind string

// The mention kinds of the export schema.
const (
	MentionName       MentionKind = "name"
	MentionTitle      MentionKind = "title"
	MentionAcronym    MentionKind = "acronym"
	MentionDescriptor MentionKind = "descriptor"
	MentionPronoun    MentionKind = "pronoun"
	MentionMetonym    MentionKind = "metonym"
)

// QuoteKind distinguishes full, partial and continuation quotes.
type QuoteKind string

// The quote kinds of GUIDELINES.md.
const (
	QuoteDirect       QuoteKind = "direct"
	QuotePartial      QuoteKind = "partial"
	QuoteContinuation QuoteKind = "continuation"
)

// ClaimKind says whether a claim's content is a quote (direct) or reported
// speech (indirect).
type ClaimKind string

// The claim kinds of GUIDELINES.md.
const (
	ClaimDirect   ClaimKind = "direct"
	ClaimIndirect ClaimKind = "indirect"
)

// OriginEngine marks annotations made by the engine; the app writes
// OriginUser for annotations a researcher made or changed.
const (
	OriginEngine = "engine"
	OriginUser   = "user"
)

// Mention is one place in the text that refers to an actor.
type Mention struct {
	Span
	Kind MentionKind
	Rule string // the rule that found it, for the researcher
}

// Actor is one entity with all its mentions, sorted by position.
type Actor struct {
	ID       string // "a1", "a2", … in order of first mention
	Name     string // the most complete proper name found
	Type     ActorType
	Roles    []string // titles and roles, e.g. "US Treasury Secretary"
	Aliases  []string // other names: acronyms, short names, metonyms
	Mentions []Mention
	Rule     string

	gender byte // 'f' or 'm' when a given name or an honorific tells; for he and she
}

// Quote is a span presented as someone's exact words, marks included.
type Quote struct {
	ID         string // "q1", "q2", … in text order
	Span       Span
	Kind       QuoteKind
	Speaker    string // actor ID, or "" when the text does not say
	Source     *Span  // the mention that names the speaker near the quote
	Cue        *Span  // the words that attribute the quote
	Confidence float64
	Rule       string
}

// Claim is a proposition attributed to an actor through a cue.
type Claim struct {
	ID         string // "c1", "c2", … in text order
	Span       Span   // from the first to the last of source, cue and content
	Kind       ClaimKind
	Claimant   string // actor ID, or "" when the source is not an actor
	Source     *Span
	Cue        *Span
	Addressee  *Span
	Content    *Span
	Quote      string // quote ID for direct claims, else ""
	Confidence float64
	Rule       string
}
