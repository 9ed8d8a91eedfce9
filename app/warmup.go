package app

import (
	"encoding/json"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/engine/annot"
	"github.com/whosaid/whosaid/wasm"
)

// warmUp runs the app's side of an annotation once, off screen, on the
// document of the engine worker's warm-up article (wasm.WarmUpDocument,
// sent about when the engine is loaded, seconds before a user who pastes
// an article clicks Annotate): the editor and the layout built, the
// reading view's first chunk of HTML, the document bar, legend and side
// panels rendered (not mounted), the first save's encoding, and go-app's
// JSON encoding of the open document's id for localStorage. V8 compiles
// each of app.wasm's functions the first time it runs, in its baseline
// tier, and optimises the ones that get hot: without this the first
// Annotate's click task paid ~210 lazy compilations and took about three
// times the main-thread CPU of a second Annotate (TestProfileAnnotate5000
// with E2E_WAIT_WARM=1). It runs on its own goroutine, yields between its
// steps, and changes no state of the app.
func warmUp() {
	if !goapp.IsClient {
		return
	}
	doc, ok := wasm.WarmUpDocument()
	if !ok {
		return
	}
	wasm.Mark("app:warm")
	warmDocument(doc, wasm.Yield)
	wasm.Mark("app:warmed")
}

// warmDocument runs the app's work on a newly annotated doc that does not
// depend on the page (see warmUp), calling yield between the steps.
func warmDocument(doc *annot.Document, yield func()) {
	o := prepareOpen(doc, yield) // and the reading view's HTML
	yield()
	s := newSession()
	s.ed, s.keys, s.lay = o.ed, o.keys, o.lay
	s.rec.Name = docName(doc)
	for _, c := range []goapp.Composer{&docBar{S: s}, &legend{S: s}, &detailPanel{S: s},
		&actorsPanel{S: s}, &quotesPanel{S: s}, &claimsPanel{S: s}} {
		c.Render()
	}
	yield()
	var b strings.Builder
	_ = annot.EncodeYield(&b, o.ed.Doc(), false, yield)
	_, _ = json.Marshal(wasm.NewID())
}
