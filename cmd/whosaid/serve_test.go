//go:build !(js && wasm)

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fakeWeb makes a web directory with every required file; the .wasm files
// hold text, which is enough for the handler.
func fakeWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range requiredAssets {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("content of "+name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func get(t *testing.T, h http.Handler, path string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.URL.Path = path
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestSiteServesWebFiles(t *testing.T) {
	dir := fakeWeb(t)
	later := time.Now().Add(time.Minute)
	// A copy whose timestamp was rounded down to the second is still fresh.
	secs := time.Now().Truncate(time.Second)
	if err := os.Chtimes(filepath.Join(dir, "engine.wasm"), secs.Add(999*time.Millisecond), secs.Add(999*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	for name, data := range map[string]string{"engine.wasm.gz": "gz bytes", "engine.wasm.br": "br bytes", "app.wasm.gz": "stale gz", ".secret": "x", "sub/x.js": "x", "gen.go": "package main"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(filepath.Join(dir, name), secs, secs); err != nil {
			t.Fatal(err)
		}
	}
	// app.wasm is newer than its .gz: the copy is stale and must not be used.
	if err := os.Chtimes(filepath.Join(dir, "app.wasm"), later, later); err != nil {
		t.Fatal(err)
	}
	s, err := newSite(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path, accept          string
		code                  int
		body, enc, typ, uncmp string
	}{
		{"/web/engine.wasm", "", 200, "content of engine.wasm", "", "application/wasm", ""},
		{"/web/engine.wasm", "gzip", 200, "gz bytes", "gzip", "application/wasm", "22"},
		{"/web/engine.wasm", "gzip, deflate, br", 200, "br bytes", "br", "application/wasm", "22"},
		{"/web/engine.wasm", "br;q=0, gzip", 200, "gz bytes", "gzip", "application/wasm", "22"},
		{"/web/app.wasm", "gzip", 200, "content of app.wasm", "", "application/wasm", ""},
		{"/web/engine-worker.js", "gzip", 200, "content of engine-worker.js", "", "text/javascript; charset=utf-8", ""},
		{"/web/.secret", "", 404, "", "", "", ""},
		{"/web/sub/x.js", "", 404, "", "", "", ""},
		{"/web/gen.go", "", 404, "", "", "", ""},
		{"/web/", "", 404, "", "", "", ""},
		{"/web/nothing.js", "", 404, "", "", "", ""},
		{"/web/../go.mod", "", 400, "", "", "", ""},
		{"/web/a\\b", "", 400, "", "", "", ""},
	} {
		rec := get(t, s, c.path, "Accept-Encoding", c.accept)
		h := rec.Header()
		if rec.Code != c.code {
			t.Errorf("%s (%s): %d, want %d", c.path, c.accept, rec.Code, c.code)
			continue
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("%s: security headers missing: %v", c.path, h)
		}
		if c.code != 200 {
			continue
		}
		if got := rec.Body.String(); got != c.body {
			t.Errorf("%s (%s): body %q, want %q", c.path, c.accept, got, c.body)
		}
		if h.Get("Content-Encoding") != c.enc || h.Get("Content-Type") != c.typ || h.Get("X-Uncompressed-Length") != c.uncmp {
			t.Errorf("%s (%s): encoding %q type %q length %q, want %q %q %q", c.path, c.accept,
				h.Get("Content-Encoding"), h.Get("Content-Type"), h.Get("X-Uncompressed-Length"), c.enc, c.typ, c.uncmp)
		}
	}
}

func TestSitePage(t *testing.T) {
	s, err := newSite(fakeWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(s.version, "dev-") || len(s.version) != len("dev-")+12 {
		t.Errorf("version %q, want dev- and 12 hex digits", s.version)
	}
	rec := get(t, s, "/")
	page := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(page, "<script>"+string(s.appJS)+"</script>") || !strings.Contains(page, "<script>"+string(s.wasmExecJS)+"</script>") {
		t.Fatalf("GET /: %d, not the scripts inline\n%.2000s", rec.Code, page)
	}
	if strings.Contains(page, `src="/app.js"`) || strings.Contains(page, `src="/wasm_exec.js"`) || strings.Index(page, "wasmExit") > strings.Index(page, "goappInitWebAssembly") ||
		strings.Index(page, "goappInitWebAssembly") < strings.Index(page, `id="app-wasm-loader"`) {
		t.Errorf("GET /: the scripts are not inline in order at the end of the body:\n%s", page)
	}
	if n, err := strconv.Atoi(rec.Header().Get("Content-Length")); rec.Header().Get("Content-Length") != "" && (err != nil || n != len(page)) {
		t.Errorf("GET /: Content-Length %q for %d bytes", rec.Header().Get("Content-Length"), len(page))
	}
	for _, path := range []string{"/manifest.webmanifest", "/app-worker.js"} {
		body := get(t, s, path).Body.String()
		if strings.Contains(body, "http://") || strings.Contains(body, "https://") || strings.Contains(body, "githubusercontent") {
			t.Errorf("%s refers to another origin:\n%s", path, body)
		}
	}
	sw := get(t, s, "/app-worker.js").Body.String()
	for _, want := range []string{`"/web/engine.wasm"`, `"/web/engine-worker.js"`, `"/web/engine.js"`, `"/web/app.wasm"`, s.version, "waitUntil"} {
		if !strings.Contains(sw, want) {
			t.Errorf("the service worker lacks %s", want)
		}
	}
	// The version follows the assets.
	dir := fakeWeb(t)
	a, _ := assetVersion(dir)
	os.WriteFile(filepath.Join(dir, "engine.wasm"), []byte("new engine"), 0o644)
	b, _ := assetVersion(dir)
	if a == b {
		t.Errorf("changing engine.wasm kept the version %q", a)
	}
}

func TestNewSiteNeedsAssets(t *testing.T) {
	dir := fakeWeb(t)
	os.Remove(filepath.Join(dir, "engine.wasm"))
	if _, err := newSite(dir); err == nil || !strings.Contains(err.Error(), "engine.wasm") || !strings.Contains(err.Error(), "make wasm") {
		t.Errorf("missing engine.wasm: %v", err)
	}
}

func TestSafePathAndAccepts(t *testing.T) {
	for p, want := range map[string]bool{"/web/app.wasm": true, "/": true, "/a/../b": false, "/..": false, "/a\\b": false, "/a\x00": false, "/..a/b": true} {
		if safePath(p) != want {
			t.Errorf("safePath(%q) = %v", p, !want)
		}
	}
	for _, c := range []struct {
		header, enc string
		want        bool
	}{
		{"gzip, br", "br", true}, {"gzip;q=0", "gzip", false}, {"GZIP;q=0.5", "gzip", true},
		{"br ; q=0.0", "br", false}, {"deflate", "gzip", false}, {"", "gzip", false},
	} {
		if accepts(c.header, c.enc) != c.want {
			t.Errorf("accepts(%q, %q) = %v", c.header, c.enc, !c.want)
		}
	}
}

// TestSitePageInlinesStyles checks that the pages carry go-app's and the
// web directory's style sheets inline, in their order, and that the policy
// allows both by hash; a link to another sheet stays a link.
func TestSitePageInlinesStyles(t *testing.T) {
	dir := fakeWeb(t)
	webCSS := ".whosaid-test { color: red }\n"
	if err := os.WriteFile(filepath.Join(dir, "app.css"), []byte(webCSS), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := newSite(dir)
	if err != nil {
		t.Fatal(err)
	}
	goappCSS := string(s.styles["/app.css"])
	if !strings.Contains(goappCSS, ".goapp-app-info") {
		t.Fatalf("go-app's app.css: %.200q", goappCSS)
	}
	page := get(t, s, "/").Body.String()
	i, j := strings.Index(page, "<style>"+goappCSS+"</style>"), strings.Index(page, "<style>"+webCSS+"</style>")
	if i < 0 || j < i || j > strings.Index(page, "</head>") {
		t.Errorf("GET /: the two style sheets are not inline in order in the head:\n%.3000s", page)
	}
	if strings.Contains(page, `rel="stylesheet"`) {
		t.Errorf("GET /: a style sheet is still linked:\n%.3000s", page)
	}
	csp := get(t, s, "/").Header().Get("Content-Security-Policy")
	for _, css := range []string{goappCSS, webCSS} {
		sum := sha256.Sum256([]byte(css))
		if want := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(csp, "style-src-elem 'self'") || !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	other := `<link rel="stylesheet" href="/web/other.css">`
	if got := string(s.inlineStyles([]byte(other))); got != other {
		t.Errorf("inlineStyles(%q) = %q", other, got)
	}
	s.styles["/web/app.css"] = []byte("a{}</STYLE><script>x</script>")
	linked := `<link href="/web/app.css" type="text/css" rel="stylesheet">`
	if got := string(s.inlineStyles([]byte(linked))); got != linked {
		t.Errorf("a sheet that ends its element was inlined: %q", got)
	}
}

func TestCSPHashesInlineScripts(t *testing.T) {
	s, err := newSite(fakeWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	h := appHandler(s.dir, s.version+"-inline")
	h.RawHeaders = []string{`<script>console.log("hi")</script>`}
	csp, err := contentSecurityPolicy(h, s.rewritePage)
	if err != nil {
		t.Fatal(err)
	}
	for _, js := range []string{`console.log("hi")`, string(s.wasmExecJS), string(s.appJS)} {
		sum := sha256.Sum256([]byte(js))
		if want := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q for %.40q", csp, want, js)
		}
	}
	if !strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval' 'sha256-") {
		t.Errorf("CSP %q: script-src", csp)
	}
}

func TestWebResolver(t *testing.T) {
	for in, want := range map[string]string{"/web/app.wasm": "/web/app.wasm", "web/x.css": "/web/x.css", "/": "/", "": "/", "https://a/b": "https://a/b", "/app.js": "/app.js"} {
		if got := (webResolver{}).Resolve(in); got != want {
			t.Errorf("Resolve(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAppJSStreamsWasm checks that app.js, served and built, instantiates
// the module the page's early script compiles, or hands app.wasm from fetch
// straight to instantiateStreaming (both let Chromium stream and cache the
// compiled code), and is otherwise go-app's script.
func TestAppJSStreamsWasm(t *testing.T) {
	s, err := newSite(fakeWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	rec := get(t, s, "/app.js")
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Type"), "javascript") {
		t.Fatalf("/app.js: HTTP %d, %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	if !strings.Contains(body, `instantiateStreaming(fetch("/web/app.wasm"), go.importObject)`) || strings.Contains(body, `fetchWithProgress("`) ||
		!strings.Contains(body, "window.whosaidAppWasm.then((module) => WebAssembly.instantiate(module, go.importObject)") {
		t.Errorf("app.js does not stream app.wasm from fetch:\n%s", body)
	}
	if strings.Contains(body, "\ngoappInitServiceWorker();") || !strings.Contains(body, "async function goappInitServiceWorker()") {
		t.Errorf("app.js registers the service worker before the app starts, or cannot:\n%s", body)
	}
	if !strings.Contains(body, "goappInitWebAssembly") || !strings.Contains(body, "GOAPP_STATIC_RESOURCES_URL") {
		t.Errorf("app.js is not go-app's script:\n%.400s", body)
	}
	if _, err := streamingAppJSFrom([]byte("const x = 1;")); err == nil {
		t.Error("a script without go-app's wasm fetch was accepted")
	}
	if got := appWasmURL(s.appJS); got != `"/web/app.wasm"` {
		t.Errorf("appWasmURL = %q", got)
	}
}

// TestPageCompilesWasmEarly checks that the page starts compiling app.wasm
// from the top of its head, before the styles, and that the policy allows
// that script.
func TestPageCompilesWasmEarly(t *testing.T) {
	s, err := newSite(fakeWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	page := get(t, s, "/").Body.String()
	early := "<script>" + earlyWasmJS(`"/web/app.wasm"`) + "</script>"
	at := strings.Index(page, early)
	if at < 0 || strings.Count(page, `WebAssembly.compileStreaming(fetch("/web/app.wasm"))`) != 1 || at > strings.Index(page, "<style>") || at < strings.Index(page, `<meta charset="UTF-8">`) {
		t.Fatalf("GET /: the early compilation is not once right after the charset:\n%.1500s", page)
	}
	sum := sha256.Sum256([]byte(earlyWasmJS(`"/web/app.wasm"`)))
	if want := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(s.csp, want) {
		t.Errorf("CSP %q lacks the early script's %q", s.csp, want)
	}
	// A policy in a meta tag (the static build's) covers the script.
	csp := `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`
	withCSP := string(s.earlyWasm([]byte(`<html><head><meta charset="UTF-8">` + csp + `</head><body><script>` + string(s.appJS) + `</script></body></html>`)))
	if i := strings.Index(withCSP, early); i < strings.Index(withCSP, csp)+len(csp) {
		t.Errorf("the early script is not after the policy's meta tag:\n%.600s", withCSP)
	}
	// A page without app.js inline gets no early script.
	other := []byte(`<html><head><meta charset="UTF-8"></head><body></body></html>`)
	if got := s.earlyWasm(other); !bytes.Equal(got, other) {
		t.Errorf("earlyWasm of a page without app.js: %s", got)
	}
}
