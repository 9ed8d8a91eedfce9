package lexicon_test

import (
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/engine/lexicon"
)

// Find the longest gazetteer phrase at each word, trying only the lengths
// MaxWords allows.
func ExamplePhrases_MaxWords() {
	words := strings.Fields("Officials in Beijing told the New York Times and the IMF")
	g := lexicon.Gazetteer()
	for i := 0; i < len(words); i++ {
		for n := min(g.MaxWords(words[i]), len(words)-i); n > 0; n-- {
			if e, ok := g.Lookup(strings.Join(words[i:i+n], " ")); ok {
				fmt.Printf("%s -> %s (%s, %s)\n", strings.Join(words[i:i+n], " "), e.Name, e.Type, e.Kind)
				i += n - 1
				break
			}
		}
	}
	// Output:
	// Beijing -> China (country, metonym)
	// New York Times -> New York Times (media, name)
	// IMF -> International Monetary Fund (organization, acronym)
}

func ExampleCueForm() {
	for _, w := range []string{"told", "argued", "statement"} {
		c, _ := lexicon.CueForm(w)
		fmt.Printf("%s: %s %s addressee=%v form=%s\n", w, c.Lemma, c.Class, c.Addressee, c.Form)
	}
	// Output:
	// told: tell speech addressee=true form=past
	// argued: argue speech addressee=false form=past
	// statement: statement noun addressee=false form=sg
}
