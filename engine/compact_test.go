package engine

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
	"github.com/whosaid/whosaid/internal/newstext"
)

// checkAppendCompact fails t unless d.AppendCompact writes exactly what
// annot.AppendCompact writes for d.Export(), with and without the text,
// after a prefix already in the buffer.
func checkAppendCompact(t *testing.T, name string, d *Document) {
	t.Helper()
	x := d.Export()
	for _, withText := range []bool{false, true} {
		want, err := annot.AppendCompact([]byte("xyz"), x, withText)
		if err != nil {
			t.Fatalf("%s: annot.AppendCompact: %v", name, err)
		}
		got, err := d.AppendCompact([]byte("xyz"), withText)
		if err != nil {
			t.Fatalf("%s: AppendCompact: %v", name, err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s (withText %v): AppendCompact wrote %d bytes that differ from annot.AppendCompact(Export)'s %d",
				name, withText, len(got), len(want))
		}
	}
}

// TestAppendCompactIsExports checks AppendCompact against the export on
// every text of the project and on invented articles.
func TestAppendCompactIsExports(t *testing.T) {
	var files []string
	for _, g := range []string{"testdata/*.txt", "eval/testdata/*/*.txt", "eval/testdata/*/*/*.txt", "../cmd/whosaid/testdata/*.txt"} {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 5 {
		t.Fatalf("only %d texts found", len(files))
	}
	texts := map[string]string{
		"empty":          "",
		"article-0":      newstext.Article(0),
		"article-5000":   newstext.Article(5000),
		"invisible-only": "\u200b\u00ad",
		"title-only":     "A Title",
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(b)
	}
	for name, text := range texts {
		d, err := Analyze(text, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkAppendCompact(t, name, d)
	}
}

// FuzzAppendCompact checks AppendCompact against the export on any text.
func FuzzAppendCompact(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Analyze(s, Options{})
		if err != nil {
			return
		}
		checkAppendCompact(t, "fuzzed text", d)
	})
}
