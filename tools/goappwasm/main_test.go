package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCopyLeavesOutNetHTTP prepares the copy and checks that app.wasm's
// packages no longer hold net/http, crypto/tls or regexp while the
// server's, built from the same copy, still do. (make wasm and the e2e tests compile it.)
func TestCopyLeavesOutNetHTTP(t *testing.T) {
	dir := t.TempDir()
	t.Chdir("../..")
	if err := run(dir); err != nil {
		t.Fatal(err)
	}
	modfile := "-modfile=" + filepath.Join(dir, "wasm.go.mod")
	goCmd := func(wasm bool, args ...string) string {
		cmd := exec.Command("go", append(args[:1:1], append([]string{modfile}, args[1:]...)...)...)
		if wasm {
			cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %v (wasm %v): %v\n%s", args, wasm, err, out)
		}
		return string(out)
	}
	for _, wasm := range []bool{true, false} {
		deps := " " + strings.Join(strings.Fields(goCmd(wasm, "list", "-deps", "./cmd/whosaid")), " ") + " "
		for _, p := range []string{"net/http", "crypto/tls", "crypto/x509", "regexp"} {
			if has := strings.Contains(deps, " "+p+" "); has == wasm {
				t.Errorf("wasm %v: cmd/whosaid imports %s: %v", wasm, p, has)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "go-app", "pkg", "app", "wasm.go")); !os.IsNotExist(err) {
		t.Errorf("wasm.go is still in the copy: %v", err)
	}
}

// TestEditFailsOnUnknownSource checks that an edit whose text is missing
// stops the tool instead of building an unedited go-app.
func TestEditFailsOnUnknownSource(t *testing.T) {
	app := t.TempDir()
	for name, text := range map[string]string{
		"http.go":     "package app\n",
		"wasm.go":     "//go:build wasm\n\npackage app\n\nfunc GenerateStaticWebsite(dir string, h *Handler) error { return nil }\n\nfunc wasmExecJS() string { return \"\" }\n",
		"resource.go": "package app\n\nimport \"strings\"\n", // a later go-app without the file server
	} {
		if err := os.WriteFile(filepath.Join(app, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	err := edit(app)
	if err == nil || !strings.Contains(err.Error(), "resource.go") {
		t.Errorf("edit of an unknown resource.go: %v, want an error naming it", err)
	}
}
