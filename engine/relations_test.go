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
		// After a subject and before an object, "show" and "questions"
		// are verbs; after a determiner, or as "like", they are not.
		{"New polls show Ruiz ahead in Velmont.",
			[]claimRow{{"New polls", "show", "Ruiz ahead in Velmont"}}, nil},
		{"Okafor questions the count in two districts.",
			[]claimRow{{"Okafor", "questions", "the count in two districts"}}, nil},
		{"The TV show drew few viewers.", nil, []string{"show"}},
		// Plural and bare nouns of protest, address, decline, pledge,
		// request and detail are cues only before a clause or after a
		// subject that makes them verbs.
		{"The harbour protests drew large crowds.", nil, []string{"protests"}},
		{"Local protests over the fees grew.", nil, []string{"protests over", "protests"}},
		{"She gave several policy addresses in May.", nil, []string{"addresses"}},
		{"Okafor protests that the vote was rigged.",
			[]claimRow{{"Okafor", "protests", "that the vote was rigged"}}, nil},
		{"Candidates like Ruiz drew large crowds.", nil, []string{"like"}},
		{"A federal judge blocked the rule on Friday.", nil, []string{"judge"}},
		// Verb cues that are no claims: a place phrase after a verb cue,
		// "thanks to", a relative "that" after a plural noun, "continues
		// to grow", "raise money".
		{"Ruiz told a local radio station in an interview that she would run.",
			[]claimRow{{"Ruiz", "told", ""}}, []string{"in an interview"}},
		{"Her lead grew thanks to a late surge.", nil, []string{"thanks"}},
		{"Ruiz will campaign in the five states that vote next week.", nil, []string{"states"}},
		{"Her lead continues to grow in the north.", nil, []string{"continues"}},
		// Speaking to someone reports no words: "speak to" and "speak with"
		// are no cues.
		{"Ana Ruiz spoke to reporters on Friday after the vote.", nil, []string{"spoke to", "spoke"}},
		{"Tomas Berg was speaking with the harbour workers when the news came.", nil, []string{"was speaking with"}},
		// "reference", "grill" and "chronicle" are verbs of expression.
		{"The new ad references two votes in which Okafor backed the fare rise.",
			[]claimRow{{"The new ad", "references", "two votes in which"}}, nil},
		{"The “fare” reference was about the ferry.", nil, []string{"reference"}},
		{"Senator Lina Okafor grilled the harbour chief about the fees.",
			[]claimRow{{"Senator Lina Okafor", "grilled", "the fees"}}, nil},
		{"The film chronicles how the port grew.",
			[]claimRow{{"The film", "chronicles", "how the port grew"}}, nil},
		// In a headline a verb after a single name takes -s: "Post"
		// after "Velmont" is part of the name.
		{"Velmont Post Hit Piece Angers Port Workers\n\nThe story ran on Monday.", nil, []string{"Post"}},
		// A base form after a lower-case modifier is a noun; after a
		// plural subject it is a verb.
		{"Her visit sends a strong signal to the port workers.", nil, []string{"signal"}},
		// "talks" after a modifier is the plural noun.
		{"The two ports agreed to hold face-to-face talks “as soon as possible.”",
			[]claimRow{{"The two ports", "agreed", "to hold face-to-face talks “as soon as possible.”"}}, []string{"talks"}},
		{"Velmont, Harbour Board agree to resume trade talks amid renewed fee dispute\n\nThe board met on Monday.",
			[]claimRow{{"Harbour Board", "agree", "to resume trade talks amid renewed fee dispute"}}, []string{"talks"}},
		{"Okafor is a persuasive advocate for the ferry workers.", nil, []string{"advocate for", "advocate"}},
		{"The council ended decades of military rule over the harbour district.", nil, []string{"rule over", "rule"}},
		{"Five percent prefer the old bridge.",
			[]claimRow{{"Five percent", "prefer", "the old bridge"}}, nil},
		{"The union leaders fear a strike.",
			[]claimRow{{"The union leaders", "fear", "a strike"}}, nil},
		// A cue under a modal, and a raising or agentless passive cue,
		// inside another claim's content is part of that content, not a
		// claim (hypothetical); outside one, or without a modal, a verb
		// cue stays a claim.
		{"Ana Ruiz said the union would reject the offer.",
			[]claimRow{{"Ana Ruiz", "said", "the union would reject the offer"}}, []string{"would reject"}},
		{"Ana Ruiz said the missing files were found nearby.",
			[]claimRow{{"Ana Ruiz", "said", "the missing files were found nearby"}}, []string{"were found"}},
		// "find" and "finding" report a finding only before "that"; "finds"
		// and "found" stay cues.
		{"The two ports must find a way to end the dispute.", nil, []string{"must find", "find"}},
		{"The board hopes to end the dispute by finding common ground.", nil, []string{"finding"}},
		{"The inquiry must find that the fees were unlawful.",
			[]claimRow{{"The inquiry", "must find", "that the fees were unlawful"}}, nil},
		{"A new harbour study finds fees fell last year.",
			[]claimRow{{"A new harbour study", "finds", "fees fell last year"}}, nil},
		// Evidence that shows, underscores or indicates something inside a
		// claim's content is part of it; outside one it stays a claim
		// ("New polls show Ruiz ahead" above).
		{"Tomas Berg said the videos show the crew leaving the pier.",
			[]claimRow{{"Tomas Berg", "said", "the videos show the crew"}}, []string{"show"}},
		{"Ana Ruiz says it underscores that the port is unsafe.",
			[]claimRow{{"Ana Ruiz", "says", "it underscores"}}, []string{"underscores"}},
		// A passive with its agent that modifies a noun inside a claim's
		// content is a nested claim of the agent about that noun.
		{"Ana Ruiz said the board kept a practice criticized by the union.",
			[]claimRow{{"Ana Ruiz", "said", "the board kept a practice"}, {"the union", "criticized", "a practice"}}, nil},
		{"Ana Ruiz said the board kept the old fee schedules criticized by the union.",
			[]claimRow{{"the union", "criticized", "the old fee schedules"}}, nil},
		// An -ing participle that modifies a noun inside a claim's content
		// is part of it; outside one it stays a claim.
		{"Tomas Berg said the council ignored the letters opposing the fee.",
			[]claimRow{{"Tomas Berg", "said", "the council ignored the letters opposing the fee"}}, []string{"opposing"}},
		{"The union sent a letter opposing the fee.",
			[]claimRow{{"", "opposing", "the fee"}}, nil},
		// The writer's own "I" inside a claim's content narrates; outside
		// one it stays a claim of the writer.
		{"Ana Ruiz praised the plan I proposed to the council.",
			[]claimRow{{"Ana Ruiz", "praised", "the plan I proposed"}}, []string{"proposed"}},
		{"I wrote that the fees were too high.",
			[]claimRow{{"I", "wrote", "that the fees were too high"}}, nil},
		// An intent ("wants to", "decided to") inside a claim's content is
		// part of it, as a cue under a modal is; a wish for a thing, or an
		// intent outside a claim, stays a claim.
		{"Ana Ruiz said she wants to run for mayor.",
			[]claimRow{{"Ana Ruiz", "said", "she wants to run for mayor"}}, []string{"wants"}},
		{"Tomas Berg said the board decided to raise the fees.",
			[]claimRow{{"Tomas Berg", "said", "the board decided"}}, []string{"decided"}},
		{"Tomas Berg said Ana Ruiz wants a new bridge.",
			[]claimRow{{"Ana Ruiz", "wants", "a new bridge"}}, nil},
		{"Ana Ruiz wants to run for mayor.",
			[]claimRow{{"Ana Ruiz", "wants", "to run for mayor"}}, nil},
		// A state of mind or a stand of the speaker of the claim it stands
		// in ("said she thinks", "says he opposes") is what the speaker
		// claims, part of that claim's content; the state of mind of
		// someone else stays a claim of theirs, and so do the speaker's own
		// outside a claim and a nested act of saying.
		{"Ana Ruiz said she thinks the harbour fee is fair.",
			[]claimRow{{"Ana Ruiz", "said", "she thinks the harbour fee is fair"}}, []string{"thinks"}},
		{"Tomas Berg told reporters he was confident that the bridge would open in May.",
			[]claimRow{{"Tomas Berg", "told", "he was confident"}}, []string{"was confident"}},
		{"Ana Ruiz said she wants a new bridge.",
			[]claimRow{{"Ana Ruiz", "said", "she wants a new bridge"}}, []string{"wants"}},
		{"Tomas Berg says he opposes the new harbour fee.",
			[]claimRow{{"Tomas Berg", "says", "he opposes the new harbour fee"}}, []string{"opposes"}},
		{"Ana Ruiz said she told the board that the fee was unfair.",
			[]claimRow{{"Ana Ruiz", "said", "she told the board"}, {"she", "told", "that the fee was unfair"}}, nil},
		{"Maria Ditto spoke first. Ditto said she expects the harbour fee to rise.",
			[]claimRow{{"Ditto", "said", "she expects"}}, []string{"expects"}},
		{"Ana Ruiz said Tomas Berg believes the fee is too high.",
			[]claimRow{{"Ana Ruiz", "said", "Tomas Berg believes"}, {"Tomas Berg", "believes", "the fee is too high"}}, nil},
		{"Ana Ruiz thinks the harbour fee is fair.",
			[]claimRow{{"Ana Ruiz", "thinks", "the harbour fee is fair"}}, nil},
		// A cue inside a claim's content whose source names no actor is
		// part of that content; a named or known source, or a noun of a
		// person or a group, keeps its own claim, and so does a claim of
		// nobody named outside any other.
		{"Ana Ruiz said anyone who complains about the harbour fee is wrong.",
			[]claimRow{{"Ana Ruiz", "said", "anyone who complains"}}, []string{"complains about"}},
		{"Tomas Berg said the phrase suggests a deeper problem with the port.",
			[]claimRow{{"Tomas Berg", "said", "the phrase suggests"}}, []string{"suggests"}},
		{"Ana Ruiz said the Velmont Courier reported the fee in May.",
			[]claimRow{{"Ana Ruiz", "said", "the Velmont Courier reported"}, {"the Velmont Courier", "reported", "the fee in May"}}, nil},
		{"Ana Ruiz said analysts expect the fee to rise.",
			[]claimRow{{"Ana Ruiz", "said", "analysts expect"}, {"analysts", "expect", "the fee to rise"}}, nil},
		{"Some say the harbour fee is fair.",
			[]claimRow{{"Some", "say", "the harbour fee is fair"}}, nil},
		// A noun form after a subject and an aside is a verb.
		{"Some council members, however, question the new harbour fee.",
			[]claimRow{{"Some council members", "question", "the new harbour fee"}}, nil},
		// "took to Twitter … to" joins the verb cue after "to".
		{"Okafor took to Twitter overnight to accuse the council of lying.",
			[]claimRow{{"Okafor", "took to Twitter overnight to accuse", "the council of lying"}}, nil},
		// An appositive after the addressee: the content follows it.
		{"The campaign has asked Tom Reed, the host of the debate, to check the facts.",
			[]claimRow{{"The campaign", "has asked", "to check the facts"}}, nil},
		// "many of whom", "most of whom" are the subject of their clause.
		{"The plan angered port workers, many of whom say the fee is unfair.",
			[]claimRow{{"many of whom", "say", "the fee is unfair"}}, nil},
		// A noun form after a subject and before "there" is a verb.
		{"Okafor knows there are people who oppose the fee.",
			[]claimRow{{"Okafor", "knows", "there are people"}}, nil},
		// A plural noun form after "who" or "which" and before "that" is a verb.
		{"The port board released a study, which notes that harbour fees rose by half.",
			[]claimRow{{"which", "notes", "that harbour fees rose"}}, nil},
		{"The port board won in the states that voted early.", nil, []string{"states"}},
		// Finding a way or oneself somewhere reports no finding.
		{"The council found a way to cut the harbour fee.", nil, []string{"found"}},
		{"Ana Ruiz found herself in a tight race.", nil, []string{"found"}},
		{"A new study found that the harbour fees rose.",
			[]claimRow{{"A new study", "found", "that the harbour fees rose"}}, nil},
		// A bare infinitive after a causative's object is no claim.
		{"Readers may not let editorials tell them how to vote.", nil, []string{"tell"}},
		{"The board acted in ways that help Ana Ruiz maintain her lead.", nil, []string{"maintain"}},
		// The cue of a condition or an indirect question states no claim;
		// "even if" concedes one.
		{"If voters back the fee, the port will grow.", nil, []string{"back"}},
		{"Reporters asked whether Ana Ruiz supports the plan.",
			[]claimRow{{"Reporters", "asked", "whether Ana Ruiz supports the plan"}}, []string{"supports"}},
		{"It is unclear whether the judges would rule that the fee is legal.", nil, []string{"would rule"}},
		{"Even if Okafor opposes the fee, it will pass.",
			[]claimRow{{"Okafor", "opposes", "the fee"}}, nil},
		{"Okafor told reporters that the council won't accept the plan.",
			[]claimRow{{"Okafor", "told", "that the council won't accept the plan"}}, []string{"won't accept"}},
		{"Ana Ruiz said the vote is expected to pass on Friday.",
			[]claimRow{{"Ana Ruiz", "said", "the vote is expected"}}, []string{"is expected"}},
		{"Okafor told the council that the mayor seemed tired.",
			[]claimRow{{"Okafor", "told", "that the mayor seemed"}}, []string{"seemed"}},
		{"The union would reject the offer, Ana Ruiz said.",
			[]claimRow{{"The union", "would reject", "the offer"}}, nil},
		{"Ana Ruiz said the union rejected the offer.",
			[]claimRow{{"Ana Ruiz", "said", "the union rejected the offer"}, {"the union", "rejected", "the offer"}}, nil},
		// The verb group of a cue: "has long", "continued to" before the
		// verb and the verb after "continues to".
		{"Okafor has long argued that the port needs dredging.",
			[]claimRow{{"Okafor", "has long argued", "that the port"}}, nil},
		{"Ruiz continued to insist that the count was fair.",
			[]claimRow{{"Ruiz", "continued to insist", "that the count"}}, nil},
		{"Okafor continues to deny that she knew about the loan.",
			[]claimRow{{"Okafor", "continues to deny", "that she knew"}}, nil},
		// An aside between commas after the cue, then "that".
		{"Okafor said, however, that the port would stay open.",
			[]claimRow{{"Okafor", "said", "that the port would"}}, nil},
		{"Ruiz said, among other things, that the budget was too small.",
			[]claimRow{{"Ruiz", "said", "that the budget"}}, nil},
		// A parenthetical "she said," before a clause with a cue of its own.
		{"Instead, she said, her manager told her the shop would close.",
			[]claimRow{{"she", "said", "her manager told her"}, {"her manager", "told", "the shop would close"}}, nil},
		// An inverted source may open with a quantifier.
		{"The vote was rigged, said several observers.",
			[]claimRow{{"several observers", "said", "The vote was rigged"}}, nil},
		// A sentence that opens with "Said X, …:" before a quote.
		{"Said Tomas Berg, who sold the farm last year: “Nobody asked us.”",
			[]claimRow{{"Tomas Berg", "Said", "“Nobody asked us.”"}}, nil},
		// A sentence that opens with the poll its figures come from.
		{"In a new Harbour Times poll released Monday, 48 percent of voters backed Ruiz.",
			[]claimRow{{"a new Harbour Times poll released Monday", "In", "48 percent of voters"}}, nil},
		{"In the harbour towns, people were angry about the fees.", nil, []string{"In"}},
		// A verb phrase cue after a determiner or a possessive is a noun.
		{"The union welcomed the mayor's new push for housing.", nil, []string{"push for"}},
		{"Her push for the harbour won her the seat.", nil, []string{"push for"}},
		{"The ministers push for a smaller budget.",
			[]claimRow{{"The ministers", "push for", "a smaller budget"}}, nil},
		{"Ruiz faces a primary challenge from the left of her party.", nil, []string{"challenge"}},
		// Not cues (PolNeAR train: about 9 false for 1 true): what a text
		// focuses on, what it establishes, whom a candidate challenges,
		// orders ("directed the staff to"), trust, appeals of a ruling, lists,
		// what a fact means, what is delivered.
		{"The ministers focus on the budget this week.", nil, []string{"focus on"}},
		{"Okafor challenged Ruiz in the primary.", nil, []string{"challenged"}},
		{"The law established a harbour fund.", nil, []string{"established"}},
		{"The board directed the staff to reopen the ferry.", nil, []string{"directed"}},
		{"Few fishermen trust the new harbour master.", nil, []string{"trust"}},
		{"The club appealed the fine on Monday.", nil, []string{"appealed"}},
		{"The shop lists its prices in the window.", nil, []string{"lists"}},
		{"Higher fares meant fewer passengers on the night ferry.", nil, []string{"meant"}},
		{"The council delivered its verdict on the plan.", nil, []string{"delivered"}},
		// Reporting verbs added to the lexicon: liken, confide, chastise.
		{"Okafor likened the harbour plan to a lottery.",
			[]claimRow{{"Okafor", "likened", "the harbour plan"}}, nil},
		{"Ruiz confided that she had doubts about the budget.",
			[]claimRow{{"Ruiz", "confided", "that she had doubts"}}, nil},
		// Multi-word cues: "took a swipe at", "alluded to", "weighed in".
		{"Ruiz took a swipe at the port authority over the delays.",
			[]claimRow{{"Ruiz", "took a swipe at", "the port authority"}}, nil},
		{"Okafor alluded to the missing ballots in her speech.",
			[]claimRow{{"Okafor", "alluded to", "the missing ballots"}}, nil},
		{"Okafor disavowed the remarks her aide made about the union.",
			[]claimRow{{"Okafor", "disavowed", "the remarks"}}, nil},
		{"Okafor paid tribute to the harbour workers who kept the port open.",
			[]claimRow{{"Okafor", "paid tribute to", "the harbour workers"}}, nil},
		// Sources with a phrase after the noun: "familiar with", "close
		// to", "aides to", an object pronoun after the preposition.
		{"People familiar with the talks said the deal was close.",
			[]claimRow{{"People familiar with the talks", "said", "the deal was close"}}, nil},
		{"Those close to her say she will not run again.",
			[]claimRow{{"Those close to her", "say", "she will not run"}}, nil},
		{"Aides to the mayor said the budget would be cut.",
			[]claimRow{{"Aides to the mayor", "said", "the budget"}}, nil},
		{"Ruiz ignored her say in the matter.", nil, []string{"say"}},
		{"Last year he and two union leaders said the port should stay open.",
			[]claimRow{{"he and two union leaders", "said", "the port should"}}, nil},
		{"Six in 10 voters said the port should stay open.",
			[]claimRow{{"Six in 10 voters", "said", "the port should"}}, nil},
		{"A 2019 study by the Velmont Institute found the port was too small.",
			[]claimRow{{"A 2019 study by the Velmont Institute", "found", "the port was"}}, nil},
		// A parenthetical source may be a plain plural noun.
		{"But in recent weeks, advisers to the mayor say, she has grown tired of the fight.",
			[]claimRow{{"advisers to the mayor", "say", "she has grown tired"}}, nil},
		// An inverted source keeps an age and description after it, not
		// an -ing clause.
		{"“We will stay,” said Ana Marsh, 44, a nurse from Velmont.",
			[]claimRow{{"Ana Marsh, 44, a nurse from Velmont", "said", "“We will stay,”"}}, nil},
		{"“The talks collapsed,” said a person who attended the meeting.",
			[]claimRow{{"a person who attended the meeting", "said", "“The talks collapsed,”"}}, nil},
		{"“It is over,” said Ruiz, referring to the vote in the harbour towns.",
			[]claimRow{{"Ruiz", "said", "“It is over,”"}}, nil},
		// "in a statement" right after the verb is part of the cue.
		{"The union said in a statement that the strike would go ahead.",
			[]claimRow{{"The union", "said in a statement", "that the strike"}}, nil},
		{"Okafor told reporters in a statement that the port would reopen.",
			[]claimRow{{"Okafor", "told", ""}}, nil},
		{"“We will win,” she continued.", []claimRow{{"she", "continued", "“We will win,”"}}, nil},
		{"Okafor raised more money than any rival.", nil, []string{"raised"}},
		// -ing forms the reporter uses: "adding to", gerunds after "of",
		// "meaning".
		{"Ruiz won the primary, adding to her lead in the race.", nil, []string{"adding"}},
		{"The sheer volume of writing about Ruiz surprised her staff.", nil, []string{"writing"}},
		{"The primary was closed, meaning that independents could not vote.", nil, []string{"meaning"}},
		{"Ruiz won the primary, adding that the race was far from over.",
			[]claimRow{{"", "adding", "that the race"}}, nil},
		// "Asked …," opening a sentence (the one asked is the addressee,
		// who asked is not said); "but told"; a subject with an aside
		// between dashes.
		{"Asked whether she would run again, Ruiz said she had not decided.",
			[]claimRow{{"", "Asked", "whether she would run again"}, {"Ruiz", "said", "she had not decided"}}, nil},
		{"Asked about the vote, Ruiz pointed to the budget.",
			[]claimRow{{"", "Asked about", "the vote"}}, nil},
		{"“Absolutely,” Ruiz said when asked by a reporter whether the race was close.",
			[]claimRow{{"Ruiz", "said", "“Absolutely,”"}, {"", "asked", "by a reporter whether"}}, nil},
		{"Okafor did not name Ruiz, but told supporters that the city was in trouble.",
			[]claimRow{{"", "told", "that the city was in trouble"}}, nil},
		{"Democrats — and some Republicans — say that the plan will fail.",
			[]claimRow{{"Democrats — and some Republicans —", "say", "that the plan will fail"}}, nil},
		// "declined to comment" is a claim: the cue and what was declined.
		{"A spokesman for the ministry declined to comment.",
			[]claimRow{{"A spokesman for the ministry", "declined", "to comment"}}, nil},
		// A relative pronoun is the source in the text (as PolNeAR marks
		// it); the claimant is the person before it.
		{"Lina Okafor, who voted against the plan, said the port was too small.",
			[]claimRow{{"Lina Okafor, who voted against the plan,", "said", "the port"}}, nil},
		{"Ruiz thanked Okafor, who said the port was too small.",
			[]claimRow{{"who", "said", "the port"}}, nil},
		// The subject after an opening phrase speaks for a sentence-final
		// -ing cue, not the phrase.
		{"On Sunday, Ruiz toured the harbour, saying that the fees were too high.",
			[]claimRow{{"Ruiz", "saying", "that the fees were too high"}}, nil},
		// "wrote to X that": X is the addressee, "to" is in neither cue
		// nor content.
		{"Ruiz wrote to the council that the port would close.",
			[]claimRow{{"Ruiz", "wrote", "that the port would close"}}, []string{"wrote to"}},
		// "of" after "said" or "wrote" stays out of the cue; after other
		// verbs it joins it ("accused of").
		{"Ruiz said of the harbour plan that it was too costly.",
			[]claimRow{{"Ruiz", "said", ""}}, []string{"said of"}},
		{"Okafor accused the mayor of lying about the fees.",
			[]claimRow{{"Okafor", "accused", ""}}, nil},
		// "called in", "called into", "called off": a phone call or a
		// cancellation, not a cue.
		{"Ruiz called into a late-night radio show from the harbour.", nil, []string{"called"}},
		{"The union called off the strike on Friday.", nil, []string{"called"}},
		// Acts that carry no words: accepting an offer, unveiling a plan;
		// "accepts that" states a view.
		{"The port authority accepted the offer from the union on Monday.", nil, []string{"accepted"}},
		{"Okafor accepts that the vote was lost.",
			[]claimRow{{"Okafor", "accepts", "that the vote was lost"}}, nil},
		{"Ruiz unveiled a new harbour plan on Monday.", nil, []string{"unveiled"}},
		// A participle after "more", "very" is an adjective.
		{"The campaign plans to release more detailed tax records next week.", nil, []string{"detailed"}},
		{"Ruiz detailed the cuts in a long letter.",
			[]claimRow{{"Ruiz", "detailed", "the cuts"}}, nil},
		// "almost" before an adverb in -ly is part of the verb group.
		{"The mayors almost immediately disclosed the deal to the press.",
			[]claimRow{{"The mayors", "almost immediately disclosed", "the deal"}}, nil},
		// Words in -ly that are no adverb stay out of the verb group.
		{"Supporters at the rally said the port should stay open.",
			[]claimRow{{"", "said", "the port should stay open"}}, []string{"rally said"}},
		{"Okafor claimed nearly 400 votes in the first round.",
			[]claimRow{{"Okafor", "claimed", "nearly 400 votes"}}, []string{"claimed nearly"}},
		// A duration after the verb is neither cue nor content; "about"
		// before an amount opens the content.
		{"Ruiz has said for months that the port would close.",
			[]claimRow{{"Ruiz", "has said", "that the port would close"}}, []string{"has said for"}},
		{"The mayor disclosed for the first time that she would run.",
			[]claimRow{{"The mayor", "disclosed", "that she would run"}}, nil},
		{"Okafor said about half of the dock workers would leave.",
			[]claimRow{{"Okafor", "said", "about half of the dock workers"}}, []string{"said about"}},
		{"Okafor talked about the port for an hour.",
			[]claimRow{{"Okafor", "talked about", "the port"}}, nil},
		// "percentage points to" is a unit and a preposition, not "point to".
		{"Unemployment fell by 0.3 percentage points to 4.1 percent, Ruiz said.",
			[]claimRow{{"Ruiz", "said", ""}}, []string{"points to"}},
		{"Ruiz points to the new figures as proof.",
			[]claimRow{{"Ruiz", "points to", "the new figures"}}, nil},
		// The feeling named after "expressed" is part of the cue, through
		// the preposition of its object, or before "that".
		{"The ministers have expressed deep misgivings about the harbour plan.",
			[]claimRow{{"The ministers", "have expressed deep misgivings about", "the harbour plan"}}, nil},
		{"Okafor expressed quiet confidence that the bill would pass.",
			[]claimRow{{"Okafor", "expressed quiet confidence", "that the bill would pass"}}, nil},
		{"Ruiz expressed the view of the council.",
			[]claimRow{{"Ruiz", "expressed", "the view of the council"}}, nil},
		// "seemed to" before a verb that is no cue: the impression is the
		// reporter's; no source span. Before a cue verb, the two are one
		// cue and the subject is its source.
		{"Ruiz seemed to enjoy the long debate on the harbour plan.",
			[]claimRow{{"", "seemed", "to enjoy the long debate"}}, nil},
		{"Ruiz seemed to suggest that the vote was rigged.",
			[]claimRow{{"Ruiz", "seemed to suggest", "that the vote"}}, []string{"seemed"}},
		{"The new figures appear to show that fares rose twice.",
			[]claimRow{{"The new figures", "appear to show", "that fares rose"}}, []string{"appear"}},
		// Passive cues: the agent after "by" speaks, the subject does not.
		{"Ruiz was asked by reporters whether she would run again.",
			[]claimRow{{"reporters", "was asked", "whether she would run"}}, nil},
		// The agent's noun phrase that goes on ("ranging", "surveyed")
		// leaves the subject as the content.
		{"The harbour plan has been endorsed by dozens of unions ranging from dockers to teachers.",
			[]claimRow{{"dozens of unions", "has been endorsed", "The harbour plan"}}, nil},
		{"Ruiz was backed by 40 percent of the voters surveyed in the port.",
			[]claimRow{{"", "was backed", "Ruiz"}}, nil},
		{"Okafor has been criticized by the union for closing the pier.",
			[]claimRow{{"the union", "has been criticized", "closing the pier"}}, nil},
		{"The harbour plan is widely expected to pass next week.",
			[]claimRow{{"", "is widely expected", "to pass next week"}}, nil},
		// A cue whose object is "which" or "what" before its subject:
		// what follows the cue is circumstance, not content.
		{"The levy rose to 40 percent, which Senator Ana Ruiz proposed under a flat rate.",
			[]claimRow{{"Senator Ana Ruiz", "proposed", "which"}}, nil},
		{"That was what Ruiz said when she left the harbour board.",
			[]claimRow{{"Ruiz", "said", "what"}}, nil},
		{"The fee, which Okafor said was too high, stayed.",
			[]claimRow{{"Okafor", "said", "was too high"}}, nil},
		// A subject npLeft cannot read: a reduced relative clause.
		{"In the end, all the economists I interviewed said the plan was too complex.",
			[]claimRow{{"all the economists I interviewed", "said", "the plan was too complex"}}, nil},
		// … but a verb after "to" or a preposition has no subject there.
		{"The board decided after a long review not to recommend charges against her.", nil, []string{"recommend"}},
		// A second verb joined by "and" speaks for the sentence's subject.
		{"Ruiz exhorted delegates to stay calm and said she was standing firm.",
			[]claimRow{{"Ruiz", "said", "she was standing firm"}}, nil},
		{"In 1998 the vote split the party and said nothing about trade.", nil, []string{"said"}},
		// Parentheticals: the clause around "he said" or "as X noted".
		{"African farmers, he said, can expect a better harvest this year.",
			[]claimRow{{"he", "said", "can expect a better harvest"}}, nil},
		{"The port, as the harbour master noted, rarely floods in spring.",
			[]claimRow{{"the harbour master", "noted", "rarely floods in spring"}}, nil},
		// A sentence that opens with a cue in -ing.
		{"Citing a new poll, Ruiz urged her rivals to concede.",
			[]claimRow{{"Ruiz", "Citing", "a new poll"}}, nil},
		{"Speaking in Velmont on Friday, Ruiz said talks would resume.",
			[]claimRow{{"Ruiz", "said", "talks would resume"}}, []string{"Speaking"}},
		// Headlines: capitalised cues, cue forms that are often nouns,
		// and "Name: what they said".
		{"TITLE Harbour Talks Will Fail, Ana Ruiz Says",
			[]claimRow{{"Ana Ruiz", "Says", "Harbour Talks Will Fail"}}, []string{"Talks"}},
		{"TITLE Ana Ruiz Calls Harbour Deal ‘A Farce’\n\nFinance Minister Ana Ruiz spoke in Velmont.",
			[]claimRow{{"Ana Ruiz", "Calls", "Harbour Deal"}}, nil},
		{"TITLE Okafor: Harbour Fees Will Rise Next Year",
			[]claimRow{{"Okafor", ":", "Harbour Fees Will Rise"}}, nil},
		{"TITLE Analysis: Harbour Fees Will Rise Next Year", nil, []string{":"}},
		{"TITLE Ana Ruiz Hammers Port Board Chief: ‘You Should Resign.’",
			[]claimRow{{"Ana Ruiz Hammers Port Board Chief", ":", "‘You Should Resign.’"}}, nil},
		{"TITLE Berg on the Harbour Fees: ‘They Will Rise.’",
			[]claimRow{{"Berg", ":", "‘They Will Rise.’"}}, nil},
		{"TITLE Okafor: ‘Fees’ Will Rise Next Year",
			[]claimRow{{"Okafor", ":", "‘Fees’ Will Rise Next Year"}}, nil},
		{"TITLE Port Talks Collapse as Tariff Row Deepens", nil, []string{"Talks"}},
		// A contracted auxiliary is part of the cue, not of the source.
		{"We’ve said that the port will close.",
			[]claimRow{{"We", "’ve said", "that the port"}}, nil},
		{"They'd argue the fees are too high.",
			[]claimRow{{"They", "'d argue", "the fees are"}}, nil},
		// A plural possessive inside the source's description.
		{"Ana Ruiz, who runs the office for veterans' families, said the fees were too high.",
			[]claimRow{{"Ana Ruiz, who runs the office for veterans' families,", "said", "the fees were"}}, nil},
		// A focus adverb before a subject with its description.
		{"Even Velmont, the port's only rival, said it was opposed to the fees.",
			[]claimRow{{"Velmont, the port's only rival,", "said", "it was opposed"}}, nil},
		// A name with "and" before a description between commas.
		{"Harbour Permits and Customs Services, the agency that runs the port, said it would act.",
			[]claimRow{{"Harbour Permits and Customs Services, the agency that runs the port,", "said", "it would act"}}, nil},
		// "supposed to" and "meant to" say what was planned or intended,
		// not what anyone claimed.
		{"The convoy was supposed to leave at dawn.", nil, []string{"was supposed", "supposed"}},
		{"The fees were meant to cover the repairs.", nil, []string{"were meant", "meant"}},
		// "known as" names something.
		{"Ruiz won the string of contests known as Harbour Week.", nil, []string{"known"}},
		// A phrase of where words were said is no cue of its own.
		{"Ruiz held a news conference at the harbour on Friday.", nil, []string{"news conference"}},
		{"Fans of the band went on Twitter to cheer the vote.", nil, []string{"on Twitter"}},
		// "called" after an indefinite noun phrase names it; after a
		// subject it reports how someone described something.
		{"Berg founded a group called Harbour First last year.", nil, []string{"called"}},
		{"The union called the offer an insult.",
			[]claimRow{{"The union", "called", "the offer an insult"}}, nil},
		// "see" states a view only with "as" or "that".
		{"Ruiz sees the toll as a tax on the poor.",
			[]claimRow{{"Ruiz", "sees", ""}}, nil},
		{"Berg saw the truck turn into the square.", nil, []string{"saw"}},
		// A split quote whose speaker is no named actor: both halves.
		{"“If the fees rise,” the narrator says, “who will pay?”",
			[]claimRow{{"the narrator", "says", "“If the fees rise,”"}, {"the narrator", "says", "“who will pay?”"}}, nil},
		// A parenthetical source: both sides are parts of the content.
		{"Perhaps, she said, the port could stay open.",
			[]claimRow{{"she", "said", "Perhaps"}, {"she", "said", "the port could stay open"}}, nil},
		// An -s form after "also", "still" … is a verb.
		{"The union also views the offer as an insult.",
			[]claimRow{{"The union", "also views", "the offer as an insult"}}, nil},
		// "continued" before a comma and a quote attributes the quote.
		{"She continued, “For us, the fees are too high.”",
			[]claimRow{{"She", "continued", "“For us"}}, nil},
		// An inverted speaker whose phrase opens with a number.
		{"“They are wrong,” said 20-year-old student Ana Ruiz.",
			[]claimRow{{"20-year-old student Ana Ruiz", "said", "“They are wrong,”"}}, nil},
		// A name and a colon before a number is a tally.
		{"Okafor: 547.", nil, []string{":"}},
		// A plan is no claim: "plans to" states an intent the reporter
		// reports, not words or a stance.
		{"Ruiz plans to visit the harbour on Friday.", nil, []string{"plans"}},
		// "compared with" and "compared to" right after a figure compare
		// figures; with an object they report a comparison.
		{"Fees rose 9 percent, compared with 5 percent last year.", nil, []string{"compared"}},
		{"Ruiz compared the toll to a tax on the poor.",
			[]claimRow{{"Ruiz", "compared", ""}}, nil},
		// Cue forms that with the next word say no claim.
		{"Ruiz won 40 pledged delegates in the north.", nil, []string{"pledged"}},
		{"The new rules are aimed at small ports.", nil, []string{"aimed", "are aimed"}},
		{"The union issued a statement on Friday.", nil, []string{"issued"}},
		{"Ruiz repeated her talking points on fees.", nil, []string{"talking"}},
		{"Questions regarding the fees went unanswered.", nil, []string{"regarding"}},
		// "reported on Tuesday": "on" opens a time, not a topic.
		{"The Harbour Times reported on Tuesday that fees would rise.",
			[]claimRow{{"The Harbour Times", "reported", "that fees would rise"}}, []string{"reported on"}},
		// An aside between commas about the circumstances is no part of
		// the source; a description is.
		{"Ana Ruiz, speaking to dock workers in Velmont, said the fees would fall.",
			[]claimRow{{"Ana Ruiz", "said", "the fees would fall"}}, nil},
		{"Ana Ruiz, in a letter to the board, said the fees would fall.",
			[]claimRow{{"Ana Ruiz", "said", "the fees would fall"}}, nil},
		{"“The fees will fall,” said Tomas Berg, on his first day at the port.",
			[]claimRow{{"Tomas Berg", "said", "“The fees will fall,”"}}, nil},
		// A transcript turn: a speaker label in capitals and a colon at the
		// start of a paragraph, also inside an opening quote mark; a label
		// that names a kind of item is no speaker.
		{"OKAFOR: The port stays open. We have no choice.",
			[]claimRow{{"OKAFOR", ":", "The port stays open. We have no choice."}}, nil},
		{"\"RUIZ: Will the port stay open?",
			[]claimRow{{"RUIZ", ":", "Will the port stay open?"}}, nil},
		{"VIDEO: Crowds gather at the harbour.", nil, []string{":"}},
		// A label with a preposition, or one that names a kind of note, is
		// a headline or a section title, not a speaker; a name is.
		{"TITLE Stealth Over Health: Ruiz Was Taken to a Clinic\n\nShe left on Monday.", nil, []string{":"}},
		{"Big Win For Ruiz: The council backed her plan.", nil, []string{":"}},
		{"CLARIFICATION: The first sentence has been changed.", nil, []string{":"}},
		{"Harbour Master Berg: the port stays open.",
			[]claimRow{{"Harbour Master Berg", ":", "the port stays open"}}, nil},
		// The same words in the body are no cues.
		{"Harbour Talks Will Fail, the board heard.", nil, []string{"Talks"}},
		// Rule "comma-subject": a verb of saying after a comma that no
		// other pattern read has the whole subject of its clause as
		// source, past an opening phrase; a participle that names or
		// describes, and an inverted speaker, are not read so.
		{"And on Tuesday, Tomas Reyes, chairman of the Velmont Harbor and Ports Committee, said that the fees might rise.",
			[]claimRow{{"Tomas Reyes, chairman of the Velmont Harbor and Ports Committee,", "said", "that the fees might rise"}}, nil},
		{"Numerous dock workers interviewed at the rallies this week, including Mr. Jebens, said they had no problem with the plan.",
			[]claimRow{{"Numerous dock workers interviewed at the rallies this week, including Mr. Jebens,", "said", "they had no problem"}}, nil},
		{"A Velmont Post analysis of port accounts that have grown since 2015, shows ferry fees outpacing wages.",
			[]claimRow{{"A Velmont Post analysis of port accounts that have grown since 2015,", "shows", "ferry fees outpacing wages"}}, nil},
		{"The new fund, called Harbor First, will own the pier.", nil, []string{"called"}},
		{"The letter, addressed to the port board, was read aloud.", nil, []string{"addressed"}},
		{"Perhaps surprisingly, deeply reported features drew the most readers.", nil, []string{"deeply reported"}},
		// Rule "and-subject": a verb of saying after "and" shares the
		// name that opens the sentence, not the words of the first verb;
		// a base form after a modal is no claim of its own.
		{"Tomas Reyes took the stage on Tuesday at the harbour and called the fee plan a disgrace.",
			[]claimRow{{"Tomas Reyes", "called", "the fee plan a disgrace"}}, nil},
		{"The new mayor could keep the fee or decline to appeal the ruling.", nil, []string{"decline"}},
		// A name in -ly before the cue is the source, not an adverb of
		// the verb; an adverb in -ly is left out of it.
		{"Ana Kelly said the port would close.",
			[]claimRow{{"Ana Kelly", "said", "the port would close"}}, nil},
		{"Senator Pat Connolly spoke first. Connolly said the port would close.",
			[]claimRow{{"Connolly", "said", "the port would close"}}, nil},
		{"The harbour chief flatly denied the report.",
			[]claimRow{{"The harbour chief", "flatly denied", "the report"}}, nil},
		// "went on to", "was quick to", "continued to" before a cue are
		// part of it, and their subject speaks; a base form in -s after
		// "to" is a verb ("to discuss").
		{"Tomas Reyes went on to explain how the fees would rise.",
			[]claimRow{{"Tomas Reyes", "went on to explain", "how the fees would rise"}}, nil},
		{"The mayor was quick to condemn the attack on the pier.",
			[]claimRow{{"The mayor", "was quick to condemn", "the attack on the pier"}}, nil},
		{"Okafor has gone on to discuss the budget with the unions.",
			[]claimRow{{"Okafor", "has gone on to discuss", "the budget"}}, nil},
		// Rule "criticism": criticism drawn, faced or come under is a
		// claim of the critics after "from", about what follows "for" or
		// else about the subject.
		{"The fee plan has drawn harsh criticism from dock unions and port owners.",
			[]claimRow{{"dock unions", "has drawn harsh criticism", "The fee plan"}}, nil},
		{"Okafor faced sharp criticism for the delay at the pier.",
			[]claimRow{{"", "sharp criticism for", "the delay at the pier"}}, nil},
		{"In 2009, the harbour board came under withering criticism for its silence.",
			[]claimRow{{"", "withering criticism for", "its silence"}}, nil},
		{"The mayor is drawing criticism after she backed the fee.",
			[]claimRow{{"", "is drawing criticism", "The mayor"}}, nil},
		{"The harbour drew crowds, and the board read the criticism aloud.", nil, []string{"drew crowds", "criticism"}},
		// Rule "possessive-noun": a noun of assertion after a possessive
		// and before "that" is the possessor's claim; its clause ends at a
		// comma; inside another claim's content it is none.
		{"Contrary to Tomas Okafor's claim that the pier was safe, two cranes fell.",
			[]claimRow{{"Tomas Okafor's", "claim", "that the pier was safe"}}, nil},
		{"The ruling ignored her repeated insistence that the fees were illegal.",
			[]claimRow{{"her", "repeated insistence", "that the fees were illegal"}}, nil},
		{"The fence is part of his promise to build a wall on the U.S.-Mexico border.",
			[]claimRow{{"his", "promise", "to build a wall on the U.S.-Mexico border"}}, nil},
		{"Okafor repeated her claim that the fees were illegal.",
			[]claimRow{{"Okafor", "repeated", "her claim that the fees were illegal"}}, []string{"claim"}},
		// Rule "stance-of": "critical of" and a noun of stance before
		// "of" after "be" are a claim of the subject, also nested; after
		// "who" the clause ends at its comma.
		{"Tomas Reyes has been sharply critical of the fee plan.",
			[]claimRow{{"Tomas Reyes", "has been sharply critical of", "the fee plan"}}, nil},
		{"Lina Okafor has been a consistent and outspoken supporter of the unions.",
			[]claimRow{{"Lina Okafor", "has been a consistent and outspoken supporter of", "the unions"}}, nil},
		{"Ana Ruiz, a columnist who is a harsh critic of the mayor, wrote the column.",
			[]claimRow{{"who", "is a harsh critic of", "the mayor"}}, nil},
		{"Ruiz said Okafor is a staunch opponent of the tax.",
			[]claimRow{{"Okafor", "is a staunch opponent of", "the tax"}}, nil},
		{"They have been some of the most strident opponents of the tax.", nil, []string{"have been some of the most strident opponents of"}},
		// After a subject with its description and a comma, the words
		// after "said" are its content, not an inverted speaker, unless a
		// name alone follows.
		{"Economist Ana Mathur, who studies tax policy at the Velmont Institute, said Lina Okafor's statement didn't clarify the matter.",
			[]claimRow{{"Economist Ana Mathur, who studies tax policy at the Velmont Institute,", "said", "Lina Okafor's statement didn't clarify"}}, nil},
		{"Dana Rawlings, 59, of Marlow, who watched the ceremony on a screen, said the event brought back memories of her father.",
			[]claimRow{{"Dana Rawlings, 59, of Marlow, who watched the ceremony on a screen,", "said", "the event brought back memories"}}, nil},
		{"“The veto will be overridden,” Senate Leader Tomas Reyes, R-Vel., said Tuesday.",
			[]claimRow{{"Senate Leader Tomas Reyes, R-Vel.,", "said", "“The veto will be overridden,”"}}, nil},
		{"The fund is short, said Ed Randall.",
			[]claimRow{{"Ed Randall", "said", "The fund is short"}}, nil},
		// "reported" inverts like "said": “…,” reported the Velmont Post.
		{"The lead is “about the same as last month,” reported Harbor Radio.",
			[]claimRow{{"Harbor Radio", "reported", "“about the same as last month,”"}}, nil},
		// Rule "meet-to-discuss": "to discuss" after a verb of meeting is a
		// cue of that verb's subject; not after "anonymity".
		{"European leaders gathered Friday to discuss the harbour crisis.",
			[]claimRow{{"European leaders", "to discuss", "the harbour crisis"}}, nil},
		{"The two mayors met with the port board on Monday to talk about the fees.",
			[]claimRow{{"The two mayors", "to talk about", "the fees"}}, nil},
		{"An official, who spoke on the condition of anonymity to discuss the talks, said they failed.", nil, []string{"to discuss"}},
		{"Her remarks came hours after the senator spoke at a gathering of dockers to discuss the fees.",
			[]claimRow{{"the senator", "to discuss", "the fees"}}, nil},
		{"A group of Republicans and Democrats on the harbour committee met with the mayor to discuss the budget.",
			[]claimRow{{"A group of Republicans and Democrats on the harbour committee", "to discuss", "the budget"}}, nil},
		{"VELMONT - Harbour leaders gathered Friday to discuss the strike.",
			[]claimRow{{"Harbour leaders", "to discuss", "the strike"}}, nil},
		// A poll, survey, study or report alone before a colon speaks.
		{"Poll: Ruiz and Okafor in dead heat in Velmont.",
			[]claimRow{{"Poll", ":", "Ruiz and Okafor in dead heat"}}, nil},
		{"TITLE Survey: harbour fees hurt small shops.\n\nThe survey was taken in May.",
			[]claimRow{{"Survey", ":", "harbour fees hurt small shops"}}, nil},
		{"Weather: rain in the harbour towns.", nil, []string{":"}},
		// An -ing cue after a text that its subject issued: the issuer
		// speaks through the text.
		{"Recently, however, it issued a policy paper welcoming the harbour plan.",
			[]claimRow{{"it", "welcoming", "the harbour plan"}}, nil},
		{"Later, Okafor's campaign released a statement saying the rally was postponed.",
			[]claimRow{{"Okafor's campaign", "saying", "the rally was postponed"}}, nil},
		{"Lawyers for the port filed legal papers opposing the new fee.",
			[]claimRow{{"Lawyers for the port", "opposing", "the new fee"}}, nil},
		{"A letter opposing the fee reached the council.",
			[]claimRow{{"A letter", "opposing", "the fee"}}, nil},
		// A quantity before "of" is a source; a phrase of a preposition
		// is not (TestPrepPhraseNoSource).
		{"At least half of the voters say the fee is too high.",
			[]claimRow{{"At least half of the voters", "say", "the fee is too high"}}, nil},
		// Singing reports words only with a quote near it.
		{"“Keep your lights on,” Ruiz sings to the harbour crowd.",
			[]claimRow{{"Ruiz", "sings", "“Keep your lights on,”"}}, nil},
		{"Okafor sang at church every week before the vote.", nil, []string{"sang"}},
		// "told" never inverts: the name after it is the addressee.
		{"“Basically all of it is gone,” Okafor, 49, told Radio Norte.",
			[]claimRow{{"Okafor, 49,", "told", "“Basically all of it is gone,”"}}, nil},
		// "In a statement" before an -ing cue: the statement speaks.
		{"In a statement announcing the pick, the harbour union praised Ruiz.",
			[]claimRow{{"a statement", "announcing", "the pick"}}, nil},
		// An -ing cue after the clause: its subject speaks, after an
		// opening dateline, phrase of time or participle phrase.
		{"VELMONT (AP) — Ruiz closed the pier on Friday, calling the storm a disaster.",
			[]claimRow{{"Ruiz", "calling", "the storm a disaster"}}, nil},
		{"Chastened by the vote, as well as the costs, Okafor revised his plan, promising to cut fees.",
			[]claimRow{{"Okafor", "promising", "to cut fees"}}, nil},
		{"Following a swiftly called, late meeting, the Harbour Council issued a ruling, calling the fee unfair.",
			[]claimRow{{"the Harbour Council", "calling", "the fee unfair"}}, nil},
		// Assuming an office, a role or a debt is an act, not a stance.
		{"Ruiz assumed office in January after the harbour vote.", nil, []string{"assumed"}},
		{"Okafor has assumed a newly created role as port adviser.", nil, []string{"has assumed"}},
		{"The new company would assume Velmont Mining's cleanup obligations.", nil, []string{"would assume"}},
		{"The plan assumes Okafor will keep control of the board.",
			[]claimRow{{"The plan", "assumes", "Okafor will keep control"}}, nil},
		// "decline" before a number, "by", "from" or "to $" is a change
		// of quantity, not a refusal.
		{"Harbour fees declined to $4 million last year.", nil, []string{"declined"}},
		{"Port traffic would decline by ten percent next year.", nil, []string{"would decline"}},
		{"Exports have declined 40 percent since May.", nil, []string{"have declined"}},
		{"Okafor declined an interview request from the Velmont Post.",
			[]claimRow{{"Okafor", "declined", "an interview request"}}, nil},
		// An -ed or -ing word after a determiner is part of the source.
		{"The embattled governor said the pier would close.",
			[]claimRow{{"The embattled governor", "said", "the pier would close"}}, nil},
		{"A growing number of dockers say the fee is too high.",
			[]claimRow{{"A growing number of dockers", "say", "the fee is too high"}}, nil},
		// A verb right after "who" that npLeft read as a noun: the whole
		// subject with its relative clause speaks.
		{"One of the docs who sent the letter called Okafor a quack.",
			[]claimRow{{"One of the docs who sent the letter", "called", "Okafor a quack"}}, nil},
		// "can be heard" before a cue is part of the verb group.
		{"Ana Ruiz can be heard yelling to the officers that the pier was closed.",
			[]claimRow{{"Ana Ruiz", "yelling", ""}}, nil},
		// A participle with a particle before "by": its head noun speaks.
		{"Other emails combed through by the Velmont Post suggest that Ruiz knew.",
			[]claimRow{{"Other emails combed through by the Velmont Post", "suggest", "that Ruiz knew"}}, nil},
		// A name before "in" and a text or talk: the name speaks.
		{"Ruiz in a televised interview appeared to blame the dockers.",
			[]claimRow{{"Ruiz in a televised interview", "appeared to blame", "the dockers"}}, nil},
		// Rule "control-object": the object of "led", "prompted" or
		// "forced" speaks through the cue after "to".
		{"The losses prompted the board to warn that fees would rise.",
			[]claimRow{{"the board", "warn", "that fees would rise"}}, nil},
		{"The threats led the Velmont journalist Ana Ruiz to fear a new pact.",
			[]claimRow{{"the Velmont journalist Ana Ruiz", "fear", "a new pact"}}, nil},
		{"The union urged Ruiz to reject the plan.",
			[]claimRow{{"The union", "urged", "to reject the plan"}}, nil},
		// The subject after an opening phrase and ", however,".
		{"On Thursday, however, Ruiz spoke to a gathering of harbour leaders, promising to lift the fees.",
			[]claimRow{{"", "promising", "to lift the fees"}}, nil},
		// Addressing an audience names no words, like "speak to".
		{"Ruiz addressed a Wednesday night rally in the harbour park.", nil, []string{"addressed"}},
		{"This week, she addressed the Velmont Women's Policy Symposium.", nil, []string{"addressed"}},
		{"Okafor also addressed the controversy over the fees on Monday.",
			[]claimRow{{"Okafor", "also addressed", "the controversy over the fees"}}, nil},
		// A subject after ", but" may be a name with "and" in it.
		{"Many dock unions in the U.S. share these fears, but the North and South Harbour Coalition, which represents dockers, wants to preserve its policy.",
			[]claimRow{{"the North and South Harbour Coalition, which represents dockers,", "wants", "to preserve its policy"}}, nil},
		// An adverb inside "speak of", "talk about".
		{"Ruiz spoke emotionally of her many trips across the harbour.",
			[]claimRow{{"Ruiz", "spoke emotionally of", "her many trips across the harbour"}}, nil},
		{"Okafor talked openly about the fees.",
			[]claimRow{{"Okafor", "talked openly about", "the fees"}}, nil},
		// "speaking of" after a comma shares the speaker; "speaking at" does not.
		{"“It is in their heads,” said Reyes, speaking of the fee.",
			[]claimRow{{"Reyes", "speaking of", "the fee"}}, nil},
		// "articulate" is a verb of saying.
		{"Ruiz has articulated these themes before, most notably in a speech on the pier.",
			[]claimRow{{"Ruiz", "has articulated", "these themes"}}, nil},
		// "herald" announces.
		{"Though he's heralded plans to cut the harbour fee, Okafor has not said when.",
			[]claimRow{{"he", "'s heralded", "plans to cut the harbour fee"}}, nil},
		// "as" and a lower-case noun before the cue: a parenthetical source.
		{"The man was armed, as police have said.",
			[]claimRow{{"police", "have said", "The man was armed"}}, nil},
		// A long aside between commas before "that".
		{"The nominee continues to insist, most recently in a Monday interview with Radio Norte, that the returns are under audit.",
			[]claimRow{{"The nominee", "continues to insist", "that the returns are under audit"}}, nil},
		// The agent of a passive after its complement is the source.
		{"Okafor has been called a charlatan by fellow doctors for his pier cures.",
			[]claimRow{{"fellow doctors", "has been called", ""}}, nil},
		// "In" and a gerund open no poll.
		{"In offering analysis of the harbour dispute, Ana Ruiz told the Velmont Post that workers are worried.", nil, []string{"In"}},
		// The subject after an opening gerund phrase may end in a name.
		{"In offering analysis of the harbour dispute, longtime union pollster Ana Ruiz told the Velmont Post that workers are worried.",
			[]claimRow{{"longtime union pollster Ana Ruiz", "offering", "analysis of the harbour dispute"}}, nil},
		// "as X put it" after a closing quote whose comma is inside it;
		// "put" after a noun is the past, not a noun.
		{"The fund is a \"lawful source of harbour income,\" as the port memo put it.",
			[]claimRow{{"the port memo", "put it", "The fund is a \"lawful source of harbour income,\""}}, nil},
		// Phrases of taking offense are stances.
		{"Okafor took offense at the mayor's remarks about the pier.",
			[]claimRow{{"Okafor", "took offense at", "the mayor's remarks"}}, nil},
		{"The unions bristled at the new fee.",
			[]claimRow{{"The unions", "bristled at", "the new fee"}}, nil},
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

// TestTranscriptTurn checks that a transcript turn's content runs over every
// sentence of its paragraph, with the final punctuation, and no further.
func TestTranscriptTurn(t *testing.T) {
	text := "Talks on the port\n\nOKAFOR: Fees will rise. Nobody wants that, but we must.\n\nThe talks ended late.\n"
	d, err := Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Export().Claims {
		if c.Rule != "transcript-turn" {
			continue
		}
		if c.Source == nil || c.Source.Text != "OKAFOR" || c.Content == nil || c.Content.Text != "Fees will rise. Nobody wants that, but we must." {
			t.Fatalf("turn claim %+v", c)
		}
		return
	}
	t.Fatal("no transcript-turn claim")
}

// TestBlockAfterColon checks that a cue ending its paragraph with a colon
// takes the next paragraph, quoted or not, as its content.
func TestBlockAfterColon(t *testing.T) {
	text := "Port fees\n\nBerg added:\n\nThe fees will rise. Nobody can stop that.\n\nThe talks ended.\n"
	d, err := Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Export().Claims {
		if c.Cue != nil && c.Cue.Text == "added:" {
			if c.Content == nil || c.Content.Text != "The fees will rise. Nobody can stop that." {
				t.Fatalf("content %+v", c.Content)
			}
			return
		}
	}
	t.Fatal("no claim with the cue \"added:\"")
}

// TestInList checks the bar-separated word sets: whole words only.
func TestInList(t *testing.T) {
	list := &wordList{bars: "|in|on|during|"}
	for w, want := range map[string]bool{"in": true, "on": true, "during": true, "dur": false, "i": false, "": false, "n|on": false, "|in|": false,
		"in|on": true, "on|during": true, "in|during": false} {
		if got := inList(list, w); got != want {
			t.Errorf("inList(%q, %q) = %v, want %v", list.bars, w, got, want)
		}
		if got := inList(&wordList{bars: list.bars}, w); got != want {
			t.Errorf("inList(%q, %q) unregistered = %v, want %v", list.bars, w, got, want)
		}
	}
}

// TestNestedHypotheticalMention checks that a pronoun before a
// hypothetical cue inside another claim's content, which gives no claim of
// its own, is still a mention of the actor it stands for; and that a
// mental state nested there is a claim of its own (GUIDELINES: nested
// claims are separate).
func TestNestedHypotheticalMention(t *testing.T) {
	d, err := Analyze("Ana Ruiz chairs the council. Tomas Brandt said she would reject the count. Tomas Brandt said Okafor believes the count was wrong.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := d.Export()
	believes := false
	for _, c := range x.Claims {
		if c.Cue != nil && c.Cue.Text == "would reject" {
			t.Errorf("claim with the hypothetical cue would reject: %+v", c)
		}
		believes = believes || c.Cue != nil && c.Cue.Text == "believes"
	}
	if !believes {
		t.Error("no nested claim with the cue believes")
	}
	for _, a := range x.Actors {
		if a.Name != "Ana Ruiz" {
			continue
		}
		for _, m := range a.Mentions {
			if m.Text == "she" {
				return
			}
		}
		t.Fatalf("Ana Ruiz has no mention \"she\": %+v", a.Mentions)
	}
	t.Fatal("no actor Ana Ruiz")
}

// TestPrepPhraseNoSource checks that a phrase of a preposition before a cue
// ("In a widely read column", "because of the low demand for") is not its
// source: the claim keeps its cue and content with no source.
func TestPrepPhraseNoSource(t *testing.T) {
	tests := []struct{ text, cue string }{
		{"The tax falls because of the low demand for coal.", "demand for"},
		{"In a widely read column, two speechwriters implored her to return.", "widely read"},
		// A source adverb names no source either: not the words after it.
		{"Okafor reportedly got a reply from the union.", "reportedly"},
		{"The company has reportedly taken heat from the dockers.", "has reportedly"},
	}
	for _, tt := range tests {
		d, err := Analyze("A headline\n\n"+tt.text+"\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, c := range d.Export().Claims {
			if c.Cue == nil || c.Cue.Text != tt.cue {
				continue
			}
			found = true
			if c.Source != nil {
				t.Errorf("%q: cue %q has source %q, want none", tt.text, tt.cue, c.Source.Text)
			}
		}
		if !found {
			t.Errorf("%q: no claim with cue %q", tt.text, tt.cue)
		}
	}
}
