package main

import (
	"context"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// e2eTests are the browser tests whose logged figures make bench reports.
var e2eTests = []string{"TestPageLoads", "TestOffline", "TestUIRenderArticle5000Words", "TestUILargeDocumentDoesNotFreeze"}

// browser holds the figures that the e2e tests log (go test -v), in
// milliseconds; a figure a test did not log stays nil.
type browser struct {
	Status        map[string]string `json:"status"` // PASS, FAIL, SKIP or "not run"
	FirstVisit    *float64          `json:"firstVisitMs"`
	OfflineReload *float64          `json:"offlineReloadMs"`
	Words5000     *float64          `json:"annotate5000WordsMs"`
	Stall5000     *float64          `json:"longestStall5000WordsMs"`
	MB1           *float64          `json:"annotate1MBMs"`
	Stall1MB      *float64          `json:"longestStall1MBMs"`
	Err           string            `json:"error,omitempty"`
	Seconds       float64           `json:"seconds"`
}

var (
	reFirstVisit = regexp.MustCompile(`first load, navigation to interactive: (\S+)`)
	reOffline    = regexp.MustCompile(`offline reload to interactive: (\S+)`)
	re5000       = regexp.MustCompile(`5,000 words \(\d+ bytes\): annotate\+render (\d+) ms.*longest stall (\d+) ms`)
	re1MB        = regexp.MustCompile(`1 MB \(\d+ bytes\): annotate\+render (\d+) ms.*longest stall (\d+) ms`)
	reStatus     = regexp.MustCompile(`--- (PASS|FAIL|SKIP): (\w+)`)
)

// runE2E runs the e2e tests that measure the app in headless Chromium, with
// E2E_LARGE=1 for the 1 MB document, and reads the figures they log.
func runE2E(c config) *browser {
	b := &browser{Status: map[string]string{}}
	for _, t := range e2eTests {
		b.Status[t] = "not run"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, "go", "test", "-count=1", "-v", "-timeout=6m",
		"-run", "^("+strings.Join(e2eTests, "|")+")$", "./e2e")
	cmd.Dir = c.root
	cmd.Env = append(os.Environ(), "E2E_LARGE=1")
	out, err := cmd.CombinedOutput()
	b.Seconds = time.Since(start).Seconds()
	if err != nil {
		b.Err = err.Error()
	}
	s := string(out)
	if strings.Contains(s, "skipped") && !strings.Contains(s, "--- ") {
		b.Err = strings.TrimSpace(s)
	}
	for _, m := range reStatus.FindAllStringSubmatch(s, -1) {
		b.Status[m[2]] = m[1]
	}
	if m := reFirstVisit.FindStringSubmatch(s); m != nil {
		b.FirstVisit = durationMs(m[1])
	}
	if m := reOffline.FindStringSubmatch(s); m != nil {
		b.OfflineReload = durationMs(m[1])
	}
	if m := re5000.FindStringSubmatch(s); m != nil {
		b.Words5000, b.Stall5000 = number(m[1]), number(m[2])
	}
	if m := re1MB.FindStringSubmatch(s); m != nil {
		b.MB1, b.Stall1MB = number(m[1]), number(m[2])
	}
	if err := os.WriteFile(c.out+"/e2e.log", out, 0o644); err != nil {
		b.Err += "; " + err.Error()
	}
	return b
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
