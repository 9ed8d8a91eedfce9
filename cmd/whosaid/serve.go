//go:build !(js && wasm)

package main

import (
	"bytes"
	gocontext "context"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	whosaidapp "github.com/whosaid/whosaid/app"
)

// version is the program's version, set at build time with
// -ldflags '-X main.version=...'. The app's version adds a hash of the web
// assets to it, so clients update whenever an asset changes.
var version string

func init() {
	commands["serve"] = command{summary: "serve the app on localhost", run: runServe}
}

//go:embed appworker.js
var appWorkerJS string

// requiredAssets must be in the web directory; make wasm builds the .wasm.
var requiredAssets = []string{"app.wasm", "engine.wasm", "engine.js", "engine-worker.js", "icon-192.png", "icon-512.png", "icon.svg"}

// offlineAssets are precached by the service worker besides what go-app adds
// (the page, app.js, app.wasm, wasm_exec.js, the manifest, the icons and the
// styles), so the app and its engine work offline after the first visit.
var offlineAssets = []string{"/web/engine.wasm", "/web/engine.js", "/web/engine-worker.js", "/web/icon.svg"}

func runServe(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	addr := fl.String("addr", "127.0.0.1:8000", "`host:port` to listen on (port 0 picks a free port)")
	web := fl.String("web", "web", "`directory` of the web assets (app.wasm, engine.wasm, ...)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: whosaid serve [--addr host:port] [--web DIR]\n\nServes the app; open the printed URL. Stop with Ctrl-C.")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "whosaid serve: unexpected argument %q\n", fl.Arg(0))
		return 2
	}
	site, err := newSite(*web)
	if err != nil {
		fmt.Fprintln(stderr, "whosaid serve:", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "whosaid serve:", err)
		return 1
	}
	srv := newHTTPServer(site)
	ctx, stop := signal.NotifyContext(gocontext.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	fmt.Fprintf(stdout, "whosaid %s: serving http://%s/ from %s\n", site.version, ln.Addr(), site.dir)
	select {
	case err := <-done:
		fmt.Fprintln(stderr, "whosaid serve:", err)
		return 1
	case <-ctx.Done():
	}
	stop()
	shutdown, cancel := gocontext.WithTimeout(gocontext.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintln(stderr, "whosaid serve: shutting down:", err)
		return 1
	}
	fmt.Fprintln(stdout, "whosaid: stopped")
	return 0
}

// newHTTPServer is the server whosaid serve runs h with: slow clients
// cannot hold a connection by dribbling headers or idling.
func newHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
}

// site is the whole app over HTTP: go-app's handler for the page, app.js,
// the service worker and the manifest, and the web directory under /web/,
// with security headers on everything.
type site struct {
	dir     string // absolute path of the web directory
	root    *os.Root
	app     *goapp.Handler
	version string
	csp     string
	appJS   []byte // go-app's app.js, loading app.wasm straight from fetch (see streamingAppJS)

	wasmExecJS []byte // the wasm_exec.js served, inlined into the pages with appJS (see inlineScripts)

	// styles are the page's style sheets by path (go-app's /app.css and
	// the web directory's /web/app.css), inlined into the pages (see
	// inlineStyles).
	styles map[string][]byte
}

// newSite checks the web directory and prepares the handler.
func newSite(dir string) (*site, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	for _, name := range requiredAssets {
		if fi, err := os.Stat(filepath.Join(abs, name)); err != nil || !fi.Mode().IsRegular() {
			hint := ""
			if strings.HasSuffix(name, ".wasm") {
				hint = " (run make wasm)"
			}
			return nil, fmt.Errorf("web directory %s has no %s%s", abs, name, hint)
		}
	}
	root, err := os.OpenRoot(abs)
	if err != nil {
		return nil, err
	}
	s := &site{dir: abs, root: root}
	if s.version, err = assetVersion(abs); err != nil {
		return nil, err
	}
	s.app = appHandler(abs, s.version)
	if s.appJS, err = streamingAppJS(s.app); err != nil {
		return nil, err
	}
	if s.wasmExecJS, err = s.readWasmExec(); err != nil {
		return nil, err
	}
	if s.styles, err = s.readStyles(); err != nil {
		return nil, err
	}
	if s.csp, err = contentSecurityPolicy(s.app, s.rewritePage); err != nil {
		return nil, err
	}
	return s, nil
}

// readWasmExec returns the wasm_exec.js the site serves: the web
// directory's copy (make wasm's, from the Go that built the .wasm files),
// else go-app's.
func (s *site) readWasmExec() ([]byte, error) {
	if s.exists("wasm_exec.js") {
		return s.root.ReadFile("wasm_exec.js")
	}
	rec := httptest.NewRecorder()
	s.app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/wasm_exec.js", nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("rendering wasm_exec.js: HTTP %d", rec.Code)
	}
	return rec.Body.Bytes(), nil
}

// readStyles returns the style sheets the pages link to: go-app's
// /app.css, and /web/app.css when the web directory has one.
func (s *site) readStyles() (map[string][]byte, error) {
	rec := httptest.NewRecorder()
	s.app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.css", nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("rendering app.css: HTTP %d", rec.Code)
	}
	styles := map[string][]byte{"/app.css": rec.Body.Bytes()}
	if s.exists("app.css") {
		css, err := s.root.ReadFile("app.css")
		if err != nil {
			return nil, err
		}
		styles["/web/app.css"] = css
	}
	return styles, nil
}

// rewritePage is what the server does to go-app's pages (and whosaid build
// to the static site's): the style sheets and the scripts inline.
func (s *site) rewritePage(page []byte) []byte {
	return s.earlyWasm(s.inlineScripts(s.inlineStyles(page)))
}

var (
	metaCharset = regexp.MustCompile(`(?i)<meta charset="[^"]*">`)
	metaCSP     = regexp.MustCompile(`(?i)<meta http-equiv="Content-Security-Policy"[^>]*>`)
)

// earlyWasm returns the page with earlyWasmJS right after its charset
// declaration, the first element of go-app's head, or after its Content
// Security Policy's meta tag when it has one (the static build's pages:
// a policy in a meta tag covers only what follows it), when the page
// carries app.js inline (see inlineScripts); otherwise the page as it is.
func (s *site) earlyWasm(page []byte) []byte {
	url := appWasmURL(s.appJS)
	loc := metaCharset.FindIndex(page)
	if csp := metaCSP.FindIndex(page); csp != nil {
		loc = csp
	}
	if url == "" || loc == nil || !bytes.Contains(page, []byte("<script>"+string(s.appJS)+"</script>")) {
		return page
	}
	var b bytes.Buffer
	b.Grow(len(page) + 512)
	b.Write(page[:loc[1]])
	b.WriteString("\n    <script>" + earlyWasmJS(url) + "</script>")
	b.Write(page[loc[1]:])
	return b.Bytes()
}

var (
	linkTag       = regexp.MustCompile(`(?i)<link(\s[^>]*)>`)
	stylesheetRel = regexp.MustCompile(`(?i)\srel="stylesheet"`)
	hrefAttr      = regexp.MustCompile(`(?i)\shref="([^"]*)"`)
)

// inlineStyles returns go-app's page with its two style sheets inline in
// the head instead of linked: a style sheet still loading blocks the inline
// scripts at the end of the body, so the page requested app.wasm only once
// both had come, even from the service worker's cache (a trace of an
// offline reload: the sheets came 45-170 ms after the page was committed,
// and the scripts ran right after). They are 13 KB; the Content Security
// Policy allows them by their hashes, and the files stay served and
// precached. A link to a sheet not in s.styles, or a sheet that could end
// its style element early, is left as it is.
func (s *site) inlineStyles(page []byte) []byte {
	return linkTag.ReplaceAllFunc(page, func(tag []byte) []byte {
		attrs := linkTag.FindSubmatch(tag)[1]
		href := hrefAttr.FindSubmatch(attrs)
		if !stylesheetRel.Match(attrs) || href == nil {
			return tag
		}
		css, ok := s.styles[string(href[1])]
		if !ok || bytes.Contains(bytes.ToLower(css), []byte("</style")) {
			return tag
		}
		out := make([]byte, 0, len(css)+16)
		out = append(out, "<style>"...)
		out = append(out, css...)
		return append(out, "</style>"...)
	})
}

// pageScripts match the tags go-app's page loads its two scripts with
// (go-app writes the attributes in any order).
var pageScripts = []*regexp.Regexp{
	regexp.MustCompile(`<script (?:defer src="/wasm_exec\.js"|src="/wasm_exec\.js" defer)></script>`),
	regexp.MustCompile(`<script (?:defer src="/app\.js"|src="/app\.js" defer)></script>`),
}

// inlineScripts returns go-app's page with wasm_exec.js and app.js inline
// at the end of the body instead of the two deferred scripts in the head:
// app.js requests app.wasm when it runs, and fetched, even from the service
// worker's cache, the two scripts arrived 60-200 ms after the page on an
// offline reload (TestProfileStartup). The scripts run where the deferred
// ones ran, after the body is parsed (go-app's script looks up the loader at
// its end), and the Content Security Policy allows them by their hashes. The
// files stay served and precached. A page without both tags, or scripts
// that could end their script element early, are left as they are.
func (s *site) inlineScripts(page []byte) []byte {
	end := bytes.LastIndex(page, []byte("</body>"))
	if end < 0 {
		return page
	}
	for _, tag := range pageScripts {
		if len(tag.FindAllIndex(page[:end], 2)) != 1 {
			return page
		}
	}
	var b bytes.Buffer
	b.Grow(len(page) + len(s.wasmExecJS) + len(s.appJS) + 64)
	for _, js := range [][]byte{s.wasmExecJS, s.appJS} {
		lower := bytes.ToLower(js)
		if bytes.Contains(lower, []byte("</script")) || bytes.Contains(lower, []byte("<!--")) {
			return page
		}
	}
	head := page[:end]
	for _, tag := range pageScripts {
		head = tag.ReplaceAll(head, nil)
	}
	b.Write(head)
	for _, js := range [][]byte{s.wasmExecJS, s.appJS} {
		b.WriteString("<script>")
		b.Write(js)
		b.WriteString("</script>\n")
	}
	b.Write(page[end:])
	return b.Bytes()
}

// registerRoutes declares the app's pages to go-app, once: the server needs
// them to prerender pages, the static build to write them.
var registerRoutes = sync.OnceFunc(whosaidapp.Register)

// appHandler configures go-app for the web directory dir.
func appHandler(dir, version string) *goapp.Handler {
	registerRoutes()
	styles := []string{}
	if _, err := os.Stat(filepath.Join(dir, "app.css")); err == nil {
		styles = append(styles, "/web/app.css")
	}
	return &goapp.Handler{
		Name:        "whosaid",
		ShortName:   "whosaid",
		Title:       "whosaid: who said what in the news",
		Description: "Finds the actors, quotes and claims in news articles, with their speakers, in your browser.",
		Lang:        "en",
		Version:     version,
		Icon: goapp.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
			SVG:      "/web/icon.svg",
		},
		BackgroundColor:         "#ffffff",
		ThemeColor:              "#1f4e79",
		LoadingLabel:            "Loading whosaid…",
		Styles:                  styles,
		CacheableResources:      append(offlineAssets[:len(offlineAssets):len(offlineAssets)], whosaidapp.Routes...),
		Resources:               webResolver{},
		ServiceWorkerTemplate:   appWorkerJS,
		WasmContentLengthHeader: "X-Uncompressed-Length",
	}
}

// webResolver maps /web/... to the same URL, like go-app's LocalDir(""),
// but is not itself an http.Handler, so go-app leaves /web/ to site, which
// reads the web directory wherever it is.
type webResolver struct{}

func (webResolver) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		return "/"
	case strings.HasPrefix(location, "https://"), strings.HasPrefix(location, "http://"):
		return location
	case strings.HasPrefix(location, "/web/"), strings.HasPrefix(location, "web/"), location == "/web", location == "web":
		return "/" + strings.Trim(location, "/")
	}
	return location
}

// assetVersion is the app version: the build's version (or "dev") and a hash
// of every file in the web directory, so that a new app.wasm or engine.wasm
// is a new version for the service worker.
func assetVersion(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, e := range entries { // ReadDir sorts by name
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		f, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\x00", e.Name())
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	v := version
	if v == "" {
		v = "dev"
	}
	return v + "-" + hex.EncodeToString(h.Sum(nil))[:12], nil
}

// wasmFetch is the call in go-app's app.js that downloads and instantiates
// app.wasm: the download is copied through a JavaScript stream to count
// the bytes for a progress label.
var wasmFetch = regexp.MustCompile(`instantiateStreaming\(\s*fetchWithProgress\(("[^"]*"), showProgress\),\s*go\.importObject\s*\)`)

// earlyWasmGlobal is the global through which the page's early script
// (earlyWasmJS) hands app.js the compilation of app.wasm it started.
const earlyWasmGlobal = "whosaidAppWasm"

// earlyWasmCall replaces wasmFetch's match in app.js: it instantiates the
// module the page's early script compiles, or, without one, streams
// app.wasm from fetch as before. $1 is app.wasm's URL.
const earlyWasmCall = `(window.` + earlyWasmGlobal + `
      ? window.` + earlyWasmGlobal + `.then((module) => WebAssembly.instantiate(module, go.importObject).then((instance) => ({ module, instance })))
      : instantiateStreaming(fetch($1), go.importObject))`

// swRegister is app.js's top-level call that registers the service worker.
var swRegister = regexp.MustCompile(`(?m)^goappInitServiceWorker\(\);\n`)

// streamingAppJS returns go-app's app.js with two changes. The service
// worker is registered by the app once it is interactive (see
// app.registerServiceWorker), not before app.wasm is even fetched: its
// install copies app.wasm, engine.wasm and the rest into the cache, work that
// competed with the first visit's start-up on a 2-core machine. And app.wasm
// is handed straight from fetch to WebAssembly.instantiateStreaming. go-app's own loader rebuilds
// the response from a JavaScript stream to show a percentage; such a
// response has no URL and no cache entry, so Chromium cannot use or fill
// its compiled-code cache for app.wasm and compiles it again on every visit,
// and every chunk of the download passes through JavaScript. It fails when
// go-app's app.js no longer has the call it replaces.
func streamingAppJS(h *goapp.Handler) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("rendering app.js: HTTP %d", rec.Code)
	}
	return streamingAppJSFrom(rec.Body.Bytes())
}

// streamingAppJSFrom is streamingAppJS for the script js.
func streamingAppJSFrom(js []byte) ([]byte, error) {
	if n := len(wasmFetch.FindAllIndex(js, -1)); n != 1 {
		return nil, fmt.Errorf("go-app's app.js has %d calls fetchWithProgress(url, showProgress), want 1: update streamingAppJS", n)
	}
	if n := len(swRegister.FindAllIndex(js, -1)); n != 1 {
		return nil, fmt.Errorf("go-app's app.js calls goappInitServiceWorker() %d times at the top level, want 1: update streamingAppJS", n)
	}
	js = swRegister.ReplaceAll(js, []byte("// goappInitServiceWorker() is called by the app once it is interactive.\n"))
	return wasmFetch.ReplaceAll(js, []byte(earlyWasmCall)), nil
}

// streamedWasm is the call of app.js, as streamingAppJS writes it, that
// streams app.wasm when the page did not start compiling it.
var streamedWasm = regexp.MustCompile(`instantiateStreaming\(fetch\(("[^"]*")\), go\.importObject\)`)

// appWasmURL returns the URL app.js loads app.wasm from, or "" when js
// is not a script streamingAppJS wrote.
func appWasmURL(js []byte) string {
	m := streamedWasm.FindSubmatch(js)
	if m == nil || !bytes.Contains(js, []byte("window."+earlyWasmGlobal)) {
		return ""
	}
	return string(m[1])
}

// earlyWasmJS is the script that the pages carry at the top of their
// head: it starts fetching and compiling app.wasm (url, a JavaScript
// string literal) at once, and app.js, which runs at the end of the body,
// instantiates the module it gets (see earlyWasmCall). Started by app.js,
// the download waited for the whole page to be parsed, its styles applied
// and a first frame laid out (a trace of a first visit: app.wasm was
// requested 150-300 ms after the page's response); from the head it runs
// alongside them. It does so only for a page no service worker controls
// (a first visit): from the service worker's cache app.wasm arrives in
// 50-90 ms, and an early start then only competes with the page's own
// parsing (session 5 measured settled reloads 24-35 ms slower with an
// early fetch). It leaves app.wasm to app.js where go-app's script would
// not load it (no streaming compilation, a robot, ?wasm=false), and a
// failed compilation is reported by app.js, which awaits it.
func earlyWasmJS(url string) string {
	return `if (typeof WebAssembly === "object" && WebAssembly.compileStreaming &&
  !(navigator.serviceWorker && navigator.serviceWorker.controller) &&
  !/bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent) &&
  new URLSearchParams(window.location.search).get("wasm") !== "false") {
  window.` + earlyWasmGlobal + ` = WebAssembly.compileStreaming(fetch(` + url + `));
  window.` + earlyWasmGlobal + `.catch(() => {});
}`
}

var (
	inlineScript = regexp.MustCompile(`(?is)<script(\s[^>]*)?>(.*?)</script>`)
	inlineStyle  = regexp.MustCompile(`(?is)<style(\s[^>]*)?>(.*?)</style>`)
	srcAttr      = regexp.MustCompile(`(?i)\ssrc\s*=`)
)

// contentSecurityPolicy renders the app's page once, rewritten by rewrite,
// and builds a policy that allows only this origin, WebAssembly
// compilation, and the page's own inline scripts and styles by their
// hashes. Style attributes are allowed: go-app sets them with setAttribute.
func contentSecurityPolicy(h *goapp.Handler, rewrite func([]byte) []byte) (string, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusOK {
		return "", fmt.Errorf("rendering the app's page: HTTP %d", rec.Code)
	}
	page := string(rewrite(rec.Body.Bytes()))
	hashes := func(re *regexp.Regexp, skipSrc bool) string {
		var out []string
		for _, m := range re.FindAllStringSubmatch(page, -1) {
			if (skipSrc && srcAttr.MatchString(m[1])) || m[2] == "" {
				continue
			}
			sum := sha256.Sum256([]byte(m[2]))
			out = append(out, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
		}
		sort.Strings(out)
		if len(out) == 0 {
			return ""
		}
		return " " + strings.Join(out, " ")
	}
	return "default-src 'self'" +
		"; script-src 'self' 'wasm-unsafe-eval'" + hashes(inlineScript, true) +
		"; style-src 'self'" + hashes(inlineStyle, false) +
		"; style-src-elem 'self'" + hashes(inlineStyle, false) +
		"; style-src-attr 'unsafe-inline'" +
		"; img-src 'self' data: blob:" +
		"; font-src 'self'" +
		"; connect-src 'self'" +
		"; worker-src 'self'" +
		"; manifest-src 'self'" +
		"; object-src 'none'" +
		"; base-uri 'self'" +
		"; form-action 'self'", nil
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", s.csp+"; frame-ancestors 'none'")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Cross-Origin-Opener-Policy", "same-origin")
	hd.Set("X-Frame-Options", "DENY")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if !safePath(p) || !safePath(r.URL.RawPath) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	switch {
	case p == "/app.js" || p == "/goapp.js":
		hd.Set("Content-Type", "text/javascript; charset=utf-8")
		hd.Set("Cache-Control", "no-cache")
		hd.Set("ETag", `"`+s.version+`"`)
		http.ServeContent(w, r, "app.js", time.Time{}, bytes.NewReader(s.appJS))
	case strings.HasPrefix(p, "/web/"):
		s.serveFile(w, r, strings.TrimPrefix(p, "/web/"))
	case p == "/wasm_exec.js" && s.exists("wasm_exec.js"):
		// The copy make wasm took from the Go that built the .wasm files.
		s.serveFile(w, r, "wasm_exec.js")
	default:
		s.servePage(w, r)
	}
}

// servePage serves what go-app's handler answers, its HTML pages with the
// style sheets and scripts inline (see rewritePage).
func (s *site) servePage(w http.ResponseWriter, r *http.Request) {
	rec := httptest.NewRecorder()
	s.app.ServeHTTP(rec, r)
	body := rec.Body.Bytes()
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") && len(body) > 0 {
		body = s.rewritePage(body)
		rec.Header().Del("Content-Length")
	}
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	w.Write(body)
}

// safePath refuses paths that could climb out of a directory or confuse a
// file system: a ".." segment, backslashes and NUL bytes.
func safePath(p string) bool {
	if strings.ContainsAny(p, "\\\x00") {
		return false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." {
			return false
		}
	}
	return true
}

func (s *site) exists(name string) bool {
	fi, err := s.root.Stat(name)
	return err == nil && fi.Mode().IsRegular()
}

// serveFile serves name from the web directory: only its top-level regular
// files, never hidden ones, Go sources or directory listings, with the right type, and a precompressed
// .br or .gz copy when the client accepts it and the copy is not older than
// the file (see staleSlack).
func (s *site) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	// The web directory is flat: its subdirectories (web/mkicons) and Go
	// files are sources, not assets.
	if name == "" || !fs.ValidPath(name) || strings.Contains(name, "/") || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".go") {
		http.NotFound(w, r)
		return
	}
	f, err := s.root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", contentType(name))
	hd.Set("Cache-Control", "no-cache")
	content, size, mod, enc := io.ReadSeeker(f), fi.Size(), fi.ModTime(), ""
	if compressible(name) {
		hd.Add("Vary", "Accept-Encoding")
		for _, e := range []struct{ ext, name string }{{".br", "br"}, {".gz", "gzip"}} {
			if !accepts(r.Header.Get("Accept-Encoding"), e.name) {
				continue
			}
			cf, err := s.root.Open(name + e.ext)
			if err != nil {
				continue
			}
			cfi, err := cf.Stat()
			if err != nil || !cfi.Mode().IsRegular() || cfi.ModTime().Before(fi.ModTime().Add(-staleSlack)) {
				cf.Close()
				continue
			}
			defer cf.Close()
			hd.Set("Content-Encoding", e.name)
			hd.Set("X-Uncompressed-Length", strconv.FormatInt(fi.Size(), 10))
			content, size, mod, enc = cf, cfi.Size(), cfi.ModTime(), e.name
			break
		}
	}
	hd.Set("ETag", fmt.Sprintf(`"%x-%x%s"`, size, mod.UnixNano(), enc))
	http.ServeContent(w, r, path.Base(name), mod, content)
}

// staleSlack is how much older than its file a precompressed copy may be
// and still be used: tools that copy timestamps (brotli, gzip -k, cp -p,
// tar) may round them down to the second.
const staleSlack = 2 * time.Second

// compressible reports whether name may have precompressed copies.
func compressible(name string) bool {
	switch path.Ext(name) {
	case ".wasm", ".js", ".css", ".svg", ".json", ".html", ".txt":
		return true
	}
	return false
}

// accepts reports whether an Accept-Encoding header allows the coding enc
// (listed without q=0).
func accepts(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				return err == nil && q > 0
			}
		}
		return true
	}
	return false
}

// contentType is the Content-Type of a web file by its extension.
func contentType(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".png":
		return "image/png"
	case ".json":
		return "application/json"
	case ".webmanifest":
		return "application/manifest+json"
	case ".gz":
		return "application/gzip"
	case ".br":
		return "application/x-brotli"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}
