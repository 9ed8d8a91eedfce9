package main

import "testing"

// e2eLog is go test -v output in the form the e2e tests print, two
// repetitions, one of them failing.
const e2eLog = `=== RUN   TestPageLoads
    platform_test.go:82: first load, navigation to interactive: 1.2s
--- PASS: TestPageLoads (2.60s)
=== RUN   TestPageLoads
    platform_test.go:82: first load, navigation to interactive: 800ms
--- PASS: TestPageLoads (2.10s)
=== RUN   TestOffline
    platform_test.go:307: offline reload to interactive: 500ms
    platform_test.go:399: offline reload of a settled page (engine warm) to interactive: 280ms
--- PASS: TestOffline (4.05s)
=== RUN   TestUIRenderArticle5000Words
    ui_large_test.go:99: 5,000 words (29883 bytes): annotate+render 2468 ms, reading view build 763 ms, 68 paragraphs, 2803 highlight elements, longest stall 998 ms
--- PASS: TestUIRenderArticle5000Words (5.96s)
=== RUN   TestUIRenderArticle5000Words
    ui_large_test.go:99: 5,000 words (29883 bytes): annotate+render 2000 ms, reading view build 763 ms, 68 paragraphs, 2803 highlight elements, longest stall 900 ms
--- FAIL: TestUIRenderArticle5000Words (5.96s)
=== RUN   TestUIRenderArticle5000WordsWarmEngine
    ui_large_test.go:134: 5,000 words, engine warm: annotate+render 96 ms, reading view build 30 ms, 3091 highlight elements, paste to click 134 ms, longest stall 66 ms; engine warm 1185 ms after the app was ready
--- PASS: TestUIRenderArticle5000WordsWarmEngine (6.61s)
=== RUN   TestUILargeDocumentDoesNotFreeze
    ui_large_test.go:150: 1 MB: heap after a GC: JS 1.6 MB used of 2.6 MB, DOM and other Blink objects 32.1 MB, app.wasm linear memory 301.2 MB
--- SKIP: TestUILargeDocumentDoesNotFreeze (0.00s)
`

func TestParseE2E(t *testing.T) {
	b := &browser{Status: map[string]string{}, Count: 2}
	parseE2E(b, e2eLog)
	for _, c := range []struct {
		name string
		got  *float64
		want float64
	}{
		{"first visit", b.FirstVisit, 1000},
		{"offline reload", b.OfflineReload, 500},
		{"settled offline reload", b.SettledReload, 280},
		{"5,000 words", b.Words5000, 2234},
		{"stall 5,000 words", b.Stall5000, 949},
		{"5,000 words, warm engine", b.Warm5000, 96},
		{"stall 5,000 words, warm engine", b.WarmStall5000, 66},
		{"JS heap after 1 MB", b.HeapJS, 1.6},
		{"DOM heap after 1 MB", b.HeapDOM, 32.1},
		{"app.wasm memory after 1 MB", b.HeapWasm, 301.2},
	} {
		if c.got == nil || *c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
	if b.MB1 != nil || b.Stall1MB != nil {
		t.Errorf("1 MB figures from a log without them: %v %v", b.MB1, b.Stall1MB)
	}
	for test, want := range map[string]string{
		"TestPageLoads":                          "PASS 2/2",
		"TestOffline":                            "PASS 1/2",
		"TestUIRenderArticle5000Words":           "PASS 1/2, FAIL 1/2",
		"TestUIRenderArticle5000WordsWarmEngine": "PASS 1/2",
		"TestUILargeDocumentDoesNotFreeze":       "SKIP 1/2",
	} {
		if got := b.Status[test]; got != want {
			t.Errorf("status of %s: %q, want %q", test, got, want)
		}
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestGroup(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 1705830: "1,705,830", -1234: "-1,234"} {
		if got := group(n); got != want {
			t.Errorf("group(%d) = %q, want %q", n, got, want)
		}
	}
}
