// Command goappwasm prepares the build of app.wasm without net/http.
//
// go-app v10's package app imports net/http in http.go (the server's
// Handler) and in resource.go (LocalDir's file server), with no build tags.
// So every app.wasm links net/http, crypto/tls, crypto/x509 and the package
// initialisers they run, although the browser never serves a request: 1.6 MB
// of the 9.5 MB file, 440 KB of its 2.43 MB gzip. The -overlay flag cannot
// change files in the module cache, so goappwasm copies go-app's packages and
// edits the copy:
//
//   - http.go gets the constraint !wasm, as static.go already has;
//   - wasm.go, whose only contents are stubs of server functions for js/wasm
//     (GenerateStaticWebsite, wasmExecJS, used by http.go), is left out;
//   - resource.go builds LocalDir's resolver through newLocalResourceResolver,
//     which resource_http.go (!wasm) defines with the file server, as before,
//     and resource_wasm.go without it: in the browser LocalDir only resolves
//     paths;
//   - route.go matches pattern routes through an interface, and
//     RouteWithRegexp moves to a !wasm file: it was the only user of package
//     regexp, whose compiler and the Unicode tables it needs were 490 KB of
//     app.wasm's 8 MB, 125 KB of gzip. app.wasm code that calls
//     RouteWithRegexp does not compile.
//
// Then it writes DIR/wasm.go.mod, the module's go.mod plus a replace of
// go-app by the copy, and DIR/wasm.go.sum, for
//
//	GOOS=js GOARCH=wasm go build -modfile=DIR/wasm.go.mod ./cmd/whosaid
//
// Usage, from the repository root (make wasm runs it):
//
//	go run ./tools/goappwasm [-dir out/goapp-wasm]
//
// Each edit must find the exact text it changes, so a go-app upgrade that
// moves it makes goappwasm fail with a message instead of building something
// else; the server build never uses the copy.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

const goApp = "github.com/maxence-charriere/go-app/v10"

func main() {
	dir := flag.String("dir", "out/goapp-wasm", "directory for the copy of go-app and the module files")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "goappwasm:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", goApp).Output()
	if err != nil {
		return fmt.Errorf("go list -m %s: %w", goApp, err)
	}
	src := strings.TrimSpace(string(out))
	if src == "" {
		return fmt.Errorf("%s is not in the module cache (go mod download)", goApp)
	}
	gomod, err := os.ReadFile("go.mod")
	if err != nil {
		return fmt.Errorf("%w (run goappwasm from the repository root)", err)
	}
	gosum, err := os.ReadFile("go.sum")
	if err != nil {
		return err
	}
	if bytes.Contains(gomod, []byte("replace "+goApp)) || bytes.Contains(gomod, []byte("\t"+goApp+" =>")) {
		return errors.New("go.mod already replaces " + goApp)
	}
	dst := filepath.Join(dir, "go-app")
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	if err := copyModule(src, dst); err != nil {
		return err
	}
	if err := edit(filepath.Join(dst, "pkg", "app")); err != nil {
		return fmt.Errorf("%w; go-app in %s is not the v10.1.11 this tool knows: update tools/goappwasm", err, src)
	}
	// A path under the repository is written relative to it, so the files
	// still work after the checkout moves.
	target := dst
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, dst); err == nil && !strings.HasPrefix(rel, "..") {
			target = "./" + filepath.ToSlash(rel)
		}
	}
	mod := append(bytes.TrimRight(gomod, "\n"), fmt.Sprintf("\n\n// Written by tools/goappwasm: go-app without net/http, for app.wasm.\nreplace %s => %s\n", goApp, target)...)
	if err := os.WriteFile(filepath.Join(dir, "wasm.go.mod"), mod, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "wasm.go.sum"), gosum, 0o644)
}

// copyModule copies go.mod, LICENSE and the non-test Go files of pkg/ from
// the module cache, writable.
func copyModule(src, dst string) error {
	for _, f := range []string{"go.mod", "LICENSE"} {
		if err := copyFile(filepath.Join(src, f), filepath.Join(dst, f)); err != nil {
			return err
		}
	}
	return filepath.WalkDir(filepath.Join(src, "pkg"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		return copyFile(path, filepath.Join(dst, rel))
	})
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}

// edit changes the copy of package app as the package comment says.
func edit(app string) error {
	if err := replaceIn(filepath.Join(app, "http.go"), "package app\n", "//go:build !wasm\n\npackage app\n"); err != nil {
		return err
	}
	wasm, err := os.ReadFile(filepath.Join(app, "wasm.go"))
	if err != nil {
		return err
	}
	if !bytes.Contains(wasm, []byte("func GenerateStaticWebsite(dir string, h *Handler")) || bytes.Count(wasm, []byte("\nfunc ")) != 2 {
		return errors.New("wasm.go holds more than the two server stubs")
	}
	if err := os.Remove(filepath.Join(app, "wasm.go")); err != nil {
		return err
	}
	res := filepath.Join(app, "resource.go")
	for _, r := range [][2]string{
		{"import (\n\t\"net/http\"\n\t\"strings\"\n)\n", "import (\n\t\"strings\"\n)\n"},
		{"\treturn localResourceResolver{\n\t\tHandler:   http.FileServer(http.Dir(directory)),\n\t\tdirectory: directory,\n\t}\n",
			"\treturn newLocalResourceResolver(directory)\n"},
		{"type localResourceResolver struct {\n\thttp.Handler\n\tdirectory string\n}\n", ""},
	} {
		if err := replaceIn(res, r[0], r[1]); err != nil {
			return err
		}
	}
	const head = "// Written by tools/goappwasm of github.com/whosaid/whosaid.\n\n"
	if err := os.WriteFile(filepath.Join(app, "resource_http.go"), []byte("//go:build !wasm\n\n"+head+`package app

import "net/http"

func newLocalResourceResolver(directory string) localResourceResolver {
	return localResourceResolver{
		Handler:   http.FileServer(http.Dir(directory)),
		directory: directory,
	}
}

type localResourceResolver struct {
	http.Handler
	directory string
}
`), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(app, "resource_wasm.go"), []byte("//go:build wasm\n\n"+head+`package app

func newLocalResourceResolver(directory string) localResourceResolver {
	return localResourceResolver{directory: directory}
}

type localResourceResolver struct {
	directory string
}
`), 0o644); err != nil {
		return err
	}
	return editRoutes(app)
}

// editRoutes leaves package regexp out of js/wasm builds: the router
// matches pattern routes through the interface pathMatcher, and
// RouteWithRegexp, the only caller of regexp.MustCompile, moves to
// route_regexp.go (!wasm), so app.wasm code that calls it does not compile.
func editRoutes(app string) error {
	route := filepath.Join(app, "route.go")
	for _, r := range [][2]string{
		{"import (\n\t\"regexp\"\n\t\"sync\"\n)\n", "import (\n\t\"sync\"\n)\n"},
		{"func (r *router) routeWithRegexp(pattern string, newComponent func() Composer) {", "func (r *router) routeWithRegexp(pattern pathMatcher, newComponent func() Composer) {"},
		{"\t\tregexp:       regexp.MustCompile(pattern),\n", "\t\tregexp:       pattern,\n"},
		{"type regexpRoute struct {\n\tregexp       *regexp.Regexp\n", "// pathMatcher matches the paths of a route with a pattern.\ntype pathMatcher interface{ MatchString(string) bool }\n\ntype regexpRoute struct {\n\tregexp       pathMatcher\n"},
	} {
		if err := replaceIn(route, r[0], r[1]); err != nil {
			return err
		}
	}
	const routeWithRegexp = `// RouteWithRegexp associates a URL path pattern with a function that generates
// a new Composer component. When a user navigates to a URL path that matches
// the given regular expression pattern, the function newComponent is invoked to
// create and mount the associated component.
//
// Example:
//
//	RouteWithRegexp("^/users/[0-9]+$", func() Composer {
//	    return NewUserComponent()
//	})
func RouteWithRegexp(pattern string, newComponent func() Composer) {
	routes.routeWithRegexp(pattern, newComponent)
}
`
	if err := replaceIn(filepath.Join(app, "app.go"), routeWithRegexp, ""); err != nil {
		return err
	}
	moved := strings.Replace(routeWithRegexp, "routes.routeWithRegexp(pattern,", "routes.routeWithRegexp(regexp.MustCompile(pattern),", 1)
	return os.WriteFile(filepath.Join(app, "route_regexp.go"), []byte("//go:build !wasm\n\n// Written by tools/goappwasm of github.com/whosaid/whosaid: app.wasm has no\n// RouteWithRegexp, which would link package regexp.\n\npackage app\n\nimport \"regexp\"\n\n"+moved), 0o644)
}

// replaceIn replaces the one occurrence of old in file name by new.
func replaceIn(name, old, new string) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if n := bytes.Count(b, []byte(old)); n != 1 {
		return fmt.Errorf("%s: %q found %d times, want once", filepath.Base(name), old, n)
	}
	return os.WriteFile(name, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644)
}
