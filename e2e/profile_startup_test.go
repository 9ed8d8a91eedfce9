//go:build !(js && wasm)

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browserCPU is the CPU time (user and system) the process pid and all its
// descendants have used so far, from /proc: for the browser, its renderer,
// GPU and utility processes. It is 0 where /proc is missing.
func browserCPU(pid int) time.Duration {
	parent := map[int]int{}
	ticks := map[int]int64{}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, f := range stats {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		s := string(b)
		i := strings.LastIndexByte(s, ')') // the command name may hold spaces
		if i < 0 || i+2 > len(s) {
			continue
		}
		fields := strings.Fields(s[i+2:])
		if len(fields) < 13 {
			continue
		}
		p, _ := strconv.Atoi(filepath.Base(filepath.Dir(f)))
		pp, _ := strconv.Atoi(fields[1])
		ut, _ := strconv.ParseInt(fields[11], 10, 64)
		st, _ := strconv.ParseInt(fields[12], 10, 64)
		parent[p] = pp
		ticks[p] = ut + st
	}
	var sum int64
	for p, tk := range ticks {
		for q, n := p, 0; q > 1 && n < 64; q, n = parent[q], n+1 {
			if q == pid {
				sum += tk
				break
			}
		}
	}
	return time.Duration(sum) * 10 * time.Millisecond // USER_HZ is 100 on Linux
}

// startupPhasesJS gives the load's milestones in ms since the navigation:
// the document's response, DOMContentLoaded, app.wasm's request and
// response end, and the app's marks app:main, app:mount and app:ready.
const startupPhasesJS = `(() => {
	const nav = performance.getEntriesByType("navigation")[0];
	const r = {doc: nav.responseEnd, dcl: nav.domContentLoadedEventEnd};
	for (const e of performance.getEntriesByType("resource")) if (e.name.endsWith("/web/app.wasm")) { r.wasm0 = e.startTime; r.wasm1 = e.responseEnd; }
	for (const m of performance.getEntriesByType("mark")) if (m.name.startsWith("app:") && !(m.name.slice(4) in r)) r[m.name.slice(4)] = m.startTime;
	return [r.doc, r.dcl, r.wasm0, r.wasm1, r.main, r.mount, r.ready].map((x) => Math.round(x ?? -1));
})()`

// TestProfileStartup times what TestPageLoads and TestOffline time, with
// the browser's CPU time and the phases of each load, for comparing
// start-up changes on a shared machine where wall-clock times are noise:
// E2E_STARTUP_RUNS times (default 3) a fresh browser makes a first visit,
// waits for the service worker, stops the server, reloads at once (as
// TestOffline does) and again 3 s later. It logs every load and the
// medians:
//
//	E2E_PROFILE=1 E2E_STARTUP_RUNS=5 go test -count=1 -v -run '^TestProfileStartup$' ./e2e
//
// The columns: wall time from the navigation to body[data-wasm-ready],
// CPU time of all the browser's processes meanwhile, then from the
// page's timeline the document's response end, the time to
// DOMContentLoaded after it, app.wasm's request to response end, from
// there to Go's main, main to the first mount, the mount to ready, and
// ready (ms since the navigation).
func TestProfileStartup(t *testing.T) {
	needProfile(t)
	runs := 3
	if n, err := strconv.Atoi(os.Getenv("E2E_STARTUP_RUNS")); err == nil && n > 0 {
		runs = n
	}
	rows := map[string][][]int{}
	record := func(what string, wall, cpu time.Duration, ph []int) {
		row := []int{int(wall.Milliseconds()), int(cpu.Milliseconds()), ph[0], ph[1] - ph[0], ph[3] - ph[2], ph[4] - ph[3], ph[5] - ph[4], ph[6] - ph[5], ph[6]}
		rows[what] = append(rows[what], row)
		t.Logf("%-8s %s", what, columns(row))
	}
	for range runs {
		url, stop := startServer(t)
		ctx := newBrowser(t)
		pid := chromedp.FromContext(ctx).Browser.Process().Pid
		c0 := browserCPU(pid)
		d := load(t, ctx, url)
		record("first", d, browserCPU(pid)-c0, mustJS[[]int](t, ctx, startupPhasesJS))
		mustJS[bool](t, ctx, `(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, {once: true}));
			return true;
		})()`)
		stop()
		for _, what := range []string{"reload", "reload3s"} {
			if what == "reload3s" {
				time.Sleep(3 * time.Second)
			}
			c0 := browserCPU(pid)
			start := time.Now()
			if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
				t.Fatal(err)
			}
			if err := waitReady(ctx); err != nil {
				t.Fatal(err)
			}
			record(what, time.Since(start), browserCPU(pid)-c0, mustJS[[]int](t, ctx, startupPhasesJS))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "medians of %d runs:\n%-8s %s\n", runs, "", "    wall      cpu      doc  doc>dcl     wasm wasm>main main>mount mount>ready    ready")
	for _, what := range []string{"first", "reload", "reload3s"} {
		med := make([]int, len(rows[what][0]))
		for i := range med {
			col := make([]int, 0, len(rows[what]))
			for _, r := range rows[what] {
				col = append(col, r[i])
			}
			slices.Sort(col)
			med[i] = col[len(col)/2]
		}
		fmt.Fprintf(&b, "%-8s %s\n", what, columns(med))
	}
	t.Log(b.String())
}

func columns(row []int) string {
	var b strings.Builder
	for _, v := range row {
		fmt.Fprintf(&b, " %8d", v)
	}
	return b.String()
}
