//go:build js && wasm

// Command whosaid, built for js/wasm, is app.wasm: the go-app user interface
// that runs in the browser. The server, the static build and the command line
// live in the native build only, which keeps app.wasm half the size.
package main

import (
	"runtime/debug"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	whosaidapp "github.com/whosaid/whosaid/app"
	"github.com/whosaid/whosaid/wasm"
)

// gcPercent is app.wasm's GOGC. Go's collector in WebAssembly runs on the
// page's only thread and stops everything while it works: in a CPU profile
// of annotating a 5,000-word article it took a quarter of the main thread.
// Collecting when the heap has grown by 300% instead of 100% runs it about
// a third as often, for a larger heap (wasm memory never shrinks anyway).
const gcPercent = 300

func main() {
	wasm.Mark("app:main")
	debug.SetGCPercent(gcPercent)
	// The engine worker is started by the app once its first render is
	// done (app's afterReady), not here, where downloading and compiling
	// engine.wasm would compete with go-app's start-up for the CPU.
	whosaidapp.Register()
	goapp.RunWhenOnBrowser()
}
