//go:build js

package engine

import "runtime"

// yieldGC lets the garbage collector's worker run between stages. In
// WebAssembly there is one thread and a long Analyze never blocks, so a
// collection that starts during it cannot finish marking: the write
// barrier stays on and the heap grows until the call returns (200 MB
// after a few 1 MB texts in a loop). Gosched lets the mark worker run.
func yieldGC() { runtime.Gosched() }
