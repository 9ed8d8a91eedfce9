//go:build !(js && wasm)

package wasm

// Mark records a user-timing mark in the browser; on the host it does
// nothing.
func Mark(string) {}
