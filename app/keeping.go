package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/wasm"
)

// keeping is what the browser promised about keeping the library. The
// browser cannot tell a page that it runs in a private window (Chromium's
// quota and persistence answers are the same there), so a library without
// the promise gets a hint that covers both ways of losing it: eviction and
// the end of a private window.
type keeping int

const (
	keepUnknown keeping = iota // the browser was not asked (no browser, no navigator.storage)
	keepNotPromised
	keepRefused // the user asked and the browser said no
	keepPromised
)

// keepingOf interprets the answer of wasm.StoragePersisted.
func keepingOf(persisted bool, err error) keeping {
	switch {
	case err != nil:
		return keepUnknown
	case persisted:
		return keepPromised
	}
	return keepNotPromised
}

// askToKeep asks the browser to keep the library, after the user pressed
// the button for it.
func (s *session) askToKeep() {
	s.async(func() func() {
		ok, err := wasm.PersistStorage()
		return func() {
			switch {
			case err != nil:
				s.setError("Could not ask the browser to keep the library: %v", err)
			case ok:
				s.kept = keepPromised
				s.setStatus("The browser will keep the library until you delete it.")
			default:
				s.kept = keepRefused
			}
		}
	})
}

// storageHint tells the user when the library may not outlive the page, or
// nothing.
func storageHint(s *session) goapp.UI {
	if s.lib == nil {
		return nil
	}
	switch s.kept {
	case keepNotPromised:
		return goapp.Div().Class("hint").DataSet("testid", TestStorageHint).Body(
			goapp.P().Text("This browser has not promised to keep the library: it may clear it when the disk runs short of space, "+
				"and in a private window it is deleted when the window closes. Export the documents you want to keep."),
			goapp.Button().Type("button").Text("Ask the browser to keep the library").DataSet("testid", TestPersist).
				OnClick(func(goapp.Context, goapp.Event) { s.askToKeep() }),
		)
	case keepRefused:
		return goapp.P().Class("hint").DataSet("testid", TestStorageHint).Text(
			"The browser did not agree to keep the library: it may clear it when the disk runs short of space, " +
				"and in a private window it is deleted when the window closes. Export the documents you want to keep.")
	}
	return nil
}
