//go:build js && wasm

package wasm

import (
	"context"
	"fmt"

	"github.com/hack-pad/safejs"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// revokeDelay is how long an object URL made by Download lives, in
// milliseconds: long enough for every browser to start the download.
const revokeDelay = 60_000

// Download offers data to the user as a file named filename (a Blob, an
// object URL and a click on an <a download>; the URL is revoked a minute
// later by a browser timer). It does not block.
func Download(filename, mimeType string, data []byte) error {
	name, err := cleanFilename(filename)
	if err != nil {
		return err
	}
	if mimeType == "" {
		mimeType = "application/octet-stream"
	}
	if err := download(name, mimeType, data); err != nil {
		return fmt.Errorf("download %q: %w", name, err)
	}
	return nil
}

func download(name, mimeType string, data []byte) error {
	u8ctor, err := global("Uint8Array")
	if err != nil {
		return err
	}
	bytes, err := u8ctor.New(len(data))
	if err != nil {
		return err
	}
	if _, err := safejs.CopyBytesToJS(bytes, data); err != nil {
		return err
	}
	blobCtor, err := global("Blob")
	if err != nil {
		return err
	}
	opts, err := safejs.ValueOf(map[string]any{"type": mimeType})
	if err != nil {
		return err
	}
	blob, err := blobCtor.New([]any{bytes}, opts)
	if err != nil {
		return err
	}
	urlAPI, err := global("URL")
	if err != nil {
		return err
	}
	href, err := urlAPI.Call("createObjectURL", blob)
	if err != nil {
		return err
	}
	document, err := global("document")
	if err != nil {
		return err
	}
	a, err := document.Call("createElement", "a")
	if err != nil {
		return err
	}
	for k, v := range map[string]any{"href": href, "download": name, "rel": "noopener", "hidden": true} {
		if err := a.Set(k, v); err != nil {
			return err
		}
	}
	body, err := document.Get("body")
	if err != nil {
		return err
	}
	if _, err := body.Call("appendChild", a); err != nil {
		return err
	}
	_, clickErr := a.Call("click")
	_, _ = a.Call("remove")
	// The browser revokes the URL later; no Go callback is kept alive.
	revoke, err := urlAPI.Get("revokeObjectURL")
	if err == nil {
		if bound, err := revoke.Call("bind", urlAPI); err == nil {
			if setTimeout, err := global("setTimeout"); err == nil {
				_, _ = setTimeout.Invoke(bound, revokeDelay, href)
			}
		}
	}
	return clickErr
}

// ReadFile reads a File object, from an <input type=file> change event or a
// drop event's dataTransfer.files, and returns its name and contents. Files
// over MaxFileSize give an error wrapping ErrTooLarge. It blocks until the
// browser has read the file: call it from a goroutine.
func ReadFile(file goapp.Value) (name string, data []byte, err error) {
	f, err := fromGoApp(file)
	if err != nil {
		return "", nil, err
	}
	blobCtor, err := global("Blob")
	if err != nil {
		return "", nil, err
	}
	if ok, err := f.InstanceOf(blobCtor); err != nil || !ok {
		return "", nil, fmt.Errorf("read file: the value is not a File (%s)", f.Type())
	}
	name, _ = stringProp(f, "name")
	sizeV, err := f.Get("size")
	if err != nil {
		return name, nil, err
	}
	size, err := sizeV.Float()
	if err != nil {
		return name, nil, err
	}
	if size > MaxFileSize {
		return name, nil, fmt.Errorf("%w: %q has %.1f MB, more than the %d MB limit", ErrTooLarge, name, size/(1<<20), MaxFileSize>>20)
	}
	p, err := f.Call("arrayBuffer")
	if err != nil {
		return name, nil, fmt.Errorf("read file %q: %w", name, err)
	}
	buf, err := await(context.Background(), p)
	if err != nil {
		return name, nil, fmt.Errorf("read file %q: %w", name, err)
	}
	u8ctor, err := global("Uint8Array")
	if err != nil {
		return name, nil, err
	}
	view, err := u8ctor.New(buf)
	if err != nil {
		return name, nil, err
	}
	n, err := view.Length()
	if err != nil {
		return name, nil, err
	}
	if n > MaxFileSize {
		return name, nil, fmt.Errorf("%w: %q is larger than the %d MB limit", ErrTooLarge, name, MaxFileSize>>20)
	}
	data = make([]byte, n)
	if _, err := safejs.CopyBytesToGo(data, view); err != nil {
		return name, nil, err
	}
	return name, data, nil
}

// fromGoApp gets the JavaScript value behind a go-app Value: go-app hands it
// to a JavaScript array's push, which safejs can read back.
func fromGoApp(v goapp.Value) (safejs.Value, error) {
	if v == nil {
		return safejs.Undefined(), fmt.Errorf("read file: no file given")
	}
	arrayCtor, err := global("Array")
	if err != nil {
		return safejs.Undefined(), err
	}
	arr, err := arrayCtor.New()
	if err != nil {
		return safejs.Undefined(), err
	}
	goapp.ValueOf(safejs.Unsafe(arr)).Call("push", v)
	return arr.Index(0)
}
