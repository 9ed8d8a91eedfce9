package engine

import (
	"strings"
	"testing"
)

// TestClaimBoundaries checks where the source, cue and content of a claim
// start and end, in sentences written for this test. A row passes when one
// claim has exactly the given source, cue and content ("-" for none; an
// empty field is not checked).
func TestClaimBoundaries(t *testing.T) {
	tests := []struct {
		text, source, cue, content string
	}{
		// The quote after “A,” said X. in the same paragraph has the same
		// cue and source.
		{"“The budget is a disaster,” said Ana Ruiz. “We will vote against it.”", "Ana Ruiz", "said", "“We will vote against it.”"},
		{"“The budget is a disaster,” said Ana Ruiz. “We will vote against it.”", "Ana Ruiz", "said", "“The budget is a disaster,”"},
		{"Ana Ruiz arrived late. “Nobody asked us,” she told reporters. “Nobody was there.”", "she", "told", "“Nobody was there.”"},
		// A preposition between the cue and its content belongs to the cue.
		{"Tomas Brandt was accused of hiding the report.", "Tomas Brandt", "was accused of", "hiding the report"},
		{"The mayor complained bitterly about the ferry fares.", "The mayor", "complained bitterly about", "the ferry fares"},
		// An adverb in -ly right after the verb belongs to the cue.
		{"Ana Ruiz said repeatedly that the fees would stay.", "Ana Ruiz", "said repeatedly", "that the fees would stay"},
		// In a new paragraph, a quote on its own keeps the speaker only.
		{"“Nobody asked us,” Ana Ruiz told reporters.\n\n“Nobody was there.”", "-", "-", "“Nobody was there.”"},
	}
	for _, tt := range tests {
		d, err := Analyze(tt.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		x := d.Export()
		var got []string
		ok := false
		for _, c := range x.Claims {
			src, cue, content := "-", "-", "-"
			if c.Source != nil {
				src = c.Source.Text
			}
			if c.Cue != nil {
				cue = c.Cue.Text
			}
			if c.Content != nil {
				content = c.Content.Text
			}
			got = append(got, src+" | "+cue+" | "+content)
			if (tt.source == "" || tt.source == src) && (tt.cue == "" || tt.cue == cue) && (tt.content == "" || tt.content == content) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: no claim %q | %q | %q; claims:\n\t%s", tt.text, tt.source, tt.cue, tt.content, strings.Join(got, "\n\t"))
		}
	}
}
