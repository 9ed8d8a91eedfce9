package engine

import (
	"strings"
	"testing"
)

// TestClaimBoundaries checks where the source, cue and content of a claim
// start and end, in sentences written for this test. A row passes when one
// claim has exactly the given source, cue and content ("-" for none; an
// empty field is not checked); a content written "=C" also asks that every
// claim with that source and cue has the content C.
func TestClaimBoundaries(t *testing.T) {
	tests := []struct {
		text, source, cue, content string
	}{
		// The quote after “A,” said X. in the same paragraph has the same
		// cue and source.
		{"“The budget is a disaster,” said Ana Ruiz. “We will vote against it.”", "Ana Ruiz", "said", "“We will vote against it.”"},
		{"“The budget is a disaster,” said Ana Ruiz. “We will vote against it.”", "Ana Ruiz", "said", "“The budget is a disaster,”"},
		{"Ana Ruiz arrived late. “Nobody asked us,” she told reporters. “Nobody was there.”", "she", "told", "“Nobody was there.”"},
		// … also when the source names no actor.
		{"“We will not move on this,” said one harbour worker. “Nobody listens to us.”", "one harbour worker", "said", "“Nobody listens to us.”"},
		// A quote that opens inside the content runs to its closing mark,
		// over sentence ends.
		{"Ana Ruiz said that “the fares will rise. We have no choice.”", "Ana Ruiz", "said", "that “the fares will rise. We have no choice.”"},
		{"Ana Ruiz said the rise was “fair. Nobody likes it, but it is fair.” Then she left.", "Ana Ruiz", "said", "the rise was “fair. Nobody likes it, but it is fair.”"},
		// A preposition between the cue and its content belongs to the cue.
		{"Tomas Brandt warned against hiding the report.", "Tomas Brandt", "warned against", "hiding the report"},
		{"Tomas Brandt was accused of hiding the report.", "-", "was accused of", "Tomas Brandt"},
		{"The mayor complained bitterly about the ferry fares.", "The mayor", "complained bitterly about", "the ferry fares"},
		// "in a statement" after a short object content says where the
		// words were said and is not content; a clause keeps it
		// (setting-after-object).
		{"The union called for higher wages in a statement on Friday.", "The union", "called for", "higher wages"},
		{"Lina Okafor praised the plan in a brief statement.", "Lina Okafor", "praised", "the plan"},
		{"Tomas Brandt said as much in an interview with the Harbour Times.", "Tomas Brandt", "said", "as much"},
		{"Ana Ruiz said that the mayor lied in a letter to the council.", "Ana Ruiz", "said", "that the mayor lied in a letter to the council"},
		// An adverb in -ly right after the verb belongs to the cue.
		{"Ana Ruiz said repeatedly that the fees would stay.", "Ana Ruiz", "said repeatedly", "that the fees would stay"},
		// Content ends at a semicolon and before "but" that starts a new
		// clause or predicate; ", including …" stays in it.
		{"Ana Ruiz said the fees would stay; the council disagreed.", "Ana Ruiz", "said", "the fees would stay"},
		{"The union praised the deal but has asked for more talks.", "The union", "praised", "the deal"},
		{"The union praised the deal, but the council disagreed.", "The union", "praised", "the deal"},
		{"Ana Ruiz said the fees would rise, but not before spring.", "Ana Ruiz", "said", "the fees would rise, but not before spring"},
		{"Ana Ruiz criticized the new rules, including the fee for bicycles.", "Ana Ruiz", "criticized", "the new rules, including the fee for bicycles"},
		{"Ana Ruiz criticized the new rules, raising doubts about the vote.", "Ana Ruiz", "criticized", "the new rules"},
		// A source joined by "and", or with "on", "of", "for" between
		// capitalised words, is one noun phrase.
		{"Regulators and environmental groups worried about the spill.", "Regulators and environmental groups", "worried about", "the spill"},
		{"The Commission on Port Safety says the rules are clear.", "The Commission on Port Safety", "says", "the rules are clear"},
		// A contracted auxiliary after a pronoun belongs to the cue.
		{"Ana Ruiz arrived late. She’s claiming the vote was rigged.", "She", "’s claiming", "the vote was rigged"},
		// A, X said, B: two claims with one source and cue.
		{"The new bridge, Ana Ruiz said, will open in May.", "Ana Ruiz", "said", "The new bridge"},
		{"The new bridge, Ana Ruiz said, will open in May.", "Ana Ruiz", "said", "will open in May"},
		// “Q,” X said of Y: the content is the quote, not the topic.
		{"“We will not move,” Ana Ruiz said of the fare rise.", "Ana Ruiz", "said", "“We will not move,”"},
		// After “Q,” X said, the words after the cue are the addressee and
		// the circumstances, unless they open a clause of their own.
		{"“We will not move,” Ana Ruiz told a crowd in Velmont.", "Ana Ruiz", "told", "=“We will not move,”"},
		{"“We will not move,” Ana Ruiz said late Tuesday.", "Ana Ruiz", "said", "=“We will not move,”"},
		{"“We will not move,” Ana Ruiz told the council that the fares would stay.", "Ana Ruiz", "told", "that the fares would stay"},
		// The addressee is neither cue nor content: a longer noun phrase, a
		// programme in quotes, one followed by a time or a wh-word, and
		// after a shared -ing cue.
		{"Ana Ruiz told a meeting of harbour workers that the port would stay open.", "Ana Ruiz", "told", "that the port would stay open"},
		{"Ana Ruiz told Radio Velmont on Monday that the fares would stay.", "Ana Ruiz", "told", "that the fares would stay"},
		{"Ana Ruiz told “Morning Harbour” that the fares would stay.", "Ana Ruiz", "told", "that the fares would stay"},
		{"Ana Ruiz told the council how the fares would change.", "Ana Ruiz", "told", "how the fares would change"},
		{"Ana Ruiz praised the plan, telling the council that it was fair.", "Ana Ruiz", "telling", "that it was fair"},
		// A leading "And" and a sentence adverb with its comma are not
		// content; a leading "But" is.
		{"And the fares will rise, according to the council.", "the council", "according to", "the fares will rise"},
		// Sentence-initial "According to X …," : the words up to the comma
		// still describe the source.
		{"According to a survey conducted for the harbour council, most workers back the plan.", "a survey conducted for the harbour council", "According to", "most workers back the plan"},
		{"According to the harbour council, most workers back the plan.", "the harbour council", "According to", "most workers back the plan"},
		{"However, the fares will rise, Ana Ruiz said.", "Ana Ruiz", "said", "the fares will rise"},
		{"But the fares will rise, Ana Ruiz said.", "Ana Ruiz", "said", "But the fares will rise"},
		// seem, appear and agentless passives: no source; the subject and
		// the complement are the content, as two claims with one cue.
		{"Ana Ruiz seems to enjoy the new plan.", "-", "seems", "Ana Ruiz"},
		{"Ana Ruiz seems to enjoy the new plan.", "-", "seems", "to enjoy the new plan"},
		// Before a cue verb, "seems to" is part of that verb's cue.
		{"Ana Ruiz seems to favour the new plan.", "Ana Ruiz", "seems to favour", "the new plan"},
		{"The vote is expected to pass on Friday.", "-", "is expected", "The vote"},
		// Their complement stops at the first comma outside a quote.
		{"The vote is expected to pass easily, though the council is split.", "-", "is expected", "to pass easily"},
		{"Ana Ruiz seems to enjoy the new plan, which the council rejected.", "-", "seems", "to enjoy the new plan"},
		{"It was reported that the port would close.", "-", "was reported", "that the port would close"},
		{"Ana Ruiz was quoted as saying the port would close.", "Ana Ruiz", "", "the port would close"},
		// "only" and "together" belong to the verb group; "in" and a
		// year between subject and verb are neither source nor cue.
		{"Okafor and Ruiz together vowed to fight the fare rise.", "Okafor and Ruiz", "together vowed", "to fight the fare rise"},
		// A verb that takes the -ing cue as its object is part of the
		// verb group, not of the source.
		{"Ana Ruiz could not resist pointing out that the fees had doubled.", "Ana Ruiz", "could not resist pointing out", "that the fees had doubled"},
		{"Tomas Berg avoids discussing the vote with his mother.", "Tomas Berg", "avoids discussing", ""},
		{"The harbour master, who in 2019 said the port was safe, left early.", "who", "said", ""},
		// The content of a cue in a relative clause ends at the comma that
		// closes the clause.
		{"Claire Okafor, a senator who has endorsed Ruiz, said the plan was sound.", "who", "has endorsed", "Ruiz"},
		// A subject with a relative clause that ends in a noun phrase.
		{"A harbour official who was not authorized to discuss the talks said that the deal was close.", "A harbour official who was not authorized to discuss the talks", "said", "that the deal was close"},
		{"Hundreds of workers who gathered outside the hall said they would not return.", "Hundreds of workers who gathered outside the hall", "said", "they would not return"},
		// A quoted name or term inside an opening phrase is not the
		// content of the cue after it.
		{"On “Harbour Hour,” Ana Ruiz said the fares would rise.", "Ana Ruiz", "said", "the fares would rise"},
		{"Calling the plan a “gift,” Lina Okafor urged the council to vote no.", "Lina Okafor", "urged", "to vote no"},
		// A passive whose agent ends the clause: the agent is the source,
		// the subject the content (passive-agent).
		{"The new ferry plan is backed by the harbour union.", "the harbour union", "is backed", "The new ferry plan"},
		{"The fare rise was first reported by the Velmont Courier.", "the Velmont Courier", "was first reported", "The fare rise"},
		// A participle with "by" after a noun is a passive that modifies
		// it: the agent is the source, the noun the content.
		{"The board dropped a practice criticized by the harbour union.", "the harbour union", "criticized", "a practice"},
		// In a new paragraph, a quote on its own keeps the speaker only.
		{"“Nobody asked us,” Ana Ruiz told reporters.\n\n“Nobody was there.”", "-", "-", "“Nobody was there.”"},
		// After “Q,” and a name with its description, the quote is what
		// was said; the words after the cue are circumstances.
		{"“We will not move,” Ana Ruiz, the harbour minister, said as she left the hall.", "Ana Ruiz, the harbour minister,", "said", "=“We will not move,”"},
		{"“We will not move,” Tomas Berg, a ferry captain, told reporters on Monday morning in Velmont.", "Tomas Berg, a ferry captain,", "told", "=“We will not move,”"},
		// An -ing cue after an opening "In" or "By": the subject after the
		// comma is its source, as after an opening -ing cue.
		{"In rejecting the appeal, the harbour court said the fees were lawful.", "the harbour court", "rejecting", "the appeal"},
		{"By refusing to answer, Ana Ruiz angered the council.", "Ana Ruiz", "refusing", "to answer"},
		// A subject with a participle phrase: its head speaks, not the
		// object of the phrase's preposition.
		{"A harbour poll released in late August found that fees were unpopular.", "A harbour poll released in late August", "found", "that fees were unpopular"},
		{"Protesters marching through the streets chanted “No fees.”", "Protesters marching through the streets", "chanted", ""},
		// A day after the cue is no speaker of an inversion.
		{"“The veto will be overridden,” Senate Majority Leader Tomas Berg, R-Ky., said Tuesday.", "Senate Majority Leader Tomas Berg, R-Ky.,", "said", "“The veto will be overridden,”"},
		// A show's name in quotes, its comma inside the marks, is no
		// content of the cue after it.
		{"In an interview on Channel Nine’s “Harbour Hour,” Ana Ruiz said the fares would rise.", "Ana Ruiz", "said", "=the fares would rise"},
		{"During Sunday’s broadcast of “Harbour Hour,” Ana Ruiz said the fares would rise.", "Ana Ruiz", "said", "=the fares would rise"},
	}
	for _, tt := range tests {
		d, err := Analyze(tt.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		x := d.Export()
		var got []string
		ok, only := false, true
		want, all := strings.CutPrefix(tt.content, "=")
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
			if (tt.source == "" || tt.source == src) && (tt.cue == "" || tt.cue == cue) {
				if want == "" || want == content {
					ok = true
				} else {
					only = false
				}
			}
		}
		if !ok || all && !only {
			t.Errorf("%q: no claim %q | %q | %q; claims:\n\t%s", tt.text, tt.source, tt.cue, tt.content, strings.Join(got, "\n\t"))
		}
	}
}

// TestRelativePronounSource checks that in "Name, who said …" the source
// is the relative pronoun and the claimant is the person it stands for.
func TestRelativePronounSource(t *testing.T) {
	text := "The harbour master, Lina Okafor, who said the port would close, left early."
	d, err := Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := d.Export()
	for _, c := range x.Claims {
		if c.Cue == nil || c.Cue.Text != "said" {
			continue
		}
		if c.Source == nil || c.Source.Text != "who" {
			t.Errorf("source %v, want who", c.Source)
		}
		if c.Claimant == nil || x.Actor(*c.Claimant).Name != "Lina Okafor" {
			t.Errorf("claimant %v, want Lina Okafor", c.Claimant)
		}
		return
	}
	t.Errorf("no claim with the cue said")
}
