package app

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageSize is how many rows a panel shows before "show more"; long lists
// would cost a DOM node per row.
const pageSize = 100

// rowList is the rows of a panel as one escaped HTML block, mounted as a
// single app.Raw: go-app mounts a DOM node in about 30 µs, so a hundred rows
// of elements block the page far longer than one innerHTML. Annotation text
// and ids only reach the HTML through html.EscapeString; a row is found
// again by its integer index (data-i) into refs, never by an id read back
// from the page. Rows are buttons, so they take the focus and Enter and
// Space click them.
type rowList struct {
	b    strings.Builder
	refs []string
}

// row starts one row: a button with the test id testid, data-id id and
// aria-pressed pressed; the caller writes its content and calls end.
func (l *rowList) row(testid, id string, pressed bool, title string) *rowList {
	fmt.Fprintf(&l.b, `<li><button type="button" class="item" aria-pressed="%t" data-testid="%s" data-id="%s" data-i="%d"`,
		pressed, testid, html.EscapeString(id), len(l.refs))
	if title != "" {
		fmt.Fprintf(&l.b, ` title="%s"`, html.EscapeString(title))
	}
	l.b.WriteString(">")
	l.refs = append(l.refs, id)
	return l
}

// span writes a span of class cls holding text.
func (l *rowList) span(cls, text string) *rowList {
	fmt.Fprintf(&l.b, `<span class="%s">%s</span>`, cls, html.EscapeString(text))
	return l
}

func (l *rowList) end() { l.b.WriteString("</button></li>") }

// len is the number of rows written.
func (l *rowList) len() int { return len(l.refs) }

// rowsView is a panel's list: the rows' HTML in a scrolling container that
// stays mounted, so replacing the rows keeps the scroll position. One click
// handler on the container serves every row; act gets the row's index in
// refs. A row that had the focus before the rows were replaced gets it back.
type rowsView struct {
	goapp.Compo
	HTML string
	Act  func(i int)

	focus string // data-i of the row to refocus after the next update
}

func (c *rowsView) Render() goapp.UI {
	return goapp.Div().Class("list").OnClick(c.onClick).Body(goapp.Raw(`<ul class="rows">` + c.HTML + `</ul>`))
}

func (c *rowsView) onClick(ctx goapp.Context, e goapp.Event) {
	t := e.Get("target")
	if !t.Truthy() || t.Get("closest").IsUndefined() {
		return
	}
	b := t.Call("closest", "[data-i]")
	if !b.Truthy() {
		return
	}
	v := b.Call("getAttribute", "data-i").String()
	i, err := strconv.Atoi(v)
	if err != nil || c.Act == nil {
		return
	}
	if goapp.Window().Get("document").Get("activeElement").Equal(b) {
		c.focus = v
	}
	c.Act(i)
}

func (c *rowsView) OnUpdate(ctx goapp.Context) {
	if c.focus == "" {
		return
	}
	v := c.focus
	c.focus = ""
	ctx.Defer(func(goapp.Context) {
		root := c.JSValue()
		if root == nil || !root.Truthy() {
			return
		}
		if b := root.Call("querySelector", `[data-i="`+v+`"]`); b.Truthy() {
			b.Call("focus", map[string]any{"preventScroll": true})
		}
	})
}

// panelHead is a panel's title, count and search field.
func panelHead(title string, shown, total int, filterID, query string, onInput goapp.EventHandler) goapp.UI {
	count := fmt.Sprintf("%d", total)
	if shown != total {
		count = fmt.Sprintf("%d of %d", shown, total)
	}
	return goapp.Div().Class("panel-head").Body(
		goapp.H2().Body(goapp.Text(title+" "), goapp.Span().Class("count").Text(count)),
		goapp.Input().Type("search").Placeholder("Filter…").Aria("label", "Filter "+strings.ToLower(title)).
			DataSet("testid", filterID).Value(query).OnInput(onInput),
	)
}

func matches(query string, fields ...string) bool {
	if query == "" {
		return true
	}
	q := strings.ToLower(query)
	for _, f := range fields {
		if strings.Contains(strings.ToLower(f), q) {
			return true
		}
	}
	return false
}

func moreButton(id string, hidden int, f func()) goapp.UI {
	return goapp.If(hidden > 0, func() goapp.UI {
		return goapp.Button().Type("button").Class("more").DataSet("testid", id).
			Text(fmt.Sprintf("Show %d more", min(hidden, pageSize))).
			OnClick(func(goapp.Context, goapp.Event) { f() })
	})
}

// selectFunc returns what activating a row of kind k does: select the
// annotation and show it.
func (s *session) selectFunc(k Kind) func(id string) {
	return func(id string) {
		s.selectRef(Ref{Kind: k, ID: id}, true)
		s.ui++
	}
}

// listState is what every list panel keeps: the search text and how many
// matching rows it shows. A new search starts again at one page.
type listState struct {
	query string
	limit int
}

// start makes sure a page of rows is shown on the first render.
func (l *listState) start() {
	if l.limit == 0 {
		l.limit = pageSize
	}
}

// head is the panel's title, counts and search field.
func (l *listState) head(title string, shown, total int, filterID string) goapp.UI {
	return panelHead(title, shown, total, filterID, l.query, func(ctx goapp.Context, e goapp.Event) {
		l.query, l.limit = ctx.JSSrc().Get("value").String(), pageSize
	})
}

// tail is the panel's rows, with act called on the annotation id of an
// activated row, and the "show more" button for the n matching rows.
func (l *listState) tail(rows *rowList, act func(id string), moreID string, n int) []goapp.UI {
	refs := rows.refs
	return []goapp.UI{
		&rowsView{HTML: rows.b.String(), Act: func(i int) {
			if i < len(refs) {
				act(refs[i])
			}
		}},
		moreButton(moreID, n-min(n, l.limit), func() { l.limit += pageSize }),
	}
}

// actorsPanel lists the actors with their type, roles, aliases and mention
// count; activating a row shows its next mention.
type actorsPanel struct {
	goapp.Compo
	S  *session
	UI int

	list listState
	typ  string
}

func (c *actorsPanel) Render() goapp.UI {
	s := c.S
	d := s.doc()
	c.list.start()
	var rows rowList
	n := 0
	// Without a filter every actor matches: only the rows shown are
	// visited (a 1 MB document's panels took 90 ms of a task otherwise).
	filtered := c.typ != "" || c.list.query != ""
	for _, a := range d.Actors {
		if !filtered && rows.len() >= c.list.limit {
			break
		}
		if filtered && ((c.typ != "" && a.Type != c.typ) || !matches(c.list.query, append(append([]string{a.Name}, a.Aliases...), a.Roles...)...)) {
			continue
		}
		n++
		if rows.len() >= c.list.limit {
			continue
		}
		selected := (s.sel.Kind == KindActor || s.sel.Kind == KindMention) && s.sel.ID == a.ID
		meta := a.Type
		if len(a.Roles) > 0 {
			meta += " · " + strings.Join(a.Roles, ", ")
		}
		if len(a.Aliases) > 0 {
			meta += " · also " + strings.Join(a.Aliases, ", ")
		}
		rows.row(TestActorItem, a.ID, selected, "Show the next mention")
		fmt.Fprintf(&rows.b, `<span class="swatch hm t-%s" aria-hidden="true">Ab</span>`, html.EscapeString(typeClass(a.Type)))
		rows.span("name", a.Name)
		fmt.Fprintf(&rows.b, `<span class="n" title="Mentions">×%d</span>`, len(a.Mentions))
		rows.span("meta", meta).end()
	}
	if !filtered {
		n = len(d.Actors)
	}
	typeOpts := []goapp.UI{goapp.Option().Value("").Selected(c.typ == "").Text("all types")}
	for _, t := range ActorTypes {
		typeOpts = append(typeOpts, goapp.Option().Value(t).Selected(t == c.typ).Text(t))
	}
	body := []goapp.UI{
		c.list.head("Actors", n, len(d.Actors), TestFilterActors),
		goapp.Select().Class("type-filter").Aria("label", "Actor type").DataSet("testid", TestFilterType).Body(typeOpts...).
			OnChange(func(ctx goapp.Context, e goapp.Event) {
				c.typ, c.list.limit = ctx.JSSrc().Get("value").String(), pageSize
			}),
	}
	body = append(body, c.list.tail(&rows, func(id string) {
		s.cycleMention(id)
		s.ui++
	}, "btn-more-actors", n)...)
	return goapp.Section().Class("panel").DataSet("testid", TestPanelActors).Aria("label", "Actors").Body(body...)
}

// quotesPanel lists the quotes as speaker → words.
type quotesPanel struct {
	goapp.Compo
	S  *session
	UI int

	list listState
}

func (c *quotesPanel) Render() goapp.UI {
	s := c.S
	d := s.doc()
	c.list.start()
	var rows rowList
	n := 0
	for _, q := range d.Quotes {
		if c.list.query == "" && rows.len() >= c.list.limit {
			n = len(d.Quotes) // every quote matches; only the rows shown are visited
			break
		}
		who := nameOr(d, q.Speaker, "unknown")
		if !matches(c.list.query, who, q.Text) {
			continue
		}
		n++
		if rows.len() >= c.list.limit {
			continue
		}
		rows.row(TestQuoteItem, q.ID, s.sel == Ref{Kind: KindQuote, ID: q.ID}, "")
		rows.span("who", who+" →").span("what", clip(q.Text, 220)).end()
	}
	return goapp.Section().Class("panel").DataSet("testid", TestPanelQuotes).Aria("label", "Quotes").Body(
		append([]goapp.UI{c.list.head("Quotes", n, len(d.Quotes), TestFilterQuotes)},
			c.list.tail(&rows, s.selectFunc(KindQuote), "btn-more-quotes", n)...)...,
	)
}

// claimsPanel lists the claims as claimant → cue → content, with the
// addressee.
type claimsPanel struct {
	goapp.Compo
	S  *session
	UI int

	list listState
}

func (c *claimsPanel) Render() goapp.UI {
	s := c.S
	d := s.doc()
	c.list.start()
	var rows rowList
	n := 0
	for _, cl := range d.Claims {
		if c.list.query == "" && rows.len() >= c.list.limit {
			n = len(d.Claims) // every claim matches; only the rows shown are visited
			break
		}
		who := nameOr(d, cl.Claimant, "unknown")
		content := cl.Text
		if cl.Content != nil {
			content = cl.Content.Text
		}
		if !matches(c.list.query, who, content, spanText(cl.Cue), spanText(cl.Addressee)) {
			continue
		}
		n++
		if rows.len() >= c.list.limit {
			continue
		}
		rows.row(TestClaimItem, cl.ID, s.sel == Ref{Kind: KindClaim, ID: cl.ID}, "")
		rows.span("who", who+" →")
		if cl.Cue != nil {
			rows.span("cue", cl.Cue.Text+" →")
		}
		rows.span("what", clip(content, 220))
		if cl.Addressee != nil {
			rows.span("meta", "to "+cl.Addressee.Text)
		}
		rows.end()
	}
	return goapp.Section().Class("panel").DataSet("testid", TestPanelClaims).Aria("label", "Claims").Body(
		append([]goapp.UI{c.list.head("Claims", n, len(d.Claims), TestFilterClaims)},
			c.list.tail(&rows, s.selectFunc(KindClaim), "btn-more-claims", n)...)...,
	)
}
