package app

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

// fixtureText is an invented article with a non-BMP character so code point
// offsets differ from UTF-16 ones.
const fixtureText = "Harbour plan splits Velmont council 🚢\n\n" +
	"“We will not sell the docks,” Mayor Lina Okafor said on Tuesday.\n\n" +
	"The Port Workers Union told reporters that the plan would cost 400 jobs.\n\n" +
	"Okafor later added: “Nothing is decided.”"

// span returns the code point span of the n-th (0-based) occurrence of sub.
func fixtureSpan(t testing.TB, text, sub string, n int) annot.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		k := strings.Index(text[off:], sub)
		if k < 0 {
			t.Fatalf("%q not found", sub)
		}
		if i == n {
			b := off + k
			start := len([]rune(text[:b]))
			return annot.Span{Start: start, End: start + len([]rune(sub)), Text: sub}
		}
		off += k + len(sub)
	}
}

func mention(t testing.TB, sub string, n int, kind string) annot.Mention {
	s := fixtureSpan(t, fixtureText, sub, n)
	return annot.Mention{Start: s.Start, End: s.End, Text: s.Text, Kind: kind, Rule: "r", Origin: annot.OriginEngine}
}

func spanp(t testing.TB, sub string, n int) *annot.Span {
	s := fixtureSpan(t, fixtureText, sub, n)
	return &s
}

// fixtureDoc builds a small, valid document over fixtureText.
func fixtureDoc(t testing.TB) *annot.Document {
	q1 := fixtureSpan(t, fixtureText, "“We will not sell the docks,”", 0)
	q2 := fixtureSpan(t, fixtureText, "“Nothing is decided.”", 0)
	c2 := fixtureSpan(t, fixtureText, "The Port Workers Union told reporters that the plan would cost 400 jobs.", 0)
	d := &annot.Document{
		Format: annot.Format, Version: annot.Version,
		Generator: annot.Generator{Name: "whosaid", Version: "test"},
		Document:  annot.Text{ID: annot.TextID(fixtureText), Title: "Harbour plan splits Velmont council 🚢", Text: fixtureText, Language: "en"},
		Actors: []annot.Actor{
			{ID: "a1", Name: "Lina Okafor", Type: "person", Roles: []string{"Mayor"}, Aliases: []string{},
				Mentions: []annot.Mention{mention(t, "Lina Okafor", 0, "name"), mention(t, "Okafor", 1, "name")}, Rule: "r", Origin: annot.OriginEngine},
			{ID: "a2", Name: "Port Workers Union", Type: "organization", Roles: []string{}, Aliases: []string{},
				Mentions: []annot.Mention{mention(t, "Port Workers Union", 0, "name")}, Rule: "r", Origin: annot.OriginEngine},
			{ID: "a3", Name: "Velmont council", Type: "organization", Roles: []string{}, Aliases: []string{},
				Mentions: []annot.Mention{mention(t, "Velmont council", 0, "name")}, Rule: "r", Origin: annot.OriginEngine},
		},
		Quotes: []annot.Quote{
			{ID: "q1", Start: q1.Start, End: q1.End, Text: q1.Text, Kind: "direct", Speaker: strp("a1"),
				Source: spanp(t, "Lina Okafor", 0), Cue: spanp(t, "said", 0), Confidence: 0.9, Rule: "r", Origin: annot.OriginEngine},
			{ID: "q2", Start: q2.Start, End: q2.End, Text: q2.Text, Kind: "direct", Speaker: strp("a1"),
				Cue: spanp(t, "added", 0), Confidence: 0.9, Rule: "r", Origin: annot.OriginEngine},
		},
		Claims: []annot.Claim{
			{ID: "c1", Start: q1.Start, End: q1.End, Text: q1.Text, Kind: "direct", Claimant: strp("a1"),
				Cue: spanp(t, "said", 0), Content: &q1, Quote: strp("q1"), Confidence: 0.9, Rule: "r", Origin: annot.OriginEngine},
			{ID: "c2", Start: c2.Start, End: c2.End, Text: c2.Text, Kind: "indirect", Claimant: strp("a2"),
				Cue: spanp(t, "told", 0), Addressee: spanp(t, "reporters", 0), Content: spanp(t, "the plan would cost 400 jobs", 0),
				Confidence: 0.8, Rule: "r", Origin: annot.OriginEngine},
		},
	}
	if err := CheckDocument(d); err != nil {
		t.Fatalf("fixture is invalid: %v", err)
	}
	if err := d.Validate(); err != nil {
		t.Fatalf("fixture fails annot.Validate: %v", err)
	}
	return d
}

func TestEditsChangeWhatTheySayAndMarkUserOrigin(t *testing.T) {
	okafor := fixtureSpan(t, fixtureText, "Okafor", 1)
	union := fixtureSpan(t, fixtureText, "Port Workers Union", 0)
	tests := []struct {
		name  string
		edit  Edit
		check func(t *testing.T, d *annot.Document, sel Ref)
	}{
		{"delete actor unattributes its quotes and claims", DeleteAnnotation{Ref{Kind: KindActor, ID: "a1"}},
			func(t *testing.T, d *annot.Document, _ Ref) {
				if d.Actor("a1") != nil {
					t.Error("actor still there")
				}
				for _, q := range d.Quotes {
					if q.Speaker != nil || q.Origin != annot.OriginUser {
						t.Errorf("quote %s: speaker %v origin %s", q.ID, q.Speaker, q.Origin)
					}
				}
				if d.Claims[0].Claimant != nil || d.Claims[0].Origin != annot.OriginUser {
					t.Errorf("claim c1 keeps claimant %v", d.Claims[0].Claimant)
				}
				if *d.Claims[1].Claimant != "a2" || d.Claims[1].Origin != annot.OriginEngine {
					t.Error("claim c2 was touched")
				}
			}},
		{"delete mention", DeleteAnnotation{Ref{Kind: KindMention, ID: "a1", Start: okafor.Start, End: okafor.End}},
			func(t *testing.T, d *annot.Document, sel Ref) {
				a := d.Actor("a1")
				if len(a.Mentions) != 1 || a.Mentions[0].Text != "Lina Okafor" || a.Origin != annot.OriginUser {
					t.Errorf("mentions %+v origin %s", a.Mentions, a.Origin)
				}
				if sel != (Ref{Kind: KindActor, ID: "a1"}) {
					t.Errorf("selection %+v", sel)
				}
			}},
		{"delete quote unlinks its claim", DeleteAnnotation{Ref{Kind: KindQuote, ID: "q1"}},
			func(t *testing.T, d *annot.Document, _ Ref) {
				if len(d.Quotes) != 1 || d.Quotes[0].ID != "q2" {
					t.Errorf("quotes %+v", d.Quotes)
				}
				if d.Claims[0].Quote != nil || d.Claims[0].Origin != annot.OriginUser {
					t.Error("claim c1 still links q1")
				}
			}},
		{"delete claim", DeleteAnnotation{Ref{Kind: KindClaim, ID: "c2"}},
			func(t *testing.T, d *annot.Document, _ Ref) {
				if len(d.Claims) != 1 || d.Claims[0].ID != "c1" {
					t.Errorf("claims %+v", d.Claims)
				}
			}},
		{"set speaker follows into linked claim", SetSpeaker{Quote: "q1", Actor: "a2"},
			func(t *testing.T, d *annot.Document, sel Ref) {
				q := d.Quotes[0]
				if *q.Speaker != "a2" || q.Source != nil || q.Origin != annot.OriginUser {
					t.Errorf("quote %+v", q)
				}
				if c := d.Claims[0]; *c.Claimant != "a2" || c.Origin != annot.OriginUser {
					t.Errorf("claim %+v", c)
				}
				if sel != (Ref{Kind: KindQuote, ID: "q1"}) {
					t.Errorf("selection %+v", sel)
				}
			}},
		{"set speaker to a new actor", SetSpeaker{Quote: "q2", NewName: "Deputy Mayor", NewType: "person"},
			func(t *testing.T, d *annot.Document, _ Ref) {
				a := d.Actors[len(d.Actors)-1]
				if a.Name != "Deputy Mayor" || a.Type != "person" || a.Origin != annot.OriginUser || a.ID != "a4" {
					t.Errorf("new actor %+v", a)
				}
				if *d.Quotes[1].Speaker != a.ID {
					t.Error("quote not credited to the new actor")
				}
			}},
		{"set speaker to nobody", SetSpeaker{Quote: "q2"},
			func(t *testing.T, d *annot.Document, _ Ref) {
				if d.Quotes[1].Speaker != nil {
					t.Error("speaker kept")
				}
			}},
		{"set claimant follows into linked quote", SetClaimant{Claim: "c1", Actor: "a3"},
			func(t *testing.T, d *annot.Document, _ Ref) {
				if *d.Claims[0].Claimant != "a3" || *d.Quotes[0].Speaker != "a3" || d.Quotes[0].Origin != annot.OriginUser {
					t.Errorf("claim %+v quote %+v", d.Claims[0], d.Quotes[0])
				}
			}},
		{"set actor type", SetActorType{Actor: "a3", Type: "group"},
			func(t *testing.T, d *annot.Document, _ Ref) {
				if a := d.Actor("a3"); a.Type != "group" || a.Origin != annot.OriginUser {
					t.Errorf("actor %+v", a)
				}
			}},
		{"rename actor keeps the old name as alias", RenameActor{Actor: "a2", Name: "Dock Workers Union"},
			func(t *testing.T, d *annot.Document, _ Ref) {
				a := d.Actor("a2")
				if a.Name != "Dock Workers Union" || !reflect.DeepEqual(a.Aliases, []string{"Port Workers Union"}) || a.Origin != annot.OriginUser {
					t.Errorf("actor %+v", a)
				}
			}},
		{"merge actors moves mentions and references", MergeActors{Into: "a2", From: "a1"},
			func(t *testing.T, d *annot.Document, _ Ref) {
				if d.Actor("a1") != nil {
					t.Fatal("merged actor still there")
				}
				a := d.Actor("a2")
				if len(a.Mentions) != 3 || a.Mentions[0].Text != "Lina Okafor" || a.Mentions[2].Text != "Okafor" {
					t.Errorf("mentions %+v", a.Mentions)
				}
				if a.Mentions[0].Origin != annot.OriginUser {
					t.Error("moved mention keeps engine origin")
				}
				if !reflect.DeepEqual(a.Roles, []string{"Mayor"}) || !reflect.DeepEqual(a.Aliases, []string{"Lina Okafor"}) {
					t.Errorf("roles %v aliases %v", a.Roles, a.Aliases)
				}
				for _, q := range d.Quotes {
					if *q.Speaker != "a2" {
						t.Errorf("quote %s speaker %s", q.ID, *q.Speaker)
					}
				}
				if *d.Claims[0].Claimant != "a2" {
					t.Error("claim not rewritten")
				}
			}},
		{"add mention to an existing actor", AddMention{Actor: "a2", Start: union.Start + 5, End: union.End, Kind: "name"},
			func(t *testing.T, d *annot.Document, sel Ref) {
				a := d.Actor("a2")
				if len(a.Mentions) != 2 || a.Mentions[1].Text != "Workers Union" || a.Mentions[1].Origin != annot.OriginUser {
					t.Errorf("mentions %+v", a.Mentions)
				}
				if sel.Kind != KindMention || sel.ID != "a2" || sel.Start != union.Start+5 {
					t.Errorf("selection %+v", sel)
				}
			}},
		{"add mention creates an actor from the span", AddMention{Start: union.Start, End: union.Start + 4, NewType: "group"},
			func(t *testing.T, d *annot.Document, _ Ref) {
				a := d.Actors[len(d.Actors)-1]
				if a.Name != "Port" || a.Type != "group" || len(a.Mentions) != 1 {
					t.Errorf("actor %+v", a)
				}
			}},
		{"add quote", AddQuote{Start: 0, End: 12, Speaker: "a3"},
			func(t *testing.T, d *annot.Document, sel Ref) {
				q := d.Quotes[0]
				if q.Text != "Harbour plan" || *q.Speaker != "a3" || q.Origin != annot.OriginUser || sel.ID != q.ID {
					t.Errorf("quote %+v sel %+v", q, sel)
				}
			}},
		{"add claim", AddClaim{Start: 0, End: 12},
			func(t *testing.T, d *annot.Document, _ Ref) {
				c := d.Claims[0]
				if c.Text != "Harbour plan" || c.Claimant != nil || c.Content == nil || c.Content.Text != "Harbour plan" || c.ID != "c3" {
					t.Errorf("claim %+v", c)
				}
			}},
		{"adjust a quote across the astral character", AdjustSpan{Target: Ref{Kind: KindQuote, ID: "q2"}, Start: 36, End: 37},
			func(t *testing.T, d *annot.Document, _ Ref) {
				q := d.Quotes[0]
				if q.ID != "q2" || q.Text != "🚢" || q.Origin != annot.OriginUser {
					t.Errorf("quote %+v", q)
				}
			}},
		{"adjust a mention", AdjustSpan{Target: Ref{Kind: KindMention, ID: "a1", Start: okafor.Start, End: okafor.End}, Start: okafor.Start, End: okafor.Start + 3},
			func(t *testing.T, d *annot.Document, sel Ref) {
				m := d.Actor("a1").Mentions[1]
				if m.Text != "Oka" || m.Origin != annot.OriginUser || sel.End != okafor.Start+3 {
					t.Errorf("mention %+v sel %+v", m, sel)
				}
			}},
		{"adjust a claim", AdjustSpan{Target: Ref{Kind: KindClaim, ID: "c2"}, Start: union.Start, End: union.End},
			func(t *testing.T, d *annot.Document, _ Ref) {
				c := d.Claims[1]
				if c.Text != "Port Workers Union" {
					t.Errorf("claim %+v", c)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orig := fixtureDoc(t)
			e := NewEditor(orig)
			before := cloneDoc(e.Doc())
			sel, err := e.Apply(tt.edit)
			if err != nil {
				t.Fatal(err)
			}
			d := e.Doc()
			if err := CheckDocument(d); err != nil {
				t.Fatalf("broken after edit: %v", err)
			}
			tt.check(t, d, sel)
			after := cloneDoc(d)
			if !e.Undo() {
				t.Fatal("nothing to undo")
			}
			if !reflect.DeepEqual(cloneDoc(e.Doc()), before) {
				t.Fatal("undo does not restore the document")
			}
			if !reflect.DeepEqual(fixtureDoc(t), orig) {
				t.Fatal("the editor changed the document it was given")
			}
			if !e.Redo() {
				t.Fatal("nothing to redo")
			}
			if !reflect.DeepEqual(cloneDoc(e.Doc()), after) {
				t.Fatal("redo does not give the edited document")
			}
		})
	}
}

func TestInvalidEditsChangeNothing(t *testing.T) {
	tests := []struct {
		name string
		edit Edit
		want string
	}{
		{"unknown actor", SetSpeaker{Quote: "q1", Actor: "nope"}, "no actor"},
		{"unknown quote", SetSpeaker{Quote: "nope", Actor: "a1"}, "no quote"},
		{"unknown claim", SetClaimant{Claim: "nope"}, "no claim"},
		{"merge with itself", MergeActors{Into: "a1", From: "a1"}, "itself"},
		{"bad type", SetActorType{Actor: "a1", Type: "robot"}, "unknown actor type"},
		{"empty name", RenameActor{Actor: "a1", Name: "  "}, "needs a name"},
		{"empty span", AddQuote{Start: 5, End: 5}, "non-empty"},
		{"span past the end", AddClaim{Start: 0, End: 10_000}, "non-empty"},
		{"duplicate mention", AddMention{Actor: "a2", Start: fixtureSpan(t, fixtureText, "Port Workers Union", 0).Start, End: fixtureSpan(t, fixtureText, "Port Workers Union", 0).End}, "already"},
		{"missing mention", DeleteAnnotation{Ref{Kind: KindMention, ID: "a1", Start: 0, End: 1}}, "no mention"},
		{"nothing selected", DeleteAnnotation{}, "nothing selected"},
		{"span of an actor", AdjustSpan{Target: Ref{Kind: KindActor, ID: "a1"}, Start: 0, End: 3}, "only mentions"},
		{"new actor without type", SetSpeaker{Quote: "q1", NewName: "X"}, "unknown actor type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := NewEditor(fixtureDoc(t))
			before := cloneDoc(e.Doc())
			_, err := e.Apply(tt.edit)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want it to mention %q", err, tt.want)
			}
			if !reflect.DeepEqual(cloneDoc(e.Doc()), before) || e.CanUndo() {
				t.Fatal("a failed edit changed the document or the history")
			}
		})
	}
}

func TestUndoRedoHistory(t *testing.T) {
	e := NewEditor(fixtureDoc(t))
	if e.Undo() || e.Redo() {
		t.Fatal("fresh editor has history")
	}
	mustApply(t, e, SetActorType{Actor: "a1", Type: "group"})
	mustApply(t, e, RenameActor{Actor: "a1", Name: "Okafor camp"})
	if e.UndoLabel() != "rename actor" {
		t.Errorf("undo label %q", e.UndoLabel())
	}
	e.Undo()
	if e.RedoLabel() != "rename actor" || e.UndoLabel() != "change actor type" {
		t.Errorf("labels %q / %q", e.UndoLabel(), e.RedoLabel())
	}
	mustApply(t, e, SetActorType{Actor: "a2", Type: "media"})
	if e.CanRedo() {
		t.Error("a new edit must clear the redo history")
	}
}

func TestHistoryIsBounded(t *testing.T) {
	e := NewEditor(fixtureDoc(t))
	e.limit = 30 // the fixture snapshot holds 3 actors + 4 mentions + 2 quotes + 2 claims = 11 items
	for i := range 10 {
		typ := ActorTypes[i%2]
		mustApply(t, e, SetActorType{Actor: "a3", Type: typ})
	}
	if e.Edits() != 2 {
		t.Errorf("history keeps %d snapshots, want 2", e.Edits())
	}
}

func mustApply(t *testing.T, e *Editor, ed Edit) Ref {
	t.Helper()
	r, err := e.Apply(ed)
	if err != nil {
		t.Fatalf("%s: %v", ed.Label(), err)
	}
	return r
}

// cloneDoc deep-copies d through its exported structure, so later writes
// through shared memory would show up as a difference.
func cloneDoc(d *annot.Document) *annot.Document {
	c := *d
	c.Actors = make([]annot.Actor, len(d.Actors))
	for i, a := range d.Actors {
		a.Roles = append([]string{}, a.Roles...)
		a.Aliases = append([]string{}, a.Aliases...)
		a.Mentions = append([]annot.Mention{}, a.Mentions...)
		c.Actors[i] = a
	}
	cp := func(p *string) *string {
		if p == nil {
			return nil
		}
		v := *p
		return &v
	}
	sp := func(p *annot.Span) *annot.Span {
		if p == nil {
			return nil
		}
		v := *p
		return &v
	}
	c.Quotes = make([]annot.Quote, len(d.Quotes))
	for i, q := range d.Quotes {
		q.Speaker, q.Source, q.Cue = cp(q.Speaker), sp(q.Source), sp(q.Cue)
		c.Quotes[i] = q
	}
	c.Claims = make([]annot.Claim, len(d.Claims))
	for i, cl := range d.Claims {
		cl.Claimant, cl.Quote = cp(cl.Claimant), cp(cl.Quote)
		cl.Source, cl.Cue, cl.Addressee, cl.Content = sp(cl.Source), sp(cl.Cue), sp(cl.Addressee), sp(cl.Content)
		c.Claims[i] = cl
	}
	return &c
}

// randomEdit picks an edit that may or may not be valid for d.
func randomEdit(r *rand.Rand, d *annot.Document) Edit {
	n := len([]rune(d.Document.Text))
	actorID := func() string {
		if len(d.Actors) == 0 || r.IntN(8) == 0 {
			return "zz"
		}
		return d.Actors[r.IntN(len(d.Actors))].ID
	}
	span := func() (int, int) {
		s := r.IntN(n)
		return s, s + 1 + r.IntN(min(20, n-s))
	}
	switch r.IntN(12) {
	case 0:
		if len(d.Actors) > 0 {
			a := d.Actors[r.IntN(len(d.Actors))]
			if len(a.Mentions) > 0 {
				m := a.Mentions[r.IntN(len(a.Mentions))]
				return DeleteAnnotation{Ref{Kind: KindMention, ID: a.ID, Start: m.Start, End: m.End}}
			}
		}
		return DeleteAnnotation{Ref{Kind: KindActor, ID: actorID()}}
	case 1:
		return DeleteAnnotation{Ref{Kind: KindActor, ID: actorID()}}
	case 2:
		if len(d.Quotes) > 0 {
			return DeleteAnnotation{Ref{Kind: KindQuote, ID: d.Quotes[r.IntN(len(d.Quotes))].ID}}
		}
	case 3:
		if len(d.Claims) > 0 {
			return DeleteAnnotation{Ref{Kind: KindClaim, ID: d.Claims[r.IntN(len(d.Claims))].ID}}
		}
	case 4:
		if len(d.Quotes) > 0 {
			if r.IntN(3) == 0 {
				return SetSpeaker{Quote: d.Quotes[r.IntN(len(d.Quotes))].ID, NewName: "New Voice", NewType: "person"}
			}
			return SetSpeaker{Quote: d.Quotes[r.IntN(len(d.Quotes))].ID, Actor: actorID()}
		}
	case 5:
		if len(d.Claims) > 0 {
			return SetClaimant{Claim: d.Claims[r.IntN(len(d.Claims))].ID, Actor: actorID()}
		}
	case 6:
		return MergeActors{Into: actorID(), From: actorID()}
	case 7:
		s, e := span()
		return AddMention{Actor: actorID(), Start: s, End: e}
	case 8:
		s, e := span()
		return AddQuote{Start: s, End: e, Speaker: actorID()}
	case 9:
		s, e := span()
		return AddClaim{Start: s, End: e, Claimant: actorID()}
	case 10:
		s, e := span()
		switch {
		case len(d.Quotes) > 0 && r.IntN(2) == 0:
			return AdjustSpan{Target: Ref{Kind: KindQuote, ID: d.Quotes[0].ID}, Start: s, End: e}
		case len(d.Claims) > 0:
			return AdjustSpan{Target: Ref{Kind: KindClaim, ID: d.Claims[len(d.Claims)-1].ID}, Start: s, End: e}
		}
	case 11:
		return RenameActor{Actor: actorID(), Name: []string{"Okafor", "Union", "Council"}[r.IntN(3)]}
	}
	return SetActorType{Actor: actorID(), Type: ActorTypes[r.IntN(len(ActorTypes))]}
}

// TestRandomEditSequencesKeepReferencesValid is a small property test: any
// sequence of edits, valid or not, leaves a document whose references and
// spans hold, and undoing everything gives back the original exactly.
func TestRandomEditSequencesKeepReferencesValid(t *testing.T) {
	applied := 0
	for seed := range uint64(200) {
		r := rand.New(rand.NewPCG(seed, 7))
		orig := fixtureDoc(t)
		e := NewEditor(orig)
		states := []*annot.Document{cloneDoc(e.Doc())}
		for step := range 40 {
			ed := randomEdit(r, e.Doc())
			if _, err := e.Apply(ed); err != nil {
				continue
			}
			if err := CheckDocument(e.Doc()); err != nil {
				t.Fatalf("seed %d step %d after %T %+v: %v", seed, step, ed, ed, err)
			}
			if err := e.Doc().Validate(); err != nil {
				t.Fatalf("seed %d step %d after %T %+v: export schema: %v", seed, step, ed, ed, err)
			}
			states = append(states, cloneDoc(e.Doc()))
			applied++
		}
		for i := len(states) - 2; i >= 0; i-- {
			if !e.Undo() {
				t.Fatalf("seed %d: undo %d failed", seed, i)
			}
			if !reflect.DeepEqual(cloneDoc(e.Doc()), states[i]) {
				t.Fatalf("seed %d: undo to state %d differs", seed, i)
			}
		}
		for i := 1; i < len(states); i++ {
			if !e.Redo() || !reflect.DeepEqual(cloneDoc(e.Doc()), states[i]) {
				t.Fatalf("seed %d: redo to state %d differs", seed, i)
			}
		}
	}
	if applied < 2000 {
		t.Errorf("only %d of 8000 random edits applied; the generator is too weak", applied)
	}
}
