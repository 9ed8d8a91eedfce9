//go:build js

package engine

import "runtime"

// yieldGC lets the garbage collector's worker run between stages. In
// WebAssembly there is one thread and a long Analyze never blocks, so a
// collection that starts during it cannot finish marking: the write
// barrier stays on and the heap grows until the call returns (200 MB
// after a few 1 MB texts in a loop). Gosched lets the mark worker run.
func yieldGC() { runtime.Gosched() }

// yieldAfterStage is yieldGC after a stage of Analyze on a text of n
// bytes, for texts of 64 KB or more: a collection that starts during a
// shorter call finishes when it returns, and the six Goscheds were 2.4% of
// a 210-word article's CPU in engine.wasm.
func yieldAfterStage(n int) {
	if n >= 64<<10 {
		runtime.Gosched()
	}
}
