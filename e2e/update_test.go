//go:build !(js && wasm)

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestServiceWorkerUpdate serves the app, then a new version of it (one web
// file changed) on the same origin, and checks that a reload of the page,
// which the old service worker's static routes answer from its cache, still
// lets the browser find the new worker: it installs, takes over and swaps
// the cache, and the next reload runs the new version.
func TestServiceWorkerUpdate(t *testing.T) {
	needBuild(t)
	dir := t.TempDir()
	entries, err := os.ReadDir(webDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Type().IsRegular() {
			if err := copyFile(filepath.Join(webDir, e.Name()), filepath.Join(dir, e.Name())); err != nil {
				t.Fatal(err)
			}
		}
	}
	s1 := startServerArgs(t, "serve", "--addr", "127.0.0.1:0", "--web", dir)
	addr := strings.TrimSuffix(strings.TrimPrefix(s1.URL, "http://"), "/")
	ctx := newBrowser(t)
	load(t, ctx, s1.URL)
	const cachesJS = `(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, {once: true}));
		return (await caches.keys()).join(" ");
	})()`
	v1 := mustJS[string](t, ctx, cachesJS)
	s1.stop()

	// The new version: engine.js changes, so the version hash does.
	f, err := os.OpenFile(filepath.Join(dir, "engine.js"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\n// version 2\n")
	f.Close()
	s2 := startServerArgs(t, "serve", "--addr", addr, "--web", dir)
	if s2.URL != s1.URL {
		t.Fatalf("the new server is at %s, not %s", s2.URL, s1.URL)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := waitReady(ctx); err != nil {
		t.Fatal(err)
	}
	var v2 string
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		v2 = mustJS[string](t, ctx, `caches.keys().then((k) => k.join(" "))`)
		if v2 != v1 && !strings.Contains(v2, " ") {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	if v2 == v1 || strings.Contains(v2, " ") {
		t.Fatalf("after a reload with a new version served, the caches are %q (before: %q): the new service worker did not take over", v2, v1)
	}
	t.Logf("cache %s replaced by %s", v1, v2)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := waitReady(ctx); err != nil {
		t.Fatal(err)
	}
	got := mustJS[string](t, ctx, `"app-" + goappGetenv("GOAPP_VERSION")`)
	if got != v2 {
		t.Errorf("the reload after the update runs %s, want %s", got, v2)
	}
}
