package engine

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// benchText returns the project's own test article repeated to about n bytes.
func benchText(b *testing.B, n int) string {
	b.Helper()
	src, err := os.ReadFile("testdata/harbour-dispute.txt")
	if err != nil {
		b.Fatal(err)
	}
	body := string(src)
	var sb strings.Builder
	for sb.Len() < n {
		sb.WriteString(body)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func words(s string) int { return len(strings.Fields(s)) }

func benchAnalyze(b *testing.B, n int) {
	text := benchLoop(b, n, func(d *Document) error { _ = d.Export(); return nil })
	b.ReportMetric(heapFactor(text), "heap/input")
}

// benchLoop times Analyze of the benchmark text of at least n bytes and
// then out on its document, after a warm-up, reporting allocations, words/s
// and words/cpu-s; it returns the text.
func benchLoop(b *testing.B, n int, out func(*Document) error) string {
	text := benchText(b, n)
	benchPasses(b, []string{text}, out)
	return text
}

// benchPasses times passes of Analyze and then out over each of texts, a
// document each, after a warm-up, reporting allocations, words/s and
// words/cpu-s.
func benchPasses(b *testing.B, texts []string, out func(*Document) error) {
	if _, err := Analyze("Warm up the lexicons.", Options{}); err != nil {
		b.Fatal(err)
	}
	n, size := 0, 0
	for _, t := range texts {
		n += words(t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, t := range texts {
			d, err := Analyze(t, Options{})
			if err == nil {
				err = out(d)
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	reportCPU(b, n, cpu)
}

// reportCPU reports the words per second of CPU time, which on a shared
// machine waits less for a core than the wall clock does; with -cpu 1 the
// garbage collector counts too. Nothing is reported where cpuTime is 0.
func reportCPU(b *testing.B, words int, cpu time.Duration) {
	if cpu > 0 {
		b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

// heapFactor returns the live heap that one analysed document and its
// export hold, as a multiple of the input's size.
func heapFactor(text string) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d, _ := Analyze(text, Options{})
	x := d.Export()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(d)
	runtime.KeepAlive(x)
	return float64(after.HeapAlloc-before.HeapAlloc) / float64(len(text))
}

// benchCompact times what engine.wasm does for whosaid.extract: Analyze
// and the compact form written from the document.
func benchCompact(b *testing.B, n int) {
	text := benchLoop(b, n, compactOut)
	b.ReportMetric(peakLiveFactor(text), "peak-live/input")
}

func compactOut(d *Document) error { _, err := d.AppendCompact(nil, false); return err }

// peakLiveFactor returns the most heap live at any collection during
// Analyze and AppendCompact of text, above the heap before, as a multiple
// of the input's size. Collections are made frequent (GOGC 5) so that one
// falls near every peak; under the default GOGC of 100 the heap grows to
// about twice this before a collection. The heap live at a collection is
// read by a finalizer that each collection runs and that sets up the next.
func peakLiveFactor(text string) float64 {
	runtime.GC()
	base := heapLive()
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	var most atomic.Uint64
	var done atomic.Bool
	var arm func()
	arm = func() {
		runtime.SetFinalizer(new([16]byte), func(*[16]byte) {
			if v := heapLive(); v > most.Load() {
				most.Store(v)
			}
			if !done.Load() {
				arm()
			}
		})
	}
	arm()
	d, _ := Analyze(text, Options{})
	out, _ := d.AppendCompact(nil, false)
	done.Store(true)
	runtime.GC()
	runtime.GC()
	runtime.KeepAlive(out)
	return float64(int64(most.Load())-int64(base)) / float64(len(text))
}

// heapLive is the heap marked live by the last collection.
func heapLive() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func BenchmarkAnalyzeArticle(b *testing.B) { benchAnalyze(b, 4_000) }
func BenchmarkAnalyze1MB(b *testing.B)     { benchAnalyze(b, 1<<20) }
func BenchmarkAnalyze10MB(b *testing.B)    { benchAnalyze(b, 10<<20) }
func BenchmarkCompactArticle(b *testing.B) { benchLoop(b, 1, compactOut) }
func BenchmarkCompact1MB(b *testing.B)     { benchCompact(b, 1<<20) }
func BenchmarkCompact10MB(b *testing.B)    { benchCompact(b, 10<<20) }

// sevenArticles are the project's own texts that make bench's "7 articles"
// input analyses each as a document of its own (bench/run/main.go's
// articles), relative to this package.
var sevenArticles = []string{
	"testdata/harbour-dispute.txt",
	"../cmd/whosaid/testdata/budget.txt",
	"../cmd/whosaid/testdata/split.txt",
	"../cmd/whosaid/testdata/unicode.txt",
	"testdata/edge-cases.txt",
	"eval/testdata/polnear/text/demo-budget.txt",
	"eval/testdata/polnear/text/demo-festival.txt",
}

// BenchmarkCompact7Articles is make bench's "7 articles" row: one pass runs
// Analyze and the compact form over each of the seven short texts, where
// the costs of a document that do not grow with its length weigh most.
func BenchmarkCompact7Articles(b *testing.B) {
	texts := make([]string, len(sevenArticles))
	for i, f := range sevenArticles {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts[i] = string(src)
	}
	benchPasses(b, texts, compactOut)
}

// BenchmarkPathological runs inputs built to find super-linear stages: the
// cost per byte must stay flat as they grow.
func BenchmarkPathological(b *testing.B) {
	cases := []struct {
		name string
		text string
	}{
		{"quote-marks-100k", strings.Repeat("“a ” \" ' « ", 100_000/5)},
		{"capitalised-50k", strings.Repeat("Capital ", 50_000)},
		{"said-50k", strings.Repeat("Ruiz said he said, ", 50_000/4)},
		{"one-paragraph-10MB", strings.Repeat("word ", 2<<20)},
		{"nested-quotes-20k", strings.Repeat("“‘«", 20_000/3)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				if _, err := Analyze(c.text, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStage times each stage of the pipeline, and the export, on the
// 1 MB text; the stages before the one timed run with the timer stopped.
func BenchmarkStage(b *testing.B) {
	text := benchText(b, 1<<20)
	if _, err := Analyze("Warm up the lexicons.", Options{}); err != nil {
		b.Fatal(err)
	}
	for i, st := range pipeline {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			var cpu time.Duration
			for range b.N {
				b.StopTimer()
				d := &Document{Text: text}
				for _, before := range pipeline[:i] {
					before.run(d)
				}
				b.StartTimer()
				cpu0 := cpuTime()
				st.run(d)
				cpu += cpuTime() - cpu0
			}
			reportCPU(b, words(text), cpu)
		})
	}
	b.Run("export", func(b *testing.B) {
		d, _ := Analyze(text, Options{})
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		cpu0 := cpuTime()
		for range b.N {
			_ = d.Export()
		}
		reportCPU(b, words(text), cpuTime()-cpu0)
	})
}
