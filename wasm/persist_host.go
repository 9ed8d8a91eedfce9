//go:build !(js && wasm)

package wasm

import "fmt"

// StoragePersisted reports whether the browser has promised to keep the
// site's storage. The host's library lives in memory: it returns false and
// an error wrapping ErrNoBrowser.
func StoragePersisted() (bool, error) {
	return false, fmt.Errorf("storage persistence: %w", ErrNoBrowser)
}

// PersistStorage asks the browser to keep the site's storage. On the host
// it returns false and an error wrapping ErrNoBrowser.
func PersistStorage() (bool, error) {
	return false, fmt.Errorf("storage persistence: %w", ErrNoBrowser)
}
