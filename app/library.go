package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// libraryView lists the stored documents: open, rename, delete, annotate
// again.
type libraryView struct {
	goapp.Compo
	S  *session
	UI int

	renaming string // id of the record being renamed
	draft    string
}

func (c *libraryView) Render() goapp.UI {
	s := c.S
	var rows []goapp.UI
	for _, r := range s.records {
		id, name := r.ID, r.Name
		current := id == s.rec.ID
		var title goapp.UI = goapp.Span().Class("name").Text(name)
		if c.renaming == id {
			title = goapp.Form().Class("row").OnSubmit(func(ctx goapp.Context, e goapp.Event) {
				e.PreventDefault()
				s.renameRecord(id, c.draft)
				c.renaming = ""
				s.ui++
			}).Body(
				goapp.Input().Type("text").Aria("label", "New name").DataSet("testid", TestRenameInput).
					Value(c.draft).AutoFocus(true).
					OnInput(func(ctx goapp.Context, e goapp.Event) {
						c.draft = ctx.JSSrc().Get("value").String()
						ctx.PreventUpdate()
					}),
				goapp.Button().Type("submit").Text("Save name").DataSet("testid", TestConfirm),
				goapp.Button().Type("button").Text("Cancel").OnClick(func(goapp.Context, goapp.Event) { c.renaming = "" }),
			)
		}
		rows = append(rows, goapp.Li().Class("doc").DataSet("testid", TestLibraryItem).DataSet("id", id).DataSet("current", current).Body(
			goapp.Div().Class("doc-title").Body(
				title,
				goapp.Span().Class("meta").Text("changed "+r.Modified.Local().Format(time.DateTime)),
			),
			goapp.Div().Class("row").Body(
				goapp.Button().Type("button").Text("Open").DataSet("testid", TestOpen).
					OnClick(func(goapp.Context, goapp.Event) { s.openRecord(id); s.ui++ }),
				goapp.Button().Type("button").Text("Rename").DataSet("testid", TestRename).
					OnClick(func(goapp.Context, goapp.Event) { c.renaming, c.draft = id, name }),
				goapp.Button().Type("button").Text("Annotate again").DataSet("testid", TestRerun).
					OnClick(func(goapp.Context, goapp.Event) { c.askRerun(id, name); s.ui++ }),
				goapp.Button().Type("button").Class("danger").Text("Delete").DataSet("testid", TestDeleteDoc).
					OnClick(func(goapp.Context, goapp.Event) { c.askDelete(id, name); s.ui++ }),
			),
		))
	}
	var body goapp.UI
	switch {
	case s.libErr != nil:
		body = goapp.P().Class("hint").Text("The library cannot be used in this browser. Open documents stay in memory until the page closes; export them to keep them.")
	case !s.loaded:
		body = goapp.P().Class("hint").Text("Opening the library…")
	case len(rows) == 0:
		body = goapp.P().Class("hint").Text("No documents yet. Annotate a text and it is kept here automatically.")
	default:
		body = goapp.Ul().Class("library").Body(rows...)
	}
	return goapp.Section().Class("page").Aria("label", "Library").Body(
		goapp.H1().Text("Library"),
		goapp.P().Class("lede").Text("Every document you annotate is saved in this browser with your corrections, after every change."),
		storageHint(s),
		goapp.Div().DataSet("testid", TestLibraryList).Body(body),
		goapp.Div().Class("row").Body(
			goapp.Button().Type("button").Text("Export the whole library (JSON Lines)").DataSet("testid", TestExportLibrary).
				Disabled(len(s.records) == 0).OnClick(func(goapp.Context, goapp.Event) { s.exportLibrary(); s.ui++ }),
			&importButton{S: s},
		),
	)
}

func (c *libraryView) askDelete(id, name string) {
	s := c.S
	s.confirm = &confirmation{
		Text:    "Delete “" + name + "” and its annotations from this browser? This cannot be undone; export it first to keep a copy.",
		Choices: []choice{{Label: "Delete", TestID: TestConfirm, Run: func() { s.deleteRecord(id) }}},
	}
}

func (c *libraryView) askRerun(id, name string) {
	s := c.S
	s.confirm = &confirmation{
		Text: "Annotate “" + name + "” again with the engine. Keep the annotations you added or corrected, or start over from the engine's output?",
		Choices: []choice{
			{Label: "Keep my edits", TestID: TestRerunKeep, Run: func() { s.rerun(id, true) }},
			{Label: "Discard my edits", TestID: TestRerunDiscard, Run: func() { s.rerun(id, false) }},
		},
	}
}
