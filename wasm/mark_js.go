//go:build js && wasm

package wasm

import "github.com/hack-pad/safejs"

// Mark records a user-timing mark (performance.mark) named name, which the
// browser's profiler and the browser tests read. Failures are ignored.
func Mark(name string) {
	p, err := safejs.Global().Get("performance")
	if err != nil || p.Type() != safejs.TypeObject {
		return
	}
	_, _ = p.Call("mark", name)
}

// markAt records a user-timing mark named name at epochMS, a time in
// milliseconds since the epoch taken in another context (the engine
// worker), so the worker's work shows on the page's timeline.
func markAt(name string, epochMS float64) {
	p, err := safejs.Global().Get("performance")
	if err != nil || p.Type() != safejs.TypeObject {
		return
	}
	origin, err := p.Get("timeOrigin")
	if err != nil || origin.Type() != safejs.TypeNumber {
		return
	}
	o, _ := origin.Float()
	_, _ = p.Call("mark", name, map[string]any{"startTime": max(0, epochMS-o)})
}
