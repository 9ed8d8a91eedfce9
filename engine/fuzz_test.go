package engine

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze checks the invariants on any text: no panic, an error only for
// invalid UTF-8, every span in bounds and on rune boundaries, references
// that resolve.
func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Analyze(s, Options{})
		if !utf8.ValidString(s) {
			if err == nil {
				t.Fatal("invalid UTF-8 accepted")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		checkExport(t, d.Export())
	})
}

// fuzzSeeds are the texts that start the engine's fuzz tests: odd marks,
// scripts, entities and the shapes that once broke a stage.
var fuzzSeeds = []string{
	"",
	"“Q,” Ruiz said.",
	"He said: \"We will win.\" Then he left.\r\nNext line\u00a0here &amp; there.",
	"Emoji 😀 “quote 🇺🇳 here,” said Ana 👩‍👩‍👧 Ruiz.",
	"Combining e\u0301 marks “café” — ok.",
	"عربي “نص” قال الوزير. עברית \"ציטוט\"",
	"\x00\x01 control\x7f chars “and” NUL",
	"«««««« »»»» ““““ ”””” '''' \"\"\"\"",
	strings.Repeat("“a ", 200),
	strings.Repeat("Capital ", 300),
	"Mr. Smith’s plan, said the U.S. official. Inc. Corp. Ltd.",
	")sAid", "(x) said", "Ruiz (D-Wis.) said",
	"Ruiz: Talks Fail\n\nAsked why, Ruiz, who said, as he noted, — and — it was asked by",
	"Citing, Asked about, X said when asked. Analysis: Y Says Z",
	"soft\u00adhyphen zero\u200bwidth \ufeffbom &#8220;entity&#8221; &#x1F600; &#0;",
}
