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
// Once the engine has settled (warm, or stopped), a page that no service
// worker controls asks the new one to take control (see
// askServiceWorkerToClaim).
func (c *shell) afterReady(ctx goapp.Context) {
	c.startEngine(ctx)
	registerServiceWorker()
	if !goapp.IsClient {
		return
	}
	settled := wasm.EngineSettled()
	ctx.Async(func() {
		<-settled
		ctx.Dispatch(func(ctx goapp.Context) {
			ctx.PreventUpdate()
			c.askServiceWorkerToClaim()
		})
	})
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

// askServiceWorkerToClaim asks the active service worker to take control
// of this page ({claim: true}) when none controls it, which is the case on
// a first visit: the service worker (cmd/whosaid/appworker.js) waits for
// that, or a few seconds, so that it takes control once the engine has
// warmed up. afterReady calls it when the engine has settled.
func (c *shell) askServiceWorkerToClaim() {
	sw := goapp.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() || sw.Get("controller").Truthy() || !sw.Get("ready").Truthy() || c.swReady != nil {
		return
	}
	c.swReady = goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		c.releaseServiceWorkerReady()
		if len(args) > 0 && args[0].Get("active").Truthy() {
			args[0].Get("active").Call("postMessage", map[string]any{"claim": true})
		}
		return nil
	})
	sw.Get("ready").Call("then", c.swReady)
}

// releaseServiceWorkerReady releases askServiceWorkerToClaim's callback.
func (c *shell) releaseServiceWorkerReady() {
	if c.swReady != nil {
		c.swReady.Release()
		c.swReady = nil
	}
}

// releasePageEvents removes afterReady's listeners.
func (c *shell) releasePageEvents() {
	c.releaseServiceWorkerReady()
	for ev, f := range map[string]*goapp.Func{"pagehide": &c.pageHide, "pageshow": &c.pageShow} {
		if *f != nil {
			goapp.Window().Call("removeEventListener", ev, *f)
			(*f).Release()
			*f = nil
		}
	}
}
