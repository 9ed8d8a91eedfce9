//go:build js && wasm

// Command whosaid, built for js/wasm, is app.wasm: the go-app user interface
// that runs in the browser. The server, the static build and the command line
// live in the native build only, which keeps app.wasm half the size.
package main

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	whosaidapp "github.com/whosaid/whosaid/app"
)

func main() {
	whosaidapp.Register()
	goapp.RunWhenOnBrowser()
}
