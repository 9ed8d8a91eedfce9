package annot_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/whosaid/whosaid/engine"
	"github.com/whosaid/whosaid/engine/annot"
)

// The benchmarks here measure Encode and Parse on what the app handles: the
// engine's export of a long article, built from the engine's own invented
// test articles repeated to about articleWords words. encoding/json's
// times on the same document are measured alongside, for comparison.
const articleWords = 5000

var article struct {
	once sync.Once
	doc  *annot.Document
	err  error
}

// articleDoc returns the export of the long article, analysed once.
func articleDoc(b *testing.B) *annot.Document {
	b.Helper()
	article.once.Do(func() {
		files, err := filepath.Glob("../testdata/*.txt")
		if err != nil || len(files) == 0 {
			article.err = err
			return
		}
		var sb strings.Builder
		for n := 0; n < articleWords; {
			for _, f := range files {
				src, err := os.ReadFile(f)
				if err != nil {
					article.err = err
					return
				}
				sb.Write(src)
				sb.WriteString("\n\n")
				n += len(strings.Fields(string(src)))
			}
		}
		d, err := engine.Analyze(sb.String(), engine.Options{})
		if err != nil {
			article.err = err
			return
		}
		article.doc = d.Export()
	})
	if article.err != nil || article.doc == nil {
		b.Fatalf("building the article: %v", article.err)
	}
	return article.doc
}

func articleJSON(b *testing.B) []byte {
	data, err := annot.Marshal(articleDoc(b))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkArticleEncode(b *testing.B) {
	d := articleDoc(b)
	for _, indent := range []bool{true, false} {
		name := "compact"
		if indent {
			name = "indented"
		}
		b.Run(name, func(b *testing.B) {
			var buf bytes.Buffer
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				if err := annot.Encode(&buf, d, indent); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}

func BenchmarkArticleParse(b *testing.B) {
	data := articleJSON(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := annot.Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkArticleValidate(b *testing.B) {
	d := articleDoc(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := d.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArticleEncodingJSON is encoding/json on the same document: what
// Encode and Parse cost before they did without reflection.
func BenchmarkArticleEncodingJSON(b *testing.B) {
	d := articleDoc(b)
	data := articleJSON(b)
	b.Run("encode", func(b *testing.B) {
		var buf bytes.Buffer
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			e := json.NewEncoder(&buf)
			e.SetEscapeHTML(false)
			e.SetIndent("", "  ")
			if err := e.Encode(d); err != nil {
				b.Fatal(err)
			}
		}
		b.SetBytes(int64(buf.Len()))
	})
	b.Run("unmarshal", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			var d annot.Document
			if err := json.Unmarshal(data, &d); err != nil {
				b.Fatal(err)
			}
		}
	})
}
