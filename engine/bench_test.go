package engine

import (
	"os"
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
}

func BenchmarkAnalyzeArticle(b *testing.B) { benchAnalyze(b, 4_000) }
func BenchmarkAnalyze1MB(b *testing.B)     { benchAnalyze(b, 1<<20) }
func BenchmarkAnalyze10MB(b *testing.B)    { benchAnalyze(b, 10<<20) }
