package lexicon

import "testing"

// sampleTokens is an invented news sentence, as tokens, to drive the
// per-token lookups the engine makes.
var sampleTokens = []string{
	"Finance", "Minister", "Ana", "Ruiz", "told", "Xinhua", "on", "Tuesday", "that", "Beijing",
	"would", "meet", "the", "IMF", "and", "U.S.", "officials", ",", "according", "to", "a",
	"statement", ".", "However", ",", "analysts", "said", "the", "plan", "was", "unlikely", "to",
	"pass", "Congress", ".", "Shares", "of", "Acme", "Corp.", "rose", "3", "percent", ".",
}

// perToken is what the engine asks of one token: the word classes, the cue
// tables and the gazetteer's first-word index.
func perToken(w string) int {
	n := 0
	if IsTitleWord(w) {
		n++
	}
	if IsTitleModifier(w) {
		n++
	}
	if IsHonorific(w) {
		n++
	}
	if IsGivenName(w) {
		n++
	}
	if IsCommonWord(w) {
		n++
	}
	if NotName(w) {
		n++
	}
	if OrgSuffix(w) {
		n++
	}
	if GroupNoun(w) {
		n++
	}
	if _, ok := Descriptor(w); ok {
		n++
	}
	if _, ok := CueForm(w); ok {
		n++
	}
	n += MaxCueWords(w)
	n += Gazetteer().MaxWords(w)
	if _, ok := Gazetteer().Lookup(w); ok {
		n++
	}
	if IsPlace(w) {
		n++
	}
	n += MaxPlaceWords(w)
	return n
}

// TestLookupsDoNotAllocate guards the per-token cost: lookups must not
// allocate once the tables are loaded.
func TestLookupsDoNotAllocate(t *testing.T) {
	perToken("warm")
	CuePhrase("according to")
	allocs := testing.AllocsPerRun(100, func() {
		for _, w := range sampleTokens {
			perToken(w)
			perTokenClassify(w)
		}
		CuePhrase("according to")
		Gazetteer().Lookup("New York Times")
		IsPlace("Tunbridge Wells")
	})
	if allocs != 0 {
		t.Errorf("lookups allocate %v times per sentence; want 0", allocs)
	}
}

func BenchmarkLoadGazetteer(b *testing.B) {
	src := diskSources(b)
	b.ReportAllocs()
	for b.Loop() {
		var ps problems
		buildPhrases(src.gazetteer, &ps)
	}
}

func BenchmarkLoadCues(b *testing.B) {
	src := diskSources(b)
	b.ReportAllocs()
	for b.Loop() {
		var ps problems
		buildCues(src.cues.text, src.cuePhrases.text, &ps)
	}
}

func BenchmarkLoadWords(b *testing.B) {
	src := diskSources(b)
	b.ReportAllocs()
	for b.Loop() {
		var ps problems
		buildWords(src.words, src.descriptors, &ps)
	}
}

// BenchmarkPerToken measures all the per-token lookups above; ns/op is per
// token.
func BenchmarkPerToken(b *testing.B) {
	perToken("warm")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		perToken(sampleTokens[i])
		i++
		if i == len(sampleTokens) {
			i = 0
		}
	}
}

// BenchmarkPerTokenClassify is BenchmarkPerToken with the word classes
// taken from one Classify call.
func BenchmarkPerTokenClassify(b *testing.B) {
	perTokenClassify("warm")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		perTokenClassify(sampleTokens[i])
		i++
		if i == len(sampleTokens) {
			i = 0
		}
	}
}

func perTokenClassify(w string) int {
	n := 0
	c := Classify(w)
	if c.TitleWord() || c.TitleModifier() || c.GivenName() || c.CommonWord() || c.NotName() || c.OrgSuffix() || c.GroupNoun() || c.Place() {
		n++
	}
	if _, ok := c.Descriptor(); ok {
		n++
	}
	if _, ok := CueForm(w); ok {
		n++
	}
	n += MaxCueWords(w)
	n += Gazetteer().MaxWords(w)
	if _, ok := Gazetteer().Lookup(w); ok {
		n++
	}
	return n
}

func BenchmarkIsCommonWord(b *testing.B) {
	IsCommonWord("warm")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		IsCommonWord(sampleTokens[i])
		i++
		if i == len(sampleTokens) {
			i = 0
		}
	}
}

func BenchmarkGazetteerLookup(b *testing.B) {
	g := Gazetteer()
	phrases := []string{"New York Times", "Beijing", "IMF", "Finance Minister", "U.S.", "Acme Corp."}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		g.Lookup(phrases[i])
		i++
		if i == len(phrases) {
			i = 0
		}
	}
}

func BenchmarkCuePhrase(b *testing.B) {
	phrases := []string{"according to", "called for", "in a statement", "said the", "expressed optimism"}
	CuePhrase("warm")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		CuePhrase(phrases[i])
		i++
		if i == len(phrases) {
			i = 0
		}
	}
}

func BenchmarkLoadPlaces(b *testing.B) {
	src := diskSources(b)
	g := Gazetteer()
	b.ReportAllocs()
	for b.Loop() {
		var ps problems
		buildPlaces(src.places, g, &ps)
	}
}

// BenchmarkParseAll builds every table from the text of data/, as a native
// build does at its first lookups.
func BenchmarkParseAll(b *testing.B) {
	src := diskSources(b)
	b.ReportAllocs()
	for b.Loop() {
		var ps problems
		parse(src, &ps)
	}
}

// BenchmarkThawAll builds every table from the binary form, as
// engine.wasm (-tags lexpack) does at its first lookups.
func BenchmarkThawAll(b *testing.B) {
	var ps problems
	words, places, gaz, cues, err := freeze(parse(diskSources(b), &ps))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		thawWords(words)
		thawPlaces(places)
		thawGazetteer(gaz)
		thawCues(cues)
	}
}
