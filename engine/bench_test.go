package engine

import (
	"os"
	"runtime"
	"strings"
	"testing"
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
	text := benchText(b, n)
	if _, err := Analyze("Warm up the lexicons.", Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d, err := Analyze(text, Options{})
		if err != nil {
			b.Fatal(err)
		}
		_ = d.Export()
	}
	b.ReportMetric(float64(words(text))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(heapFactor(text), "heap/input")
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

func BenchmarkAnalyzeArticle(b *testing.B) { benchAnalyze(b, 4_000) }
func BenchmarkAnalyze1MB(b *testing.B)     { benchAnalyze(b, 1<<20) }
func BenchmarkAnalyze10MB(b *testing.B)    { benchAnalyze(b, 10<<20) }
