//go:build !(js && wasm)

package e2e

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/whosaid/whosaid/engine"
	"github.com/whosaid/whosaid/engine/annot"
)

// sampleTexts are invented articles for comparing the engine across
// runtimes: ASCII, typographic quotes, accents, emoji (4 UTF-8 bytes, two
// UTF-16 units), CRLF line ends and an empty text.
var sampleTexts = []string{
	"Harbour plan approved\n\nThe mayor of Westport, Ana Ruiz, said on Monday: \"The harbour will reopen in spring.\" Council members disagreed.\n\n\"We were not consulted,\" said Tom Baker, a councillor.",
	"Zoë Ångström, a spokeswoman for the Nordic Rail Authority, told reporters that “the line is safe”. 😀 She added: “We checked every bridge.”",
	"Line one said \"hello\".\r\nLine two: the minister claimed that prices would fall.\r\n",
	"Markup <b>stays</b> & is kept: \"a < b\", the professor said.",
	"",
}

// nativeJSON is the export document of the native engine, as one line of
// JSON written by annot.Encode (what whosaid extract writes), without the
// newline.
func nativeJSON(t testing.TB, text string) []byte {
	t.Helper()
	d, err := engine.Analyze(text, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return encodeLine(t, d.Export())
}

func encodeLine(t testing.TB, d *annot.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := annot.Encode(&b, d, false); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// remarshal decodes an export document and encodes it again with the same
// encoder as nativeJSON, so that documents from JavaScript compare byte for
// byte.
func remarshal(t testing.TB, raw []byte) []byte {
	t.Helper()
	var d annot.Document
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatalf("decoding a document: %v\n%s", err, raw)
	}
	return encodeLine(t, &d)
}

func TestPageLoads(t *testing.T) {
	url, _ := startServer(t)
	ctx := newBrowser(t)
	pe := watchErrors(t, ctx)
	d := load(t, ctx, url)
	t.Logf("first load, navigation to interactive: %v", d.Round(time.Millisecond))
	ms, err := evalJS[float64](ctx, `performance.now()`)
	if err == nil {
		t.Logf("performance.now() when ready: %.0f ms", ms)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil || !strings.Contains(title, "whosaid") {
		t.Errorf("title %q, %v", title, err)
	}
	// Chromium reads the page's manifest and finds nothing in it, or in the
	// page, that keeps the app from being installed (a manifest link added
	// only once the app was ready gave "no-manifest" here).
	am, err := chromedp.Call(ctx, page.GetAppManifest, page.GetAppManifestParams{})
	if err != nil || !strings.HasSuffix(am.URL, "/manifest.webmanifest") || len(am.Errors) > 0 || am.Data == "" {
		t.Errorf("Chromium's manifest of the page: %+v, %v", am, err)
	}
	inst, err := chromedp.Call(ctx, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		t.Errorf("installability: %v", err)
	}
	for _, e := range inst.InstallabilityErrors {
		t.Errorf("not installable: %s %v", e.ErrorID, e.ErrorArguments)
	}
	// The loader label is gone and the manifest is local.
	manifest, err := evalJS[string](ctx, `fetch("/manifest.webmanifest").then(r => r.text())`)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(manifest, "http") {
		t.Errorf("the manifest refers to another origin: %s", manifest)
	}
	sizes, err := evalJS[[]string](ctx, `performance.getEntriesByType("resource").filter(e => e.name.endsWith(".wasm")).map(e => e.name + " " + e.encodedBodySize + " bytes over the wire, " + e.decodedBodySize + " decoded")`)
	if err == nil {
		for _, s := range sizes {
			t.Log(s)
		}
	}
	screenshot(t, ctx, "page-loads")
	pe.check(t)
}

// workerExtractJS runs one request through a new engine worker from the page
// and resolves to the worker's answer as JSON.
const workerExtractJS = `((req) => new Promise((resolve, reject) => {
	const w = new Worker("/web/engine-worker.js");
	const t0 = performance.now();
	w.onmessage = (e) => {
		if (e.data.id !== req.id) return;
		w.terminate();
		resolve(JSON.stringify(Object.assign({ms: performance.now() - t0}, e.data)));
	};
	w.onerror = (e) => { w.terminate(); reject(new Error("worker error: " + e.message)); };
	w.postMessage(req);
}))(%s)`

type workerAnswer struct {
	ID    int             `json:"id"`
	Doc   json.RawMessage `json:"doc"`
	JSON  string          `json:"json"`
	Error string          `json:"error"`
	MS    float64         `json:"ms"`
}

func workerExtract(t testing.TB, ctx context.Context, req map[string]any) workerAnswer {
	t.Helper()
	b, _ := json.Marshal(req)
	out, err := evalJS[string](ctx, fmt.Sprintf(workerExtractJS, b))
	if err != nil {
		t.Fatalf("worker request %s: %v", b, err)
	}
	var a workerAnswer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("worker answer %s: %v", out, err)
	}
	return a
}

// workerGivenModuleJS starts an engine worker the way the app does (the
// name whosaid-engine-module: it waits for the page's module), hands it
// engine.wasm compiled on the page, or null when the argument is false (the
// worker then loads engine.wasm itself), and resolves to its answer to one
// request as JSON.
const workerGivenModuleJS = `((compile, req) => new Promise(async (resolve, reject) => {
	const w = new Worker("/web/engine-worker.js", {name: "whosaid-engine-module"});
	w.onmessage = (e) => {
		if (e.data.id !== req.id) return;
		w.terminate();
		resolve(JSON.stringify(e.data));
	};
	w.onerror = (e) => { w.terminate(); reject(new Error("worker error: " + e.message)); };
	setTimeout(() => { w.terminate(); reject(new Error("no answer in 60 s")); }, 60000);
	w.postMessage(req); // before the module: it waits for the engine
	w.postMessage({module: compile ? await WebAssembly.compileStreaming(fetch("/web/engine.wasm")) : null});
}))(%t, %s)`

// TestWorkerGivenModule checks both ways the app's engine worker can get
// engine.wasm: compiled by the page, or loaded by the worker when the page
// could not compile it.
func TestWorkerGivenModule(t *testing.T) {
	url, _ := startServer(t)
	ctx := newBrowser(t)
	pe := watchErrors(t, ctx)
	load(t, ctx, url)
	for _, compile := range []bool{true, false} {
		b, _ := json.Marshal(map[string]any{"id": 1, "text": sampleTexts[0]})
		out, err := evalJS[string](ctx, fmt.Sprintf(workerGivenModuleJS, compile, b))
		if err != nil {
			t.Fatalf("module compiled on the page %v: %v", compile, err)
		}
		var a workerAnswer
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatalf("worker answer %s: %v", out, err)
		}
		if a.Error != "" {
			t.Fatalf("module compiled on the page %v: worker error %q", compile, a.Error)
		}
		if got, want := remarshal(t, a.Doc), nativeJSON(t, sampleTexts[0]); !bytes.Equal(got, want) {
			t.Errorf("module compiled on the page %v: the worker's document differs from the native engine's:\n got %s\nwant %s", compile, got, want)
		}
	}
	pe.check(t)
}

func TestWorkerExtract(t *testing.T) {
	url, _ := startServer(t)
	ctx := newBrowser(t)
	pe := watchErrors(t, ctx)
	load(t, ctx, url)
	for i, text := range sampleTexts {
		a := workerExtract(t, ctx, map[string]any{"id": i + 1, "text": text})
		if a.Error != "" {
			t.Fatalf("text %d: worker error %q", i, a.Error)
		}
		if got, want := remarshal(t, a.Doc), nativeJSON(t, text); !bytes.Equal(got, want) {
			t.Errorf("text %d: the worker's document differs from the native engine's:\n got %s\nwant %s", i, got, want)
		}
		if i == 0 {
			t.Logf("new worker + engine.wasm load + extract: %.0f ms", a.MS)
		}
	}
	a := workerExtract(t, ctx, map[string]any{"id": 7, "text": sampleTexts[0], "format": "json"})
	if got, want := []byte(a.JSON), nativeJSON(t, sampleTexts[0]); !bytes.Equal(got, want) {
		t.Errorf("format json: the worker's JSON differs from the native engine's:\n got %s\nwant %s", got, want)
	}
	for _, c := range []struct {
		req  map[string]any
		want string
	}{
		{map[string]any{"id": 8, "text": 42}, "text must be a string, got number"},
		{map[string]any{"id": 9, "text": "x", "options": map[string]any{"language": "de"}}, `language "de" is not supported`},
		{map[string]any{"id": 10, "text": "x", "options": map[string]any{"lang": "en"}}, `unknown option "lang"`},
	} {
		a := workerExtract(t, ctx, c.req)
		if a.ID != c.req["id"] || !strings.Contains(a.Error, c.want) {
			t.Errorf("request %v: answer %+v, want an error containing %q", c.req, a, c.want)
		}
	}
	pe.check(t)
}

func TestNodeExtract(t *testing.T) {
	needBuild(t)
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is missing")
		}
		t.Skip("node is missing")
	}
	type nodeCase struct {
		Text    any `json:"text"`
		Options any `json:"options,omitempty"`
	}
	var cases []nodeCase
	for _, s := range sampleTexts {
		cases = append(cases, nodeCase{Text: s})
	}
	long := strings.Repeat(sampleTexts[0]+"\n\n"+sampleTexts[1]+"\n\n", 200)
	cases = append(cases,
		nodeCase{Text: long},
		nodeCase{Text: sampleTexts[1], Options: map[string]any{"language": "en"}},
		nodeCase{Text: 42},
		nodeCase{Text: "x", Options: map[string]any{"language": "fr"}},
		nodeCase{Text: "x", Options: "en"},
	)
	b, _ := json.Marshal(cases)
	textsFile := filepath.Join(t.TempDir(), "texts.json")
	if err := os.WriteFile(textsFile, b, 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	cmd := exec.Command(node, filepath.Join(repoRoot, "e2e", "testdata", "node_extract.js"),
		filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"),
		filepath.Join(repoRoot, "web", "engine.js"),
		filepath.Join(webDir, "engine.wasm"),
		textsFile)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.Bytes())
	}
	var res struct {
		Version string  `json:"version"`
		LoadMS  float64 `json:"loadMs"`
		Results []struct {
			Doc     json.RawMessage `json:"doc"`
			Error   string          `json:"error"`
			IsError bool            `json:"isError"`
		} `json:"results"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("node output: %v\n%s", err, out)
	}
	t.Logf("node: engine.wasm loaded in %.0f ms; whole run %v", res.LoadMS, time.Since(start).Round(time.Millisecond))
	if res.Version != engine.GeneratorVersion {
		t.Errorf("whosaid.version = %q, want %q", res.Version, engine.GeneratorVersion)
	}
	if len(res.Results) != len(cases) {
		t.Fatalf("%d results for %d cases", len(res.Results), len(cases))
	}
	good := len(sampleTexts) + 2
	for i, c := range cases[:good] {
		r := res.Results[i]
		if r.Error != "" {
			t.Errorf("case %d: error %q", i, r.Error)
			continue
		}
		if got, want := remarshal(t, r.Doc), nativeJSON(t, c.Text.(string)); !bytes.Equal(got, want) {
			t.Errorf("case %d: node's document differs from the native engine's:\n got %.400s\nwant %.400s", i, got, want)
		}
	}
	for i, want := range []string{"text must be a string, got number", `language "fr" is not supported`, "options must be an object"} {
		r := res.Results[good+i]
		if !r.IsError || !strings.Contains(r.Error, want) {
			t.Errorf("bad case %d: threw %v %q, want an Error containing %q", i, r.IsError, r.Error, want)
		}
	}
}

func TestOffline(t *testing.T) {
	url, stop := startServer(t)
	ctx := newBrowser(t)
	pe := watchErrors(t, ctx)
	d := load(t, ctx, url)
	t.Logf("first load: %v", d.Round(time.Millisecond))
	start := time.Now()
	cached, err := evalJS[[]string](ctx, `(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, {once: true}));
		}
		const names = await caches.keys();
		const out = [];
		for (const n of names) {
			for (const r of await (await caches.open(n)).keys()) out.push(n + " " + new URL(r.url).pathname);
		}
		return out;
	})()`)
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(cached)
	t.Logf("service worker in control after %v; cache: %v", time.Since(start).Round(time.Millisecond), cached)
	for _, want := range []string{" /", " /web/app.wasm", " /web/engine.wasm", " /web/engine-worker.js", " /web/engine.js", " /wasm_exec.js", " /app.js", " /web/icon-192.png"} {
		found := false
		for _, c := range cached {
			found = found || strings.HasSuffix(c, want)
		}
		if !found {
			t.Errorf("the offline cache lacks %q", strings.TrimSpace(want))
		}
	}

	stop()
	if _, err := http.Get(url); err == nil {
		t.Fatal("the server still answers after stop")
	}
	t.Logf("offline reload to interactive: %v", reloadReady(t, ctx, "offline reload"))
	// The page and its files came from the cache through the service
	// worker's static routes, without running its fetch handler.
	sources, err := evalJS[map[string]string](ctx, `Object.fromEntries([performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")]
		.map((e) => [new URL(e.name).pathname, e.workerMatchedSourceType + "/" + e.workerFinalSourceType]))`)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/", "/web/app.wasm"} {
		if sources[p] != "cache/cache" {
			t.Errorf("offline reload: %s came from %q (static route/final source), want cache/cache", p, sources[p])
		}
	}
	// The page carries app.js, wasm_exec.js and the style sheets inline:
	// nothing fetches them.
	for _, p := range []string{"/app.js", "/wasm_exec.js", "/app.css", "/web/app.css"} {
		if s, ok := sources[p]; ok {
			t.Errorf("offline reload: the page fetched %s (%s)", p, s)
		}
	}
	a := workerExtract(t, ctx, map[string]any{"id": 1, "text": sampleTexts[0]})
	if a.Error != "" {
		t.Fatalf("offline worker: %s", a.Error)
	}
	if got, want := remarshal(t, a.Doc), nativeJSON(t, sampleTexts[0]); !bytes.Equal(got, want) {
		t.Errorf("offline worker document differs from the native engine's")
	}
	t.Logf("offline worker extract (engine from cache): %.0f ms", a.MS)

	// The reload above comes the moment the service worker is in control,
	// while the first visit's engine warm-up and V8's optimising tier still
	// run. A researcher's offline reload usually comes to a settled page:
	// time one more once this page's engine reported itself warm.
	if err := waitJS(ctx, `document.body.getAttribute("data-engine-warm") === "1"`, 60*time.Second); err != nil {
		t.Fatalf("the engine never reported itself warm after the offline reload: %v", err)
	}
	t.Logf("offline reload of a settled page (engine warm) to interactive: %v", reloadReady(t, ctx, "settled offline reload"))

	// Another route opens offline too: the service worker answers with the
	// cached app shell.
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"some/deep/route")); err != nil {
		t.Fatalf("offline navigation to another route: %v", err)
	}
	n, err := evalJS[int](ctx, `[...document.scripts].filter((s) => s.text.includes("goappInitWebAssembly()")).length`)
	if err != nil || n != 1 {
		t.Errorf("offline navigation to another route did not get the app shell: %d, %v", n, err)
	}
	screenshot(t, ctx, "offline")
	pe.check(t, "Failed to load resource", "ERR_CONNECTION_REFUSED")
}

// reloadReady reloads the page and returns the time until the app is
// interactive, to the millisecond; what names the reload in a failure.
func reloadReady(t *testing.T, ctx context.Context, what string) time.Duration {
	t.Helper()
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if err := waitReady(ctx); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return time.Since(start).Round(time.Millisecond)
}

func TestServerHeaders(t *testing.T) {
	url, _ := startServer(t)
	resp, page := httpGet(t, url)
	if resp.StatusCode != 200 {
		t.Fatalf("GET /: %s", resp.Status)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self'", "object-src 'none'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	for _, bad := range []string{"http:", "https:", "'unsafe-eval'", "*"} {
		if strings.Contains(strings.ReplaceAll(csp, "'wasm-unsafe-eval'", ""), bad) {
			t.Errorf("CSP %q allows %q", csp, bad)
		}
	}
	// The page carries app.js and wasm_exec.js inline (whosaid's copies),
	// allowed by their hashes; both stay served for the service worker.
	_, appJS := httpGet(t, url+"app.js")
	_, wasmExec := httpGet(t, url+"wasm_exec.js")
	for _, js := range [][]byte{wasmExec, appJS} {
		sum := sha256.Sum256(js)
		if len(js) == 0 || !bytes.Contains(page, append(append([]byte("<script>"), js...), "</script>"...)) ||
			!strings.Contains(csp, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'") {
			t.Errorf("the page does not carry %.40q inline, allowed by its hash:\n%.3000s", js, page)
		}
	}
	raw, err := os.ReadFile(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path, enc string
	}{{"web/app.wasm", ""}, {"web/app.wasm", "gzip"}, {"web/app.wasm", "gzip;q=0"}, {"web/app.wasm", "br;q=0, gzip;q=0.5"}, {"web/app.wasm", "gzip, deflate, br"}} {
		resp, body := httpGet(t, url+c.path, "Accept-Encoding", c.enc)
		h := resp.Header
		if resp.StatusCode != 200 || h.Get("Content-Type") != "application/wasm" || h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Content-Security-Policy") == "" {
			t.Errorf("%s (%s): %s, headers %v", c.path, c.enc, resp.Status, h)
		}
		if !strings.Contains(h.Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: no Vary: Accept-Encoding", c.path)
		}
		want := ""
		switch {
		case strings.Contains(c.enc, "br") && !strings.Contains(c.enc, "br;q=0") && haveBrotli:
			want = "br"
		case c.enc == "gzip" || strings.Contains(c.enc, "gzip;q=0.5") || strings.Contains(c.enc, "gzip,"):
			want = "gzip"
		}
		if got := h.Get("Content-Encoding"); got != want {
			t.Errorf("%s with Accept-Encoding %q: Content-Encoding %q, want %q", c.path, c.enc, got, want)
		}
		gz, wire := want == "gzip", len(body)
		if want == "br" {
			cmd := exec.Command("brotli", "-d", "-c")
			cmd.Stdin = bytes.NewReader(body)
			if body, err = cmd.Output(); err != nil {
				t.Fatal(err)
			}
		}
		if gz {
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			body, err = io.ReadAll(zr)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("app.wasm over HTTP: %d bytes gzip for %d raw", wire, len(raw))
		}
		if !bytes.Equal(body, raw) {
			t.Errorf("%s (%s): body differs from app.wasm", c.path, c.enc)
		}
	}
	// Revalidation.
	resp, _ = httpGet(t, url+"web/engine.wasm", "Accept-Encoding", "gzip")
	if etag := resp.Header.Get("ETag"); etag == "" {
		t.Error("no ETag on engine.wasm")
	} else if r2, _ := httpGet(t, url+"web/engine.wasm", "Accept-Encoding", "gzip", "If-None-Match", etag); r2.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: %s, want 304", r2.Status)
	}
	// Types of the other assets.
	for path, typ := range map[string]string{
		"web/engine-worker.js": "text/javascript; charset=utf-8",
		"web/icon.svg":         "image/svg+xml",
		"web/icon-192.png":     "image/png",
		"wasm_exec.js":         "text/javascript; charset=utf-8",
	} {
		if resp, _ := httpGet(t, url+path); resp.StatusCode != 200 || resp.Header.Get("Content-Type") != typ {
			t.Errorf("%s: %s %q, want 200 %q", path, resp.Status, resp.Header.Get("Content-Type"), typ)
		}
	}
	// The served wasm_exec.js is the one of the Go that built the wasm.
	_, js := httpGet(t, url+"wasm_exec.js")
	want, _ := os.ReadFile(filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"))
	if !bytes.Equal(js, want) {
		t.Error("/wasm_exec.js differs from $GOROOT/lib/wasm/wasm_exec.js")
	}
	// Other methods.
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader("x"))
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %v %v, want 405", resp.Status, err)
	}
}

func TestPathTraversal(t *testing.T) {
	url, _ := startServer(t)
	host := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
	secret := "go.mod"
	for _, p := range []string{
		"/web/../go.mod",
		"/web/..%2fgo.mod",
		"/web/%2e%2e/go.mod",
		"/web/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
		"/..%2f..%2fetc%2fpasswd",
		"/web/..\\go.mod",
		"/web/%5c..%5cgo.mod",
		"/web/mkicons/main.go",
		"/web/.hidden",
		"/web/",
		"/web",
		"/web/app.wasm%00.txt",
		"/web//etc/passwd",
		"/web/" + secret,
	} {
		// A raw request: Go's client would clean the path.
		conn, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", p, host)
		resp, _ := io.ReadAll(conn)
		conn.Close()
		status := strings.SplitN(string(resp), "\r\n", 2)[0]
		if !strings.Contains(status, " 400 ") && !strings.Contains(status, " 404 ") && !strings.Contains(status, " 301 ") {
			t.Errorf("GET %s: %q, want 400, 404 or a redirect", p, status)
		}
		if bytes.Contains(resp, []byte("module github.com/whosaid")) || bytes.Contains(resp, []byte("root:")) || bytes.Contains(resp, []byte("package main")) {
			t.Errorf("GET %s leaked a file:\n%s", p, resp)
		}
	}
}

func TestServerShutdown(t *testing.T) {
	needBuild(t)
	s := startServerArgs(t, "serve", "--addr", "127.0.0.1:0", "--web", webDir)
	start := time.Now()
	s.stop()
	if d := time.Since(start); s.cmd.ProcessState == nil || !s.cmd.ProcessState.Success() {
		t.Errorf("after SIGTERM the server exited with %v (after %v); output:\n%s", s.cmd.ProcessState, d, s.out)
	}
	if !strings.Contains(s.out.String(), "stopped") {
		t.Errorf("no clean-shutdown message; output:\n%s", s.out)
	}
	// A missing web directory is a clear error, not a broken app.
	cmd := exec.Command(serverBin, "serve", "--addr", "127.0.0.1:0", "--web", t.TempDir())
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "app.wasm") {
		t.Errorf("serving an empty directory: %v\n%s", err, out)
	}
}

func TestStaticBuild(t *testing.T) {
	needBuild(t)
	out := filepath.Join(t.TempDir(), "site")
	cmd := exec.Command(serverBin, "build", "--web", webDir, out)
	cmd.Dir = t.TempDir()
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("whosaid build: %v\n%s", err, b)
	}
	for _, f := range []string{"index.html", "app.js", "app-worker.js", "manifest.webmanifest", "wasm_exec.js", "web/app.wasm", "web/engine.wasm", "web/engine-worker.js", "web/engine.js", "web/icon-192.png"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("the static site lacks %s", f)
		}
	}
	index, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !bytes.Contains(index, []byte(`http-equiv="Content-Security-Policy"`)) {
		t.Error("index.html has no Content-Security-Policy meta tag")
	}
	// The script that compiles app.wasm early comes after the policy.
	if early := bytes.Index(index, []byte("WebAssembly.compileStreaming(fetch(")); early < 0 || early < bytes.Index(index, []byte(`http-equiv="Content-Security-Policy"`)) {
		t.Error("index.html's early app.wasm script is missing or comes before its Content-Security-Policy")
	}
	if bytes.Contains(index, []byte(`src="/app.js"`)) || !bytes.Contains(index, []byte("goappInitWebAssembly();")) {
		t.Error("index.html does not carry app.js inline")
	}
	if b, err := exec.Command(serverBin, "build", "--web", webDir, out).CombinedOutput(); err == nil {
		t.Errorf("building into a non-empty directory without --force succeeded:\n%s", b)
	}

	// Any static host: here a plain http.FileServer.
	ts := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer ts.Close()
	ctx := newBrowser(t)
	pe := watchErrors(t, ctx)
	d := load(t, ctx, ts.URL+"/")
	t.Logf("static site: first load %v", d.Round(time.Millisecond))
	a := workerExtract(t, ctx, map[string]any{"id": 1, "text": sampleTexts[1]})
	if a.Error != "" {
		t.Fatalf("static site worker: %s", a.Error)
	}
	if got, want := remarshal(t, a.Doc), nativeJSON(t, sampleTexts[1]); !bytes.Equal(got, want) {
		t.Error("static site: the worker's document differs from the native engine's")
	}
	screenshot(t, ctx, "static")
	pe.check(t)
}

// recordingProxy is an HTTP proxy that refuses everything and remembers what
// was asked of it. Chromium sends every request to it except those to
// loopback addresses, so anything it records went to another origin.
type recordingProxy struct {
	mu   sync.Mutex
	seen []string
}

func (p *recordingProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.seen = append(p.seen, r.Method+" "+r.Host+r.URL.Path)
	p.mu.Unlock()
	http.Error(w, "no third-party requests", http.StatusForbidden)
}

// chromiumOwnHosts are contacted by Chromium itself (sign-in, component
// updates, network time), even on about:blank with every background-service
// flag set; no page can cause or prevent them, and the app never uses them.
var chromiumOwnHosts = []string{"accounts.google.com", "update.googleapis.com", "clients2.google.com", "content-autofill.googleapis.com"}

// TestNoThirdPartyRequests checks that the app, its worker and its service
// worker fetch nothing from another origin: the page's resource timings, the
// service worker's precache list, the Content Security Policy (which would
// report any attempt), and a recording proxy in front of the whole browser.
func TestNoThirdPartyRequests(t *testing.T) {
	url, _ := startServer(t)
	proxy := &recordingProxy{}
	ps := httptest.NewServer(proxy)
	defer ps.Close()
	ctx := newBrowser(t, chromedp.ProxyServer(ps.URL))
	pe := watchErrors(t, ctx)
	load(t, ctx, url)
	if _, err := evalJS[bool](ctx, `navigator.serviceWorker.ready.then(() => true)`); err != nil {
		t.Fatal(err)
	}
	a := workerExtract(t, ctx, map[string]any{"id": 1, "text": sampleTexts[0]})
	if a.Error != "" {
		t.Fatal(a.Error)
	}
	resources, err := evalJS[[]string](ctx, `performance.getEntriesByType("resource").map(e => e.name)`)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range resources {
		if !strings.HasPrefix(r, url) && !strings.HasPrefix(r, "data:") && !strings.HasPrefix(r, "blob:") {
			t.Errorf("the page loaded %s from another origin", r)
		}
	}
	t.Logf("%d resources, all from %s", len(resources), url)

	_, sw := httpGet(t, url+"app-worker.js")
	m := regexp.MustCompile(`resourcesToCache = (\[.*?\]);`).FindSubmatch(sw)
	if m == nil {
		t.Fatalf("no precache list in app-worker.js:\n%s", sw)
	}
	var precache []string
	if err := json.Unmarshal(m[1], &precache); err != nil {
		t.Fatal(err)
	}
	for _, p := range precache {
		if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") {
			t.Errorf("the service worker precaches %q, not a path of this origin", p)
		}
	}

	proxy.mu.Lock()
	defer proxy.mu.Unlock()
	for _, s := range proxy.seen {
		own := false
		for _, h := range chromiumOwnHosts {
			own = own || strings.Contains(s, " "+h)
		}
		if !own {
			t.Errorf("request to another origin: %s", s)
		}
	}
	pe.check(t)
}

// TestBrowserBoundary runs package wasm in Chromium through the probe page:
// Extract via the worker, the IndexedDB library, quota and missing storage
// errors, reading files and downloading.
func TestBrowserBoundary(t *testing.T) {
	url, _ := startServer(t)
	ctx := newBrowser(t)
	pe := watchErrors(t, ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"web/probe.html")); err != nil {
		t.Fatal(err)
	}
	tctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	if err := chromedp.Do(tctx, chromedp.WaitVisible(chromedp.CSS(`body[data-probe-ready="1"]`))); err != nil {
		t.Fatalf("the probe did not start: %v", err)
	}
	// A small quota, set before the page touches storage: Chromium reads
	// the quota when it opens the origin's IndexedDB.
	origin := strings.TrimSuffix(url, "/")
	quota := 256.0 * 1024
	if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: origin, QuotaSize: &quota}); err != nil {
		t.Fatal(err)
	}
	probe := func(call string) map[string]any {
		t.Helper()
		out, err := evalJS[string](ctx, "probe."+call)
		if err != nil {
			t.Fatalf("probe.%s: %v", call, err)
		}
		var r map[string]any
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("probe.%s: %v\n%s", call, err, out)
		}
		return r
	}

	t.Run("Extract", func(t *testing.T) {
		for i, text := range sampleTexts {
			out, err := evalJS[string](ctx, "probe.extract("+jsString(text)+")")
			if err != nil {
				t.Fatal(err)
			}
			var r struct {
				Doc   json.RawMessage `json:"doc"`
				Error string          `json:"error"`
				MS    int             `json:"ms"`
			}
			if err := json.Unmarshal([]byte(out), &r); err != nil || r.Error != "" {
				t.Fatalf("text %d: %v %s", i, err, out)
			}
			if got, want := remarshal(t, r.Doc), nativeJSON(t, text); !bytes.Equal(got, want) {
				t.Errorf("text %d: wasm.Extract differs from the native engine", i)
			}
			if i == 0 {
				t.Logf("first wasm.Extract (starts the worker): %d ms", r.MS)
			}
		}
		r := probe("extractCancel(" + jsString(sampleTexts[0]) + ")")
		if r["canceled"] != true || r["afterText"] != sampleTexts[0] {
			t.Errorf("cancel then extract: %v", r)
		}
		r = probe("extractStop(" + jsString(sampleTexts[0]) + ")")
		if r["stopped"] != true || r["afterText"] != sampleTexts[0] {
			t.Errorf("StopEngine during an extraction, then extract: %v", r)
		}
	})

	t.Run("Library", func(t *testing.T) {
		r := probe("library()")
		if r["error"] != nil {
			t.Fatal(r["error"])
		}
		if fmt.Sprint(r["names"]) != "[Second First (renamed)]" || r["text"] != "Zoë said “yes”. 😀" ||
			r["created"] != "2024-05-06T07:08:09Z" || r["notFound"] != true || r["countAfter"] != float64(1) {
			t.Errorf("library: %v", r)
		}
		if r["revChanged"] != true || r["staleRefused"] != true || r["takenRefused"] != true ||
			r["afterUpdate"] != "First (v2): v2" || r["freshRev"] != true {
			t.Errorf("Library.Update in IndexedDB: %v", r)
		}
	})

	t.Run("Quota", func(t *testing.T) {
		r := probe("quota()")
		if r["quota"] != true {
			t.Errorf("a record over the quota: %v, want ErrQuotaExceeded", r)
		}
	})

	t.Run("ReadFile", func(t *testing.T) {
		r := probe(`readFile(new File(["Zoë said “hi”.\n"], "article.txt", {type: "text/plain"}))`)
		if r["name"] != "article.txt" || r["text"] != "Zoë said “hi”.\n" {
			t.Errorf("readFile: %v", r)
		}
		r = probe(`readFile(new File([new Uint8Array(65 * 1024 * 1024)], "huge.bin"))`)
		if r["tooLarge"] != true || r["name"] != "huge.bin" {
			t.Errorf("readFile of 65 MB: %v, want ErrTooLarge", r)
		}
		r = probe(`readFile("not a file")`)
		if r["error"] == nil || r["tooLarge"] == true {
			t.Errorf("readFile of a string: %v, want an error", r)
		}
	})

	t.Run("Download", func(t *testing.T) {
		dir := t.TempDir()
		tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		events := chromedp.BrowserEvents(tctx, browser.DownloadProgress)
		on := true
		if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
			Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: &on,
		}); err != nil {
			t.Fatal(err)
		}
		content := "actor,quote\nAna Ruiz,\"The harbour will reopen.\"\n"
		r := probe("download(" + jsString("../quotes?.csv") + ", " + jsString(content) + ")")
		if r["error"] != "<nil>" {
			t.Fatalf("download: %v", r)
		}
		var path string
		for ev, err := range events {
			if err != nil {
				t.Fatal(err)
			}
			if ev.State == browser.DownloadProgressStateCompleted {
				path = filepath.Join(dir, ev.GUID)
				break
			}
			if ev.State == browser.DownloadProgressStateCanceled {
				t.Fatal("download canceled")
			}
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != content {
			t.Errorf("downloaded %q, %v; want %q", got, err, content)
		}
	})

	t.Run("NoStorage", func(t *testing.T) {
		if _, err := evalJS[bool](ctx, `(Object.defineProperty(window, "indexedDB", {value: undefined}), true)`); err != nil {
			t.Fatal(err)
		}
		r := probe("noStorage()")
		if r["unavailable"] != true {
			t.Errorf("library without indexedDB: %v, want ErrStorageUnavailable", r)
		}
	})
	pe.check(t, "Failed to load resource")
}

// TestAppWasmLeavesEngineOut checks the split that keeps app.wasm small: the
// browser build of the app holds neither the engine nor the server (nor,
// built as make wasm builds it, net/http or regexp), and engine.wasm holds
// no go-app.
func TestAppWasmLeavesEngineOut(t *testing.T) {
	needBuild(t)
	deps := func(pkg string, flags ...string) map[string]bool {
		cmd := exec.Command("go", append(append([]string{"list", "-deps"}, flags...), pkg)...)
		cmd.Dir = repoRoot
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", pkg, err)
		}
		m := map[string]bool{}
		for _, p := range strings.Fields(string(out)) {
			m[p] = true
		}
		return m
	}
	app := deps("./cmd/whosaid")
	for _, p := range []string{"github.com/whosaid/whosaid/engine", "github.com/whosaid/whosaid/engine/lexicon", "net/http/httptest"} {
		if app[p] {
			t.Errorf("app.wasm contains %s", p)
		}
	}
	if !app["github.com/whosaid/whosaid/wasm"] || !app["github.com/whosaid/whosaid/engine/annot"] {
		t.Error("app.wasm lacks package wasm or engine/annot: wrong package?")
	}
	for p := range deps("./cmd/whosaid", "-modfile="+appModfile) {
		if p == "net/http" || p == "crypto/tls" || p == "regexp" {
			t.Errorf("app.wasm as built contains %s", p)
		}
	}
	if eng := deps("./wasm/cmd/engine"); eng["github.com/maxence-charriere/go-app/v10/pkg/app"] || !eng["github.com/whosaid/whosaid/engine"] {
		t.Error("engine.wasm holds go-app, or lacks the engine")
	}
}
