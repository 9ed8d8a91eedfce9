//go:build js && wasm

package annot

// textSum is the SHA-256 digest of the bytes of s: sha256Sum, which keeps
// crypto/sha256 and the FIPS module it links out of app.wasm and engine.wasm.
func textSum(s string) [32]byte { return sha256Sum(s) }
