//go:build !(js && wasm)

package e2e

import (
	"context"
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
	for (const p of performance.getEntriesByType("paint")) if (p.name === "first-contentful-paint") r.fcp = p.startTime;
	return [r.doc, r.dcl, r.wasm0, r.wasm1, r.main, r.mount, r.ready, r.fcp].map((x) => Math.round(x ?? -1));
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
		row := []int{int(wall.Milliseconds()), int(cpu.Milliseconds()), ph[0], ph[1] - ph[0], ph[3] - ph[2], ph[4] - ph[3], ph[5] - ph[4], ph[6] - ph[5], ph[6], ph[7]}
		rows[what] = append(rows[what], row)
		t.Logf("%-8s %s", what, columns(row))
	}
	for range runs {
		url, stop := startServer(t)
		ctx := newBrowser(t)
		pid := chromedp.FromContext(ctx).Browser.Process().Pid
		if os.Getenv("E2E_STARTUP_TRACE") == "span" {
			// One trace from the first visit's navigation to the offline
			// reload's ready mark, in 100 ms steps.
			evs := traceDuring(t, ctx, []string{"toplevel", "v8.wasm", "blink.user_timing", "__metadata"}, func() {
				load(t, ctx, url)
				waitController(t, ctx)
				mustJS[bool](t, ctx, `performance.mark("sw:control"), true`)
				stop()
				if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
					t.Fatal(err)
				}
				if err := waitReady(ctx); err != nil {
					t.Fatal(err)
				}
			})
			writeTrace(t, "span.trace.json", evs)
			t.Logf("CPU ms by 100 ms of the first visit and the offline reload:\n%s", cpuSteps(evs, 100))
			continue
		}
		c0 := browserCPU(pid)
		d := load(t, ctx, url)
		record("first", d, browserCPU(pid)-c0, mustJS[[]int](t, ctx, startupPhasesJS))
		waitController(t, ctx)
		stop()
		for _, what := range []string{"reload", "reload3s"} {
			if what == "reload3s" {
				time.Sleep(3 * time.Second)
			}
			c0 := browserCPU(pid)
			var start time.Time
			reload := func() {
				start = time.Now()
				if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
					t.Fatal(err)
				}
				if err := waitReady(ctx); err != nil {
					t.Fatal(err)
				}
			}
			if slices.Contains(strings.Split(os.Getenv("E2E_STARTUP_TRACE"), ","), what) {
				cats := []string{"toplevel", "v8.wasm", "blink.user_timing", "devtools.timeline", "loading", "__metadata"}
				if extra := os.Getenv("E2E_STARTUP_CATEGORIES"); extra != "" {
					cats = append(cats, strings.Split(extra, ",")...)
				}
				evs := traceDuring(t, ctx, cats, reload)
				writeTrace(t, what+".trace.json", evs)
				t.Logf("%s: CPU by thread from the navigation to app:ready\n%s", what, threadCPU(evs, markTime(evs, "navigationStart"), markTime(evs, "app:ready")))
			} else {
				reload()
			}
			record(what, time.Since(start), browserCPU(pid)-c0, mustJS[[]int](t, ctx, startupPhasesJS))
		}
	}
	if len(rows) == 0 {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "medians of %d runs:\n%-8s %s\n", runs, "", "    wall      cpu      doc  doc>dcl     wasm wasm>main main>mount mount>ready    ready      fcp")
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

// waitController waits until the page is controlled by an active service
// worker, as TestOffline does before its reload.
func waitController(t *testing.T, ctx context.Context) {
	t.Helper()
	mustJS[bool](t, ctx, `(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, {once: true}));
		return true;
	})()`)
}

// cpuSteps lists, for every step ms of the trace, the CPU time of the
// renderer's main thread, V8's compiler threads (wasm.TopTierCompilation
// and other compile units), the engine worker, the service worker and the
// browser process's main thread, with the marks that fell in the step
// (app:*, worker:*, sw:*; warm:* are counted).
func cpuSteps(evs []traceEvent, step float64) string {
	names, start := threadNames(evs)
	type row struct {
		main, compile, worker, sw, browser float64
		marks                              []string
		warm                               int
	}
	var rows []row
	at := func(ts float64) *row {
		i := int((ts - start) / 1000 / step)
		for len(rows) <= i {
			rows = append(rows, row{})
		}
		return &rows[i]
	}
	for _, e := range evs {
		th := names[[2]int{e.Pid, e.Tid}]
		switch {
		case e.Ph == "X" && e.Name == "wasm.ExecuteCompilationUnits":
			at(e.Ts).compile += e.Tdur / 1000
		case e.Ph == "X" && e.Cat == "toplevel" && th == "CrRendererMain":
			at(e.Ts).main += e.Tdur / 1000
		case e.Ph == "X" && e.Cat == "toplevel" && th == "DedicatedWorker thread":
			at(e.Ts).worker += e.Tdur / 1000
		case e.Ph == "X" && e.Cat == "toplevel" && th == "ServiceWorker thread":
			at(e.Ts).sw += e.Tdur / 1000
		case e.Ph == "X" && e.Cat == "toplevel" && th == "CrBrowserMain":
			at(e.Ts).browser += e.Tdur / 1000
		case strings.Contains(e.Cat, "blink.user_timing") && e.Ph != "e" && (strings.HasPrefix(e.Name, "warm:start")):
			at(e.Ts).warm++
		case strings.Contains(e.Cat, "blink.user_timing") && e.Ph != "e" && (strings.Contains(e.Name, ":") || e.Name == "navigationStart") && !strings.HasPrefix(e.Name, "warm:"):
			r := at(e.Ts)
			if !slices.Contains(r.marks, e.Name) {
				r.marks = append(r.marks, e.Name)
			}
		}
	}
	var b strings.Builder
	b.WriteString("    ms   main compile worker     sw browser  marks\n")
	for i, r := range rows {
		m := strings.Join(r.marks, " ")
		if r.warm > 0 {
			m += fmt.Sprintf(" (%d warm-up calls)", r.warm)
		}
		fmt.Fprintf(&b, "%6.0f %6.0f %7.0f %6.0f %6.0f %7.0f  %s\n", float64(i)*step, r.main, r.compile, r.worker, r.sw, r.browser, m)
	}
	return b.String()
}

// threadCPU lists, by process and thread, the CPU time of the top-level
// tasks (category toplevel) that start between from and to (trace times),
// and the events of one ms or more inside them, largest first: what ran
// on every thread of the browser meanwhile.
func threadCPU(evs []traceEvent, from, to float64) string {
	names := map[[2]int]string{}
	for _, e := range evs {
		if e.Ph == "M" && e.Name == "thread_name" {
			names[[2]int{e.Pid, e.Tid}], _ = e.Args["name"].(string)
		}
	}
	thread := map[string]float64{}
	inner := map[string]float64{}
	for _, e := range evs {
		if e.Ph != "X" || e.Ts < from || e.Ts > to {
			continue
		}
		k := fmt.Sprintf("%d/%s", e.Pid, names[[2]int{e.Pid, e.Tid}])
		if e.Cat == "toplevel" {
			thread[k] += e.Tdur / 1000
		} else if e.Dur >= 1000 {
			inner[k+" | "+e.Name] += e.Tdur / 1000
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "(%.0f ms of trace)\n", (to-from)/1000)
	for _, m := range []map[string]float64{thread, inner} {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(a, b string) int { return int(m[b]*1000 - m[a]*1000) })
		for i, k := range keys {
			if i < 25 && m[k] >= 1 {
				fmt.Fprintf(&b, "%8.1f ms cpu  %s\n", m[k], k)
			}
		}
		b.WriteString("--\n")
	}
	return b.String()
}

func columns(row []int) string {
	var b strings.Builder
	for _, v := range row {
		fmt.Fprintf(&b, " %8d", v)
	}
	return b.String()
}
