package lexicon

import (
	"reflect"
	"testing"
)

// TestDataFilesClean requires every data file to parse with no malformed,
// duplicate or conflicting line; each problem is reported with its line.
func TestDataFilesClean(t *testing.T) {
	for _, p := range Check() {
		t.Error(p)
	}
}

// messages returns the problems as "file:line: msg" strings.
func messages(ps *problems) []string {
	var out []string
	for _, p := range ps.list {
		out = append(out, p.String())
	}
	return out
}

func TestPhraseProblems(t *testing.T) {
	files := []dataFile{
		{"a.txt", "# header\nNo Type\n@type country\nLand\tLD\tmetonym:Capital\nLand\tLD\n@kind demonym\nOther\tLandish\tCapital\n@type planet\n"},
		{"b.txt", "@type organization\nLand\n@type country\nthe Land\tBad  Space\n"},
	}
	var ps problems
	p := buildPhrases(files, &ps)
	want := []string{
		"a.txt:2: line before any @type directive",
		`a.txt:5: duplicate phrase "LD" (first at a.txt:4)`,
		`a.txt:7: phrase "Capital" as country demonym of "Other" conflicts with country metonym of "Land" at a.txt:4`,
		`a.txt:8: unknown directive "@type planet"`,
		`b.txt:2: name "Land" has type organization here and country before`,
		`b.txt:4: phrase "the Land" starts with "the"`,
		`b.txt:4: phrase "Bad  Space" has stray spaces`,
	}
	if got := messages(&ps); !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
	if e, ok := p.Lookup("Landish"); !ok || e != (Entry{"Other", TypeCountry, KindDemonym}) {
		t.Errorf("Lookup(Landish) = %+v, %v", e, ok)
	}
	if e, ok := p.Lookup("Capital"); !ok || e.Name != "Land" {
		t.Errorf("Lookup(Capital) = %+v, %v; the first definition must win", e, ok)
	}
}

func TestCueProblems(t *testing.T) {
	cueText := "say\tspeech\tsays said saying\nsay\tspeech\nsaid\tstance\nread\tspeech\treads read reading\nnote\tnoun\nnote\tnoun\nbad line\n"
	phraseText := "call for\tspeech\ncall for\tstance\nsay to\tspeech,addressee\nAccording To\tsource,fixed\n"
	var ps problems
	tables := buildCues(cueText, phraseText, &ps)
	want := []string{
		`cues.txt:2: duplicate cue "say" of "say" (first at cues.txt:1)`,
		`cues.txt:2: duplicate cue "says" of "say" (first at cues.txt:1)`,
		`cues.txt:2: duplicate cue "saying" of "say" (first at cues.txt:1)`,
		`cues.txt:3: cue "said" of "said" (stance) conflicts with "say" (speech) at cues.txt:1`,
		`cues.txt:6: duplicate cue "note" of "note" (first at cues.txt:5)`,
		`cues.txt:6: duplicate cue "notes" of "note" (first at cues.txt:5)`,
		`cues.txt:7: want lemma, class and optional forms, got 1 fields`,
		`cue_phrases.txt:2: cue "call for" of "call for" (stance) conflicts with "call for" (speech) at cue_phrases.txt:1`,
		`cue_phrases.txt:2: cue "calls for" of "call for" (stance) conflicts with "call for" (speech) at cue_phrases.txt:1`,
		`cue_phrases.txt:2: cue "called for" of "call for" (stance) conflicts with "call for" (speech) at cue_phrases.txt:1`,
		`cue_phrases.txt:2: cue "calling for" of "call for" (stance) conflicts with "call for" (speech) at cue_phrases.txt:1`,
		`cue_phrases.txt:4: bad cue phrase line "According To\tsource,fixed"`,
	}
	if got := messages(&ps); !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
	// "say to" takes the forms given for "say".
	if c, ok := tables.phrases["said to"]; !ok || c != (Cue{"say to", ClassSpeech, true, FormPast}) {
		t.Errorf(`phrases["said to"] = %+v, %v`, c, ok)
	}
	if c := tables.verbs["read"]; c.Form != FormBase {
		t.Errorf(`verbs["read"] = %+v; the base form must win over the past`, c)
	}
}

func TestWordProblems(t *testing.T) {
	files := []wordFile{
		{dataFile{"t.txt", "Minister\nminister\nPrivate!\nSen.\ntwo words\n"}, flagTitle, bothCases},
		{dataFile{"g.txt", "John\njohn\nMay\n"}, flagGivenName, asWritten},
		{dataFile{"n.txt", "The\nMay\n"}, flagNotName, allCapital},
		{dataFile{"c.txt", "the\nThe\n"}, flagCommon, asWritten},
	}
	desc := dataFile{"d.txt", "president\tperson\npresident\tperson\nfirm\tcompany\n"}
	var ps problems
	m := buildWords(files, desc, &ps)
	want := []string{
		`t.txt:5: want one word, got "two words"`,
		`g.txt:2: "john" is not capitalised`,
		`c.txt:2: "The" is not lower case`,
		`d.txt:3: want a lower-case noun, a tab and a type, got "firm\tcompany"`,
		`t.txt:2: duplicate word "minister" (first at t.txt:1)`,
		`t.txt:2: duplicate word "Minister" (first at t.txt:1)`,
		`d.txt:2: duplicate word "president" (first at d.txt:1)`,
		`n.txt:2: "May" is also a given name`,
	}
	if got := messages(&ps); !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
	for w, want := range map[string]bool{"Minister": true, "minister": true, "Private": true, "private": false, "Sen.": true, "sen.": false} {
		if got := m.get(w).flags&flagTitle != 0; got != want {
			t.Errorf("title %q = %v; want %v", w, got, want)
		}
	}
	if m.get("THE").flags&flagNotName == 0 {
		t.Error(`"THE" is not a NotName word; want the all-capital spelling added`)
	}
}

func TestPlaceProblems(t *testing.T) {
	g := buildPhrases([]dataFile{{"g.txt", "@type country\nLand\tmetonym:Capital City\n"}}, &problems{})
	files := []dataFile{
		{"p.txt", "# header\nRiverton\nriverton\nOld  Port\nRiverton\nCapital City\nUpper Vale\n"},
		{"q.txt", "Upper Vale\nUpper Vale Heights\n"},
	}
	var ps problems
	p := buildPlaces(files, g, &ps)
	want := []string{
		`p.txt:3: place "riverton" is not capitalised`,
		`p.txt:4: place "Old  Port" has stray spaces`,
		`p.txt:5: duplicate place "Riverton" (first at p.txt:2)`,
		`p.txt:6: place "Capital City" is a gazetteer phrase (country metonym of "Land")`,
		`q.txt:1: duplicate place "Upper Vale" (first at p.txt:7)`,
	}
	if got := messages(&ps); !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
	if !reflect.DeepEqual(p.single, []string{"Riverton"}) {
		t.Errorf("single = %q", p.single)
	}
	if p.phrases.Find("Capital City") >= 0 {
		t.Error("a gazetteer phrase must not be a place")
	}
	if f := p.firsts.Find("Upper"); f < 0 || p.maxWords[f] != 3 {
		t.Errorf(`maxWords of "Upper" (%d) is not 3`, f)
	}
}
