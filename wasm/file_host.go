//go:build !(js && wasm)

package wasm

import (
	"fmt"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Download offers data to the user as a file named filename (a Blob, an
// object URL and a click on an <a download>; the URL is revoked afterwards).
// On the host it returns ErrNoBrowser.
func Download(filename, mimeType string, data []byte) error {
	if _, err := cleanFilename(filename); err != nil {
		return err
	}
	return fmt.Errorf("download %q: %w", filename, ErrNoBrowser)
}

// ReadFile reads a File object, from an <input type=file> change event or a
// drop event's dataTransfer.files, and returns its name and contents. Files
// over MaxFileSize give an error wrapping ErrTooLarge. It blocks until the
// browser has read the file. On the host it returns ErrNoBrowser.
func ReadFile(file goapp.Value) (name string, data []byte, err error) {
	return "", nil, fmt.Errorf("read file: %w", ErrNoBrowser)
}
