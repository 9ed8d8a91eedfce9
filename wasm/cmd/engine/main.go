//go:build js && wasm

// Command engine is engine.wasm: the whosaid engine alone, for a Web Worker,
// a page or a node script. It defines the global whosaid object (see
// wasm/README.md) and then waits for calls for ever.
package main

import (
	"syscall"

	"github.com/whosaid/whosaid/wasm/enginejs"
)

func main() {
	if err := enginejs.Register(); err != nil {
		println("engine.wasm:", err.Error()) // not os.Stderr: its writer costs engine.wasm 4 KB gzip
		// os.Exit without os, which imports time (see tools/lexpack).
		syscall.Exit(1)
	}
	select {}
}
