package app

import (
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/engine/annot"
	"github.com/whosaid/whosaid/wasm"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// chunkTask is how long one chunk's task should take: building the
// paragraphs' HTML and the browser parsing it when it is inserted (parsing
// took about 2.5 times the building in Chromium, and varies by a factor of
// two from chunk to chunk, hence the margin). The browser then styles
// and lays out what was inserted, so a chunk stays well under the 200 ms a
// user feels as a freeze even when other processes share the CPU.
const chunkTask = 15 * time.Millisecond

// firstChunkBytes is how much HTML the first chunk of a layout holds at
// least: a 5,000-word article (about 150 KB of HTML) fits, and its task
// takes about 50 ms on the 2-core test machine with the engine warm.
const firstChunkBytes = 256 << 10

// htmlPerMS is the reading view's measured throughput, bytes of HTML built
// and inserted per millisecond, averaged over the large chunks of any
// document; 0 until measured. Only the UI goroutine uses it.
var htmlPerMS float64

// chunkBytes is the HTML one chunk should hold to take about chunkTask.
func chunkBytes(first bool) int {
	n := 16 << 10
	if htmlPerMS > 0 {
		n = int(htmlPerMS * float64(chunkTask/time.Millisecond))
	}
	if first {
		n = max(n, firstChunkBytes)
	}
	return max(n, 4<<10)
}

// readingView shows the text with its highlights: one escaped HTML string
// per paragraph (see layout.paraHTML), inserted progressively, a chunk per
// browser task.
//
// In the browser the view manages the children of its <article> itself,
// outside go-app's tree: go-app mounts each app.Raw through a wrapper
// element and diffs every paragraph on each render, which for 2,400
// paragraphs of a 1 MB document made the chunked build quadratic. The
// article's i-th element child is always paragraph i, so an edit replaces
// only the paragraphs whose HTML changed. data-complete="1" is set on the
// article in the same task that inserts the last paragraph. On the server
// and in tests (no DOM) everything is built at once and rendered as
// app.Raw children.
type readingView struct {
	goapp.Compo

	Rev    int // the session's document revision; the layout is S.lay
	Hidden string
	S      *session

	lay      *layout  // the layout html is being built from
	html     []string // paragraph HTML shown, some possibly from an older layout
	built    int      // paragraphs of html built from lay
	running  bool     // a build task is scheduled
	firstGen int      // counts the first chunks scheduled in a task of their own
	done     bool
	started  time.Time // when building for lay began
	took     time.Duration

	el goapp.Value // the mounted article (browser only); its children are html
}

func (c *readingView) OnMount(ctx goapp.Context) {
	// go-app runs OnMount as a dispatch, which would render the view and
	// the shell again in the next frame; nothing they render changes here.
	ctx.PreventUpdate()
	if goapp.IsClient {
		c.el = c.JSValue()
		c.lay, c.html = nil, nil // a new article element is empty
	}
	c.sync(ctx)
}

// OnDismount saves a new document that was waiting for this view.
func (c *readingView) OnDismount() {
	c.el = nil
	c.S.saveShown()
}

func (c *readingView) OnUpdate(ctx goapp.Context) { c.sync(ctx) }

// OnPreRender builds everything at once on the server and in tests.
func (c *readingView) OnPreRender(ctx goapp.Context) { c.sync(ctx) }

// sync starts building for a new layout.
func (c *readingView) sync(ctx goapp.Context) {
	next := c.S.lay
	if next == c.lay {
		return
	}
	if c.lay == nil || next == nil || c.lay.doc.Document.Text != next.doc.Document.Text ||
		len(c.html) != len(next.paras) {
		// Another document: nothing of the old one can be reused.
		c.html = c.html[:0]
		if c.el != nil {
			c.el.Set("textContent", "")
		}
	}
	c.lay, c.built, c.done = next, 0, false
	c.S.textDone = false
	c.started = time.Now()
	c.setState()
	if c.lay == nil {
		return
	}
	if !goapp.IsClient {
		for !c.done {
			c.buildChunk(0)
		}
		return
	}
	if c.el != nil && c.built == 0 && len(c.html) == 0 {
		// A new document's first chunk goes into the page in the task that
		// mounts or updates the view, with no task, timer or go-app frame
		// before it: the text is what the user waits for. The side panels
		// mount in the next tasks, the other chunks after them (see
		// sidePanels). A long document's first chunk has a task of its
		// own, the next one, before the side panels: with it, the task
		// that mounted the workspace for 1 MB (the text box's 1 MB removed,
		// go-app's mount in cold code) took 40-70 ms of CPU.
		if firstChunkText(c.lay.doc) == 0 {
			c.firstChunk(ctx)
			return
		}
		c.firstGen++
		gen := c.firstGen
		c.running = true
		nextTask(ctx, func(ctx goapp.Context) {
			ctx.PreventUpdate()
			if gen != c.firstGen {
				return // a later document's first chunk is scheduled
			}
			c.running = false
			if c.lay == nil || c.built != 0 || len(c.html) != 0 || c.el == nil || !c.Mounted() {
				c.schedule(ctx) // the view moved on meanwhile
				return
			}
			c.firstChunk(ctx)
		})
		return
	}
	c.schedule(ctx)
}

// wholeText is the longest document (in bytes of text) whose reading view
// is built in one piece, in the task that mounts it: a 10,000-word article
// (about 0.3 MB of HTML, 40-60 ms of CPU with the mount on the test
// machine). A longer one shows firstBytes of HTML there and the rest in
// chunks.
const wholeText = 64 << 10

// firstBytes is the HTML of a long document's first chunk: a few screens.
const firstBytes = 32 << 10

// firstChunk builds and inserts a new document's first chunk (all of it
// up to wholeText) and schedules the next.
func (c *readingView) firstChunk(ctx goapp.Context) {
	wasm.Mark("reader:chunk")
	c.buildChunk(firstChunkText(c.lay.doc))
	c.S.flushScroll()
	c.schedule(ctx)
}

// firstChunkText is the HTML limit of d's first chunk for buildChunk and
// layout.prebuild: 0 (everything) up to wholeText of text, else
// firstBytes.
func firstChunkText(d *annot.Document) int {
	if len(d.Document.Text) <= wholeText {
		return 0
	}
	return firstBytes
}

// setState writes the view's progress into the article's data attributes:
// data-complete ("1" once every paragraph of the layout is in the page),
// data-paragraphs and data-render-ms (how long the build took).
func (c *readingView) setState() {
	if c.el == nil {
		return
	}
	complete, shown := "0", 0
	if c.done {
		complete = "1"
	}
	if c.lay != nil {
		shown = len(c.lay.paras)
	}
	c.el.Call("setAttribute", "data-paragraphs", strconv.Itoa(shown))
	c.el.Call("setAttribute", "data-render-ms", strconv.FormatInt(c.took.Milliseconds(), 10))
	c.el.Call("setAttribute", "data-complete", complete)
}

// buildChunk builds the HTML of the next paragraphs of the layout, about
// limit bytes of it (at least one paragraph; all of them when limit is 0)
// or chunkTask of building, and, in the browser, puts them in the page: new
// paragraphs are appended in one insertion, changed ones replaced one by
// one. It measures htmlPerMS on the way.
func (c *readingView) buildChunk(limit int) {
	l := c.lay
	start := time.Now()
	var appended strings.Builder
	if limit > 0 {
		appended.Grow(limit + 4<<10)
	}
	size := 0
	for c.built < len(l.paras) {
		i := c.built
		h := l.paraHTML(i)
		switch {
		case i >= len(c.html):
			c.html = append(c.html, h)
			appended.WriteString(h)
			size += len(h)
		case c.html[i] != h:
			c.html[i] = h
			if c.el != nil {
				c.el.Get("children").Call("item", i).Set("outerHTML", h)
			}
			size += len(h)
		}
		c.built++
		if limit > 0 && (size >= limit || time.Since(start) >= chunkTask/2) {
			break
		}
	}
	if c.el != nil && appended.Len() > 0 {
		c.el.Call("insertAdjacentHTML", "beforeend", appended.String())
	}
	if took := time.Since(start); c.el != nil && size >= 8<<10 && took > 0 {
		rate := float64(size) / (float64(took) / float64(time.Millisecond))
		if htmlPerMS > 0 {
			rate = (rate + htmlPerMS) / 2
		}
		htmlPerMS = rate
	}
	c.done = c.built == len(l.paras)
	if c.done {
		c.took = time.Since(c.started)
		c.setState()
		c.S.textShown()
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
		// The chunk changes only the article's children, which go-app
		// does not render: no component needs an update for it.
		ctx.PreventUpdate()
		if c.S.sidePending {
			// The side panels of a new document mount first; their task
			// runs the first chunk too when it was short (see sidePanels).
			c.S.afterSide = func(ctx goapp.Context) {
				c.running = false
				c.chunk(ctx)
			}
			return
		}
		c.running = false
		c.chunk(ctx)
	})
}

// chunk builds and inserts the next chunk and schedules the one after.
func (c *readingView) chunk(ctx goapp.Context) {
	if c.lay == nil || c.el == nil || !c.Mounted() {
		return // a dismounted view builds nothing more
	}
	wasm.Mark("reader:chunk")
	c.buildChunk(chunkBytes(c.built == 0))
	c.S.flushScroll()
	c.schedule(ctx)
}

func (c *readingView) Render() goapp.UI {
	a := goapp.Article().Class("rv", c.Hidden).
		DataSet("testid", TestReadingView).
		Aria("label", "Annotated text").
		TabIndex(0).
		OnClick(c.onClick).
		OnMouseOver(c.onHover).
		OnMouseUp(c.onPick).
		OnKeyUp(c.onPick)
	if goapp.IsClient {
		return a // the paragraphs and data-complete are set by buildChunk
	}
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
	return a.DataSet("complete", complete).
		DataSet("paragraphs", strconv.Itoa(shown)).
		DataSet("render-ms", strconv.FormatInt(c.took.Milliseconds(), 10)).
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

// onHover gives the highlight under the pointer its tooltip (see
// layout.tooltip), set as a DOM attribute so it is never parsed as HTML.
// It is computed again on every entry, so an edit that renames an actor
// never leaves a stale tooltip.
func (c *readingView) onHover(ctx goapp.Context, e goapp.Event) {
	ctx.PreventUpdate() // nothing go-app renders changes
	l := c.S.lay
	t := e.Get("target")
	if l == nil || !t.Truthy() || t.Get("hasAttribute").IsUndefined() || !t.Call("hasAttribute", "data-k").Bool() {
		return
	}
	var chain []tipRef
	for el := t; el.Truthy(); el = el.Get("parentElement") {
		cls := el.Call("getAttribute", "class")
		if cls.IsNull() {
			continue
		}
		if cls.String() == "rv" || strings.HasPrefix(cls.String(), "rv ") {
			break
		}
		v := el.Call("getAttribute", "data-k")
		layer, ok := layerOfClass(cls.String())
		if v.IsNull() || !ok {
			continue
		}
		if k, err := strconv.Atoi(v.String()); err == nil {
			chain = append(chain, tipRef{Key: k, Layer: layer})
		}
	}
	if tip := l.tooltip(chain); tip != "" {
		t.Call("setAttribute", "title", tip)
	}
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
