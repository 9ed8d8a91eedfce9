//go:build !(js && wasm)

package e2e

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestProfileFirstVisit traces one first visit, from the navigation until
// E2E_FIRST_AFTER (default 300ms) after the app is ready; with
// E2E_FIRST_SAMPLES=1 V8's sampling profiler is in the trace
// (disabled-by-default-v8.cpu_profiler), so that the page's JavaScript and
// Go functions show by name across the navigation's change of renderer
// process (with E2E_WASM_NAMES=1; the profiler slows the page down 2-3x):
//
//	E2E_PROFILE=1 E2E_WASM_NAMES=1 E2E_OUT=out go test -count=1 -v -run '^TestProfileFirstVisit$' ./e2e
//
// It writes first.trace.json and logs the CPU of every thread by 100 ms.
func TestProfileFirstVisit(t *testing.T) {
	needProfile(t)
	url, _ := startServer(t)
	ctx := newBrowser(t)
	after := 300 * time.Millisecond
	if d, err := time.ParseDuration(os.Getenv("E2E_FIRST_AFTER")); err == nil {
		after = d
	}
	cats := []string{"toplevel", "v8", "v8.wasm", "blink.user_timing", "devtools.timeline", "loading", "__metadata"}
	if os.Getenv("E2E_FIRST_SAMPLES") == "1" {
		cats = append(cats, "disabled-by-default-v8.cpu_profiler")
	}
	if extra := os.Getenv("E2E_STARTUP_CATEGORIES"); extra != "" {
		cats = append(cats, strings.Split(extra, ",")...)
	}
	evs := traceDuring(t, ctx, cats, func() {
		d := load(t, ctx, url)
		t.Logf("first visit: %v", d.Round(time.Millisecond))
		time.Sleep(after)
	})
	writeTrace(t, "first.trace.json", evs)
	t.Logf("phases: %v", mustJS[[]int](t, ctx, startupPhasesJS))
	t.Logf("CPU ms by 100 ms:\n%s", cpuSteps(evs, 100))
}
