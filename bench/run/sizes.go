package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// size is what one file costs to download: raw, gzip (the .gz copy make wasm
// writes with zopfli, otherwise gzip -9) and brotli -q 11.
type size struct {
	Name   string `json:"name"`
	What   string `json:"what"`
	Raw    int64  `json:"raw"`
	Gzip   int64  `json:"gzip"`
	Brotli int64  `json:"brotli"` // 0 without the brotli command
}

// sizes measures web/app.wasm and web/engine.wasm (from make wasm, with the
// .gz and .br copies make wasm writes) and the peers' minified bundles,
// which esbuild (from bench/node_modules) builds from bench/bundle-*.mjs.
func sizes(c config) ([]size, error) {
	var out []size
	for _, f := range []struct{ name, what string }{
		{"app.wasm", "the go-app user interface (no engine)"},
		{"engine.wasm", "the whosaid engine"},
		{"wasm_exec.js", "Go's JavaScript support, needed by both"},
		{"engine.js", "the engine's loader"},
	} {
		p := filepath.Join(c.root, "web", f.name)
		s, err := fileSize(p, f.name, f.what)
		if err != nil {
			return nil, fmt.Errorf("%w (run make wasm first)", err)
		}
		out = append(out, s)
	}
	dir := filepath.Join(c.out, "bundles")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	esbuild := filepath.Join(c.root, "bench", "node_modules", ".bin", "esbuild")
	for _, b := range []struct{ name, entry, what string }{
		{"compromise.min.js", "bundle-compromise.mjs", "compromise, bundled and minified"},
		{"wink.min.js", "bundle-wink.mjs", "wink-nlp + wink-eng-lite-web-model, bundled and minified"},
	} {
		p, err := filepath.Abs(filepath.Join(dir, b.name))
		if err != nil {
			return nil, err
		}
		cmd := exec.Command(esbuild, "--bundle", "--minify", "--format=iife", "--platform=browser", "--log-level=warning", b.entry, "--outfile="+p)
		cmd.Dir = filepath.Join(c.root, "bench")
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("esbuild %s: %v\n%s", b.entry, err, out)
		}
		for _, z := range []struct {
			ext  string
			args []string
		}{{".gz", []string{"gzip", "-9", "-n", "-c", p}}, {".br", []string{"brotli", "-q", "11", "-c", p}}} {
			if _, err := exec.LookPath(z.args[0]); err != nil {
				continue
			}
			data, err := exec.Command(z.args[0], z.args[1:]...).Output()
			if err != nil {
				return nil, fmt.Errorf("%s %s: %v", z.args[0], p, err)
			}
			if err := os.WriteFile(p+z.ext, data, 0o644); err != nil {
				return nil, err
			}
		}
		s, err := fileSize(p, b.name, b.what)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// fileSize reads the sizes of p and of its .gz and .br copies; a missing
// .gz copy is made with gzip -9.
func fileSize(p, name, what string) (size, error) {
	s := size{Name: name, What: what}
	data, err := os.ReadFile(p)
	if err != nil {
		return s, err
	}
	s.Raw = int64(len(data))
	if fi, err := os.Stat(p + ".gz"); err == nil {
		s.Gzip = fi.Size()
	} else {
		z, err := exec.Command("gzip", "-9", "-n", "-c", p).Output()
		if err != nil {
			return s, err
		}
		s.Gzip = int64(len(z))
	}
	if fi, err := os.Stat(p + ".br"); err == nil {
		s.Brotli = fi.Size()
	} else if _, err := exec.LookPath("brotli"); err == nil {
		z, err := exec.Command("brotli", "-q", "11", "-c", p).Output()
		if err != nil {
			return s, err
		}
		s.Brotli = int64(len(z))
	}
	return s, nil
}
