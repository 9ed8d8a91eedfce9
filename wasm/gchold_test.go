package wasm

import (
	"runtime/debug"
	"testing"
)

// TestHoldGC checks that HoldGC turns the collector off, that holding
// again keeps it off, and that ReleaseGC restores the percentage and memory
// limit of before the first hold; a second release changes nothing.
func TestHoldGC(t *testing.T) {
	oldPercent := debug.SetGCPercent(123)
	defer debug.SetGCPercent(oldPercent)
	oldLimit := debug.SetMemoryLimit(1 << 40)
	defer debug.SetMemoryLimit(oldLimit)

	HoldGC()
	HoldGC()
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Errorf("held: GC percent %d, want -1 (off)", p)
	}
	if l := debug.SetMemoryLimit(-1); l != gcHoldLimit {
		t.Errorf("held: memory limit %d, want %d", l, gcHoldLimit)
	}
	ReleaseGC()
	gcHold.wg.Wait()
	if p := debug.SetGCPercent(123); p != 123 {
		t.Errorf("released: GC percent %d, want 123", p)
	}
	if l := debug.SetMemoryLimit(-1); l != 1<<40 {
		t.Errorf("released: memory limit %d, want %d", l, int64(1<<40))
	}
	ReleaseGC()
	gcHold.wg.Wait()
	if p := debug.SetGCPercent(123); p != 123 {
		t.Errorf("second release: GC percent %d, want 123", p)
	}
}
