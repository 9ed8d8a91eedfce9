//go:build !(js && wasm)

package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestPageReflectsNothingFromTheRequest: go-app writes prerendered
// attribute values without HTML escaping, so the server must never put
// anything from the request (path, query, headers) into the page.
func TestPageReflectsNothingFromTheRequest(t *testing.T) {
	s, err := newSite(fakeWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	const mark = "pwn3d"
	for _, target := range []string{
		"/%22%3E%3Cscript%3E" + mark + "%3C/script%3E",
		"/?q=%22%3E%3Cscript%3E" + mark + "%3C/script%3E",
		"/library?x=%22%3E%3Cimg%20src=x%20onerror=" + mark + "%3E",
		"/about?" + mark,
		"/" + mark,
	} {
		req := httptest.NewRequest(http.MethodGet, target, nil)
		req.Header.Set("Referer", "http://evil.invalid/"+mark)
		req.Header.Set("User-Agent", `"><script>`+mark+`</script>`)
		req.Header.Set("Accept-Language", `"><script>`+mark+`</script>`)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if body := rec.Body.String(); strings.Contains(body, mark) {
			t.Errorf("GET %s (%d) reflects the request into the page", target, rec.Code)
		}
		for k, vs := range rec.Header() {
			for _, v := range vs {
				if strings.Contains(v, mark) {
					t.Errorf("GET %s reflects the request into header %s: %q", target, k, v)
				}
			}
		}
	}
}
