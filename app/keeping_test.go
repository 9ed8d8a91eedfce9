//go:build !wasm

package app

import (
	"errors"
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/wasm"
)

// TestStorageHintShownWhenNotKept: the library page warns exactly when the browser has not
// promised to keep the library, and offers to ask only before it was asked.
func TestStorageHintShownWhenNotKept(t *testing.T) {
	lib, _ := wasm.OpenLibrary()
	for _, c := range []struct {
		name      string
		lib       wasm.Library
		kept      keeping
		want      string // "" for no hint
		askButton bool
	}{
		{"not promised", lib, keepNotPromised, "has not promised to keep the library", true},
		{"refused", lib, keepRefused, "did not agree to keep the library", false},
		{"promised", lib, keepPromised, "", false},
		{"unknown", lib, keepUnknown, "", false},
		{"no library", nil, keepNotPromised, "", false},
	} {
		s := newSession()
		s.lib, s.kept = c.lib, c.kept
		ui := storageHint(s)
		if c.want == "" {
			if ui != nil {
				t.Errorf("%s: a hint: %s", c.name, goapp.HTMLString(ui))
			}
			continue
		}
		if ui == nil {
			t.Errorf("%s: no hint", c.name)
			continue
		}
		html := goapp.HTMLString(ui)
		if !strings.Contains(html, c.want) || !strings.Contains(html, "private window") {
			t.Errorf("%s: %s", c.name, html)
		}
		if got := strings.Contains(html, `data-testid="`+TestPersist+`"`); got != c.askButton {
			t.Errorf("%s: ask button shown %v, want %v", c.name, got, c.askButton)
		}
	}
	if k := keepingOf(true, nil); k != keepPromised {
		t.Errorf("keepingOf(true) = %v", k)
	}
	if k := keepingOf(false, errors.New("no browser")); k != keepUnknown {
		t.Errorf("keepingOf with an error = %v", k)
	}
}
