package app

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/engine/annot"
)

// Kind names what a Ref points at.
type Kind uint8

// The kinds of annotation a user can select and edit.
const (
	KindNone Kind = iota
	KindActor
	KindMention
	KindQuote
	KindClaim
)

// Ref identifies one annotation of a document. For KindMention, ID is the
// actor's id and Start/End the mention's code point span (an actor never
// holds two mentions with the same span); for the other kinds only ID counts.
type Ref struct {
	Kind       Kind
	ID         string
	Start, End int
}

// IsZero reports whether r points at nothing.
func (r Ref) IsZero() bool { return r.Kind == KindNone }

// ActorTypes are the actor types of the export schema, in display order.
var ActorTypes = []string{"person", "organization", "media", "country", "group"}

// Editor holds one document and its edit history. Every edit works on a
// shallow copy of the annotation slices and never writes through a nested
// slice or pointer it shares with an older copy, so each undo snapshot stays
// exactly what the document was. The text never changes.
type Editor struct {
	doc   annot.Document
	m     *annot.Mapper
	undo  []snapshot
	redo  []snapshot
	limit int
}

// snapshot is the annotations of a document at one moment, plus the label of
// the edit that left that moment.
type snapshot struct {
	label  string
	actors []annot.Actor
	quotes []annot.Quote
	claims []annot.Claim
}

// maxHistoryItems bounds the annotations kept in all undo and redo snapshots
// together; the oldest snapshots are dropped first, but at least one is kept.
const maxHistoryItems = 400_000

// NewEditor starts an editing session on doc. The editor keeps its own copy
// of the annotation slices; doc itself is never modified.
func NewEditor(doc *annot.Document) *Editor {
	e := &Editor{doc: *doc, m: annot.NewMapper(doc.Document.Text), limit: maxHistoryItems}
	e.doc.Actors = nonNilSlice(slices.Clone(doc.Actors))
	e.doc.Quotes = nonNilSlice(slices.Clone(doc.Quotes))
	e.doc.Claims = nonNilSlice(slices.Clone(doc.Claims))
	return e
}

func nonNilSlice[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Doc returns the current document. The caller must not modify it; it stays
// valid (unchanged) after later edits.
func (e *Editor) Doc() *annot.Document {
	d := e.doc
	return &d
}

// Mapper returns the offset mapper of the document text.
func (e *Editor) Mapper() *annot.Mapper { return e.m }

// CanUndo reports whether there is an edit to undo.
func (e *Editor) CanUndo() bool { return len(e.undo) > 0 }

// CanRedo reports whether there is an undone edit to redo.
func (e *Editor) CanRedo() bool { return len(e.redo) > 0 }

// UndoLabel names the edit Undo would revert, or "".
func (e *Editor) UndoLabel() string {
	if len(e.undo) == 0 {
		return ""
	}
	return e.undo[len(e.undo)-1].label
}

// RedoLabel names the edit Redo would apply again, or "".
func (e *Editor) RedoLabel() string {
	if len(e.redo) == 0 {
		return ""
	}
	return e.redo[len(e.redo)-1].label
}

// Edits reports how many edits the undo history holds.
func (e *Editor) Edits() int { return len(e.undo) }

func (e *Editor) current(label string) snapshot {
	return snapshot{label, e.doc.Actors, e.doc.Quotes, e.doc.Claims}
}

func (e *Editor) restore(s snapshot) {
	e.doc.Actors, e.doc.Quotes, e.doc.Claims = s.actors, s.quotes, s.claims
}

// Undo reverts the last edit. It reports false when there is none.
func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	s := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	e.redo = append(e.redo, e.current(s.label))
	e.restore(s)
	return true
}

// Redo applies the last undone edit again. It reports false when there is
// none.
func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	s := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	e.undo = append(e.undo, e.current(s.label))
	e.restore(s)
	return true
}

// Edit is one correction of a document's annotations.
type Edit interface {
	// Label names the edit for the undo button.
	Label() string
	// apply changes s and returns what to select afterwards. On error s may
	// be partly changed and is thrown away.
	apply(s *state) (Ref, error)
}

// Apply performs ed. On success the previous annotations become an undo
// step, the redo history is cleared, and Apply returns the annotation to
// select. On error nothing changes.
func (e *Editor) Apply(ed Edit) (Ref, error) {
	s := &state{
		text:   e.doc.Document.Text,
		m:      e.m,
		actors: slices.Clone(e.doc.Actors),
		quotes: slices.Clone(e.doc.Quotes),
		claims: slices.Clone(e.doc.Claims),
	}
	ref, err := ed.apply(s)
	if err != nil {
		return Ref{}, err
	}
	e.undo = append(e.undo, e.current(ed.Label()))
	e.redo = nil
	e.doc.Actors, e.doc.Quotes, e.doc.Claims = s.actors, s.quotes, s.claims
	e.trim()
	return ref, nil
}

func (e *Editor) trim() {
	size := func(s snapshot) int {
		n := len(s.quotes) + len(s.claims)
		for _, a := range s.actors {
			n += 1 + len(a.Mentions)
		}
		return n
	}
	total := 0
	for i := len(e.undo) - 1; i >= 0; i-- {
		total += size(e.undo[i])
		if total > e.limit && i < len(e.undo)-1 {
			e.undo = slices.Clone(e.undo[i+1:])
			return
		}
	}
}

// state is the annotations an edit works on: fresh top-level slices whose
// elements still share nested slices and pointers with the history.
type state struct {
	text   string
	m      *annot.Mapper
	actors []annot.Actor
	quotes []annot.Quote
	claims []annot.Claim
}

func (s *state) actor(id string) (int, error) {
	for i := range s.actors {
		if s.actors[i].ID == id {
			return i, nil
		}
	}
	return -1, fmt.Errorf("no actor %q", id)
}

func (s *state) quote(id string) (int, error) {
	for i := range s.quotes {
		if s.quotes[i].ID == id {
			return i, nil
		}
	}
	return -1, fmt.Errorf("no quote %q", id)
}

func (s *state) claim(id string) (int, error) {
	for i := range s.claims {
		if s.claims[i].ID == id {
			return i, nil
		}
	}
	return -1, fmt.Errorf("no claim %q", id)
}

// span checks a code point range and returns it with its text.
func (s *state) span(start, end int) (annot.Span, error) {
	n := s.m.Len(annot.Runes)
	if start < 0 || end > n || start >= end {
		return annot.Span{}, fmt.Errorf("span %d–%d is not a non-empty range of the text (0–%d)", start, end, n)
	}
	b0 := s.m.MustConvert(start, annot.Runes, annot.Bytes)
	b1 := s.m.MustConvert(end, annot.Runes, annot.Bytes)
	return annot.Span{Start: start, End: end, Text: s.text[b0:b1]}, nil
}

// freshID returns prefix+n for the smallest n > 0 used by no annotation.
func (s *state) freshID(prefix string) string {
	used := make(map[string]bool, len(s.actors)+len(s.quotes)+len(s.claims))
	for _, a := range s.actors {
		used[a.ID] = true
	}
	for _, q := range s.quotes {
		used[q.ID] = true
	}
	for _, c := range s.claims {
		used[c.ID] = true
	}
	for n := 1; ; n++ {
		if id := prefix + strconv.Itoa(n); !used[id] {
			return id
		}
	}
}

func sortQuotes(qs []annot.Quote) {
	slices.SortStableFunc(qs, func(a, b annot.Quote) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
}

func sortClaims(cs []annot.Claim) {
	slices.SortStableFunc(cs, func(a, b annot.Claim) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
}

func sortMentions(ms []annot.Mention) {
	slices.SortStableFunc(ms, func(a, b annot.Mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
}

func mentionIndex(a *annot.Actor, start, end int) int {
	for i, m := range a.Mentions {
		if m.Start == start && m.End == end {
			return i
		}
	}
	return -1
}

func strp(s string) *string { return &s }

func refEq(p *string, id string) bool { return p != nil && *p == id }

// setSpeakerRef points quote i (and the claims linked to it) at actor id
// ("" for nobody), marking them as user work. The speaker's source span is
// dropped because it pointed at the old speaker.
func (s *state) setSpeakerRef(i int, id string) {
	q := &s.quotes[i]
	q.Speaker = annot.StrPtr(id)
	q.Source = nil
	q.Origin = annot.OriginUser
	for j := range s.claims {
		if refEq(s.claims[j].Quote, q.ID) {
			s.creditClaim(j, id)
		}
	}
}

// creditClaim makes actor id the claimant of claim j, as the user's choice.
func (s *state) creditClaim(j int, id string) {
	c := &s.claims[j]
	c.Claimant = annot.StrPtr(id)
	c.Source = nil
	c.Origin = annot.OriginUser
}

// newActor appends an actor named name of type typ with no mentions and
// returns its index.
func (s *state) newActor(name, typ string) (int, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return -1, errors.New("an actor needs a name")
	}
	if !slices.Contains(ActorTypes, typ) {
		return -1, fmt.Errorf("unknown actor type %q", typ)
	}
	s.actors = append(s.actors, annot.Actor{
		ID: s.freshID("a"), Name: name, Type: typ,
		Roles: []string{}, Aliases: []string{}, Mentions: []annot.Mention{},
		Rule: "user", Origin: annot.OriginUser,
	})
	return len(s.actors) - 1, nil
}

// pickActor resolves the actor an edit refers to: an existing id, or a new
// actor when id is empty and name is not. It returns "" for nobody.
func (s *state) pickActor(id, name, typ string) (string, error) {
	if id != "" {
		if _, err := s.actor(id); err != nil {
			return "", err
		}
		return id, nil
	}
	if strings.TrimSpace(name) == "" {
		return "", nil
	}
	i, err := s.newActor(name, typ)
	if err != nil {
		return "", err
	}
	return s.actors[i].ID, nil
}

// DeleteAnnotation removes the annotation Target points at. Deleting an
// actor leaves the quotes and claims it was credited with unattributed;
// deleting a quote unlinks the claims that pointed at it.
type DeleteAnnotation struct{ Target Ref }

func (d DeleteAnnotation) Label() string {
	return "delete " + kindName(d.Target.Kind)
}

func (d DeleteAnnotation) apply(s *state) (Ref, error) {
	t := d.Target
	switch t.Kind {
	case KindActor:
		i, err := s.actor(t.ID)
		if err != nil {
			return Ref{}, err
		}
		s.actors = slices.Delete(s.actors, i, i+1)
		for j := range s.quotes {
			if refEq(s.quotes[j].Speaker, t.ID) {
				s.quotes[j].Speaker, s.quotes[j].Source = nil, nil
				s.quotes[j].Origin = annot.OriginUser
			}
		}
		for j := range s.claims {
			if refEq(s.claims[j].Claimant, t.ID) {
				s.claims[j].Claimant, s.claims[j].Source = nil, nil
				s.claims[j].Origin = annot.OriginUser
			}
		}
	case KindMention:
		i, err := s.actor(t.ID)
		if err != nil {
			return Ref{}, err
		}
		a := &s.actors[i]
		k := mentionIndex(a, t.Start, t.End)
		if k < 0 {
			return Ref{}, fmt.Errorf("actor %q has no mention at %d–%d", t.ID, t.Start, t.End)
		}
		a.Mentions = slices.Delete(slices.Clone(a.Mentions), k, k+1)
		a.Origin = annot.OriginUser
		return Ref{Kind: KindActor, ID: a.ID}, nil
	case KindQuote:
		i, err := s.quote(t.ID)
		if err != nil {
			return Ref{}, err
		}
		s.quotes = slices.Delete(s.quotes, i, i+1)
		for j := range s.claims {
			if refEq(s.claims[j].Quote, t.ID) {
				s.claims[j].Quote = nil
				s.claims[j].Origin = annot.OriginUser
			}
		}
	case KindClaim:
		i, err := s.claim(t.ID)
		if err != nil {
			return Ref{}, err
		}
		s.claims = slices.Delete(s.claims, i, i+1)
	default:
		return Ref{}, errors.New("nothing selected")
	}
	return Ref{}, nil
}

func kindName(k Kind) string {
	switch k {
	case KindActor:
		return "actor"
	case KindMention:
		return "mention"
	case KindQuote:
		return "quote"
	case KindClaim:
		return "claim"
	}
	return "annotation"
}

// SetSpeaker credits a quote to an actor: Actor when set, else a new actor
// named NewName of type NewType, else nobody. Claims linked to the quote get
// the same claimant.
type SetSpeaker struct {
	Quote            string
	Actor            string
	NewName, NewType string
}

func (SetSpeaker) Label() string { return "change speaker" }

func (e SetSpeaker) apply(s *state) (Ref, error) {
	i, err := s.quote(e.Quote)
	if err != nil {
		return Ref{}, err
	}
	id, err := s.pickActor(e.Actor, e.NewName, e.NewType)
	if err != nil {
		return Ref{}, err
	}
	s.setSpeakerRef(i, id)
	return Ref{Kind: KindQuote, ID: e.Quote}, nil
}

// SetClaimant credits a claim to an actor: Actor when set, else a new actor
// named NewName of type NewType, else nobody. The quote the claim is linked
// to gets the same speaker.
type SetClaimant struct {
	Claim            string
	Actor            string
	NewName, NewType string
}

func (SetClaimant) Label() string { return "change claimant" }

func (e SetClaimant) apply(s *state) (Ref, error) {
	i, err := s.claim(e.Claim)
	if err != nil {
		return Ref{}, err
	}
	id, err := s.pickActor(e.Actor, e.NewName, e.NewType)
	if err != nil {
		return Ref{}, err
	}
	s.creditClaim(i, id)
	if c := &s.claims[i]; c.Quote != nil {
		if qi, err := s.quote(*c.Quote); err == nil {
			s.setSpeakerRef(qi, id)
		}
	}
	return Ref{Kind: KindClaim, ID: e.Claim}, nil
}

// SetActorType changes an actor's type.
type SetActorType struct{ Actor, Type string }

func (SetActorType) Label() string { return "change actor type" }

func (e SetActorType) apply(s *state) (Ref, error) {
	i, err := s.actor(e.Actor)
	if err != nil {
		return Ref{}, err
	}
	if !slices.Contains(ActorTypes, e.Type) {
		return Ref{}, fmt.Errorf("unknown actor type %q", e.Type)
	}
	s.actors[i].Type = e.Type
	s.actors[i].Origin = annot.OriginUser
	return Ref{Kind: KindActor, ID: e.Actor}, nil
}

// RenameActor changes an actor's name; the old name becomes an alias.
type RenameActor struct{ Actor, Name string }

func (RenameActor) Label() string { return "rename actor" }

func (e RenameActor) apply(s *state) (Ref, error) {
	i, err := s.actor(e.Actor)
	if err != nil {
		return Ref{}, err
	}
	name := strings.TrimSpace(e.Name)
	if name == "" {
		return Ref{}, errors.New("an actor needs a name")
	}
	a := &s.actors[i]
	if a.Name == name {
		return Ref{}, errors.New("the actor already has that name")
	}
	a.Aliases = addUnique(slices.Clone(a.Aliases), a.Name)
	a.Aliases = slices.DeleteFunc(a.Aliases, func(x string) bool { return x == name })
	a.Name = name
	a.Origin = annot.OriginUser
	return Ref{Kind: KindActor, ID: e.Actor}, nil
}

func addUnique(list []string, v ...string) []string {
	for _, x := range v {
		if x != "" && !slices.Contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}

// MergeActors folds actor From into actor Into: From's mentions, roles,
// name and aliases move to Into, every quote and claim credited to From is
// credited to Into, and From is removed.
type MergeActors struct{ Into, From string }

func (MergeActors) Label() string { return "merge actors" }

func (e MergeActors) apply(s *state) (Ref, error) {
	if e.Into == e.From {
		return Ref{}, errors.New("cannot merge an actor with itself")
	}
	fi, err := s.actor(e.From)
	if err != nil {
		return Ref{}, err
	}
	from := s.actors[fi]
	s.actors = slices.Delete(s.actors, fi, fi+1)
	ii, err := s.actor(e.Into)
	if err != nil {
		return Ref{}, err
	}
	into := &s.actors[ii]
	ms := slices.Clone(into.Mentions)
	for _, m := range from.Mentions {
		if mentionIndex(into, m.Start, m.End) < 0 {
			m.Origin = annot.OriginUser
			ms = append(ms, m)
		}
	}
	sortMentions(ms)
	into.Mentions = ms
	into.Roles = addUnique(slices.Clone(nonNilSlice(into.Roles)), from.Roles...)
	into.Aliases = addUnique(slices.Clone(nonNilSlice(into.Aliases)), append([]string{from.Name}, from.Aliases...)...)
	into.Aliases = slices.DeleteFunc(into.Aliases, func(x string) bool { return x == into.Name })
	into.Origin = annot.OriginUser
	for j := range s.quotes {
		if refEq(s.quotes[j].Speaker, e.From) {
			s.quotes[j].Speaker = strp(e.Into)
			s.quotes[j].Origin = annot.OriginUser
		}
	}
	for j := range s.claims {
		if refEq(s.claims[j].Claimant, e.From) {
			s.claims[j].Claimant = strp(e.Into)
			s.claims[j].Origin = annot.OriginUser
		}
	}
	return Ref{Kind: KindActor, ID: e.Into}, nil
}

// AddMention adds the span Start–End as a mention of an actor: Actor when
// set, else a new actor named NewName (the span's text when empty) of type
// NewType.
type AddMention struct {
	Actor            string
	NewName, NewType string
	Start, End       int
	Kind             string
}

func (AddMention) Label() string { return "add mention" }

func (e AddMention) apply(s *state) (Ref, error) {
	sp, err := s.span(e.Start, e.End)
	if err != nil {
		return Ref{}, err
	}
	id := e.Actor
	if id == "" {
		name := e.NewName
		if strings.TrimSpace(name) == "" {
			name = sp.Text
		}
		i, err := s.newActor(name, e.NewType)
		if err != nil {
			return Ref{}, err
		}
		id = s.actors[i].ID
	}
	i, err := s.actor(id)
	if err != nil {
		return Ref{}, err
	}
	a := &s.actors[i]
	if mentionIndex(a, sp.Start, sp.End) >= 0 {
		return Ref{}, errors.New("the actor already has this mention")
	}
	kind := e.Kind
	if kind == "" {
		kind = "name"
	}
	ms := append(slices.Clone(a.Mentions), annot.Mention{
		Start: sp.Start, End: sp.End, Text: sp.Text, Kind: kind, Rule: "user", Origin: annot.OriginUser,
	})
	sortMentions(ms)
	a.Mentions = ms
	a.Origin = annot.OriginUser
	return Ref{Kind: KindMention, ID: id, Start: sp.Start, End: sp.End}, nil
}

// AddQuote adds the span Start–End as a direct quote credited to Speaker
// (nobody when empty).
type AddQuote struct {
	Start, End int
	Speaker    string
}

func (AddQuote) Label() string { return "add quote" }

func (e AddQuote) apply(s *state) (Ref, error) {
	sp, err := s.span(e.Start, e.End)
	if err != nil {
		return Ref{}, err
	}
	if e.Speaker != "" {
		if _, err := s.actor(e.Speaker); err != nil {
			return Ref{}, err
		}
	}
	q := annot.Quote{
		ID: s.freshID("q"), Start: sp.Start, End: sp.End, Text: sp.Text, Kind: "direct",
		Speaker: annot.StrPtr(e.Speaker), Confidence: 1, Rule: "user", Origin: annot.OriginUser,
	}
	s.quotes = append(s.quotes, q)
	sortQuotes(s.quotes)
	return Ref{Kind: KindQuote, ID: q.ID}, nil
}

// AddClaim adds the span Start–End as an indirect claim of Claimant (nobody
// when empty) whose content is the whole span.
type AddClaim struct {
	Start, End int
	Claimant   string
}

func (AddClaim) Label() string { return "add claim" }

func (e AddClaim) apply(s *state) (Ref, error) {
	sp, err := s.span(e.Start, e.End)
	if err != nil {
		return Ref{}, err
	}
	if e.Claimant != "" {
		if _, err := s.actor(e.Claimant); err != nil {
			return Ref{}, err
		}
	}
	content := sp
	c := annot.Claim{
		ID: s.freshID("c"), Start: sp.Start, End: sp.End, Text: sp.Text, Kind: "indirect",
		Claimant: annot.StrPtr(e.Claimant), Content: &content,
		Confidence: 1, Rule: "user", Origin: annot.OriginUser,
	}
	s.claims = append(s.claims, c)
	sortClaims(s.claims)
	return Ref{Kind: KindClaim, ID: c.ID}, nil
}

// AdjustSpan moves the start and end of a mention, quote or claim.
type AdjustSpan struct {
	Target     Ref
	Start, End int
}

func (AdjustSpan) Label() string { return "adjust span" }

func (e AdjustSpan) apply(s *state) (Ref, error) {
	sp, err := s.span(e.Start, e.End)
	if err != nil {
		return Ref{}, err
	}
	t := e.Target
	switch t.Kind {
	case KindMention:
		i, err := s.actor(t.ID)
		if err != nil {
			return Ref{}, err
		}
		a := &s.actors[i]
		k := mentionIndex(a, t.Start, t.End)
		if k < 0 {
			return Ref{}, fmt.Errorf("actor %q has no mention at %d–%d", t.ID, t.Start, t.End)
		}
		if j := mentionIndex(a, sp.Start, sp.End); j >= 0 && j != k {
			return Ref{}, errors.New("the actor already has a mention there")
		}
		ms := slices.Clone(a.Mentions)
		ms[k].Start, ms[k].End, ms[k].Text = sp.Start, sp.End, sp.Text
		ms[k].Origin = annot.OriginUser
		sortMentions(ms)
		a.Mentions = ms
		return Ref{Kind: KindMention, ID: t.ID, Start: sp.Start, End: sp.End}, nil
	case KindQuote:
		i, err := s.quote(t.ID)
		if err != nil {
			return Ref{}, err
		}
		q := &s.quotes[i]
		q.Start, q.End, q.Text, q.Origin = sp.Start, sp.End, sp.Text, annot.OriginUser
		sortQuotes(s.quotes)
	case KindClaim:
		i, err := s.claim(t.ID)
		if err != nil {
			return Ref{}, err
		}
		c := &s.claims[i]
		c.Start, c.End, c.Text, c.Origin = sp.Start, sp.End, sp.Text, annot.OriginUser
		sortClaims(s.claims)
	default:
		return Ref{}, errors.New("only mentions, quotes and claims have a span")
	}
	return t, nil
}

// CheckDocument reports the first broken invariant of d: unique ids, spans
// inside the text whose Text matches it, mentions in text order, and every
// speaker, claimant and quote link naming an existing annotation.
func CheckDocument(d *annot.Document) error {
	m := annot.NewMapper(d.Document.Text)
	n := m.Len(annot.Runes)
	checkSpan := func(what string, sp annot.Span) error {
		if sp.Start < 0 || sp.End > n || sp.Start > sp.End {
			return fmt.Errorf("%s: span %d–%d outside text of %d code points", what, sp.Start, sp.End, n)
		}
		b0 := m.MustConvert(sp.Start, annot.Runes, annot.Bytes)
		b1 := m.MustConvert(sp.End, annot.Runes, annot.Bytes)
		if got := d.Document.Text[b0:b1]; got != sp.Text {
			return fmt.Errorf("%s: span %d–%d text %q, want %q", what, sp.Start, sp.End, sp.Text, got)
		}
		return nil
	}
	ids := map[string]bool{}
	actors := map[string]bool{}
	quotes := map[string]bool{}
	seen := func(id string) error {
		if id == "" || ids[id] {
			return fmt.Errorf("id %q is empty or used twice", id)
		}
		ids[id] = true
		return nil
	}
	for _, a := range d.Actors {
		if err := seen(a.ID); err != nil {
			return err
		}
		actors[a.ID] = true
		for k, mn := range a.Mentions {
			if err := checkSpan("actor "+a.ID+" mention", mn.Span()); err != nil {
				return err
			}
			if k > 0 {
				p := a.Mentions[k-1]
				if p.Start > mn.Start || (p.Start == mn.Start && p.End >= mn.End) {
					return fmt.Errorf("actor %s: mentions out of order or repeated at %d", a.ID, mn.Start)
				}
			}
		}
	}
	for _, q := range d.Quotes {
		if err := seen(q.ID); err != nil {
			return err
		}
		quotes[q.ID] = true
		if err := checkSpan("quote "+q.ID, q.Span()); err != nil {
			return err
		}
		if q.Speaker != nil && !actors[*q.Speaker] {
			return fmt.Errorf("quote %s: speaker %q is no actor", q.ID, *q.Speaker)
		}
	}
	for _, c := range d.Claims {
		if err := seen(c.ID); err != nil {
			return err
		}
		if err := checkSpan("claim "+c.ID, c.Span()); err != nil {
			return err
		}
		if c.Claimant != nil && !actors[*c.Claimant] {
			return fmt.Errorf("claim %s: claimant %q is no actor", c.ID, *c.Claimant)
		}
		if c.Quote != nil && !quotes[*c.Quote] {
			return fmt.Errorf("claim %s: quote %q does not exist", c.ID, *c.Quote)
		}
		for _, p := range []*annot.Span{c.Source, c.Cue, c.Addressee, c.Content} {
			if p != nil {
				if err := checkSpan("claim "+c.ID+" part", *p); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
