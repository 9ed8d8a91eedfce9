package engine

import (
	"strings"
	"testing"
)

// claimRow is one claim a sentence must give: its source, cue and the
// first words of its content ("" to not check a part).
type claimRow struct{ source, cue, content string }

// TestRelations checks which claims invented sentences give: every wanted
// claim must be there with its source, cue and content start, and no claim
// may have a cue listed in not.
func TestRelations(t *testing.T) {
	tests := []struct {
		text string
		want []claimRow
		not  []string // cues that must give no claim
	}{
		// Verb forms that are often nouns read as verbs before an
		// addressee and "that", or right after a name and before a clause.
		{"Ana Ruiz is warning voters that a tax increase would hurt families.",
			[]claimRow{{"Ana Ruiz", "is warning", "that a tax increase"}}, nil},
		{"Lina Okafor notes they were appointed before she took office.",
			[]claimRow{{"Lina Okafor", "notes", "they were appointed"}}, nil},
		{"The warning came too late for the harbour towns.", nil, []string{"warning"}},
		{"Her notes were found in a drawer.", nil, []string{"notes"}},
		// A subject npLeft cannot read: a reduced relative clause.
		{"In the end, all the economists I interviewed said the plan was too complex.",
			[]claimRow{{"all the economists I interviewed", "said", "the plan was too complex"}}, nil},
		// … but a verb after "to" or a preposition has no subject there.
		{"The board decided after a long review not to recommend charges against her.", nil, []string{"recommend"}},
		// A second verb joined by "and" speaks for the sentence's subject.
		{"Ruiz exhorted delegates to stay calm and said she was standing firm.",
			[]claimRow{{"Ruiz", "said", "she was standing firm"}}, nil},
		{"In 1998 the vote split the party and said nothing about trade.", nil, []string{"said"}},
		// Headlines: capitalised cues, cue forms that are often nouns,
		// and "Name: what they said".
		{"TITLE Harbour Talks Will Fail, Ana Ruiz Says",
			[]claimRow{{"Ana Ruiz", "Says", "Harbour Talks Will Fail"}}, []string{"Talks"}},
		{"TITLE Ana Ruiz Calls Harbour Deal ‘A Farce’",
			[]claimRow{{"Ana Ruiz", "Calls", "Harbour Deal"}}, nil},
		{"TITLE Okafor: Harbour Fees Will Rise Next Year",
			[]claimRow{{"Okafor", ":", "Harbour Fees Will Rise"}}, nil},
		{"TITLE Analysis: Harbour Fees Will Rise Next Year", nil, []string{":"}},
		// The same words in the body are no cues.
		{"Harbour Talks Will Fail, the board heard.", nil, []string{"Talks"}},
	}
	for _, tt := range tests {
		text := "A headline\n\n" + tt.text
		if strings.HasPrefix(tt.text, "TITLE ") {
			text = strings.TrimPrefix(tt.text, "TITLE ")
		}
		d, err := Analyze(text+"\n\nThe minister spoke on Monday.\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		x := d.Export()
		var got []string
		for _, c := range x.Claims {
			var row claimRow
			if c.Source != nil {
				row.source = c.Source.Text
			}
			if c.Cue != nil {
				row.cue = c.Cue.Text
			}
			if c.Content != nil {
				row.content = c.Content.Text
			}
			got = append(got, row.source+" | "+row.cue+" | "+row.content)
		}
		for _, w := range tt.want {
			found := false
			for _, c := range x.Claims {
				if c.Cue == nil || c.Cue.Text != w.cue {
					continue
				}
				if w.source != "" && (c.Source == nil || c.Source.Text != w.source) {
					continue
				}
				if w.content != "" && (c.Content == nil || !strings.HasPrefix(c.Content.Text, w.content)) {
					continue
				}
				found = true
			}
			if !found {
				t.Errorf("%q: no claim %+v; got %q", tt.text, w, got)
			}
		}
		for _, n := range tt.not {
			for _, c := range x.Claims {
				if c.Cue != nil && c.Cue.Text == n {
					t.Errorf("%q: cue %q gave a claim; got %q", tt.text, n, got)
				}
			}
		}
	}
}
