//go:build !wasm

package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/wasm"
)

// benchArticle writes an invented article of at least words words, like
// the e2e tests' newsText: quotes, speakers, claims and organisations.
func benchArticle(words int) string {
	people := []string{"Lina Okafor", "Tomas Reyes", "Priya Natarajan", "Jonas Berg", "Amara Diallo", "Chen Wei", "Sofia Marquez", "Kofi Mensah"}
	orgs := []string{"the Port Workers Union", "the Velmont Courier", "the Harbour Authority", "the Ministry of Transport", "Coastline Logistics"}
	templates := []string{
		"“We will not sell the docks in round %[3]d,” %[1]s said on Tuesday.",
		"%[1]s told reporters that %[2]s would review plan %[3]d before the vote.",
		"According to %[2]s, the cost of phase %[3]d had risen by %[3]d percent.",
		"“This is a question of trust,” said %[1]s, who chairs the committee. “Nobody signs anything in week %[3]d.”",
		"%[1]s warned that %[2]s could lose %[3]d jobs if the contract went ahead.",
		"In a statement, %[2]s said it expected talks to resume after session %[3]d.",
		"Shares of Coastline Logistics fell %[3]d percent in early trading.",
	}
	var b strings.Builder
	b.WriteString("Harbour plan splits Velmont council 🚢\n\n")
	n := 0
	for i := 0; n < words; i++ {
		for j := 0; j < 5; j++ {
			k := i*5 + j
			s := fmt.Sprintf(templates[k%len(templates)], people[k%len(people)], orgs[k%len(orgs)], k+1)
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s)
			n += len(strings.Fields(s))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkOpen prepares a newly annotated document for display and builds
// the HTML of its whole reading view: the app's main-thread work between
// the engine's answer and the text on screen, apart from the DOM.
func BenchmarkOpen(b *testing.B) {
	for _, words := range []int{5000, 180_000} {
		doc, err := wasm.Extract(benchArticle(words))
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
		doc, err := wasm.Extract(benchArticle(words))
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
