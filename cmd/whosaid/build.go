//go:build !(js && wasm)

package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

func init() {
	commands["build"] = command{summary: "write the app as a static site", run: runBuild}
}

func runBuild(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("build", flag.ContinueOnError)
	fl.SetOutput(stderr)
	web := fl.String("web", "web", "`directory` of the web assets (app.wasm, engine.wasm, ...)")
	force := fl.Bool("force", false, "write into DIR even if it is not empty")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: whosaid build [--web DIR] [--force] OUTDIR\n\n"+
			"Writes the app as a static site to OUTDIR, for any static host. The host\n"+
			"must serve .wasm files as application/wasm.")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return 2
	}
	n, err := buildSite(*web, fl.Arg(0), *force)
	if err != nil {
		fmt.Fprintln(stderr, "whosaid build:", err)
		return 1
	}
	fmt.Fprintf(stdout, "whosaid: wrote the static site to %s (%d web files)\n", fl.Arg(0), n)
	return 0
}

// buildSite writes the static site to out: go-app's pages and scripts, then
// the web directory's files (go-app leaves web/ empty), and the wasm_exec.js
// that matches the .wasm files. The page carries the server's Content
// Security Policy in a meta tag, since a static host sends no such header.
// It returns the number of web files copied.
func buildSite(webDir, out string, force bool) (int, error) {
	s, err := newSite(webDir)
	if err != nil {
		return 0, err
	}
	absOut, err := filepath.Abs(out)
	if err != nil {
		return 0, err
	}
	if absOut == s.dir || strings.HasPrefix(s.dir, absOut+string(filepath.Separator)) || strings.HasPrefix(absOut, s.dir+string(filepath.Separator)) {
		return 0, fmt.Errorf("the output directory %s must be outside the web directory %s", absOut, s.dir)
	}
	if entries, err := os.ReadDir(absOut); err == nil && len(entries) > 0 && !force {
		return 0, fmt.Errorf("%s is not empty (use --force to write into it)", absOut)
	}
	if err := os.MkdirAll(absOut, 0o755); err != nil {
		return 0, err
	}
	h := appHandler(s.dir, s.version)
	h.RawHeaders = append(h.RawHeaders, `<meta http-equiv="Content-Security-Policy" content="`+s.csp+`">`)
	if err := goapp.GenerateStaticWebsite(absOut, h); err != nil {
		return 0, err
	}
	appJS, err := streamingAppJS(h)
	if err != nil {
		return 0, err
	}
	if err := os.WriteFile(filepath.Join(absOut, "app.js"), appJS, 0o644); err != nil {
		return 0, err
	}
	// The pages get the style sheets and scripts inline, as the server
	// sends them; the policy's hashes are those of the server's app.js.
	if !bytes.Equal(appJS, s.appJS) {
		return 0, errors.New("the static app.js differs from the server's")
	}
	err = filepath.WalkDir(absOut, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		page, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(p, s.rewritePage(page), 0o644)
	})
	if err != nil {
		return 0, err
	}
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return 0, err
	}
	if err := os.MkdirAll(filepath.Join(absOut, "web"), 0o755); err != nil {
		return 0, err
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".go") {
			continue
		}
		if err := copyFile(filepath.Join(s.dir, name), filepath.Join(absOut, "web", name)); err != nil {
			return n, err
		}
		n++
	}
	if s.exists("wasm_exec.js") {
		if err := copyFile(filepath.Join(s.dir, "wasm_exec.js"), filepath.Join(absOut, "wasm_exec.js")); err != nil {
			return n, err
		}
	}
	return n, nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
