//go:build !(js && wasm)

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// The profiling tests find where the time of the browser figures goes. They
// run only with E2E_PROFILE=1 and only log (figures come from make bench):
//
//	E2E_PROFILE=1 E2E_WASM_NAMES=1 E2E_OUT=out go test -count=3 -v -run '^TestProfile' ./e2e
//
// E2E_WASM_NAMES=1 keeps the .wasm files' name section so the CPU profile
// (written to $E2E_OUT/annotate-5000.cpuprofile, for Chrome's DevTools) names
// Go functions.
func needProfile(t *testing.T) {
	if os.Getenv("E2E_PROFILE") != "1" {
		t.Skip("set E2E_PROFILE=1 to profile")
	}
	needBuild(t)
}

// phasesJS lists the app's user-timing marks of one annotation as the time
// from the previous one, from the click to the complete reading view.
const phasesJS = `(() => {
	const m = {};
	for (const e of performance.getEntriesByType("mark")) if (!(e.name in m)) m[e.name] = e.startTime;
	const names = ["extract:send", "engine:start", "engine:end", "extract:reply", "extract:decoded", "annotate:apply", "annotate:applied", "annotate:mounted", "side:mount"];
	const out = [];
	let prev = m.click;
	for (const n of names) { if (m[n] !== undefined) { out.push(n + " +" + Math.round(m[n] - prev)); prev = m[n]; } }
	out.push("complete +" + Math.round(window.__completeAt - prev));
	out.push("total " + Math.round(window.__completeAt - m.click) + " ms");
	out.push("longest stall " + Math.round(window.__stall.max) + " ms (gaps over 100 ms, start+length since the click: " + window.__stall.gaps.map(g => { const [a, b] = g.split("+"); return Math.round(a - m.click) + "+" + b; }).join(" ") + ")");
	return out.join(", ");
})()`

// loadTimelineJS lists what happened from the navigation to the app's
// first render, in ms since the navigation: the document's response, the
// scripts and app.wasm (fetched, or answered by the service worker), and
// the app's marks (app:main when Go's main starts, app:mount when the
// shell mounts, app:ready when its first render is done).
const loadTimelineJS = `(() => {
	const out = [];
	const nav = performance.getEntriesByType("navigation")[0];
	if (nav) out.push("document " + Math.round(nav.responseEnd) + (nav.workerStart ? " (service worker " + Math.round(nav.workerStart) + ")" : "") + ", DOMContentLoaded " + Math.round(nav.domContentLoadedEventEnd));
	for (const r of performance.getEntriesByType("resource")) {
		if (/app\.js|wasm_exec|app\.wasm|app\.css/.test(r.name)) out.push(new URL(r.name).pathname + " " + Math.round(r.startTime) + "-" + Math.round(r.responseEnd));
	}
	for (const m of performance.getEntriesByType("mark")) if (m.name.startsWith("app:")) out.push(m.name + " " + Math.round(m.startTime));
	return out.join(", ");
})()`

// traceEvent is one Chrome trace event.
type traceEvent struct {
	raw  json.RawMessage
	Ts   float64        `json:"ts"`   // µs
	Tdur float64        `json:"tdur"` // µs of CPU time of the thread
	Pid  int            `json:"pid"`
	Name string         `json:"name"`
	Cat  string         `json:"cat"`
	Ph   string         `json:"ph"`
	Dur  float64        `json:"dur"` // µs
	Tid  int            `json:"tid"`
	Args map[string]any `json:"args"`
}

// traceDuring records Chrome trace events of the categories while run runs.
func traceDuring(t *testing.T, ctx context.Context, categories []string, run func()) []traceEvent {
	t.Helper()
	var mu sync.Mutex
	var evs []traceEvent
	done := make(chan struct{})
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chromedp.Listen(lctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range e.Value {
				var te traceEvent
				if json.Unmarshal([]byte(v), &te) == nil {
					te.raw = json.RawMessage(v)
					evs = append(evs, te)
				}
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(done)
		}
	})
	if _, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{TraceConfig: &tracing.TraceConfig{IncludedCategories: categories}}); err != nil {
		t.Fatal(err)
	}
	run()
	if _, err := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	<-done
	mu.Lock()
	defer mu.Unlock()
	return evs
}

// markTime returns the trace time of the first user-timing mark name, or
// 0 when there is none.
func markTime(evs []traceEvent, name string) float64 {
	for _, e := range evs {
		if e.Name == name && strings.Contains(e.Cat, "blink.user_timing") {
			return e.Ts
		}
	}
	return 0
}

// taskCPU adds up the CPU time (thread time, which other processes on a
// loaded machine do not lengthen the way they lengthen wall time) of the
// tasks that start between from and to on the threads whose name starts
// with thread, and returns it with the longest task's, in ms.
func taskCPU(evs []traceEvent, thread string, from, to float64) (sum, longest float64) {
	names := map[[2]int]string{}
	for _, e := range evs {
		if e.Ph == "M" && e.Name == "thread_name" {
			names[[2]int{e.Pid, e.Tid}], _ = e.Args["name"].(string)
		}
	}
	for _, e := range evs {
		if e.Name != "ThreadControllerImpl::RunTask" || e.Ph != "X" || e.Ts < from || e.Ts > to ||
			!strings.HasPrefix(names[[2]int{e.Pid, e.Tid}], thread) {
			continue
		}
		sum += e.Tdur / 1000
		longest = max(longest, e.Tdur/1000)
	}
	return sum, longest
}

// summary adds up the complete events ("X") of at least 1 ms by thread and
// name, or only those whose name contains one of only, and lists the top n.
func summary(evs []traceEvent, n int, only ...string) string {
	threads := map[int]string{}
	for _, e := range evs {
		if e.Ph == "M" && e.Name == "thread_name" {
			threads[e.Tid], _ = e.Args["name"].(string)
		}
	}
	sum, count := map[string]float64{}, map[string]int{}
	for _, e := range evs {
		keep := len(only) == 0 && e.Ph == "X" && e.Dur >= 1000
		for _, o := range only {
			keep = keep || strings.Contains(e.Name, o)
		}
		if keep {
			k := threads[e.Tid] + " | " + e.Name
			sum[k] += e.Dur / 1000
			count[k]++
		}
	}
	keys := make([]string, 0, len(sum))
	for k := range sum {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return sum[keys[i]] > sum[keys[j]] })
	var b strings.Builder
	for i := 0; i < len(keys) && i < n; i++ {
		fmt.Fprintf(&b, "%9.1f ms %5d× %s\n", sum[keys[i]], count[keys[i]], keys[i])
	}
	return b.String()
}

// TestProfileAnnotate5000 annotates the 5,000-word article of
// TestUIRenderArticle5000Words and logs the app's phases, the main thread's
// tasks by kind (Go code runs in TimerFire and FunctionCall; the rest is the
// browser's style, layout, HTML parsing and painting) and a CPU profile.
// With E2E_OUT it also writes the trace (annotate-5000.trace.json, for
// DevTools' Performance panel). E2E_WARMUP=1 annotates another article
// first and returns to the input, so the profiled annotation finds the
// engine and the app's code warm; E2E_CLICK_DELAY (a Go duration) waits
// between pasting and clicking, as a user does. E2E_WAIT_WARM=1 is
// TestUIRenderArticle5000WordsWarmEngine's case: once the engine reports
// itself warm, paste and click at once, both traced; it also logs the
// main thread's CPU until the side panels and the first save are done,
// and V8's optimising compiler's. E2E_PROFILE_WORDS changes the article's
// length (180000 is about 1 MB).
func TestProfileAnnotate5000(t *testing.T) {
	needProfile(t)
	url, _ := startServer(t)
	ctx := newBrowser(t)
	if os.Getenv("E2E_PROFILE_LOAD") == "1" {
		profileFromLoad(t, ctx, url)
		return
	}
	load(t, ctx, url)
	if os.Getenv("E2E_WARMUP") == "1" {
		if err := setValue(ctx, tid("input-text"), strings.ReplaceAll(newsText(5000), "Velmont", "Marlow")); err != nil {
			t.Fatal(err)
		}
		mustJS[bool](t, ctx, stallMonitorJS)
		click(t, ctx, "btn-annotate")
		if err := waitJS(ctx, `window.__completeAt > 0`, 120*time.Second); err != nil {
			t.Fatal(err)
		}
		click(t, ctx, "btn-new")
		if err := waitJS(ctx, `!!document.querySelector('[data-testid="input-text"]')`, 10*time.Second); err != nil {
			t.Fatal(err)
		}
	}
	words := 5000
	if n, err := strconv.Atoi(os.Getenv("E2E_PROFILE_WORDS")); err == nil && n > 0 {
		words = n
	}
	// E2E_WAIT_WARM=1 is TestUIRenderArticle5000WordsWarmEngine's case:
	// wait until the engine reports itself warm, then paste and click at
	// once, both inside the trace.
	waitWarm := os.Getenv("E2E_WAIT_WARM") == "1"
	paste := func() {
		mustJS[bool](t, ctx, `performance.mark("paste"), true`)
		if err := setValue(ctx, tid("input-text"), newsText(words)); err != nil {
			t.Fatal(err)
		}
	}
	if waitWarm {
		if err := waitJS(ctx, `document.body.getAttribute("data-engine-warm") === "1"`, 60*time.Second); err != nil {
			t.Fatal(err)
		}
	} else {
		paste()
		if d, err := time.ParseDuration(os.Getenv("E2E_CLICK_DELAY")); err == nil {
			time.Sleep(d)
		}
		mustJS[bool](t, ctx, stallMonitorJS)
	}
	for _, c := range []any{profiler.Enable, profiler.Start} {
		if _, err := chromedp.Call(ctx, c.(cdp.Command[cdp.Empty, cdp.Empty]), cdp.Empty{}); err != nil {
			t.Fatal(err)
		}
	}
	evs := traceDuring(t, ctx, []string{"devtools.timeline", "toplevel", "v8", "v8.wasm", "blink", "blink.user_timing", "__metadata"}, func() {
		if waitWarm {
			paste()
			mustJS[bool](t, ctx, stallMonitorJS)
		}
		mustJS[bool](t, ctx, `performance.mark("click"), true`)
		click(t, ctx, "btn-annotate")
		if err := waitJS(ctx, `window.__completeAt > 0`, 120*time.Second); err != nil {
			t.Fatal(err)
		}
		if waitWarm {
			// what follows the text (side panels, the first save) counts
			// in the stall the test reports
			if err := waitJS(ctx, shownJS, 10*time.Second); err != nil {
				t.Fatal(err)
			}
			time.Sleep(300 * time.Millisecond)
		}
	})
	res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("E2E_OUT"); dir != "" {
		b, _ := json.Marshal(res.Profile)
		_ = os.MkdirAll(dir, 0o755)
		_ = os.WriteFile(filepath.Join(dir, "annotate-5000.cpuprofile"), b, 0o644)
	}
	writeTrace(t, "annotate-5000.trace.json", evs)
	from, to := markTime(evs, "click"), markTime(evs, "rv:complete")
	mainCPU, mainLongest := taskCPU(evs, "CrRendererMain", from, to)
	workerCPU, _ := taskCPU(evs, "DedicatedWorker", from, to)
	t.Logf("CPU time from the click to the complete reading view: main thread %.0f ms (longest task %.0f ms), engine worker %.0f ms", mainCPU, mainLongest, workerCPU)
	if waitWarm {
		paste := markTime(evs, "paste")
		all, longest := taskCPU(evs, "CrRendererMain", paste, math.Inf(1))
		t.Logf("main thread CPU from the paste to the end of the trace (side panels and first save included): %.0f ms (longest task %.0f ms); V8's optimising compiler from the paste to the complete view %.0f ms",
			all, longest, eventCPU(evs, "wasm.TopTierCompilation", paste, to))
	}
	t.Logf("phases: %s\ntasks by kind (events of 1 ms or more):\n%s", mustJS[string](t, ctx, phasesJS), summary(evs, 30))
	t.Logf("marks from the first trace event (ms; CPU ms of the main thread / engine worker / V8 compiler threads since the previous mark):\n%s", marksTimeline(evs))
	t.Logf("main-thread tasks of 10 ms or more (ms since the click: wall, CPU; lazy wasm compilation inside):\n%s", longTasks(evs, from, 10))
}

// longTasks lists the main thread's tasks of at least minMS of wall time
// after from, with the CPU time of each and of V8's lazy WebAssembly
// compilation (wasm.CompileLazy) inside it.
func longTasks(evs []traceEvent, from, minMS float64) string {
	names, _ := threadNames(evs)
	var b strings.Builder
	for _, e := range evs {
		if e.Name != "ThreadControllerImpl::RunTask" || e.Ph != "X" || e.Ts < from || e.Dur < minMS*1000 ||
			names[[2]int{e.Pid, e.Tid}] != "CrRendererMain" {
			continue
		}
		lazy, n := 0.0, 0
		for _, c := range evs {
			if c.Name == "wasm.CompileLazy" && c.Pid == e.Pid && c.Tid == e.Tid && c.Ts >= e.Ts && c.Ts < e.Ts+e.Dur {
				lazy += c.Tdur / 1000
				n++
			}
		}
		fmt.Fprintf(&b, "%7.0f  wall %5.1f  cpu %5.1f  lazy compile %5.1f (%d)\n", (e.Ts-from)/1000, e.Dur/1000, e.Tdur/1000, lazy, n)
	}
	return b.String()
}

// profileFromLoad is TestProfileAnnotate5000 with E2E_PROFILE_LOAD=1: the
// trace starts before the navigation, and the article is pasted and
// annotated the moment the app is interactive (as
// TestUIRenderArticle5000Words does), so the engine worker's whole start
// (engine.wasm's download and compilation, the Go program's start, the
// warm-up) shows next to the annotation. It logs every user-timing mark of
// the page and of the worker, and the CPU time of the main thread, the
// worker and V8's background compiler threads between them.
func profileFromLoad(t *testing.T, ctx context.Context, url string) {
	words := 5000
	if n, err := strconv.Atoi(os.Getenv("E2E_PROFILE_WORDS")); err == nil && n > 0 {
		words = n
	}
	text := newsText(words)
	evs := traceDuring(t, ctx, []string{"devtools.timeline", "toplevel", "v8", "v8.wasm", "blink", "blink.user_timing", "loading", "__metadata"}, func() {
		load(t, ctx, url)
		if d, err := time.ParseDuration(os.Getenv("E2E_CLICK_DELAY")); err == nil {
			time.Sleep(d)
		}
		mustJS[bool](t, ctx, `window.__pasteAt = performance.now(), true`)
		if err := setValue(ctx, tid("input-text"), text); err != nil {
			t.Fatal(err)
		}
		mustJS[bool](t, ctx, stallMonitorJS)
		mustJS[bool](t, ctx, `performance.mark("click"), true`)
		click(t, ctx, "btn-annotate")
		if err := waitJS(ctx, `window.__completeAt > 0`, 120*time.Second); err != nil {
			t.Fatal(err)
		}
	})
	writeTrace(t, "annotate-load.trace.json", evs)
	t.Logf("marks from the first trace event (ms; CPU ms of the main thread / engine worker / V8 compiler threads since the previous mark):\n%s", marksTimeline(evs))
	from, to := markTime(evs, "click"), markTime(evs, "rv:complete")
	mainCPU, mainLongest := taskCPU(evs, "CrRendererMain", from, to)
	workerCPU, _ := taskCPU(evs, "DedicatedWorker", from, to)
	t.Logf("CPU time from the click to the complete reading view: main thread %.0f ms (longest task %.0f ms), engine worker %.0f ms, V8 compiler threads %.0f ms; wall %.0f ms",
		mainCPU, mainLongest, workerCPU, eventCPU(evs, "wasm.ExecuteCompilationUnits", from, to), (to-from)/1000)
}

// threadNames returns the names of the trace's threads by process and
// thread id, and the time of its first timed event.
func threadNames(evs []traceEvent) (map[[2]int]string, float64) {
	names := map[[2]int]string{}
	start := 0.0
	for _, e := range evs {
		if e.Ph == "M" && e.Name == "thread_name" {
			names[[2]int{e.Pid, e.Tid}], _ = e.Args["name"].(string)
		}
		if e.Ts > 0 && (start == 0 || e.Ts < start) {
			start = e.Ts
		}
	}
	return names, start
}

// marksTimeline lists the user-timing marks of every thread in time order,
// in ms from the first event, with the CPU time each of the main thread,
// the worker and V8's compiler threads spent since the previous mark.
func marksTimeline(evs []traceEvent) string {
	names, start := threadNames(evs)
	type mark struct {
		ts           float64
		name, thread string
	}
	var marks []mark
	seen := map[string]bool{}
	for _, e := range evs {
		// Navigation timing (navigationStart, domLoading, ...) shares the
		// category; the app's and the worker's marks have a colon.
		if !strings.Contains(e.Cat, "blink.user_timing") || e.Ph == "e" || !strings.Contains(e.Name, ":") && e.Name != "click" {
			continue
		}
		th := names[[2]int{e.Pid, e.Tid}]
		if th == "DedicatedWorker thread" {
			th = "worker"
		} else if th == "CrRendererMain" {
			th = "page"
		}
		k := fmt.Sprint(e.Ts, e.Name)
		if seen[k] {
			continue
		}
		seen[k] = true
		marks = append(marks, mark{e.Ts, e.Name, th})
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].ts < marks[j].ts })
	var b strings.Builder
	prev := start
	for _, m := range marks {
		mc, _ := taskCPU(evs, "CrRendererMain", prev, m.ts)
		wc, _ := taskCPU(evs, "DedicatedWorker", prev, m.ts)
		fmt.Fprintf(&b, "%7.0f %-7s %-22s cpu %4.0f / %4.0f / %4.0f\n", (m.ts-start)/1000, m.thread, m.name, mc, wc, eventCPU(evs, "wasm.ExecuteCompilationUnits", prev, m.ts))
		prev = m.ts
	}
	return b.String()
}

// eventCPU adds up the thread CPU time of the complete events named name
// that start between from and to, in ms.
func eventCPU(evs []traceEvent, name string, from, to float64) float64 {
	sum := 0.0
	for _, e := range evs {
		if e.Name == name && e.Ph == "X" && e.Ts >= from && e.Ts < to {
			sum += e.Tdur / 1000
		}
	}
	return sum
}

// TestProfileReloadCompile loads the app, lets it settle (the service worker
// installs, V8 optimises and writes its code cache), then reloads it online
// and offline, logging V8's WebAssembly compilation and cache events of each
// load: wasm.CompileLazy is baseline compilation on the main thread,
// wasm.SerializeModule a code cache write, wasm.GetNativeModuleFromCache a
// module reused in the same renderer process.
func TestProfileReloadCompile(t *testing.T) {
	needProfile(t)
	url, stop := startServer(t)
	ctx := newBrowser(t)
	for round, what := range []string{"first visit", "online reload", "offline reload", "offline reload after 6 s"} {
		var took time.Duration
		evs := traceDuring(t, ctx, []string{"v8.wasm", "disabled-by-default-v8.wasm.detailed", "toplevel", "blink.user_timing", "__metadata"}, func() {
			took = load(t, ctx, url)
			if round == 0 || round == 2 {
				mustJS[bool](t, ctx, `navigator.serviceWorker.ready.then(() => true)`)
				time.Sleep(6 * time.Second)
			}
		})
		start := evs[0].Ts
		for _, e := range evs {
			if e.Ts > 0 && e.Ts < start {
				start = e.Ts
			}
		}
		cpu, longest := taskCPU(evs, "CrRendererMain", start, markTime(evs, "app:ready"))
		t.Logf("%s: interactive after %v; main thread CPU until app:ready %.0f ms (longest task %.0f ms)\n%s\n%s", what, took.Round(time.Millisecond),
			cpu, longest, mustJS[string](t, ctx, loadTimelineJS), summary(evs, 20, "wasm."))
		if round == 1 {
			stop()
		}
	}
}

// writeTrace saves trace events to $E2E_OUT/name when E2E_OUT is set, in
// the format of Chrome's DevTools (Performance panel, "Load profile").
func writeTrace(t *testing.T, name string, evs []traceEvent) {
	dir := os.Getenv("E2E_OUT")
	if dir == "" {
		return
	}
	raw := make([]json.RawMessage, len(evs))
	for i, e := range evs {
		raw[i] = e.raw
	}
	b, err := json.Marshal(map[string]any{"traceEvents": raw})
	if err == nil {
		err = os.MkdirAll(dir, 0o755)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	if err != nil {
		t.Log(err)
	}
}

// TestProfileEngineReload loads the app three times in one browser, each
// time waiting until the engine worker reports itself warm and 8 s more
// (time for V8 to optimise and for Chromium to write its code cache), and
// logs V8's WebAssembly compilation events of each load. The page compiles
// engine.wasm and hands the module to the worker (see
// wasm.worker.compileEngine): a worker's own compilation has no code
// cache, and every load compiled engine.wasm again (1,040 lazy
// compilations in the worker and seconds of optimising); with the page's,
// the second and third loads lazily compiled 0-15 functions.
func TestProfileEngineReload(t *testing.T) {
	needProfile(t)
	url, _ := startServer(t)
	ctx := newBrowser(t)
	for round := range 3 {
		evs := traceDuring(t, ctx, []string{"v8.wasm", "disabled-by-default-v8.wasm.detailed", "toplevel", "blink.user_timing", "__metadata"}, func() {
			load(t, ctx, url)
			if err := waitJS(ctx, `document.body.getAttribute("data-engine-warm") === "1"`, 60*time.Second); err != nil {
				t.Fatal(err)
			}
			time.Sleep(8 * time.Second)
		})
		t.Logf("load %d: WebAssembly events by thread\n%s", round+1, summary(evs, 25, "wasm."))
	}
}

// TestProfileRestartCodeCache loads the app in a fresh profile and
// reloads it, each time leaving V8 8 s to optimise and Chromium to write
// its code cache, closes the browser and loads the app in a new browser on
// the same profile: a new renderer process, so app.wasm's compiled code can
// come only from Chromium's on-disk code cache (wasm.Deserialize), not from
// the renderer's module cache (wasm.GetNativeModuleFromCache) that reloads
// use. It logs V8's WebAssembly events of the three loads; wasm.CompileLazy
// on the main thread counts the app.wasm functions compiled again.
func TestProfileRestartCodeCache(t *testing.T) {
	needProfile(t)
	url, _ := startServer(t)
	dir := t.TempDir()
	ctx := newBrowser(t, chromedp.UserDataDir(dir))
	for round, what := range []string{"first visit", "reload", "after a browser restart"} {
		if round == 2 {
			if err := chromedp.Cancel(ctx); err != nil {
				t.Fatal(err)
			}
			ctx = newBrowser(t, chromedp.UserDataDir(dir))
		}
		var took time.Duration
		evs := traceDuring(t, ctx, []string{"v8.wasm", "disabled-by-default-v8.wasm.detailed", "toplevel", "blink.user_timing", "__metadata"}, func() {
			took = load(t, ctx, url)
			if round < 2 {
				mustJS[bool](t, ctx, `navigator.serviceWorker.ready.then(() => true)`)
				time.Sleep(8 * time.Second)
			}
		})
		t.Logf("%s: interactive after %v\n%s", what, took.Round(time.Millisecond), summary(evs, 20, "wasm."))
	}
}
