//go:build !(js && wasm)

// Package e2e runs the real server binary and the real .wasm files in
// headless Chromium (and engine.wasm in node). TestMain builds everything
// into a temporary directory once; each test starts its own server on a free
// loopback port and its own browser with a fresh profile.
//
//	go test ./e2e                 # skips browser tests when Chromium is missing
//	CI=true go test ./e2e         # fails instead of skipping
//	E2E_OUT=out go test ./e2e     # also keeps screenshots
//
// The helpers here (startServer, newBrowser, waitReady, setValue, evalJS)
// are shared with the UI tests.
package e2e

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Paths of what TestMain built.
var (
	repoRoot   string // the module's root
	serverBin  string // the whosaid binary
	webDir     string // web assets with the freshly built .wasm files
	buildErr   error  // why the build failed; every test reports it
	haveBrotli bool   // the web directory has .br copies
	appModfile string // the go.mod app.wasm was built with (tools/goappwasm)
)

// readyTimeout bounds the wait for the app to become interactive.
const readyTimeout = 60 * time.Second

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		fmt.Println("e2e: skipped in -short mode")
		os.Exit(0)
	}
	tmp, err := os.MkdirTemp("", "whosaid-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	buildErr = buildAll(tmp)
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
}

// buildAll builds the server, app.wasm, engine.wasm and the probe into dir,
// with the flags make wasm uses, and gzips the .wasm files as make does.
func buildAll(dir string) error {
	var err error
	if repoRoot, err = filepath.Abs(".."); err != nil {
		return err
	}
	serverBin = filepath.Join(dir, "whosaid")
	webDir = filepath.Join(dir, "web")
	if err := os.MkdirAll(webDir, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(filepath.Join(repoRoot, "web"))
	if err != nil {
		return err
	}
	for _, e := range entries {
		n := e.Name()
		if e.Type().IsRegular() && !strings.Contains(n, ".wasm") && !strings.HasSuffix(n, ".go") && n != "wasm_exec.js" {
			if err := copyFile(filepath.Join(repoRoot, "web", n), filepath.Join(webDir, n)); err != nil {
				return err
			}
		}
	}
	for _, f := range []string{"probe.html", "probe.js"} {
		if err := copyFile(filepath.Join(repoRoot, "e2e", "testdata", "probe", f), filepath.Join(webDir, f)); err != nil {
			return err
		}
	}
	if err := copyFile(filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"), filepath.Join(webDir, "wasm_exec.js")); err != nil {
		return err
	}
	start := time.Now()
	// app.wasm is built as make wasm builds it, against the copy of go-app
	// without net/http that tools/goappwasm writes.
	goappDir := filepath.Join(dir, "goapp-wasm")
	appModfile = filepath.Join(goappDir, "wasm.go.mod")
	cmd := exec.Command("go", "run", "./tools/goappwasm", "-dir", goappDir)
	cmd.Dir = repoRoot
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go run ./tools/goappwasm: %v\n%s", err, out)
	}
	// engine.wasm embeds the packed lexicons that tools/lexpack writes.
	cmd = exec.Command("go", "run", "./tools/lexpack")
	cmd.Dir = repoRoot
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go run ./tools/lexpack: %v\n%s", err, out)
	}
	wasmEnv := []string{"GOOS=js", "GOARCH=wasm"}
	for _, b := range []struct {
		out, pkg string
		env      []string
		flags    []string
	}{
		{serverBin, "./cmd/whosaid", nil, nil},
		{filepath.Join(webDir, "app.wasm"), "./cmd/whosaid", wasmEnv, []string{"-modfile=" + appModfile}},
		{filepath.Join(webDir, "engine.wasm"), "./wasm/cmd/engine", wasmEnv, []string{"-tags=lexpack,engineonly"}}, // the Makefile's ENGINEFLAGS
		{filepath.Join(webDir, "probe.wasm"), "./e2e/testdata/probe", wasmEnv, nil},
	} {
		args := []string{"build", "-o", b.out}
		if b.env != nil && os.Getenv("E2E_WASM_NAMES") == "1" {
			args = append(args, "-trimpath") // keep the name section, for CPU profiles
		} else if b.env != nil {
			args = append(args, "-trimpath", "-ldflags=-s -w")
		}
		args = append(args, b.flags...)
		cmd := exec.Command("go", append(args, b.pkg)...)
		cmd.Dir = repoRoot
		cmd.Env = append(os.Environ(), b.env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", b.pkg, err, out)
		}
	}
	_, err = exec.LookPath("brotli")
	haveBrotli = err == nil
	for _, name := range []string{"app.wasm", "engine.wasm"} {
		if err := gzipFile(filepath.Join(webDir, name)); err != nil {
			return err
		}
		if haveBrotli { // a fast level: the tests check the mechanism, make wasm the ratio
			if out, err := exec.Command("brotli", "-q", "4", "-f", "-o", filepath.Join(webDir, name+".br"), filepath.Join(webDir, name)).CombinedOutput(); err != nil {
				return fmt.Errorf("brotli: %v\n%s", err, out)
			}
		}
	}
	fmt.Printf("e2e: built the server and the wasm files in %.1fs\n", time.Since(start).Seconds())
	return nil
}

func copyFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

func gzipFile(name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(name+".gz", b.Bytes(), 0o644)
}

// needBuild stops the test if TestMain could not build.
func needBuild(t testing.TB) {
	t.Helper()
	if buildErr != nil {
		t.Fatalf("building the app failed: %v", buildErr)
	}
}

// server is one running whosaid serve process.
type server struct {
	URL  string // http://127.0.0.1:PORT/ with the trailing slash
	cmd  *exec.Cmd
	out  *lockedBuffer
	once sync.Once
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var servingLine = regexp.MustCompile(`serving (http://\S+/)`)

// startServer runs the real server binary on a free loopback port with the
// built web directory and returns its URL (ending in "/") and a func that
// stops it. The server is also stopped when the test ends.
func startServer(t testing.TB) (url string, stop func()) {
	s := startServerArgs(t, "serve", "--addr", "127.0.0.1:0", "--web", webDir)
	return s.URL, s.stop
}

func startServerArgs(t testing.TB, args ...string) *server {
	t.Helper()
	needBuild(t)
	s := &server{out: &lockedBuffer{}}
	s.cmd = exec.Command(serverBin, args...)
	s.cmd.Dir = t.TempDir() // the server must not depend on its working directory
	s.cmd.Stderr = s.out
	stdout, err := s.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.stop)
	sc := bufio.NewScanner(stdout)
	if !sc.Scan() {
		s.cmd.Wait()
		t.Fatalf("the server printed nothing; stderr:\n%s", s.out)
	}
	line := sc.Text()
	m := servingLine.FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("unexpected first line from the server: %q", line)
	}
	s.URL = m[1]
	go func() {
		for sc.Scan() {
			s.out.Write([]byte(sc.Text() + "\n"))
		}
	}()
	return s
}

// stop ends the server with SIGTERM (a clean shutdown), or kills it if it
// does not exit within 10 s.
func (s *server) stop() {
	s.once.Do(func() {
		if s.cmd.Process == nil {
			return
		}
		_ = s.cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = s.cmd.Process.Kill()
			<-done
		}
	})
}

// chromiumPath finds Chromium, or skips the test (fails it under CI=true).
func chromiumPath(t testing.TB) string {
	t.Helper()
	// Debian's /usr/bin/chromium is a shell wrapper that adds flags and
	// extensions; the binary behind it is preferred.
	candidates := []string{os.Getenv("CHROMIUM"), "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}
	for _, p := range candidates {
		if p == "" {
			continue
		}
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium is missing (install it with apt-get install -y chromium, or set CHROMIUM)")
	}
	t.Skip("Chromium is missing: browser test skipped (apt-get install -y chromium, or set CHROMIUM)")
	return ""
}

// newBrowser starts headless Chromium with a fresh profile, safe to run as
// root, and returns a chromedp context for one tab. The browser closes when
// the test ends. extra adds allocator options (a proxy, for instance).
func newBrowser(t testing.TB, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	needBuild(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,AutofillServerCommunication,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 800),
	)
	opts = append(opts, extra...)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); acancel() })
	start := time.Now()
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	t.Logf("browser started in %v", time.Since(start).Round(time.Millisecond))
	return ctx
}

// waitReady waits until the app has rendered for the first time: the UI sets
// body[data-wasm-ready="1"] after its first render.
func waitReady(ctx context.Context) error {
	tctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	if err := chromedp.Do(tctx, chromedp.WaitVisible(chromedp.CSS(`body[data-wasm-ready="1"]`))); err != nil {
		return fmt.Errorf("the app did not become ready: %w", err)
	}
	return nil
}

// load navigates to url, waits for the app and returns how long that took.
func load(t testing.TB, ctx context.Context, url string) time.Duration {
	t.Helper()
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigating to %s: %v", url, err)
	}
	if err := waitReady(ctx); err != nil {
		t.Fatal(err)
	}
	return time.Since(start)
}

// setValue sets a form field's value and fires input and change, as typing
// would. chromedp.SetValue(sel, "") sets "undefined", hence this helper.
func setValue(ctx context.Context, selector, value string) error {
	js := fmt.Sprintf(`(() => {
		const el = document.querySelector(%s);
		if (!el) throw new Error("no element matches " + %[1]s);
		el.value = %s;
		el.dispatchEvent(new Event("input", {bubbles: true}));
		el.dispatchEvent(new Event("change", {bubbles: true}));
	})()`, jsString(selector), jsString(value))
	return chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](js))
}

// evalJS evaluates a JavaScript expression, awaiting it if it is a promise,
// and decodes its value into T.
func evalJS[T any](ctx context.Context, js string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// pageErrors collects what goes wrong in a tab: uncaught exceptions, console
// errors, browser log errors (CSP violations among them) and
// securitypolicyviolation events.
type pageErrors struct {
	mu   sync.Mutex
	errs []string
}

// watchErrors starts collecting errors of the tab of ctx, before any
// navigation.
func watchErrors(t testing.TB, ctx context.Context) *pageErrors {
	t.Helper()
	pe := &pageErrors{}
	err := chromedp.Listen(ctx, func(ev any) {
		var msg string
		switch ev := ev.(type) {
		case *cdpruntime.EventExceptionThrown:
			msg = "exception: " + ev.ExceptionDetails.Text
			if ev.ExceptionDetails.Exception != nil {
				msg += " " + ev.ExceptionDetails.Exception.Description
			}
		case *cdpruntime.EventConsoleAPICalled:
			if ev.Type == cdpruntime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				msg = "console.error: " + strings.Join(parts, " ")
			}
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.EntryLevelError {
				msg = fmt.Sprintf("log (%s): %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
			}
		}
		if msg != "" {
			pe.mu.Lock()
			pe.errs = append(pe.errs, msg)
			pe.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `document.addEventListener("securitypolicyviolation", (e) => {
			console.error("CSP violation: " + e.violatedDirective + " blocked " + e.blockedURI);
		});`,
	})
	if err != nil {
		t.Fatal(err)
	}
	return pe
}

// check fails the test if any error was collected, ignoring messages that
// match one of the allowed patterns.
func (pe *pageErrors) check(t testing.TB, allowed ...string) {
	t.Helper()
	pe.mu.Lock()
	defer pe.mu.Unlock()
outer:
	for _, e := range pe.errs {
		for _, a := range allowed {
			if strings.Contains(e, a) {
				continue outer
			}
		}
		t.Errorf("page error: %s", e)
	}
}

// screenshot saves a PNG of the tab to $E2E_OUT/name.png when E2E_OUT is set.
func screenshot(t testing.TB, ctx context.Context, name string) {
	dir := os.Getenv("E2E_OUT")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
		return
	}
	if err := os.MkdirAll(dir, 0o755); err == nil {
		_ = os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	}
}

// httpGet fetches url with the given request headers and returns the
// response with its body read.
func httpGet(t testing.TB, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	tr := &http.Transport{DisableCompression: true}
	resp, err := (&http.Client{Transport: tr}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}
