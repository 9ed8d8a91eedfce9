package app

import (
	"github.com/whosaid/whosaid/wasm"
	"strconv"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// chunkRunes is how much text the reading view turns into DOM per browser
// task. Measured on a 1 MB article (110k highlight elements), building and
// mounting took 3.5 s in all, so ~16k code points keep one task near 50 ms
// and the page responsive while the text appears.
const chunkRunes = 16_000

// readingView shows the text with its highlights. It renders paragraphs as
// escaped app.Raw strings, progressively: a chunk per browser task, the
// first chunk at once. When the layout changes (an edit), it keeps showing
// the old paragraphs and replaces them chunk by chunk, so go-app only
// remounts the paragraphs whose HTML changed.
type readingView struct {
	goapp.Compo

	Rev    int // the session's document revision; the layout is S.lay
	Hidden string
	S      *session

	lay     *layout  // the layout html is being built from
	html    []string // paragraph HTML shown, some possibly from an older layout
	built   int      // paragraphs of html built from lay
	running bool     // a build task is scheduled
	done    bool
	started time.Time // when building for lay began
	took    time.Duration
}

func (c *readingView) OnMount(ctx goapp.Context) { c.sync(ctx) }

// OnDismount saves a new document that was waiting for this view.
func (c *readingView) OnDismount() { c.S.saveShown() }

func (c *readingView) OnUpdate(ctx goapp.Context) { c.sync(ctx) }

// OnPreRender builds everything at once on the server and in tests.
func (c *readingView) OnPreRender(ctx goapp.Context) { c.sync(ctx) }

// sync starts building for a new layout.
func (c *readingView) sync(ctx goapp.Context) {
	next := c.S.lay
	if next == c.lay {
		return
	}
	if c.lay == nil || next == nil || c.lay.doc.Document.Text != next.doc.Document.Text {
		c.html = nil // another document: nothing of the old one can be reused
	}
	c.lay, c.built, c.done = next, 0, false
	c.started = time.Now()
	if c.lay == nil {
		return
	}
	if len(c.html) != len(c.lay.paras) {
		c.html = c.html[:0]
	}
	if !goapp.IsClient {
		for !c.done {
			c.buildChunk()
		}
		return
	}
	// In the browser even the first chunk waits for a task of its own, so
	// it does not add to the task that mounts the rest of the workspace.
	c.schedule(ctx)
}

// buildChunk builds the HTML of the next chunkRunes of text.
func (c *readingView) buildChunk() {
	l := c.lay
	budget := chunkRunes
	for c.built < len(l.paras) && budget > 0 {
		p := l.paras[c.built]
		h := l.paraHTML(c.built)
		if c.built < len(c.html) {
			c.html[c.built] = h
		} else {
			c.html = append(c.html, h)
		}
		budget -= p.End - p.Start + 1
		c.built++
	}
	c.done = c.built == len(l.paras)
	if c.done {
		c.took = time.Since(c.started)
		c.S.saveShown()
	}
}

func (c *readingView) schedule(ctx goapp.Context) {
	if c.done || c.running {
		if c.done {
			ctx.Defer(func(goapp.Context) { c.S.flushScroll() })
		}
		return
	}
	c.running = true
	nextTask(ctx, func(ctx goapp.Context) {
		c.running = false
		if c.lay == nil || !c.Mounted() {
			return // a dismounted view builds nothing more
		}
		if c.S.sidePending {
			c.schedule(ctx)
			return
		}
		wasm.Mark("reader:chunk")
		c.buildChunk()
		// The next chunk is scheduled once this one is mounted: scheduled
		// earlier, its task can run before go-app's next frame, and that
		// frame then mounts both chunks in one task.
		ctx.Defer(func(ctx goapp.Context) {
			c.S.flushScroll()
			c.schedule(ctx)
		})
	})
}

func (c *readingView) Render() goapp.UI {
	paras := make([]goapp.UI, len(c.html))
	for i, h := range c.html {
		paras[i] = goapp.Raw(h)
	}
	complete := "0"
	if c.done {
		complete = "1"
	}
	shown := 0
	if c.lay != nil {
		shown = len(c.lay.paras)
	}
	return goapp.Article().Class("rv", c.Hidden).
		DataSet("testid", TestReadingView).
		DataSet("complete", complete).
		DataSet("paragraphs", strconv.Itoa(shown)).
		DataSet("render-ms", strconv.FormatInt(c.took.Milliseconds(), 10)).
		Aria("label", "Annotated text").
		TabIndex(0).
		OnClick(c.onClick).
		OnMouseUp(c.onPick).
		OnKeyUp(c.onPick).
		Body(paras...)
}

// onClick selects the highlight under the pointer. Clicking the same place
// again selects the next enclosing highlight, so nested ones are reachable.
func (c *readingView) onClick(ctx goapp.Context, e goapp.Event) {
	s := c.S
	if s.lay == nil {
		return
	}
	sel := goapp.Window().Call("getSelection")
	if !sel.IsNull() && !sel.Get("isCollapsed").Bool() {
		return // the user selected text: keep it as the pick
	}
	var keys []int
	for el := e.Get("target"); !el.IsNull() && !el.IsUndefined(); el = el.Get("parentElement") {
		if el.Get("classList").Call("contains", "rv").Bool() {
			break
		}
		if v := el.Call("getAttribute", "data-k"); !v.IsNull() {
			if k, err := strconv.Atoi(v.String()); err == nil {
				keys = append(keys, k)
			}
		}
	}
	if len(keys) == 0 {
		return
	}
	cur := s.selKey()
	next := keys[0]
	for i, k := range keys {
		if k == cur {
			next = keys[(i+1)%len(keys)]
			break
		}
	}
	r := s.keys.ref(next)
	s.selectRef(r, false)
	s.setStatus(describeRef(s.doc(), r))
	s.ui++
}

// onPick remembers a text selection made in the reading view.
func (c *readingView) onPick(ctx goapp.Context, e goapp.Event) {
	before := c.S.pick
	domAPI{}.readPick(c.S)
	if c.S.pick != before {
		p := c.S.pick
		c.S.setStatus("Selected " + strconv.Itoa(p.End-p.Start) + " characters. Press a, q or c to mark them as actor, quote or claim; s to make them the selected annotation's span.")
		c.S.ui++
	} else {
		ctx.PreventUpdate()
	}
}
