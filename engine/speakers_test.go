package engine

import (
	"os"
	"strings"
	"testing"
)

// TestQuoteSpeakers checks the speaker of every quote in the project's own
// articles, one row per quote, by the quote's first words.
func TestQuoteSpeakers(t *testing.T) {
	tests := []struct {
		file  string
		want  map[string]string // first words of the quote -> speaker name
		drops []string          // quoted text that is not a quote
	}{
		{"testdata/harbour-dispute.txt", map[string]string{
			`"will not accept`:   "Elena Novak",
			`"as soon as`:        "Elena Novak",
			`"We came with`:      "Elena Novak",
			`"We leave with`:     "Elena Novak",
			`"The fees have`:     "Tomas Brandt",
			`"Nobody can call`:   "Tomas Brandt",
			`"This dispute,"`:    "Elena Novak",
			`"is about fairness`: "Elena Novak",
		}, []string{`"Evening Harbour Report"`}},
		{"testdata/edge-cases.txt", map[string]string{
			"“outdated”":       "Ana Ruiz",
			"“It’s the ’90s":   "Ana Ruiz",
			"“The officials’":  "Ana Ruiz",
			"“We should start": "Ana Ruiz",
			"“And we should":   "Ana Ruiz",
			"“We regret the":   "Harbour Authority",
		}, nil},
	}
	for _, tt := range tests {
		src, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Analyze(string(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		x := d.Export()
		found := map[string]bool{}
		for _, q := range x.Quotes {
			for _, drop := range tt.drops {
				if q.Text == drop {
					t.Errorf("%s: %s is a title, not a quote", tt.file, drop)
				}
			}
			for prefix, speaker := range tt.want {
				if !strings.HasPrefix(q.Text, prefix) {
					continue
				}
				found[prefix] = true
				got := "(none)"
				if q.Speaker != nil {
					got = x.Actor(*q.Speaker).Name
				}
				if got != speaker {
					t.Errorf("%s: quote %s… speaker %q, want %q (rule %s)", tt.file, prefix, got, speaker, q.Rule)
				}
			}
		}
		for prefix := range tt.want {
			if !found[prefix] {
				t.Errorf("%s: quote %s… not found", tt.file, prefix)
			}
		}
	}
}

// TestPronounClaimants checks that he and she go to the most recent person
// they fit, which is not always the most recent person, and that
// descriptors, documents and spokespeople go to whom they stand for.
func TestPronounClaimants(t *testing.T) {
	tests := []struct {
		text, pronoun, want string
	}{
		{"Ana Ruiz met Thomas Brandt on Monday. She said the talks were useful.", "She", "Ana Ruiz"},
		{"Ana Ruiz met Thomas Brandt on Monday. He said the talks were useful.", "He", "Thomas Brandt"},
		{"Mrs. Okafor met Mr. Reyes. She said the plan would pass.", "She", "Okafor"},
		{"Mrs. Okafor met Mr. Reyes. He said the plan would fail.", "He", "Reyes"},
		{"Alex Kim met Jordan Lee. She said nothing had changed.", "She", "Jordan Lee"},
		{"The Harbour Authority closed the port. The Harbour Authority's spokesperson said it would reopen.", "The Harbour Authority's spokesperson", "Harbour Authority"},
		{"Finance Minister Ana Ruiz spoke first. The minister said the budget was final.", "The minister", "Ana Ruiz"},
		{"The European Union met on Friday. The statement said talks would go on.", "The statement", "European Union"},
	}
	for _, tt := range tests {
		d, err := Analyze(tt.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		x := d.Export()
		got := "(none)"
		for _, c := range x.Claims {
			if c.Source != nil && c.Source.Text == tt.pronoun && c.Claimant != nil {
				got = x.Actor(*c.Claimant).Name
			}
		}
		if got != tt.want {
			t.Errorf("%q: %s is %s, want %s", tt.text, tt.pronoun, got, tt.want)
		}
	}
}
