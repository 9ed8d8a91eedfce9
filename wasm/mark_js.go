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
