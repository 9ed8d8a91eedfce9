//go:build !(js && wasm)

package wasm

// Yield gives the browser page the main thread back during long work; on
// the host, where nothing waits for the thread, it does nothing.
func Yield() {}
