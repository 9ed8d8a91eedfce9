//go:build js && wasm

package enginejs

import _ "unsafe" // go:linkname

// setMemoryLimit is runtime/debug.SetMemoryLimit without importing
// runtime/debug, whose imports (fmt, os, time) keep os's and time's
// initialisers and internal/godebug's (with internal/bisect and the
// runtime's metrics table) in engine.wasm: about 65 KB of gzip. SetMemoryLimit
// is exactly a call of this function, which the runtime defines under
// runtime/debug's name with a //go:linkname of its own, so the linker
// accepts the reference (Go 1.23+ refuses linknames to runtime internals that
// the runtime does not mark). TestSetMemoryLimitIsDebugs checks that both
// set and report the same limit; a Go release that renames it fails the
// build, never silently.
//
//go:linkname setMemoryLimit runtime/debug.setMemoryLimit
func setMemoryLimit(limit int64) int64
