package annot

import "math/bits"

// This file is SHA-256 (FIPS 180-4) in plain Go, for TextID in WebAssembly
// (sha256_wasm.go; natively sha256_native.go uses crypto/sha256). Importing
// crypto/sha256 links Go's whole FIPS 140 module
// (AES, GCM, DRBG, HMAC, SHA-3 ...) into every WebAssembly binary that holds
// this package. Document ids need no constant time and no speed beyond
// hashing one article, so a short loop is enough; the tests compare it with
// crypto/sha256 on fixed and fuzzed inputs.

// sha256K are the round constants: the first 32 bits of the fractional parts
// of the cube roots of the first 64 primes.
var sha256K = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

// sha256Sum returns the SHA-256 digest of the bytes of s.
func sha256Sum(s string) [32]byte {
	h := [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
	n := len(s)
	for len(s) >= 64 {
		sha256Block(&h, s[:64])
		s = s[64:]
	}
	// The rest, the 0x80 marker, zeros and the bit length fill one block,
	// or two when fewer than 9 bytes are left after the rest (len(s) >= 56).
	var tail [128]byte
	copy(tail[:], s)
	tail[len(s)] = 0x80
	end := 64
	if len(s) >= 56 {
		end = 128
	}
	bitLen := uint64(n) << 3
	for i := range 8 {
		tail[end-1-i] = byte(bitLen >> (8 * i))
	}
	rest := string(tail[:end])
	sha256Block(&h, rest[:64])
	if end == 128 {
		sha256Block(&h, rest[64:])
	}
	var out [32]byte
	for i, v := range h {
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	return out
}

// sha256Block mixes one 64-byte block p into the state h.
func sha256Block(h *[8]uint32, p string) {
	_ = p[63] // one bounds check for the loads below
	var w [64]uint32
	for i := range 16 {
		w[i] = uint32(p[4*i])<<24 | uint32(p[4*i+1])<<16 | uint32(p[4*i+2])<<8 | uint32(p[4*i+3])
	}
	for i := 16; i < 64; i++ {
		s0 := bits.RotateLeft32(w[i-15], -7) ^ bits.RotateLeft32(w[i-15], -18) ^ w[i-15]>>3
		s1 := bits.RotateLeft32(w[i-2], -17) ^ bits.RotateLeft32(w[i-2], -19) ^ w[i-2]>>10
		w[i] = w[i-16] + s0 + w[i-7] + s1
	}
	a, b, c, d, e, f, g, hh := h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]
	for i := range 64 {
		s1 := bits.RotateLeft32(e, -6) ^ bits.RotateLeft32(e, -11) ^ bits.RotateLeft32(e, -25)
		ch := e&f ^ ^e&g
		t1 := hh + s1 + ch + sha256K[i] + w[i]
		s0 := bits.RotateLeft32(a, -2) ^ bits.RotateLeft32(a, -13) ^ bits.RotateLeft32(a, -22)
		maj := a&b ^ a&c ^ b&c
		t2 := s0 + maj
		hh, g, f, e, d, c, b, a = g, f, e, d+t1, c, b, a, t1+t2
	}
	h[0] += a
	h[1] += b
	h[2] += c
	h[3] += d
	h[4] += e
	h[5] += f
	h[6] += g
	h[7] += hh
}

// TextID returns the document id of text: "sha256:" and the lowercase hex
// SHA-256 of its UTF-8 bytes (of its bytes as they are, when text is not
// valid UTF-8).
func TextID(text string) string {
	const digits = "0123456789abcdef"
	sum := textSum(text)
	out := make([]byte, 0, len("sha256:")+64)
	out = append(out, "sha256:"...)
	for _, b := range sum {
		out = append(out, digits[b>>4], digits[b&15])
	}
	return string(out)
}
