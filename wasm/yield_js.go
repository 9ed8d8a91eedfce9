//go:build js && wasm

package wasm

import (
	"sync/atomic"
	"time"

	"github.com/hack-pad/safejs"
)

// sliceBudget is the longest stretch of work Yield lets a goroutine do
// before it gives the page the main thread back. Go in WebAssembly runs on
// the page's only thread, and the page runs nothing (input, timers,
// painting) until every goroutine is parked.
const sliceBudget = 10 * time.Millisecond

// resumed is when a goroutine last came back from a pause, in Unix
// nanoseconds: the start of the current stretch of work.
var resumed atomic.Int64

// Yield gives the page the main thread back when the calling goroutine has
// worked for sliceBudget since the last pause: it parks until a browser
// timer (setTimeout 0) fires, a new task after the page's pending input and
// painting. Otherwise it returns at once, so calling it often is cheap.
// Call it from a goroutine of its own (ctx.Async), never from a JavaScript
// callback. On the host it does nothing.
func Yield() {
	now := time.Now().UnixNano()
	last := resumed.Load()
	if last == 0 {
		resumed.Store(now)
		return
	}
	if time.Duration(now-last) < sliceBudget {
		return
	}
	pause()
	resumed.Store(time.Now().UnixNano())
}

// pause parks the goroutine until a setTimeout(0) callback fires. When the
// timer cannot be set it returns at once.
func pause() {
	setTimeout, err := global("setTimeout")
	if err != nil {
		return
	}
	done := make(chan struct{}, 1)
	cb, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		done <- struct{}{}
		return nil
	})
	if err != nil {
		return
	}
	defer cb.Release()
	if _, err := setTimeout.Invoke(cb, 0); err != nil {
		return
	}
	<-done
}
