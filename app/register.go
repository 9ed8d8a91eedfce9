// Package app is the whosaid user interface, a go-app v10 PWA: paste or open
// an article, run the engine (package wasm runs it in a Web Worker), read
// the text with its actors, quotes and claims highlighted, correct them with
// undo and redo, keep documents in the browser's library, and export them.
//
// The package does not import the engine, so app.wasm stays small; it reads
// and writes the export schema of engine/annot only.
package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Routes are the app's pages.
var Routes = []string{"/", "/library", "/about"}

// Register declares the app's pages to go-app. The server (for prerendering
// and the static site) and the browser both call it before anything else.
func Register() {
	for _, r := range Routes {
		goapp.Route(r, func() goapp.Composer { return newShell() })
	}
}
