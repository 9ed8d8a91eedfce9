package app

import (
	"github.com/whosaid/whosaid/wasm"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// afterReady starts, once the first render is done, the work the first
// render does not need: the engine worker, which downloads, compiles and
// warms up engine.wasm (3.3 MB) while the user pastes or types, and the
// service worker (see registerServiceWorker). Started any earlier, both
// compete with go-app's start-up for the CPU; the first Annotate comes
// later than this, and starts the engine itself if it is not running.
func (c *shell) afterReady(ctx goapp.Context) {
	if err := wasm.StartEngine(); err != nil {
		ctx.Dispatch(func(goapp.Context) {
			c.s.setError("The engine could not be started: %v", err)
			c.s.ui++
		})
	}
	registerServiceWorker()
}
