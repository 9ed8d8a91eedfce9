package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// legendLayer is one switch of the legend: a highlight layer or one actor
// type. sample is the class that draws its swatch.
type legendLayer struct {
	name, label, sample, key string
}

var legendLayers = []legendLayer{
	{"claims", "Claims", "hc", "1"},
	{"quotes", "Quotes", "hq", "2"},
	{"cues", "Cues", "hu", "3"},
	{"actors", "Actors", "hm t-other", "4"},
	{"t-person", "Person", "hm t-person", ""},
	{"t-organization", "Organization", "hm t-organization", ""},
	{"t-media", "Media", "hm t-media", ""},
	{"t-country", "Country", "hm t-country", ""},
	{"t-group", "Group", "hm t-group", ""},
}

// legend explains the highlight styles and switches each layer on or off.
type legend struct {
	goapp.Compo
	S  *session
	UI int
}

func (c *legend) Render() goapp.UI {
	items := make([]goapp.UI, 0, len(legendLayers))
	for _, l := range legendLayers {
		on := !c.S.hidden[l.name]
		title := "Show or hide " + l.label
		if l.key != "" {
			title += " (" + l.key + ")"
		}
		items = append(items, goapp.Button().Type("button").Class("chip").
			Aria("pressed", on).Title("%s", title).DataSet("testid", "toggle-"+l.name).
			OnClick(func(goapp.Context, goapp.Event) { c.S.toggleLayer(l.name); c.S.ui++ }).
			Body(goapp.Span().Class("swatch "+l.sample).Text("Ab"), goapp.Text(" "+l.label)))
	}
	return goapp.Div().Class("legend").Role("group").Aria("label", "Highlight layers").
		DataSet("testid", TestLegend).Body(items...)
}
