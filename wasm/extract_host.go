//go:build !(js && wasm)

package wasm

import (
	"context"

	"github.com/whosaid/whosaid/engine"
	"github.com/whosaid/whosaid/engine/annot"
)

// Extract runs the engine over text. On the host it calls the engine
// in-process; in the browser it runs it in the engine Web Worker.
func Extract(text string) (*annot.Document, error) {
	return ExtractContext(context.Background(), text)
}

// ExtractContext is Extract that gives up when ctx ends. In the browser that
// also stops the worker, which is started again for the next call.
func ExtractContext(ctx context.Context, text string) (*annot.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d, err := engine.Analyze(text, engine.Options{})
	if err != nil {
		return nil, err
	}
	return d.Export(), nil
}

// WarmUpDocument returns the engine worker's warm-up document in the
// browser. On the host there is no worker: it returns false.
func WarmUpDocument() (*annot.Document, bool) { return nil, false }

// StopEngine stops the engine worker in the browser. On the host it does
// nothing.
func StopEngine() {}

// StartEngine starts loading the engine ahead of the first Extract, so the
// first extraction does not wait for engine.wasm to download. It does not
// block. On the host it does nothing.
func StartEngine() error { return nil }

// warmNow is the closed channel EngineWarm returns on the host.
var warmNow = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// EngineWarm returns a channel that is closed once the engine runs at full
// speed. On the host the engine is native code: it is closed from the start.
func EngineWarm() <-chan struct{} { return warmNow }
