package app

import (
	"fmt"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/engine/annot"
)

// detailPanel shows the selected annotation with every correction that
// applies to it. It is mounted anew for each selection (CompoID): go-app
// keeps a mounted element's event handler when the new one comes from the
// same function literal, so a handler that captured the previous
// annotation's id would otherwise edit that annotation.
type detailPanel struct {
	goapp.Compo
	S   *session
	UI  int
	Sel Ref // the selection shown

	newName, newType string // the "new actor" form
	newFor           Ref    // the annotation the form is open for
	mergeFrom        string
	nameDraft        string
	nameFor          string
}

// CompoID makes go-app mount a new panel when the selection changes.
func (c *detailPanel) CompoID() string {
	return fmt.Sprintf("%d/%s/%d/%d", c.Sel.Kind, c.Sel.ID, c.Sel.Start, c.Sel.End)
}

func (c *detailPanel) Render() goapp.UI {
	s := c.S
	d := s.doc()
	var body []goapp.UI
	switch {
	case d == nil || s.sel.IsZero() || !s.exists(s.sel):
		body = append(body, goapp.P().Class("hint").Text("Click a highlight or a row below, or press n, to see who said it and to correct it. Select text and press a, q or c to add an actor, quote or claim."))
	case s.sel.Kind == KindActor || s.sel.Kind == KindMention:
		body = c.actorBody(d)
	case s.sel.Kind == KindQuote:
		body = c.quoteBody(d)
	case s.sel.Kind == KindClaim:
		body = c.claimBody(d)
	}
	return goapp.Section().Class("panel detail").DataSet("testid", TestPanelDetail).Aria("label", "Selected annotation").Body(
		append([]goapp.UI{goapp.H2().Text("Selected")}, body...)...,
	)
}

func (c *detailPanel) act(f func()) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) { f(); c.S.ui++ }
}

func field(label string, v goapp.UI) goapp.UI {
	return goapp.Div().Class("field").Body(goapp.Span().Class("label").Text(label), v)
}

func originBadge(o string) goapp.UI {
	if o == annot.OriginUser {
		return goapp.Span().Class("badge user").Text("edited")
	}
	return goapp.Span().Class("badge").Text("engine")
}

// spanControls moves the start or end of the selected span, or sets it to
// the text selection.
func (c *detailPanel) spanControls(start, end int) goapp.UI {
	s := c.S
	b := func(label, id, title string, f func()) goapp.UI {
		return goapp.Button().Type("button").Class("small").Text(label).Title("%s", title).DataSet("testid", id).OnClick(c.act(f))
	}
	return goapp.Div().Class("field span-edit").Body(
		goapp.Span().Class("label").Text(fmt.Sprintf("Span %d–%d", start, end)),
		goapp.Div().Class("row").Body(
			b("◂ start", TestStartMinus, "Move the start left ([)", func() { s.nudge(0, -1) }),
			b("start ▸", TestStartPlus, "Move the start right (])", func() { s.nudge(0, 1) }),
			b("◂ end", TestEndMinus, "Move the end left ({)", func() { s.nudge(1, -1) }),
			b("end ▸", TestEndPlus, "Move the end right (})", func() { s.nudge(1, 1) }),
			goapp.Button().Type("button").Class("small").Text("= selection").Title("Set the span to the selected text (s)").
				DataSet("testid", TestSpanToSelection).
				OnMouseDown(func(goapp.Context, goapp.Event) { domAPI{}.readPick(s) }).
				OnClick(c.act(func() { s.spanToPick() })),
		),
	)
}

// actorPicker is a select of the actors, nobody, and a new actor, for
// speakers and claimants. set receives the chosen actor id ("" for
// nobody) or, for a new actor, the name and type.
func (c *detailPanel) actorPicker(d *annot.Document, testID, label string, cur *string, set func(id, name, typ string)) goapp.UI {
	s := c.S
	selected := deref(cur)
	opts := []goapp.UI{goapp.Option().Value("").Selected(selected == "").Text("— nobody / unknown —")}
	for _, a := range d.Actors {
		opts = append(opts, goapp.Option().Value("a:"+a.ID).Selected(a.ID == selected).Text(a.Name+" ("+a.Type+")"))
	}
	opts = append(opts, goapp.Option().Value("new").Text("New actor…"))
	ui := []goapp.UI{
		goapp.Select().Aria("label", label).DataSet("testid", testID).Body(opts...).
			OnChange(func(ctx goapp.Context, e goapp.Event) {
				v := ctx.JSSrc().Get("value").String()
				switch {
				case v == "new":
					c.newFor, c.newName, c.newType = s.sel, "", "person"
				case strings.HasPrefix(v, "a:"):
					c.newFor = Ref{}
					set(strings.TrimPrefix(v, "a:"), "", "")
				default:
					c.newFor = Ref{}
					set("", "", "")
				}
				s.ui++
			}),
	}
	if c.newFor == s.sel {
		typeOpts := make([]goapp.UI, 0, len(ActorTypes))
		for _, t := range ActorTypes {
			typeOpts = append(typeOpts, goapp.Option().Value(t).Selected(t == c.newType).Text(t))
		}
		ui = append(ui, goapp.Form().Class("row").OnSubmit(func(ctx goapp.Context, e goapp.Event) {
			e.PreventDefault()
			set("", c.newName, c.newType)
			c.newFor = Ref{}
			s.ui++
		}).Body(
			goapp.Input().Type("text").Placeholder("Name of the new actor").Aria("label", "Name of the new actor").
				DataSet("testid", TestNewActorName).Value(c.newName).AutoFocus(true).
				OnInput(func(ctx goapp.Context, e goapp.Event) {
					c.newName = ctx.JSSrc().Get("value").String()
					ctx.PreventUpdate()
				}),
			goapp.Select().Aria("label", "Type of the new actor").DataSet("testid", TestNewActorType).Body(typeOpts...).
				OnChange(func(ctx goapp.Context, e goapp.Event) { c.newType = ctx.JSSrc().Get("value").String() }),
			goapp.Button().Type("submit").Text("Set").DataSet("testid", TestSetActor),
		))
	}
	return field(label, goapp.Div().Body(ui...))
}

func (c *detailPanel) quoteBody(d *annot.Document) []goapp.UI {
	s := c.S
	q := findQuote(d, s.sel.ID)
	id := q.ID
	ui := []goapp.UI{
		goapp.P().Class("kind").Body(goapp.Text("Quote · "+q.Kind+" "), originBadge(q.Origin)),
		goapp.Blockquote().Text(clip(q.Text, 600)),
		c.actorPicker(d, TestSelectSpeaker, "Speaker", q.Speaker, func(actor, name, typ string) {
			s.apply(SetSpeaker{Quote: id, Actor: actor, NewName: name, NewType: typ})
		}),
	}
	if q.Cue != nil {
		ui = append(ui, field("Cue", goapp.Span().Text(q.Cue.Text)))
	}
	ui = append(ui, c.spanControls(q.Start, q.End), c.deleteButton("Delete quote"))
	return ui
}

func (c *detailPanel) claimBody(d *annot.Document) []goapp.UI {
	s := c.S
	cl := findClaim(d, s.sel.ID)
	id := cl.ID
	ui := []goapp.UI{
		goapp.P().Class("kind").Body(goapp.Text("Claim · "+cl.Kind+" "), originBadge(cl.Origin)),
		c.actorPicker(d, TestSelectClaimant, "Claimant", cl.Claimant, func(actor, name, typ string) {
			s.apply(SetClaimant{Claim: id, Actor: actor, NewName: name, NewType: typ})
		}),
	}
	if cl.Cue != nil {
		ui = append(ui, field("Cue", goapp.Span().Text(cl.Cue.Text)))
	}
	if cl.Addressee != nil {
		ui = append(ui, field("Addressee", goapp.Span().Text(cl.Addressee.Text)))
	}
	content := cl.Text
	if cl.Content != nil {
		content = cl.Content.Text
	}
	ui = append(ui, field("Content", goapp.Blockquote().Text(clip(content, 600))))
	ui = append(ui, c.spanControls(cl.Start, cl.End), c.deleteButton("Delete claim"))
	return ui
}

func (c *detailPanel) deleteButton(label string) goapp.UI {
	return goapp.Button().Type("button").Class("danger").Text(label+" (Delete)").DataSet("testid", TestDelete).
		OnClick(c.act(func() { c.S.deleteSelected() }))
}

func (c *detailPanel) actorBody(d *annot.Document) []goapp.UI {
	s := c.S
	a := d.Actor(s.sel.ID)
	id := a.ID
	if c.nameFor != id {
		c.nameFor, c.nameDraft, c.mergeFrom = id, a.Name, ""
	}
	typeOpts := make([]goapp.UI, 0, len(ActorTypes))
	for _, t := range ActorTypes {
		typeOpts = append(typeOpts, goapp.Option().Value(t).Selected(t == a.Type).Text(t))
	}
	others := []goapp.UI{goapp.Option().Value("").Selected(c.mergeFrom == "").Text("— pick an actor —")}
	for _, o := range d.Actors {
		if o.ID != id {
			others = append(others, goapp.Option().Value("a:"+o.ID).Selected(o.ID == c.mergeFrom).Text(o.Name))
		}
	}
	ui := []goapp.UI{
		goapp.P().Class("kind").Body(goapp.Text("Actor · "+a.Type+" "), originBadge(a.Origin)),
		goapp.Form().Class("row").OnSubmit(func(ctx goapp.Context, e goapp.Event) {
			e.PreventDefault()
			s.apply(RenameActor{Actor: id, Name: c.nameDraft})
			s.ui++
		}).Body(
			goapp.Input().Type("text").Aria("label", "Actor name").DataSet("testid", TestActorName).Value(c.nameDraft).
				OnInput(func(ctx goapp.Context, e goapp.Event) {
					c.nameDraft = ctx.JSSrc().Get("value").String()
					ctx.PreventUpdate()
				}),
			goapp.Button().Type("submit").Text("Rename"),
		),
		field("Type", goapp.Select().Aria("label", "Actor type").DataSet("testid", TestActorType).Body(typeOpts...).
			OnChange(func(ctx goapp.Context, e goapp.Event) {
				s.apply(SetActorType{Actor: id, Type: ctx.JSSrc().Get("value").String()})
				s.ui++
			})),
	}
	if len(a.Roles) > 0 {
		ui = append(ui, field("Roles", goapp.Span().Text(strings.Join(a.Roles, ", "))))
	}
	if len(a.Aliases) > 0 {
		ui = append(ui, field("Also called", goapp.Span().Text(strings.Join(a.Aliases, ", "))))
	}
	ui = append(ui,
		field("Mentions", goapp.Button().Type("button").Class("small").
			Text(fmt.Sprintf("%d — show next (m)", len(a.Mentions))).
			OnClick(c.act(func() { s.cycleMention(id) }))),
		field("Merge", goapp.Div().Class("row").Body(
			goapp.Select().Aria("label", "Actor to merge into this one").DataSet("testid", TestSelectMerge).Body(others...).
				OnChange(func(ctx goapp.Context, e goapp.Event) {
					c.mergeFrom = strings.TrimPrefix(ctx.JSSrc().Get("value").String(), "a:")
				}),
			goapp.Button().Type("button").Text("Merge into this").DataSet("testid", TestMerge).
				OnClick(c.act(func() {
					if c.mergeFrom == "" {
						s.setError("Pick the actor to merge into %s first.", a.Name)
						return
					}
					s.apply(MergeActors{Into: id, From: c.mergeFrom})
					c.mergeFrom = ""
				})),
		)),
	)
	if s.sel.Kind == KindMention {
		ui = append(ui, field("This mention", goapp.Q().Text(mentionText(a, s.sel))),
			c.spanControls(s.sel.Start, s.sel.End),
			c.deleteButton("Delete mention"))
	}
	ui = append(ui, goapp.Button().Type("button").Class("danger").Text("Delete actor").
		OnClick(c.act(func() { s.apply(DeleteAnnotation{Target: Ref{Kind: KindActor, ID: id}}) })))
	return ui
}

func mentionText(a *annot.Actor, r Ref) string {
	if i := mentionIndex(a, r.Start, r.End); i >= 0 {
		return a.Mentions[i].Text
	}
	return ""
}
