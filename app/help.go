package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// helpPanel lists the keyboard shortcuts.
type helpPanel struct {
	goapp.Compo
	S *session
}

func (c *helpPanel) Render() goapp.UI {
	rows := make([]goapp.UI, 0, len(shortcuts))
	for _, sc := range shortcuts {
		rows = append(rows, goapp.Tr().Body(goapp.Th().Scope("row").Body(goapp.Kbd().Text(sc.Keys)), goapp.Td().Text(sc.Help)))
	}
	return goapp.Div().Class("help").Role("dialog").Aria("modal", false).Aria("label", "Keyboard shortcuts").
		DataSet("testid", TestHelpPanel).Body(
		goapp.Div().Class("row").Body(
			goapp.H2().Text("Keyboard shortcuts"),
			goapp.Button().Type("button").Text("Close").DataSet("testid", TestHelpClose).AutoFocus(true).
				OnClick(func(goapp.Context, goapp.Event) { c.S.showHelp = false; c.S.ui++ }),
		),
		goapp.Table().Body(goapp.TBody().Body(rows...)),
		goapp.P().Class("hint").Text("Every button can also be reached with Tab. Single-key shortcuts do nothing while you type in a field; Escape leaves it."),
	)
}
