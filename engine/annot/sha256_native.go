//go:build !(js && wasm)

package annot

import (
	"crypto/sha256"
	"unsafe"
)

// textSum is the SHA-256 digest of the bytes of s. Natively crypto/sha256,
// with the CPU's SHA instructions, is many times faster than sha256Sum, and
// the binary size it adds matters only in WebAssembly.
func textSum(s string) [32]byte {
	// crypto/sha256 only reads the bytes, so they need no copy.
	return sha256.Sum256(unsafe.Slice(unsafe.StringData(s), len(s)))
}
