package app

import (
	"strings"
	"time"

	"github.com/whosaid/whosaid/wasm"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shell is the root component of every page. go-app keeps the mounted
// shell when the route changes (same type, no exported fields), so the
// session survives navigation; OnNav only switches the page shown.
type shell struct {
	goapp.Compo

	s       *session
	path    string
	keydown goapp.Func
	dom     domAPI

	pageHide, pageShow goapp.Func // see afterReady
}

func newShell() *shell { return &shell{s: newSession(), path: "/"} }

// OnPreRender runs on the server: it only picks the page to prerender.
func (c *shell) OnPreRender(ctx goapp.Context) {
	c.s.ctx = ctx
	c.path = ctx.Page().URL().Path
}

// OnMount starts the session, listens to the keyboard, and marks the page
// ready for tests once the first render is done.
func (c *shell) OnMount(ctx goapp.Context) {
	wasm.Mark("app:mount")
	c.s.ctx = ctx
	c.path = ctx.Page().URL().Path
	c.s.start()
	c.keydown = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		if len(args) > 0 {
			c.onKey(ctx, args[0])
		}
		return nil
	})
	goapp.Window().Call("addEventListener", "keydown", c.keydown)
	ctx.Defer(func(goapp.Context) {
		c.dom.setBodyAttr("data-wasm-ready", "1")
		wasm.Mark("app:ready")
		c.afterReady(ctx)
	})
	// body[data-engine-warm="1"] says the engine worker has warmed up (see
	// wasm.EngineWarm), for the browser tests that time a warm engine.
	warm := wasm.EngineWarm()
	ctx.Async(func() {
		<-warm
		ctx.Dispatch(func(ctx goapp.Context) {
			ctx.PreventUpdate()
			c.dom.setBodyAttr("data-engine-warm", "1")
		})
	})
}

// OnDismount releases the keyboard and page listeners.
func (c *shell) OnDismount() {
	c.releasePageEvents()
	if c.keydown != nil {
		goapp.Window().Call("removeEventListener", "keydown", c.keydown)
		c.keydown.Release()
		c.keydown = nil
	}
}

// OnNav switches the page.
func (c *shell) OnNav(ctx goapp.Context) {
	c.s.ctx = ctx
	c.path = ctx.Page().URL().Path
	c.s.ui++
}

// onKey runs inside the browser's keydown event, so preventDefault still
// works; the action itself runs on the UI goroutine.
func (c *shell) onKey(ctx goapp.Context, e goapp.Value) {
	target := e.Get("target")
	tag := strings.ToUpper(target.Get("tagName").String())
	k := keyEvent{
		Key:      e.Get("key").String(),
		Ctrl:     e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool(),
		Shift:    e.Get("shiftKey").Bool(),
		Alt:      e.Get("altKey").Bool(),
		Editable: tag == "INPUT" || tag == "TEXTAREA" || tag == "SELECT" || target.Get("isContentEditable").Bool(),
	}
	run := findShortcut(k)
	if run == nil || (c.path != "/" && k.Key != "Escape" && k.Key != "?") {
		return
	}
	e.Call("preventDefault")
	ctx.Dispatch(func(goapp.Context) {
		run(c.s, c.dom)
		c.s.ui++
	})
}

// OnUpdate is not used: props never change.

// Render draws the header, the messages and the current page.
func (c *shell) Render() goapp.UI {
	s := c.s
	return goapp.Div().Class("app").Body(
		goapp.A().Class("skip").Href("#main").Text("Skip to content"),
		c.renderHeader(),
		c.renderMessages(),
		goapp.If(s.confirm != nil, func() goapp.UI { return c.renderConfirm() }),
		goapp.Main().ID("main").Body(
			goapp.If(c.path == "/library", func() goapp.UI { return &libraryView{S: s, UI: s.ui} }).
				ElseIf(c.path == "/about", func() goapp.UI { return &aboutPage{} }).
				Else(func() goapp.UI { return c.renderWorkspace() }),
		),
		goapp.If(s.showHelp, func() goapp.UI { return &helpPanel{S: s} }),
		&effects{S: s, Seq: s.scrollSeq, Sel: s.selKey()},
	)
}

// effects applies, after the render that follows a change, what rendering
// cannot express: scrolling to a highlight or the found text, and marking
// the selected highlight (a class set from Go, since the page's content
// security policy allows no generated style elements).
type effects struct {
	goapp.Compo
	S   *session
	Seq int
	Sel int
}

func (c *effects) OnUpdate(ctx goapp.Context) {
	ctx.Defer(func(goapp.Context) { c.S.flushScroll() })
}

func (c *effects) Render() goapp.UI {
	return goapp.Span().Hidden(true)
}

func (c *shell) renderHeader() goapp.UI {
	s := c.s
	link := func(path, label, id string) goapp.UI {
		a := goapp.A().Href(path).Text(label).DataSet("testid", id)
		if c.path == path || (path == "/" && c.path == "") {
			a = a.Aria("current", "page")
		}
		return a
	}
	canUndo := s.ed != nil && s.ed.CanUndo()
	canRedo := s.ed != nil && s.ed.CanRedo()
	undoTitle, redoTitle := "Undo (Ctrl+Z)", "Redo (Ctrl+Shift+Z)"
	if canUndo {
		undoTitle = "Undo " + s.ed.UndoLabel() + " (Ctrl+Z)"
	}
	if canRedo {
		redoTitle = "Redo " + s.ed.RedoLabel() + " (Ctrl+Shift+Z)"
	}
	return goapp.Header().Class("top").Body(
		goapp.A().Class("brand").Href("/").Text("whosaid"),
		goapp.Nav().Aria("label", "Pages").Body(
			link("/", "Workspace", TestNavWorkspace),
			link("/library", "Library", TestNavLibrary),
			link("/about", "About", TestNavAbout),
		),
		goapp.Div().Class("tools").Body(
			goapp.Button().Type("button").Text("Undo").Title("%s", undoTitle).Disabled(!canUndo).
				DataSet("testid", TestUndo).OnClick(c.on(func() { s.undo() })),
			goapp.Button().Type("button").Text("Redo").Title("%s", redoTitle).Disabled(!canRedo).
				DataSet("testid", TestRedo).OnClick(c.on(func() { s.redo() })),
			goapp.Button().Type("button").Text("?").Title("Keyboard shortcuts (?)").Aria("label", "Keyboard shortcuts").
				DataSet("testid", TestHelp).OnClick(c.on(func() { s.showHelp = !s.showHelp })),
		),
	)
}

// on wraps an action as a click handler that re-renders the shell.
func (c *shell) on(f func()) goapp.EventHandler {
	return func(goapp.Context, goapp.Event) {
		f()
		c.s.ui++
	}
}

func (c *shell) renderMessages() goapp.UI {
	s := c.s
	status := s.status
	if s.busy != "" {
		status = s.busy
	}
	return goapp.Div().Class("messages").Body(
		goapp.P().Class("status").Role("status").Aria("live", "polite").DataSet("testid", TestStatus).
			DataSet("busy", s.busy != "").Text(status),
		goapp.If(s.errMsg != "", func() goapp.UI {
			return goapp.Div().Class("error").Role("alert").DataSet("testid", TestError).Body(
				goapp.P().Text(s.errMsg),
				goapp.Button().Type("button").Text("Dismiss").DataSet("testid", TestErrorClose).
					OnClick(c.on(func() { s.errMsg = "" })),
			)
		}),
	)
}

func (c *shell) renderConfirm() goapp.UI {
	q := c.s.confirm
	buttons := make([]goapp.UI, 0, len(q.Choices)+1)
	for _, ch := range q.Choices {
		buttons = append(buttons, goapp.Button().Type("button").Text(ch.Label).DataSet("testid", ch.TestID).
			OnClick(c.on(func() { c.s.confirm = nil; ch.Run() })))
	}
	buttons = append(buttons, goapp.Button().Type("button").Text("Cancel").DataSet("testid", TestCancel).
		OnClick(c.on(func() { c.s.confirm = nil })))
	return goapp.Div().Class("confirm").Role("alertdialog").Aria("label", "Question").Body(
		goapp.P().Text(q.Text),
		goapp.Div().Class("row").Body(buttons...),
	)
}

func (c *shell) renderWorkspace() goapp.UI {
	s := c.s
	if s.ed == nil || s.showInput {
		return &inputPane{S: s, UI: s.ui}
	}
	return goapp.Div().Class("workspace").Body(
		&docBar{S: s, UI: s.ui},
		&legend{S: s, UI: s.ui},
		goapp.Div().Class("columns").Body(
			&readingView{Rev: s.rev, Hidden: hiddenClasses(s.hidden), S: s},
			&sidePanels{S: s, UI: s.ui, Rev: s.rev},
		),
	)
}

// sideQuick is how long the side panels' task (from its start to the end of
// go-app's frame that mounts them, an idle wait of up to a frame included)
// may have taken for the reading view's first chunk to join it.
const sideQuick = 40 * time.Millisecond

// sidePanels is the column of the detail, actors, quotes and claims panels.
// In the browser a newly opened document's panels mount one per browser
// task, after the task that mounts the rest of the workspace and before the
// reading view builds its next chunk (see session.sidePending), so no task
// mounts more than one of them: mounted in one frame, the four panels of a
// 1 MB document (a page of rows each) took 57-80 ms of CPU in one task.
type sidePanels struct {
	goapp.Compo
	S   *session
	UI  int
	Rev int

	shown     string // record id of the document whose panels are (being) shown
	stage     int    // how many of the panels of shown are mounted
	scheduled bool
}

// sidePanelCount is how many panels the column holds.
const sidePanelCount = 4

// OnMount prevents the update go-app's dispatch of OnMount would cause (of
// the panels and the shell): nothing they render changes here.
func (c *sidePanels) OnMount(ctx goapp.Context)  { ctx.PreventUpdate(); c.sync(ctx) }
func (c *sidePanels) OnUpdate(ctx goapp.Context) { c.sync(ctx) }

// ready reports whether every panel of the open document is mounted.
func (c *sidePanels) ready() bool {
	return !goapp.IsClient || c.shown == c.S.rec.ID && c.stage == sidePanelCount
}

func (c *sidePanels) sync(ctx goapp.Context) {
	if c.ready() || c.scheduled {
		return
	}
	if c.shown != c.S.rec.ID {
		c.shown, c.stage = c.S.rec.ID, 0
	}
	c.scheduled, c.S.sidePending = true, true
	nextTask(ctx, func(ctx goapp.Context) {
		c.scheduled = false
		c.stage++
		wasm.Mark("side:mount")
		start := time.Now()
		// The panel mounts in go-app's next frame, not in this dispatch:
		// the reading view waits until the last one is mounted, or a chunk
		// task that runs before the frame makes the frame mount both. When
		// the last panel was quick to mount (a short document), the
		// reading view's first chunk joins its task.
		ctx.Defer(func(ctx goapp.Context) {
			if !c.ready() {
				c.sync(ctx) // the next panel, in a task of its own
				return
			}
			c.S.sidePending = false
			f := c.S.afterSide
			c.S.afterSide = nil
			if c.S.textDone {
				c.S.saveShown() // waited for the panels (see session.textShown)
			}
			switch {
			case f == nil:
			case time.Since(start) < sideQuick:
				f(ctx)
			default:
				nextTask(ctx, func(ctx goapp.Context) { ctx.PreventUpdate(); f(ctx) })
			}
		})
	})
}

func (c *sidePanels) Render() goapp.UI {
	s := c.S
	side := goapp.Aside().Class("side").Aria("label", "Annotations")
	panels := []goapp.UI{
		&detailPanel{S: s, UI: s.ui, Sel: s.sel},
		&actorsPanel{S: s, UI: s.ui},
		&quotesPanel{S: s, UI: s.ui},
		&claimsPanel{S: s, UI: s.ui},
	}
	if !c.ready() {
		side = side.DataSet("busy", true)
		if c.shown != s.rec.ID {
			return side
		}
		panels = panels[:c.stage]
	}
	return side.Body(panels...)
}

// hiddenClasses turns the switched-off legend layers into classes of the
// reading view, so toggling a layer is pure CSS.
func hiddenClasses(h map[string]bool) string {
	var cls []string
	for _, l := range legendLayers {
		if h[l.name] {
			cls = append(cls, "off-"+l.name)
		}
	}
	return strings.Join(cls, " ")
}

// registerServiceWorker registers the service worker through go-app's
// goappInitServiceWorker, which the server's app.js no longer calls before
// app.wasm starts (see streamingAppJS in cmd/whosaid): the worker's install
// downloads and stores every asset, work that should not compete with the
// first visit's start-up. Without that function (go-app's own app.js
// already registered it) it does nothing.
func registerServiceWorker() {
	if !goapp.IsClient {
		return
	}
	if f := goapp.Window().Get("goappInitServiceWorker"); f.Truthy() && f.Get("call").Truthy() {
		goapp.Window().Call("goappInitServiceWorker")
	}
}
