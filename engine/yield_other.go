//go:build !js

package engine

// yieldGC does nothing where the collector has threads of its own; see
// yield_js.go.
func yieldGC() {}

// yieldAfterStage does nothing either; see yield_js.go.
func yieldAfterStage(int) {}
