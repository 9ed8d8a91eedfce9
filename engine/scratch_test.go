package engine

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
	"github.com/whosaid/whosaid/internal/newstext"
)

// TestScratchReuse checks that what one analysis and its compact form
// leave in the pools (scratch, annot's writers) changes nothing of the
// next: every text gives the same export and compact form whichever texts
// were analysed before it, in order, in reverse and from four goroutines
// at once, large texts (whose buffers are not kept) among short ones.
func TestScratchReuse(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("../cmd/whosaid/testdata/*.txt")
	files = append(files, more...)
	texts := []string{newstext.Article(20000), "", "Hello.", "“Yes,” she said.", newstext.Article(300)}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if len(texts) < 8 {
		t.Fatalf("only %d texts", len(texts))
	}
	run := func(i int) []byte {
		d, err := Analyze(texts[i], Options{})
		if err != nil {
			t.Error(err)
			return nil
		}
		js, err := annot.MarshalLine(d.Export())
		if err != nil {
			t.Error(err)
		}
		c, err := d.AppendCompact(nil, true)
		if err != nil {
			t.Error(err)
		}
		return append(js, c...)
	}
	want := make([][]byte, len(texts))
	for i := range texts {
		want[i] = run(i)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		if got := run(i); !bytes.Equal(got, want[i]) {
			t.Errorf("text %d analysed in reverse order: output differs", i)
		}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 3 * len(texts) {
				i := (k*(g+3) + g) % len(texts)
				if got := run(i); !bytes.Equal(got, want[i]) {
					t.Errorf("text %d in goroutine %d: output differs", i, g)
				}
			}
		})
	}
	wg.Wait()
}
