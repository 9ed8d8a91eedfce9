//go:build !wasm

package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

// TestPrepareOpenPrebuildsFirstChunk checks that an opening prepared off
// the UI goroutine (with a yield function) already holds the HTML of the
// reading view's first chunk, the same HTML the view would build, and no
// more than that chunk of a long document.
func TestPrepareOpenPrebuildsFirstChunk(t *testing.T) {
	short := fixtureDoc(t)
	var paras []string
	for i := range 4000 {
		paras = append(paras, fmt.Sprintf("Paragraph %d says that the harbour stays open.", i))
	}
	text := strings.Join(paras, "\n")
	long := &annot.Document{Document: annot.Text{Text: text}}
	if len(text) <= wholeText {
		t.Fatalf("the long text has only %d bytes", len(text))
	}
	for _, tt := range []struct {
		name string
		doc  *annot.Document
		all  bool
	}{{"short", short, true}, {"long", long, false}} {
		t.Run(tt.name, func(t *testing.T) {
			yields := 0
			o := prepareOpen(tt.doc, func() { yields++ })
			if yields == 0 {
				t.Error("prepareOpen never yielded")
			}
			var k keyring
			fresh := newLayout(o.ed.Doc(), o.ed.Mapper(), &k, nil)
			built, size := 0, 0 // the prebuilt paragraphs must be the first ones
			for i, h := range o.lay.html {
				if h == "" {
					continue
				}
				built++
				size += len(h)
				if want := fresh.paraHTML(i); h != want {
					t.Fatalf("paragraph %d prebuilt as\n%s\nwant\n%s", i, h, want)
				}
			}
			switch {
			case tt.all && built != len(o.lay.paras):
				t.Errorf("%d of %d paragraphs prebuilt, want all", built, len(o.lay.paras))
			case !tt.all && (built == 0 || size < firstBytes || built == len(o.lay.paras) || o.lay.html[built-1] == ""):
				t.Errorf("%d paragraphs (%d bytes) prebuilt, want the first ones up to %d bytes", built, size, firstBytes)
			}
		})
	}
	if o := prepareOpen(short, nil); o.lay.html[0] != "" {
		t.Error("prepareOpen on the UI goroutine (no yield) built the HTML")
	}
}
