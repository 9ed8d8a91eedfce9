package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/engine/annot"
)

// domAPI is what the session needs from the page beyond go-app's rendering:
// the text selection, focus and scrolling. Outside a browser every call
// does nothing.
type domAPI struct{}

func (domAPI) document() goapp.Value { return goapp.Window().Get("document") }

func (d domAPI) query(sel string) goapp.Value {
	if !goapp.IsClient {
		return nil
	}
	v := d.document().Call("querySelector", sel)
	if v.IsNull() || v.IsUndefined() {
		return nil
	}
	return v
}

func byTestID(id string) string { return `[data-testid="` + id + `"]` }

// focus moves the keyboard focus to the control with test id id.
func (d domAPI) focus(id string) {
	if el := d.query(byTestID(id)); el != nil {
		el.Call("focus")
	}
}

// focusFirst focuses the first control inside the region with test id id.
func (d domAPI) focusFirst(id string) {
	if el := d.query(byTestID(id) + ` :is(button, select, input, textarea, [tabindex="0"])`); el != nil {
		el.Call("focus")
	}
}

// setBodyAttr sets an attribute of <body>, for the signals tests wait on.
func (d domAPI) setBodyAttr(name, value string) {
	if goapp.IsClient {
		d.document().Get("body").Call("setAttribute", name, value)
	}
}

// scrollToKey scrolls the first highlight with render key k into view. It
// reports false when the highlight is not in the page yet.
func (d domAPI) scrollToKey(k int) bool {
	el := d.query(`.rv [data-k="` + strconv.Itoa(k) + `"]`)
	if el == nil {
		return false
	}
	el.Call("scrollIntoView", map[string]any{"block": "center"})
	return true
}

// markSelected gives the highlights of render key k (-1 for none) the
// class "sel", and takes it from all others.
func (d domAPI) markSelected(k int) {
	if !goapp.IsClient {
		return
	}
	ks := strconv.Itoa(k)
	old := d.document().Call("querySelectorAll", ".rv .sel")
	for i := 0; i < old.Length(); i++ {
		el := old.Index(i)
		if el.Call("getAttribute", "data-k").String() != ks {
			el.Get("classList").Call("remove", "sel")
		}
	}
	if k < 0 {
		return
	}
	els := d.document().Call("querySelectorAll", `.rv [data-k="`+ks+`"]`)
	for i := 0; i < els.Length(); i++ {
		els.Index(i).Get("classList").Call("add", "sel")
	}
}

// readPick sets s.pick from the page's text selection when it lies inside
// the reading view; otherwise s.pick stays as it was (set by Find).
func (d domAPI) readPick(s *session) {
	if !goapp.IsClient || s.lay == nil {
		return
	}
	sel := goapp.Window().Call("getSelection")
	if sel.IsNull() || sel.Get("rangeCount").Int() == 0 || sel.Get("isCollapsed").Bool() {
		return
	}
	r := sel.Call("getRangeAt", 0)
	start, ok1 := d.offset(s.ed.Mapper(), r.Get("startContainer"), r.Get("startOffset").Int())
	end, ok2 := d.offset(s.ed.Mapper(), r.Get("endContainer"), r.Get("endOffset").Int())
	if !ok1 || !ok2 || end <= start {
		return
	}
	p := trimPick(s.ed.Mapper(), s.doc().Document.Text, span{start, end})
	if !p.empty() {
		s.pick = p
	}
}

// offset converts a DOM position (node, UTF-16 offset) inside the reading
// view into a code point offset of the text. Each paragraph element carries
// data-s, the code point where it starts; the UTF-16 length of the text
// from there to the position goes through the mapper.
func (d domAPI) offset(m *annot.Mapper, node goapp.Value, off int) (int, bool) {
	el := node
	if node.Get("nodeType").Int() != 1 {
		el = node.Get("parentElement")
	}
	if el.IsNull() || el.IsUndefined() {
		return 0, false
	}
	host := el.Call("closest", ".rv [data-s]")
	if host.IsNull() {
		return 0, false
	}
	base, err := strconv.Atoi(host.Call("getAttribute", "data-s").String())
	if err != nil {
		return 0, false
	}
	rng := d.document().Call("createRange")
	rng.Call("setStart", host, 0)
	rng.Call("setEnd", node, off)
	u16 := utf16Len(rng.Call("toString").String())
	b, err := m.Convert(base, annot.Runes, annot.UTF16)
	if err != nil {
		return 0, false
	}
	cp, err := m.Convert(b+u16, annot.UTF16, annot.Runes)
	if err != nil {
		return 0, false
	}
	return cp, true
}

// point finds the DOM text node and UTF-16 offset of code point cp, or
// reports false when its paragraph is not rendered yet.
func (d domAPI) point(l *layout, cp int) (goapp.Value, int, bool) {
	p := l.paraOf(cp)
	if p < 0 {
		return nil, 0, false
	}
	pe := d.query(`.rv [data-p="` + strconv.Itoa(p) + `"]`)
	if pe == nil {
		return nil, 0, false
	}
	host := pe
	if !pe.Call("hasAttribute", "data-s").Bool() {
		pieces := pe.Get("children")
		for i := 0; i < pieces.Length(); i++ {
			c := pieces.Index(i)
			s, _ := strconv.Atoi(c.Call("getAttribute", "data-s").String())
			if s <= cp {
				host = c
			}
		}
	}
	base, _ := strconv.Atoi(host.Call("getAttribute", "data-s").String())
	u16 := l.m.MustConvert(max(cp, base), annot.Runes, annot.UTF16) - l.m.MustConvert(base, annot.Runes, annot.UTF16)
	walker := d.document().Call("createTreeWalker", host, 4) // NodeFilter.SHOW_TEXT
	var last goapp.Value
	for n := walker.Call("nextNode"); !n.IsNull(); n = walker.Call("nextNode") {
		k := n.Get("length").Int()
		if u16 <= k {
			return n, u16, true
		}
		u16 -= k
		last = n
	}
	if last != nil {
		return last, last.Get("length").Int(), true
	}
	return nil, 0, false
}

// showPick selects the picked range in the page and scrolls to it. It
// reports false when that part of the text is not rendered yet.
func (d domAPI) showPick(s *session) bool {
	if !goapp.IsClient || s.lay == nil || s.pick.empty() {
		return true
	}
	n1, o1, ok1 := d.point(s.lay, s.pick.Start)
	n2, o2, ok2 := d.point(s.lay, s.pick.End)
	if !ok1 || !ok2 {
		return false
	}
	goapp.Window().Call("getSelection").Call("setBaseAndExtent", n1, o1, n2, o2)
	n1.Get("parentElement").Call("scrollIntoView", map[string]any{"block": "center"})
	return true
}

// nextTask runs f on the UI goroutine from a new browser task, after the
// browser had the chance to paint and handle input. The callback is
// released when it has run. Outside a browser f is dispatched directly.
func nextTask(ctx goapp.Context, f func(goapp.Context)) {
	if !goapp.IsClient {
		ctx.Dispatch(f)
		return
	}
	var cb goapp.Func
	cb = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		cb.Release()
		ctx.Dispatch(f)
		return nil
	})
	goapp.Window().Call("setTimeout", cb, 0)
}

// utf16Len returns the length of s in UTF-16 code units, as JavaScript
// counts it.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}
