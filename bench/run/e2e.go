package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// e2eTests are the browser tests whose logged figures make bench reports.
var e2eTests = []string{"TestPageLoads", "TestOffline", "TestUIRenderArticle5000Words", "TestUIRenderArticle5000WordsWarmEngine", "TestUILargeDocumentDoesNotFreeze"}

// browser holds the figures that the e2e tests log (go test -v), in
// milliseconds, each the median over the tests' repetitions; a figure no
// test logged stays nil.
type browser struct {
	Count         int               `json:"count"`  // repetitions of each test
	Status        map[string]string `json:"status"` // e.g. "PASS 3/3", "FAIL 3/3, PASS 0/3", "not run"
	FirstVisit    *float64          `json:"firstVisitMs"`
	OfflineReload *float64          `json:"offlineReloadMs"`
	SettledReload *float64          `json:"offlineReloadSettledMs"` // the same once the reloaded page's engine reported itself warm
	Words5000     *float64          `json:"annotate5000WordsMs"`
	Stall5000     *float64          `json:"longestStall5000WordsMs"`
	Warm5000      *float64          `json:"annotate5000WordsWarmEngineMs"` // the same once the engine reported itself warm
	WarmStall5000 *float64          `json:"longestStall5000WordsWarmEngineMs"`
	MB1           *float64          `json:"annotate1MBMs"`
	Stall1MB      *float64          `json:"longestStall1MBMs"`
	HeapJS        *float64          `json:"jsHeapAfter1MBMB"`    // V8 heap in use after a GC, MB
	HeapDOM       *float64          `json:"blinkHeapAfter1MBMB"` // Blink's heap (DOM) in use, MB
	HeapWasm      *float64          `json:"appWasmMemory1MBMB"`  // app.wasm's linear memory, MB
	Err           string            `json:"error,omitempty"`
	Seconds       float64           `json:"seconds"`
}

var (
	reFirstVisit = regexp.MustCompile(`first load, navigation to interactive: (\S+)`)
	reOffline    = regexp.MustCompile(`offline reload to interactive: (\S+)`)
	reSettled    = regexp.MustCompile(`offline reload of a settled page \(engine warm\) to interactive: (\S+)`)
	re5000       = regexp.MustCompile(`5,000 words \(\d+ bytes\): annotate\+render (\d+) ms.*longest stall (\d+) ms`)
	reWarm5000   = regexp.MustCompile(`5,000 words, engine warm: annotate\+render (\d+) ms.*longest stall (\d+) ms`)
	re1MB        = regexp.MustCompile(`1 MB \(\d+ bytes\): annotate\+render (\d+) ms.*longest stall (\d+) ms`)
	reHeap       = regexp.MustCompile(`1 MB: heap after a GC: JS ([\d.]+) MB used of [\d.]+ MB, DOM and other Blink objects ([\d.]+) MB, app.wasm linear memory ([\d.]+) MB`)
	reStatus     = regexp.MustCompile(`--- (PASS|FAIL|SKIP): (\w+)`)
)

// runE2E runs the e2e tests that measure the app in headless Chromium, the
// 1 MB document's among them, and reads the figures they log.
func runE2E(c config) *browser {
	b := &browser{Status: map[string]string{}, Count: c.e2eCount}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, "go", "test", fmt.Sprintf("-count=%d", c.e2eCount), "-v", "-timeout=8m",
		"-run", "^("+strings.Join(e2eTests, "|")+")$", "./e2e")
	cmd.Dir = c.root
	out, err := cmd.CombinedOutput()
	b.Seconds = time.Since(start).Seconds()
	if err != nil {
		b.Err = err.Error()
	}
	parseE2E(b, string(out))
	if err := os.WriteFile(c.out+"/e2e.log", out, 0o644); err != nil {
		b.Err += "; " + err.Error()
	}
	return b
}

// medianOf returns the median of submatch i of every match of re in s,
// read by conv; nil without a match.
func medianOf(re *regexp.Regexp, s string, i int, conv func(string) *float64) *float64 {
	var xs []float64
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		if v := conv(m[i]); v != nil {
			xs = append(xs, *v)
		}
	}
	if len(xs) == 0 {
		return nil
	}
	v := median(xs)
	return &v
}

func durationMs(s string) *float64 {
	d, err := time.ParseDuration(s)
	if err != nil {
		return nil
	}
	v := float64(d.Microseconds()) / 1000
	return &v
}

func number(s string) *float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil
	}
	return &v
}

// parseE2E reads the tests' statuses and figures from the output of go test
// -v into b.
func parseE2E(b *browser, s string) {
	if strings.Contains(s, "skipped") && !strings.Contains(s, "--- ") {
		b.Err = strings.TrimSpace(s)
	}
	counts := map[string]map[string]int{}
	for _, m := range reStatus.FindAllStringSubmatch(s, -1) {
		if counts[m[2]] == nil {
			counts[m[2]] = map[string]int{}
		}
		counts[m[2]][m[1]]++
	}
	for _, t := range e2eTests {
		var parts []string
		for _, st := range []string{"PASS", "FAIL", "SKIP"} {
			if n := counts[t][st]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d/%d", st, n, b.Count))
			}
		}
		b.Status[t] = strings.Join(parts, ", ")
		if len(parts) == 0 {
			b.Status[t] = "not run"
		}
	}
	b.FirstVisit = medianOf(reFirstVisit, s, 1, durationMs)
	b.OfflineReload = medianOf(reOffline, s, 1, durationMs)
	b.SettledReload = medianOf(reSettled, s, 1, durationMs)
	b.Words5000 = medianOf(re5000, s, 1, number)
	b.Stall5000 = medianOf(re5000, s, 2, number)
	b.Warm5000 = medianOf(reWarm5000, s, 1, number)
	b.WarmStall5000 = medianOf(reWarm5000, s, 2, number)
	b.MB1 = medianOf(re1MB, s, 1, number)
	b.Stall1MB = medianOf(re1MB, s, 2, number)
	b.HeapJS = medianOf(reHeap, s, 1, number)
	b.HeapDOM = medianOf(reHeap, s, 2, number)
	b.HeapWasm = medianOf(reHeap, s, 3, number)
}
