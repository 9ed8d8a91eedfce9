//go:build !wasm

package app

import (
	"fmt"
	"testing"

	"github.com/whosaid/whosaid/internal/newstext"
	"github.com/whosaid/whosaid/wasm"
)

// BenchmarkOpen prepares a newly annotated document for display and builds
// the HTML of its whole reading view: the app's main-thread work between
// the engine's answer and the text on screen, apart from the DOM.
func BenchmarkOpen(b *testing.B) {
	for _, words := range []int{5000, 180_000} {
		doc, err := wasm.Extract(newstext.Article(words))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("words=%d", words), func(b *testing.B) {
			b.SetBytes(int64(len(doc.Document.Text)))
			for b.Loop() {
				o := prepareOpen(doc, nil)
				for i := range o.lay.paras {
					o.lay.paraHTML(i)
				}
			}
		})
	}
}

// BenchmarkPanels renders the actors, quotes and claims panels of a newly
// opened document, as their first render in the browser does.
func BenchmarkPanels(b *testing.B) {
	for _, words := range []int{5000, 180_000} {
		doc, err := wasm.Extract(newstext.Article(words))
		if err != nil {
			b.Fatal(err)
		}
		s := newSession()
		o := prepareOpen(doc, nil)
		s.ed, s.keys, s.lay = o.ed, o.keys, o.lay
		b.Run(fmt.Sprintf("words=%d", words), func(b *testing.B) {
			for b.Loop() {
				(&actorsPanel{S: s}).Render()
				(&quotesPanel{S: s}).Render()
				(&claimsPanel{S: s}).Render()
			}
		})
	}
}
