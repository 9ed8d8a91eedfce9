//go:build !js

package engine

// yieldGC does nothing where the collector has threads of its own; see
// yield_js.go.
func yieldGC() {}

// yieldMinText is yield_js.go's; yieldGC does nothing here anyway.
const yieldMinText = 0
