package app

import (
	"fmt"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageSize is how many rows a panel shows before "show more"; long lists
// would cost a DOM node per row.
const pageSize = 100

// firstRows is how many rows a panel mounts per browser task when a
// document opens: mounting a few hundred rows through go-app at once blocks
// the page for several hundred milliseconds.
const firstRows = 20

// rowBudget caps the rows a panel renders while it fills after a document
// opens, raising the cap by firstRows per browser task.
type rowBudget struct {
	docID   string
	n       int
	running bool
}

// rows returns how many of want rows to render now for document docID.
func (b *rowBudget) rows(docID string, want int) int {
	if docID != b.docID {
		b.docID, b.n = docID, firstRows
	}
	return min(want, b.n)
}

// show lets the panel render want rows at once, as after "show more".
func (b *rowBudget) show(want int) { b.n = max(b.n, want) }

// grow raises the cap one step per browser task until want() rows fit.
func (b *rowBudget) grow(ctx goapp.Context, want func() int) {
	if b.running || b.n >= want() {
		return
	}
	b.running = true
	nextTask(ctx, func(ctx goapp.Context) {
		b.running = false
		b.n += firstRows
		b.grow(ctx, want)
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

// actorsPanel lists the actors with their type, roles, aliases and mention
// count; activating a row shows its next mention.
type actorsPanel struct {
	goapp.Compo
	S  *session
	UI int

	budget rowBudget
	total  int // rows that pass the filter

	query, typ string
	limit      int
}

func (c *actorsPanel) OnMount(ctx goapp.Context)  { c.budget.grow(ctx, c.want) }
func (c *actorsPanel) OnUpdate(ctx goapp.Context) { c.budget.grow(ctx, c.want) }
func (c *actorsPanel) want() int                  { return min(c.limit, c.total) }

func (c *actorsPanel) Render() goapp.UI {
	s := c.S
	d := s.doc()
	if c.limit == 0 {
		c.limit = pageSize
	}
	shown := c.budget.rows(s.rec.ID, c.limit)
	var rows []goapp.UI
	n := 0
	for _, a := range d.Actors {
		if (c.typ != "" && a.Type != c.typ) || !matches(c.query, append(append([]string{a.Name}, a.Aliases...), a.Roles...)...) {
			continue
		}
		n++
		if len(rows) >= shown {
			continue
		}
		id := a.ID
		selected := (s.sel.Kind == KindActor || s.sel.Kind == KindMention) && s.sel.ID == id
		meta := a.Type
		if len(a.Roles) > 0 {
			meta += " · " + strings.Join(a.Roles, ", ")
		}
		if len(a.Aliases) > 0 {
			meta += " · also " + strings.Join(a.Aliases, ", ")
		}
		rows = append(rows, goapp.Li().Body(
			goapp.Button().Type("button").Class("item").Aria("pressed", selected).
				DataSet("testid", TestActorItem).DataSet("id", id).
				Title("Show the next mention").
				OnClick(func(goapp.Context, goapp.Event) { s.cycleMention(id); s.ui++ }).Body(
				goapp.Span().Class("swatch hm t-"+typeClass(a.Type)).Aria("hidden", true).Text("Ab"),
				goapp.Span().Class("name").Text(a.Name),
				goapp.Span().Class("n").Title("Mentions").Text(fmt.Sprintf("×%d", len(a.Mentions))),
				goapp.Span().Class("meta").Text(meta),
			),
		))
	}
	c.total = n
	typeOpts := []goapp.UI{goapp.Option().Value("").Selected(c.typ == "").Text("all types")}
	for _, t := range ActorTypes {
		typeOpts = append(typeOpts, goapp.Option().Value(t).Selected(t == c.typ).Text(t))
	}
	return goapp.Section().Class("panel").DataSet("testid", TestPanelActors).Aria("label", "Actors").Body(
		panelHead("Actors", n, len(d.Actors), TestFilterActors, c.query, func(ctx goapp.Context, e goapp.Event) {
			c.query, c.limit = ctx.JSSrc().Get("value").String(), pageSize
			c.budget.show(pageSize)
		}),
		goapp.Select().Class("type-filter").Aria("label", "Actor type").DataSet("testid", TestFilterType).Body(typeOpts...).
			OnChange(func(ctx goapp.Context, e goapp.Event) {
				c.typ, c.limit = ctx.JSSrc().Get("value").String(), pageSize
				c.budget.show(pageSize)
			}),
		goapp.Ul().Class("list").Body(rows...),
		moreButton("btn-more-actors", n-min(n, c.limit), func() { c.limit += pageSize; c.budget.show(c.limit) }),
	)
}

// quotesPanel lists the quotes as speaker → words.
type quotesPanel struct {
	goapp.Compo
	S  *session
	UI int

	budget rowBudget
	total  int // rows that pass the filter

	query string
	limit int
}

func (c *quotesPanel) OnMount(ctx goapp.Context)  { c.budget.grow(ctx, c.want) }
func (c *quotesPanel) OnUpdate(ctx goapp.Context) { c.budget.grow(ctx, c.want) }
func (c *quotesPanel) want() int                  { return min(c.limit, c.total) }

func (c *quotesPanel) Render() goapp.UI {
	s := c.S
	d := s.doc()
	if c.limit == 0 {
		c.limit = pageSize
	}
	shown := c.budget.rows(s.rec.ID, c.limit)
	var rows []goapp.UI
	n := 0
	for _, q := range d.Quotes {
		who := nameOr(d, q.Speaker, "unknown")
		if !matches(c.query, who, q.Text) {
			continue
		}
		n++
		if len(rows) >= shown {
			continue
		}
		ref := Ref{Kind: KindQuote, ID: q.ID}
		rows = append(rows, goapp.Li().Body(
			goapp.Button().Type("button").Class("item").Aria("pressed", s.sel == ref).
				DataSet("testid", TestQuoteItem).DataSet("id", q.ID).
				OnClick(func(goapp.Context, goapp.Event) { s.selectRef(ref, true); s.ui++ }).Body(
				goapp.Span().Class("who").Text(who+" →"),
				goapp.Span().Class("what").Text(clip(q.Text, 220)),
			),
		))
	}
	c.total = n
	return goapp.Section().Class("panel").DataSet("testid", TestPanelQuotes).Aria("label", "Quotes").Body(
		panelHead("Quotes", n, len(d.Quotes), TestFilterQuotes, c.query, func(ctx goapp.Context, e goapp.Event) {
			c.query, c.limit = ctx.JSSrc().Get("value").String(), pageSize
			c.budget.show(pageSize)
		}),
		goapp.Ul().Class("list").Body(rows...),
		moreButton("btn-more-quotes", n-min(n, c.limit), func() { c.limit += pageSize; c.budget.show(c.limit) }),
	)
}

// claimsPanel lists the claims as claimant → cue → content, with the
// addressee.
type claimsPanel struct {
	goapp.Compo
	S  *session
	UI int

	budget rowBudget
	total  int // rows that pass the filter

	query string
	limit int
}

func (c *claimsPanel) OnMount(ctx goapp.Context)  { c.budget.grow(ctx, c.want) }
func (c *claimsPanel) OnUpdate(ctx goapp.Context) { c.budget.grow(ctx, c.want) }
func (c *claimsPanel) want() int                  { return min(c.limit, c.total) }

func (c *claimsPanel) Render() goapp.UI {
	s := c.S
	d := s.doc()
	if c.limit == 0 {
		c.limit = pageSize
	}
	shown := c.budget.rows(s.rec.ID, c.limit)
	var rows []goapp.UI
	n := 0
	for _, cl := range d.Claims {
		who := nameOr(d, cl.Claimant, "unknown")
		content := cl.Text
		if cl.Content != nil {
			content = cl.Content.Text
		}
		if !matches(c.query, who, content, spanText(cl.Cue), spanText(cl.Addressee)) {
			continue
		}
		n++
		if len(rows) >= shown {
			continue
		}
		ref := Ref{Kind: KindClaim, ID: cl.ID}
		parts := []goapp.UI{goapp.Span().Class("who").Text(who + " →")}
		if cl.Cue != nil {
			parts = append(parts, goapp.Span().Class("cue").Text(cl.Cue.Text+" →"))
		}
		parts = append(parts, goapp.Span().Class("what").Text(clip(content, 220)))
		if cl.Addressee != nil {
			parts = append(parts, goapp.Span().Class("meta").Text("to "+cl.Addressee.Text))
		}
		rows = append(rows, goapp.Li().Body(
			goapp.Button().Type("button").Class("item").Aria("pressed", s.sel == ref).
				DataSet("testid", TestClaimItem).DataSet("id", cl.ID).
				OnClick(func(goapp.Context, goapp.Event) { s.selectRef(ref, true); s.ui++ }).Body(parts...),
		))
	}
	c.total = n
	return goapp.Section().Class("panel").DataSet("testid", TestPanelClaims).Aria("label", "Claims").Body(
		panelHead("Claims", n, len(d.Claims), TestFilterClaims, c.query, func(ctx goapp.Context, e goapp.Event) {
			c.query, c.limit = ctx.JSSrc().Get("value").String(), pageSize
			c.budget.show(pageSize)
		}),
		goapp.Ul().Class("list").Body(rows...),
		moreButton("btn-more-claims", n-min(n, c.limit), func() { c.limit += pageSize; c.budget.show(c.limit) }),
	)
}
