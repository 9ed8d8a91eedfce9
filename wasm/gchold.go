package wasm

import (
	"runtime"
	"runtime/debug"
	"sync"
	"time"
)

// Go's collector in WebAssembly cannot spread a cycle over browser tasks:
// once a cycle has started, the runtime does not hand the thread back to
// the page until every goroutine is parked, and then it marks whatever is
// left of the heap before it does (the idle mark worker has nothing to
// yield to on the only thread). Opening a 1 MB document allocates ~60 MB in
// a few seconds of small tasks, which started two cycles, each marking the
// ~25 MB live heap inside one task: 45-55 ms of CPU, 90-120 ms of wall time
// at load 4-8, next to the task's own work (TestUILargeDocumentDoesNotFreeze
// with E2E_PROFILE=1). HoldGC keeps the collector from starting a cycle
// while a large document is opened; ReleaseGC lets the cycle that is due
// run once it is shown, in one task instead of two.

// HoldGCText is the length of text from which Extract holds the collector
// (HoldGC) when the engine's answer arrives, until the app calls
// ReleaseGC: a document the app shows in several chunks.
const HoldGCText = 64 << 10

// gcHoldLimit is the memory limit while the collector is held: reaching it
// starts a cycle anyway, so a hold never lets the heap grow without bound.
const gcHoldLimit = 512 << 20

// gcHoldMax is how long a hold lasts at most when ReleaseGC never comes (a
// prefetched document the user never opens).
const gcHoldMax = 15 * time.Second

// gcHold is the state of the hold: held while the collector's settings
// are overridden, percent and limit the ones to restore, timer the end of
// the current hold (nil once released).
var gcHold struct {
	mu      sync.Mutex
	held    bool
	timer   *time.Timer
	percent int
	limit   int64
	wg      sync.WaitGroup // the releases collecting
}

// HoldGC stops Go's collector from starting a cycle (unless the heap
// reaches gcHoldLimit) until ReleaseGC is called or gcHoldMax has passed;
// holding again restarts that time. A cycle already running finishes first.
func HoldGC() {
	gcHold.mu.Lock()
	defer gcHold.mu.Unlock()
	if gcHold.timer != nil {
		gcHold.timer.Reset(gcHoldMax)
		return
	}
	gcHold.timer = time.AfterFunc(gcHoldMax, ReleaseGC)
	if gcHold.held {
		return // still held: a release is collecting
	}
	gcHold.held = true
	gcHold.percent = debug.SetGCPercent(-1)
	gcHold.limit = debug.SetMemoryLimit(-1)
	debug.SetMemoryLimit(min(gcHold.limit, gcHoldLimit))
}

// ReleaseGC ends the hold: on a goroutine, in a browser task of its own,
// it runs the cycle that is due, then restores the collector's settings of
// before HoldGC. Without a hold it does nothing. Restored first, the cycle
// started at the next allocation, in the first save's encoding, whose
// allocations then paid for most of the marking as assists (a 144 ms task,
// 70 ms of it the collector's).
func ReleaseGC() {
	gcHold.mu.Lock()
	defer gcHold.mu.Unlock()
	if gcHold.timer == nil {
		return
	}
	gcHold.timer.Stop()
	gcHold.timer = nil
	gcHold.wg.Add(1)
	go func() {
		defer gcHold.wg.Done()
		pause()
		runtime.GC()
		gcHold.mu.Lock()
		defer gcHold.mu.Unlock()
		if gcHold.timer == nil && gcHold.held { // not held again meanwhile
			gcHold.held = false
			debug.SetMemoryLimit(gcHold.limit)
			debug.SetGCPercent(gcHold.percent)
		}
	}()
}

// reservePerByte is how much Go heap opening a document needs per byte of
// its text, about: 1 MB of text grew app.wasm's memory by ~90 MB.
const reservePerByte = 80

// reserveHeap makes the Go heap large enough, in one step, for opening a
// document of textLen bytes: WebAssembly memory grows a few pages at a time
// as Go needs it, and on the test machine one growth in a few dozen took
// 100-370 ms of the main thread (wasm.GrowMemory in a Chrome trace, with
// little CPU), inside whatever task allocated. It allocates the memory and
// lets a collection free it for the document's own allocations, in a
// browser task of its own; call it from a goroutine while the page is idle
// (Extract does, while the worker runs the engine).
func reserveHeap(textLen int) {
	pause() // not in the task that sent the text (a paste's input event)
	b := make([]byte, min(reservePerByte*textLen, gcHoldLimit/2))
	runtime.KeepAlive(b)
	b = nil
	runtime.GC()
}
