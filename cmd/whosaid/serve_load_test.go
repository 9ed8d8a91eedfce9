//go:build !(js && wasm)

package main

import (
	"bytes"
	"compress/gzip"
	gocontext "context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// loadWeb makes a web directory like fakeWeb's, with an app.wasm of a few
// megabytes (compressible but not trivial) and its gzip copy, and returns
// the directory and app.wasm's bytes.
func loadWeb(t *testing.T) (string, []byte) {
	t.Helper()
	dir := fakeWeb(t)
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"func", "main", "go", "wasm", "syscall/js", "runtime", "\x00\x01", "\xff\xfe\xfd"}
	var b bytes.Buffer
	for b.Len() < 1<<20 {
		b.WriteString(words[rng.IntN(len(words))])
		b.WriteByte(byte(rng.IntN(256)))
	}
	wasm := b.Bytes()
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(wasm)
	zw.Close()
	if err := os.WriteFile(filepath.Join(dir, "app.wasm.gz"), z.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, wasm
}

// serveLoopback runs the handler of dir with whosaid serve's server on a
// free loopback port until the test ends, and returns its base URL.
func serveLoopback(t *testing.T, dir string) string {
	t.Helper()
	s, err := newSite(dir)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newHTTPServer(s)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := gocontext.WithTimeout(gocontext.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		if err := <-done; err != http.ErrServerClosed {
			t.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// fetch GETs url, asking for gzip, and returns the status, the headers and
// the body decoded.
func fetch(ctx gocontext.Context, c *http.Client, url string) (int, http.Header, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, nil, nil, err
	}
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := c.Do(req)
	if err != nil {
		return 0, nil, nil, err
	}
	defer resp.Body.Close()
	var r io.Reader = resp.Body
	if resp.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return resp.StatusCode, resp.Header, nil, err
		}
		r = zr
	}
	body, err := io.ReadAll(r)
	if err == nil && resp.ContentLength >= 0 && resp.Header.Get("Content-Encoding") == "" && int64(len(body)) != resp.ContentLength {
		err = fmt.Errorf("%d bytes for Content-Length %d", len(body), resp.ContentLength)
	}
	return resp.StatusCode, resp.Header, body, err
}

var (
	htmlTag  = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
	htmlAttr = regexp.MustCompile(`\s[^\s=>]+(="[^"]*")?`)
)

// canonical returns the page with each tag's attributes sorted: go-app
// writes them in map order, which changes from one response to the next.
// Other files are compared as they are.
func canonical(path string, body []byte) []byte {
	if path != "/" {
		return body
	}
	return htmlTag.ReplaceAllFunc(body, func(tag []byte) []byte {
		attrs := htmlAttr.FindAll(tag, -1)
		name := htmlAttr.ReplaceAll(tag, nil)
		slices.SortFunc(attrs, bytes.Compare)
		return append(name[:len(name)-1:len(name)-1], append(bytes.Join(attrs, nil), '>')...)
	})
}

// TestServeConcurrentClients: 200 clients at once, each on its own
// connections, load the page, app.js and app.wasm (gzip) twice. Every
// response must be complete and the same as what one client alone gets
// (the page up to its attribute order).
// The whole run is bounded by a deadline, so a stalled server fails the
// test instead of hanging it.
func TestServeConcurrentClients(t *testing.T) {
	dir, wasm := loadWeb(t)
	base := serveLoopback(t, dir)
	ctx, cancel := gocontext.WithTimeout(gocontext.Background(), 90*time.Second)
	defer cancel()

	one := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	want := map[string][]byte{"/web/app.wasm": wasm}
	for _, p := range []string{"/", "/app.js"} {
		code, _, body, err := fetch(ctx, one, base+p)
		if err != nil || code != 200 || len(body) == 0 {
			t.Fatalf("GET %s alone: %d, %d bytes, %v", p, code, len(body), err)
		}
		want[p] = body
	}
	wantType := map[string]string{"/": "text/html", "/app.js": "javascript", "/web/app.wasm": "application/wasm"}

	const clients, rounds = 200, 2
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		failures []string
		bytesIn  int64
		gzipped  int
	)
	fail := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		if len(failures) < 20 {
			failures = append(failures, fmt.Sprintf(format, args...))
		}
	}
	start := time.Now()
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tr := &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: 2}
			defer tr.CloseIdleConnections()
			c := &http.Client{Transport: tr}
			for r := range rounds {
				for _, p := range []string{"/", "/app.js", "/web/app.wasm"} {
					code, h, body, err := fetch(ctx, c, base+p)
					switch {
					case err != nil:
						fail("client %d round %d %s: %v", i, r, p, err)
					case code != 200:
						fail("client %d round %d %s: HTTP %d", i, r, p, code)
					case !bytes.Equal(canonical(p, body), canonical(p, want[p])):
						fail("client %d round %d %s: %d bytes differ from the %d expected", i, r, p, len(body), len(want[p]))
					case !strings.Contains(h.Get("Content-Type"), wantType[p]):
						fail("client %d %s: Content-Type %q", i, p, h.Get("Content-Type"))
					case p == "/web/app.wasm" && h.Get("Content-Encoding") != "gzip":
						fail("client %d %s: not gzip (%q)", i, p, h.Get("Content-Encoding"))
					}
					mu.Lock()
					bytesIn += int64(len(body))
					if h.Get("Content-Encoding") == "gzip" {
						gzipped++
					}
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	took := time.Since(start)
	for _, f := range failures {
		t.Error(f)
	}
	if ctx.Err() != nil {
		t.Errorf("the clients did not finish within the deadline: %v", ctx.Err())
	}
	t.Logf("%d clients × %d rounds × 3 files: %d responses, %d gzip, %.0f MB decoded, in %v",
		clients, rounds, clients*rounds*3, gzipped, float64(bytesIn)/(1<<20), took.Round(time.Millisecond))
}

// TestServeRejectsEncodedTraversal sends raw requests (no client-side path
// cleaning) with encoded, double-encoded, overlong and mixed climbing
// paths at the real server. The web directory holds a symlink out of it and
// its parent a secret file: nothing may leak, and /web/ paths never succeed.
func TestServeRejectsEncodedTraversal(t *testing.T) {
	top := t.TempDir()
	web := filepath.Join(top, "web")
	if err := os.CopyFS(web, os.DirFS(fakeWeb(t))); err != nil {
		t.Fatal(err)
	}
	const secret = "TOP-SECRET-7f3a"
	if err := os.WriteFile(filepath.Join(top, "secret.txt"), []byte(secret), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(top, "secret.txt"), filepath.Join(web, "link.txt")); err != nil {
		t.Fatal(err)
	}
	base := serveLoopback(t, web)
	host := strings.TrimPrefix(base, "http://")
	for _, p := range []string{
		"/web/link.txt",
		"/web/../secret.txt",
		"/web/%2e%2e/secret.txt",
		"/web/%2E%2E/secret.txt",
		"/web/.%2e/secret.txt",
		"/web/%2e./secret.txt",
		"/web/..%2fsecret.txt",
		"/web/%2e%2e%2fsecret.txt",
		"/web/%252e%252e/secret.txt",
		"/web/%252e%252e%252fsecret.txt",
		"/web/..%252fsecret.txt",
		"/web/%25252e%25252e/secret.txt",
		"/web/%c0%ae%c0%ae/secret.txt",
		"/web/%c0%ae%c0%ae%c0%afsecret.txt",
		"/web/%u002e%u002e/secret.txt",
		"/web/..%5csecret.txt",
		"/web/..%255csecret.txt",
		"/web/....//secret.txt",
		"/web/..;/secret.txt",
		"/web//../secret.txt",
		"/web/./../secret.txt",
		"/web/%2fsecret.txt",
		"/web/secret.txt%00.wasm",
		"/%2e%2e/secret.txt",
		"/%252e%252e/secret.txt",
		"/wasm_exec.js/../../secret.txt",
		"http://" + host + "/web/../secret.txt",
	} {
		conn, err := net.DialTimeout("tcp", host, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		conn.SetDeadline(time.Now().Add(10 * time.Second))
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", p, host)
		resp, err := io.ReadAll(conn)
		conn.Close()
		if err != nil {
			t.Fatalf("GET %s: %v", p, err)
		}
		status, _, _ := strings.Cut(string(resp), "\r\n")
		if bytes.Contains(resp, []byte(secret)) {
			t.Errorf("GET %s leaked the secret file (%s)", p, status)
		}
		if strings.Contains(p, "/web/") && strings.Contains(status, " 200 ") {
			t.Errorf("GET %s: %s, want an error", p, status)
		}
		if !strings.HasPrefix(status, "HTTP/1.1 ") {
			t.Errorf("GET %s: no HTTP answer: %q", p, status)
		}
	}
}
