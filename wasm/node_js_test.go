//go:build js && wasm

package wasm

import (
	"errors"
	"testing"
)

// Under node there is no Worker, indexedDB or document: every call must fail
// with a clear, typed error instead of a panic.
func TestWithoutBrowserAPIs(t *testing.T) {
	if _, err := Extract("Some text."); !errors.Is(err, ErrEngine) {
		t.Errorf("Extract without Worker: %v, want ErrEngine", err)
	}
	if _, err := OpenLibrary(); !errors.Is(err, ErrStorageUnavailable) {
		t.Errorf("OpenLibrary without indexedDB: %v, want ErrStorageUnavailable", err)
	}
	if err := Download("x.json", "application/json", []byte("{}")); err == nil {
		t.Error("Download without a document succeeded")
	}
	if _, _, err := ReadFile(nil); err == nil {
		t.Error("ReadFile(nil) succeeded")
	}
}
