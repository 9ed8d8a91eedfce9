//go:build js && wasm

package wasm

import (
	"context"
	"fmt"
	"time"

	"github.com/hack-pad/safejs"
)

// StoragePersisted reports whether the browser has promised to keep the
// site's storage (navigator.storage.persisted()). Without that promise the
// browser may clear the library when space runs low, and a private window
// clears it when it closes. It never asks the user. It blocks.
func StoragePersisted() (bool, error) {
	return storageCall("persisted")
}

// PersistStorage asks the browser to keep the site's storage
// (navigator.storage.persist()) and reports whether it agreed. Some
// browsers ask the user: call it after the user asked for it. It blocks.
func PersistStorage() (bool, error) {
	return storageCall("persist")
}

// storageCall calls navigator.storage.method() and waits for its boolean.
func storageCall(method string) (bool, error) {
	nav, err := global("navigator")
	if err != nil {
		return false, err
	}
	st, err := nav.Get("storage")
	if err != nil {
		return false, err
	}
	if st.IsUndefined() || st.IsNull() {
		return false, fmt.Errorf("%w: navigator.storage is missing", ErrStorageUnavailable)
	}
	p, err := st.Call(method)
	if err != nil {
		return false, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	v, err := await(ctx, p)
	if err != nil {
		return false, fmt.Errorf("navigator.storage.%s: %w", method, err)
	}
	if v.Type() != safejs.TypeBoolean {
		return false, fmt.Errorf("navigator.storage.%s did not answer yes or no", method)
	}
	return v.Bool()
}
