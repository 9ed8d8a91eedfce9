package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// docBar is the toolbar over the open document: its name, a new document,
// finding text to mark, adding annotations from the selection, export and
// import.
type docBar struct {
	goapp.Compo
	S  *session
	UI int

	query string
}

func (c *docBar) Render() goapp.UI {
	s := c.S
	btn := func(label, id, title string, f func()) goapp.HTMLButton {
		return goapp.Button().Type("button").Text(label).Title("%s", title).DataSet("testid", id).
			OnClick(func(goapp.Context, goapp.Event) { f(); s.ui++ })
	}
	add := func(label, id, title string, k Kind) goapp.UI {
		return goapp.Button().Type("button").Text(label).Title("%s", title).DataSet("testid", id).
			// mousedown would move the focus and may drop the text selection:
			// read it before.
			OnMouseDown(func(goapp.Context, goapp.Event) { domAPI{}.readPick(s) }).
			OnClick(func(goapp.Context, goapp.Event) { s.addFromPick(k); s.ui++ })
	}
	return goapp.Div().Class("docbar").Body(
		goapp.Div().Class("row").Body(
			goapp.H1().Class("docname").Text(s.rec.Name),
			btn("New text", TestNew, "Annotate another text", func() { s.showInput = true }),
		),
		goapp.Div().Class("row").Role("toolbar").Aria("label", "Mark text").Body(
			goapp.Form().Class("find").OnSubmit(c.onFind).Body(
				goapp.Label().For("find").Class("sr-only").Text("Find text to mark"),
				goapp.Input().ID("find").Type("search").Placeholder("Find text to mark (f)").
					DataSet("testid", TestFindText).Value(c.query).OnInput(c.onQuery),
				goapp.Button().Type("submit").Text("Find").DataSet("testid", TestFind),
			),
			add("+ Actor", TestAddActor, "Mark the selected text as an actor mention (a)", KindMention),
			add("+ Quote", TestAddQuote, "Mark the selected text as a quote (q)", KindQuote),
			add("+ Claim", TestAddClaim, "Mark the selected text as a claim (c)", KindClaim),
		),
		goapp.Details().Class("export").Body(
			goapp.Summary().Text("Export / import"),
			goapp.Div().Class("row").Body(
				btn("JSON", TestExportJSON, "This document as whosaid JSON (schema v1)", func() { s.exportCurrent("json") }),
				btn("JSON-LD", TestExportJSONLD, "This document as W3C Web Annotations", func() { s.exportCurrent("jsonld") }),
				btn("CSV: quotes & claims", TestExportCSV, "Quotes and claims as a table", func() { s.exportCurrent("csv") }),
				btn("CSV: actors", TestExportActorsCSV, "Actors as a table", func() { s.exportCurrent("actors") }),
				btn("Whole library (JSON Lines)", TestExportLibrary, "Every document, one JSON per line", func() { s.exportLibrary() }),
				&importButton{S: s},
			),
		),
	)
}

func (c *docBar) onQuery(ctx goapp.Context, e goapp.Event) {
	c.query = ctx.JSSrc().Get("value").String()
	ctx.PreventUpdate()
}

func (c *docBar) onFind(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	c.S.find(c.query)
	c.S.ui++
}
