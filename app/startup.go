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
	c.startEngine(ctx)
	registerServiceWorker()
	if !goapp.IsClient {
		return
	}
	ctx.Async(warmUp)
	// The page being hidden for good or for the back-forward cache stops
	// the engine (see wasm.StopEngine), so its warm-up does not slow down
	// the next page; a page restored from that cache starts it again.
	c.pageHide = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		wasm.StopEngine()
		return nil
	})
	c.pageShow = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		if len(args) > 0 && args[0].Get("persisted").Bool() {
			ctx.Dispatch(c.startEngine)
		}
		return nil
	})
	goapp.Window().Call("addEventListener", "pagehide", c.pageHide)
	goapp.Window().Call("addEventListener", "pageshow", c.pageShow)
}

// startEngine starts the engine worker, and says so when it cannot.
func (c *shell) startEngine(ctx goapp.Context) {
	if err := wasm.StartEngine(); err != nil {
		ctx.Dispatch(func(goapp.Context) {
			c.s.setError("The engine could not be started: %v", err)
			c.s.ui++
		})
	}
}

// releasePageEvents removes afterReady's listeners.
func (c *shell) releasePageEvents() {
	for ev, f := range map[string]*goapp.Func{"pagehide": &c.pageHide, "pageshow": &c.pageShow} {
		if *f != nil {
			goapp.Window().Call("removeEventListener", ev, *f)
			(*f).Release()
			*f = nil
		}
	}
}
