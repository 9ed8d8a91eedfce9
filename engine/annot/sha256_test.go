package annot

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// wantTextID is TextID computed with crypto/sha256.
func wantTextID(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256:" + hex.EncodeToString(sum[:])
}

func TestTextID(t *testing.T) {
	tests := []string{
		"", "a", "abc", sampleText, "\xff\xfe", "Zoë 🚀",
		// FIPS 180-4 test vector of two blocks.
		"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	}
	// Every length around the padding edges: 55 bytes fit the length in the
	// same block, 56 need a second one, and 64 is a whole block.
	for n := range 200 {
		tests = append(tests, strings.Repeat("x", n))
	}
	for _, s := range tests {
		if got, want := TextID(s), wantTextID(s); got != want {
			t.Errorf("TextID of %d bytes = %s, want %s", len(s), got, want)
		}
		if got, want := sha256Sum(s), sha256.Sum256([]byte(s)); got != want {
			t.Errorf("sha256Sum of %d bytes = %x, want %x", len(s), got, want)
		}
	}
	if got := TextID("abc"); got != "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Errorf("TextID(abc) = %s", got)
	}
}

// FuzzTextID checks TextID against crypto/sha256 on arbitrary input.
func FuzzTextID(f *testing.F) {
	for _, n := range []int{0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128} {
		f.Add(strings.Repeat("é", n/2) + strings.Repeat("a", n%2))
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := TextID(s), wantTextID(s); got != want {
			t.Fatalf("TextID of %d bytes = %s, want %s", len(s), got, want)
		}
		if got, want := sha256Sum(s), sha256.Sum256([]byte(s)); got != want {
			t.Fatalf("sha256Sum of %d bytes = %x, want %x", len(s), got, want)
		}
	})
}

func BenchmarkTextID(b *testing.B) {
	s := strings.Repeat(sampleText, 100)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		TextID(s)
	}
}

// BenchmarkSHA256Plain times the plain-Go SHA-256 that TextID uses in
// WebAssembly.
func BenchmarkSHA256Plain(b *testing.B) {
	s := strings.Repeat(sampleText, 100)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		sha256Sum(s)
	}
}
