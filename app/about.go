package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/engine/annot"
)

// Version is the app's version, shown on the about page. The build may set
// it with -ldflags "-X github.com/whosaid/whosaid/app.Version=...".
var Version = "0.1.0"

// SchemaURL is where the export schema is described.
const SchemaURL = "https://github.com/whosaid/whosaid/blob/main/engine/annot/schema.json"

// aboutPage says what the app does with the user's data.
type aboutPage struct{ goapp.Compo }

func (c *aboutPage) Render() goapp.UI {
	return goapp.Section().Class("page prose").DataSet("testid", TestAbout).Aria("label", "About").Body(
		goapp.H1().Text("About whosaid"),
		goapp.P().Text("whosaid finds who said what in news articles: the actors (people, organizations, media, countries, groups), the quotes they are given, and the claims the article attributes to them — with the cue that reports each one and, when there is one, the addressee."),
		goapp.H2().Text("Your text stays on this device"),
		goapp.P().Text("The engine runs inside this browser, compiled to WebAssembly. The app makes no request to any other origin: no analytics, no fonts or scripts from elsewhere, no server that sees your text. Documents and corrections are stored in this browser's IndexedDB; nothing leaves the device unless you export it."),
		goapp.H2().Text("Exports"),
		goapp.P().Body(
			goapp.Text("JSON files follow the whosaid export schema, version "),
			goapp.Text(annot.Version),
			goapp.Text(": offsets count Unicode code points of the text, half-open. "),
			goapp.A().Href(SchemaURL).Rel("noopener").Text("Read the schema"),
			goapp.Text(". Exports also come as W3C Web Annotation JSON-LD and as CSV tables. Importing a JSON export restores a document exactly, corrections included."),
		),
		goapp.H2().Text("Version"),
		goapp.P().Text("whosaid app "+Version+", export schema v"+strconv.Itoa(annot.Version)+"."),
	)
}
