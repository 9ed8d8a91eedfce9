package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/wasm"
)

// inputPane takes a new text: typed or pasted, or read from a dropped or
// opened .txt, .md or .html file (HTML is reduced to its article text and
// never rendered). It also imports whosaid exports.
type inputPane struct {
	goapp.Compo
	S  *session
	UI int

	over bool // a file is dragged over the drop zone
}

func (c *inputPane) Render() goapp.UI {
	s := c.S
	zone := "drop"
	if c.over {
		zone += " over"
	}
	return goapp.Section().Class("input").Aria("label", "New document").Body(
		goapp.H1().Text("Who said what?"),
		goapp.P().Class("lede").Text("Paste a news article or open a file. whosaid finds the actors, their quotes and their claims; you check and correct them. Everything stays in this browser."),
		goapp.Div().Class(zone).DataSet("testid", TestDropZone).
			OnDragOver(c.onDragOver).OnDragLeave(c.onDragLeave).OnDrop(c.onDrop).Body(
			goapp.Label().For("text").Class("sr-only").Text("Article text"),
			goapp.Textarea().ID("text").DataSet("testid", TestInputText).
				Placeholder("Paste the article here, or drop a .txt, .md or .html file…").
				Spellcheck(false).Rows(14).Text(s.draft).OnInput(c.onInput),
		),
		goapp.Div().Class("row").Body(
			goapp.Button().Type("button").Class("primary").Text("Annotate").
				Disabled(s.busy != "").DataSet("testid", TestAnnotate).
				OnClick(func(goapp.Context, goapp.Event) { s.annotate(s.draft); s.ui++ }),
			goapp.Label().Class("file").Body(
				goapp.Text("Open a file…"),
				goapp.Input().Type("file").Accept(".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html").
					DataSet("testid", TestInputFile).OnChange(c.onFile),
			),
			&importButton{S: s},
			goapp.If(s.ed != nil, func() goapp.UI {
				return goapp.Button().Type("button").Text("Back to the open document").
					OnClick(func(goapp.Context, goapp.Event) { s.showInput = false; s.ui++ })
			}),
		),
	)
}

// prefetchAfter is how long the text must stay unchanged after typing for
// the engine to start on it before Annotate (see session.prefetch).
const prefetchAfter = 700 * time.Millisecond

func (c *inputPane) onInput(ctx goapp.Context, e goapp.Event) {
	s := c.S
	old := s.draft
	s.draft = ctx.JSSrc().Get("value").String()
	s.ui++
	if len(s.draft)-len(old) >= prefetchMin {
		s.prefetch(s.draft) // pasted or dropped: start at once
		return
	}
	text := s.draft
	ctx.After(prefetchAfter, func(ctx goapp.Context) {
		ctx.PreventUpdate() // nothing shown changes
		if s.draft == text {
			s.prefetch(text)
		}
	})
}

func (c *inputPane) onDragOver(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	if !c.over {
		c.over = true
	} else {
		ctx.PreventUpdate()
	}
}

func (c *inputPane) onDragLeave(ctx goapp.Context, e goapp.Event) {
	c.over = false
}

func (c *inputPane) onDrop(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	c.over = false
	files := e.Get("dataTransfer").Get("files")
	if files.Length() > 0 {
		c.S.loadFile(files.Index(0))
	}
}

func (c *inputPane) onFile(ctx goapp.Context, e goapp.Event) {
	files := ctx.JSSrc().Get("files")
	if files.Length() > 0 {
		c.S.loadFile(files.Index(0))
	}
	ctx.JSSrc().Set("value", "")
}

// loadFile reads a File and puts its article text in the input box.
func (s *session) loadFile(file goapp.Value) {
	s.busy = "Reading the file…"
	s.async(func() func() {
		name, data, err := wasm.ReadFile(file)
		var text string
		if err == nil {
			text = TextFromFile(name, data)
		}
		return func() {
			s.busy = ""
			if err != nil {
				s.setError("Could not read the file: %v", err)
				return
			}
			if text == "" {
				s.setError("%s holds no text to annotate.", name)
				return
			}
			s.draft = text
			s.errMsg = ""
			s.setStatus("Read " + name + ". Press Annotate.")
			s.prefetch(text)
		}
	})
}

// importButton is the file picker for whosaid exports (.json, .jsonl).
type importButton struct {
	goapp.Compo
	S *session
}

func (c *importButton) Render() goapp.UI {
	return goapp.Label().Class("file").Body(
		goapp.Text("Import an export…"),
		goapp.Input().Type("file").Accept(".json,.jsonl,application/json").
			DataSet("testid", TestImport).OnChange(c.onChange),
	)
}

func (c *importButton) onChange(ctx goapp.Context, e goapp.Event) {
	files := ctx.JSSrc().Get("files")
	if files.Length() == 0 {
		return
	}
	file := files.Index(0)
	ctx.JSSrc().Set("value", "")
	s := c.S
	s.busy = "Importing…"
	s.async(func() func() {
		name, data, err := wasm.ReadFile(file)
		return func() {
			s.busy = ""
			if err != nil {
				s.setError("Could not read the file: %v", err)
				return
			}
			if s.importFile(name, data) {
				s.ctx.Navigate("/")
			}
		}
	})
}
