//go:build js && wasm

package enginejs

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestSetMemoryLimitIsDebugs checks that setMemoryLimit sets and reports the
// limit runtime/debug.SetMemoryLimit does, and that boundHeap restores it.
func TestSetMemoryLimitIsDebugs(t *testing.T) {
	orig := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(orig)

	const limit = 123 << 20
	if prev := setMemoryLimit(limit); prev != orig {
		t.Errorf("setMemoryLimit returned %d, debug.SetMemoryLimit reports %d", prev, orig)
	}
	if got := debug.SetMemoryLimit(-1); got != limit {
		t.Errorf("after setMemoryLimit(%d), debug.SetMemoryLimit reports %d", limit, got)
	}
	if got := setMemoryLimit(-1); got != limit {
		t.Errorf("setMemoryLimit(-1) = %d, want %d", got, limit)
	}
	debug.SetMemoryLimit(math.MaxInt64)
	restore := boundHeap(1000)
	if got, want := debug.SetMemoryLimit(-1), int64(heapBase+heapPerByte*1000); got != want {
		t.Errorf("boundHeap(1000) set %d, want %d", got, want)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("boundHeap's restore left %d, want %d", got, int64(math.MaxInt64))
	}
}
