// Package newstext writes the invented news articles that the app's
// benchmarks and the browser tests annotate, so both measure the same text.
package newstext

import (
	"fmt"
	"strings"
)

// Article writes an invented article of at least words words (one
// paragraph for words <= 0): paragraphs
// of reporting with quotes, speakers, indirect claims and organisations, so
// the engine has plenty to annotate.
func Article(words int) string {
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
	for i := 0; ; i++ {
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
		if n >= words {
			return b.String()
		}
	}
}
