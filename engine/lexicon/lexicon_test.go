package lexicon

import (
	"strings"
	"testing"
)

func TestGazetteerLookup(t *testing.T) {
	g := Gazetteer()
	tests := []struct {
		phrase string
		want   Entry
	}{
		{"Beijing", Entry{"China", TypeCountry, KindMetonym}},
		{"China", Entry{"China", TypeCountry, KindName}},
		{"Chinese", Entry{"China", TypeCountry, KindDemonym}},
		{"U.S.", Entry{"United States", TypeCountry, KindAcronym}},
		{"US", Entry{"United States", TypeCountry, KindAcronym}},
		{"USA", Entry{"United States", TypeCountry, KindAcronym}},
		{"America", Entry{"United States", TypeCountry, KindAlias}},
		{"Washington", Entry{"United States", TypeCountry, KindMetonym}},
		{"White House", Entry{"United States", TypeCountry, KindMetonym}},
		{"Americans", Entry{"United States", TypeCountry, KindDemonym}},
		{"Britain", Entry{"United Kingdom", TypeCountry, KindAlias}},
		{"UK", Entry{"United Kingdom", TypeCountry, KindAcronym}},
		{"Downing Street", Entry{"United Kingdom", TypeCountry, KindMetonym}},
		{"Briton", Entry{"United Kingdom", TypeCountry, KindDemonym}},
		{"Kremlin", Entry{"Russia", TypeCountry, KindMetonym}},
		{"Moscow", Entry{"Russia", TypeCountry, KindMetonym}},
		{"Turkey", Entry{"Turkey", TypeCountry, KindName}},
		{"Türkiye", Entry{"Turkey", TypeCountry, KindAlias}},
		{"Kyiv", Entry{"Ukraine", TypeCountry, KindMetonym}},
		{"Kiev", Entry{"Ukraine", TypeCountry, KindMetonym}},
		{"Scottish", Entry{"Scotland", TypeCountry, KindDemonym}},
		{"IMF", Entry{"International Monetary Fund", TypeOrganization, KindAcronym}},
		{"International Monetary Fund", Entry{"International Monetary Fund", TypeOrganization, KindName}},
		{"UN", Entry{"United Nations", TypeOrganization, KindAcronym}},
		{"U.N.", Entry{"United Nations", TypeOrganization, KindAcronym}},
		{"NATO", Entry{"North Atlantic Treaty Organization", TypeOrganization, KindAcronym}},
		{"Nato", Entry{"North Atlantic Treaty Organization", TypeOrganization, KindAcronym}},
		{"EU", Entry{"European Union", TypeOrganization, KindAcronym}},
		{"WHO", Entry{"World Health Organization", TypeOrganization, KindAcronym}},
		{"G7", Entry{"Group of Seven", TypeOrganization, KindAcronym}},
		{"G20", Entry{"Group of 20", TypeOrganization, KindAcronym}},
		{"OPEC", Entry{"Organization of the Petroleum Exporting Countries", TypeOrganization, KindAcronym}},
		{"ASEAN", Entry{"Association of Southeast Asian Nations", TypeOrganization, KindAcronym}},
		{"World Bank", Entry{"World Bank", TypeOrganization, KindName}},
		{"European Commission", Entry{"European Commission", TypeOrganization, KindName}},
		{"State Department", Entry{"State Department", TypeOrganization, KindName}},
		{"Pentagon", Entry{"Department of Defense", TypeOrganization, KindMetonym}},
		{"FBI", Entry{"Federal Bureau of Investigation", TypeOrganization, KindAcronym}},
		{"Congress", Entry{"United States Congress", TypeOrganization, KindAlias}},
		{"Senate", Entry{"United States Senate", TypeOrganization, KindAlias}},
		{"Supreme Court", Entry{"Supreme Court", TypeOrganization, KindName}},
		{"GOP", Entry{"Republican Party", TypeOrganization, KindAcronym}},
		{"Democrats", Entry{"Democratic Party", TypeOrganization, KindAlias}},
		{"Apple", Entry{"Apple", TypeOrganization, KindName}},
		{"Goldman Sachs", Entry{"Goldman Sachs", TypeOrganization, KindName}},
		{"AT&T", Entry{"AT&T", TypeOrganization, KindName}},
		{"Reuters", Entry{"Reuters", TypeMedia, KindName}},
		{"AP", Entry{"Associated Press", TypeMedia, KindAcronym}},
		{"Associated Press", Entry{"Associated Press", TypeMedia, KindName}},
		{"AFP", Entry{"Agence France-Presse", TypeMedia, KindAcronym}},
		{"Xinhua", Entry{"Xinhua", TypeMedia, KindName}},
		{"BBC", Entry{"BBC", TypeMedia, KindName}},
		{"Fox News", Entry{"Fox News", TypeMedia, KindName}},
		{"New York Times", Entry{"New York Times", TypeMedia, KindName}},
		{"Washington Post", Entry{"Washington Post", TypeMedia, KindName}},
		{"Breitbart", Entry{"Breitbart", TypeMedia, KindName}},
		{"NPR", Entry{"NPR", TypeMedia, KindName}},
		{"Politico", Entry{"Politico", TypeMedia, KindName}},
		{"The Hill", Entry{"The Hill", TypeMedia, KindName}},
	}
	for _, tt := range tests {
		got, ok := g.Lookup(tt.phrase)
		if !ok || got != tt.want {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v", tt.phrase, got, ok, tt.want)
		}
	}
	for _, phrase := range []string{"beijing", "the New York Times", "New  York Times", "Hill", "Post", "Vice", "Jersey", "Congo", "Said", ""} {
		if e, ok := g.Lookup(phrase); ok {
			t.Errorf("Lookup(%q) = %+v; want no entry", phrase, e)
		}
	}
}

func TestGazetteerMaxWords(t *testing.T) {
	g := Gazetteer()
	tests := []struct {
		first string
		min   int
	}{
		{"New", 4},          // New York Daily News
		{"Organization", 7}, // Organization of the Petroleum Exporting Countries ... Co-operation in Europe
		{"Beijing", 1},
		{"Downing", 2},
	}
	for _, tt := range tests {
		if got := g.MaxWords(tt.first); got < tt.min {
			t.Errorf("MaxWords(%q) = %d; want at least %d", tt.first, got, tt.min)
		}
	}
	if got := g.MaxWords("xyzzy"); got != 0 {
		t.Errorf("MaxWords(unknown) = %d; want 0", got)
	}
	// MaxWords must cover every phrase: a caller that tries only lengths up
	// to MaxWords(first) finds them all.
	g.Each(func(phrase string, e Entry) {
		if n := wordCount(phrase); g.MaxWords(firstWord(phrase)) < n {
			t.Errorf("MaxWords(%q) = %d < %d words of %q", firstWord(phrase), g.MaxWords(firstWord(phrase)), n, phrase)
		}
	})
}

// TestGazetteerReferences requires metonyms and demonyms to point at a
// canonical name that is itself in the table with the same type.
func TestGazetteerReferences(t *testing.T) {
	g := Gazetteer()
	g.Each(func(phrase string, e Entry) {
		if e.Kind == KindName {
			if phrase != e.Name {
				t.Errorf("%q is a name of %q", phrase, e.Name)
			}
			return
		}
		canon, ok := g.Lookup(e.Name)
		if !ok || canon.Kind != KindName || canon.Type != e.Type {
			t.Errorf("%q (%s) refers to %q, which is %+v, %v", phrase, e.Kind, e.Name, canon, ok)
		}
	})
}

func TestCueForm(t *testing.T) {
	tests := []struct {
		word string
		want Cue
	}{
		{"say", Cue{"say", ClassSpeech, false, FormBase}},
		{"says", Cue{"say", ClassSpeech, false, FormS}},
		{"said", Cue{"say", ClassSpeech, false, FormPast}},
		{"saying", Cue{"say", ClassSpeech, false, FormIng}},
		{"told", Cue{"tell", ClassSpeech, true, FormPast}},
		{"tells", Cue{"tell", ClassSpeech, true, FormS}},
		{"wrote", Cue{"write", ClassSpeech, false, FormPast}},
		{"written", Cue{"write", ClassSpeech, false, FormParticiple}},
		{"added", Cue{"add", ClassSpeech, false, FormPast}},
		{"argued", Cue{"argue", ClassSpeech, false, FormPast}},
		{"arguing", Cue{"argue", ClassSpeech, false, FormIng}},
		{"denies", Cue{"deny", ClassSpeech, false, FormS}},
		{"denied", Cue{"deny", ClassSpeech, false, FormPast}},
		{"admitted", Cue{"admit", ClassSpeech, false, FormPast}},
		{"urged", Cue{"urge", ClassSpeech, true, FormPast}},
		{"warning", Cue{"warn", ClassSpeech, true, FormIng}},
		{"assured", Cue{"assure", ClassSpeech, true, FormPast}},
		{"asked", Cue{"ask", ClassSpeech, true, FormPast}},
		{"reminded", Cue{"remind", ClassSpeech, true, FormPast}},
		{"advised", Cue{"advise", ClassSpeech, true, FormPast}},
		{"promised", Cue{"promise", ClassSpeech, true, FormPast}},
		{"informed", Cue{"inform", ClassSpeech, true, FormPast}},
		{"tweeted", Cue{"tweet", ClassSpeech, false, FormPast}},
		{"echoed", Cue{"echo", ClassSpeech, false, FormPast}},
		{"signalled", Cue{"signal", ClassSpeech, false, FormPast}},
		{"signalling", Cue{"signal", ClassSpeech, false, FormIng}},
		{"read", Cue{"read", ClassSpeech, false, FormBase}},
		{"believes", Cue{"believe", ClassStance, false, FormS}},
		{"thought", Cue{"think", ClassStance, false, FormPast}},
		{"hoped", Cue{"hope", ClassStance, false, FormPast}},
		{"feared", Cue{"fear", ClassStance, false, FormPast}},
		{"expected", Cue{"expect", ClassStance, false, FormPast}},
		{"sought", Cue{"seek", ClassStance, false, FormPast}},
		{"reportedly", Cue{"reportedly", ClassSource, false, FormBase}},
		{"statement", Cue{"statement", ClassNoun, false, FormSingular}},
		{"remarks", Cue{"remark", ClassSpeech, false, FormS}},
		{"speeches", Cue{"speech", ClassNoun, false, FormPlural}},
		{"analyses", Cue{"analysis", ClassNoun, false, FormPlural}},
	}
	for _, tt := range tests {
		got, ok := CueForm(tt.word)
		if !ok || got != tt.want {
			t.Errorf("CueForm(%q) = %+v, %v; want %+v", tt.word, got, ok, tt.want)
		}
	}
	for _, w := range []string{"Said", "the", "table", "reportedlys", "sayed", "telled", ""} {
		if c, ok := CueForm(w); ok {
			t.Errorf("CueForm(%q) = %+v; want none", w, c)
		}
	}
}

func TestCueNoun(t *testing.T) {
	tests := []struct {
		word string
		want Cue
	}{
		{"warning", Cue{"warning", ClassNoun, false, FormSingular}},
		{"claims", Cue{"claim", ClassNoun, false, FormPlural}},
		{"remarks", Cue{"remark", ClassNoun, false, FormPlural}},
		{"advice", Cue{"advice", ClassNoun, false, FormSingular}},
	}
	for _, tt := range tests {
		got, ok := CueNoun(tt.word)
		if !ok || got != tt.want {
			t.Errorf("CueNoun(%q) = %+v, %v; want %+v", tt.word, got, ok, tt.want)
		}
	}
	if c, ok := CueNoun("advices"); ok {
		t.Errorf("CueNoun(advices) = %+v; want none", c)
	}
}

func TestCuePhrase(t *testing.T) {
	tests := []struct {
		phrase string
		want   Cue
	}{
		{"according to", Cue{"according to", ClassSource, false, FormBase}},
		{"in a statement", Cue{"in a statement", ClassNoun, false, FormBase}},
		{"expressed optimism", Cue{"express optimism", ClassStance, false, FormPast}},
		{"called for", Cue{"call for", ClassSpeech, false, FormPast}},
		{"calling for", Cue{"call for", ClassSpeech, false, FormIng}},
		{"called on", Cue{"call on", ClassSpeech, true, FormPast}},
		{"pointed out", Cue{"point out", ClassSpeech, false, FormPast}},
		{"made clear", Cue{"make clear", ClassSpeech, false, FormPast}},
		{"made it clear", Cue{"make it clear", ClassSpeech, false, FormPast}},
		{"went on to say", Cue{"go on to say", ClassSpeech, false, FormPast}},
		{"referring to", Cue{"refer to", ClassSpeech, false, FormIng}},
		{"took aim at", Cue{"take aim at", ClassSpeech, false, FormPast}},
		{"is confident", Cue{"be confident", ClassStance, false, FormS}},
		{"were concerned", Cue{"be concerned", ClassStance, false, FormPast}},
		{"would like", Cue{"would like", ClassStance, false, FormBase}},
		{"told about", Cue{}}, // not a phrase
	}
	for _, tt := range tests {
		got, ok := CuePhrase(tt.phrase)
		if want := tt.want != (Cue{}); ok != want || got != tt.want {
			t.Errorf("CuePhrase(%q) = %+v, %v; want %+v", tt.phrase, got, ok, tt.want)
		}
	}
	for _, tt := range []struct {
		first string
		want  int
	}{{"according", 2}, {"in", 5}, {"called", 2}, {"came", 5}, {"said", 2}, {"statement", 0}, {"xyzzy", 0}} {
		if got := MaxCueWords(tt.first); got != tt.want {
			t.Errorf("MaxCueWords(%q) = %d; want %d", tt.first, got, tt.want)
		}
	}
}

func TestInflect(t *testing.T) {
	tests := []struct{ verb, s, past, ing string }{
		{"say", "says", "sayed", "saying"}, // rule only; the data gives "said"
		{"argue", "argues", "argued", "arguing"},
		{"deny", "denies", "denied", "denying"},
		{"convey", "conveys", "conveyed", "conveying"},
		{"stress", "stresses", "stressed", "stressing"},
		{"preach", "preaches", "preached", "preaching"},
		{"agree", "agrees", "agreed", "agreeing"},
		{"tie", "ties", "tied", "tying"},
		{"warn", "warns", "warned", "warning"},
	}
	for _, tt := range tests {
		if got := sForm(tt.verb); got != tt.s {
			t.Errorf("sForm(%q) = %q; want %q", tt.verb, got, tt.s)
		}
		if got := pastForm(tt.verb); got != tt.past {
			t.Errorf("pastForm(%q) = %q; want %q", tt.verb, got, tt.past)
		}
		if got := ingForm(tt.verb); got != tt.ing {
			t.Errorf("ingForm(%q) = %q; want %q", tt.verb, got, tt.ing)
		}
	}
}

func TestWordClasses(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) bool
		yes  []string
		no   []string
	}{
		{"IsTitleWord", IsTitleWord,
			[]string{"Minister", "minister", "Secretary", "President", "Sen.", "Gov.", "Rep.", "Dr.", "Mr.", "spokesman", "Spokesman", "candidate", "Chancellor", "CEO", "Secretary-General", "secretary-general", "Vice-president", "Attorney-General", "King", "Sheikh"},
			[]string{"sen.", "ceo", "The", "Paris", "private", "said", ""}},
		{"IsTitleModifier", IsTitleModifier,
			[]string{"Finance", "finance", "Treasury", "Trade", "Vice", "Deputy", "Managing", "Foreign", "foreign", "Prime", "Chief", "Executive", "General", "Attorney", "Interior"},
			[]string{"Minister", "John", "the"}},
		{"IsHonorific", IsHonorific,
			[]string{"Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Dame", "Prof.", "Mr"},
			[]string{"President", "mr.", "Senator"}},
		{"IsGivenName", IsGivenName,
			[]string{"John", "Mary", "Hillary", "Donald", "Vladimir", "Emmanuel", "Angela", "Narendra", "Recep", "Olaf", "Will"},
			[]string{"john", "May", "The", "Monday", "Trump", "Minister"}},
		{"IsCommonWord", IsCommonWord,
			[]string{"the", "however", "shares", "analysts", "meanwhile", "officials", "percent", "economy", "president", "said", "i", "lawmakers", "separately", "will"},
			[]string{"The", "john", "trump", "obama", "smith", "bush", "reuters", "bill", "frank", "xyzzy"}},
		{"GroupNoun", GroupNoun,
			[]string{"analysts", "officials", "experts", "critics", "economists", "lawmakers", "protesters", "residents", "shareholders", "investors", "supporters", "opponents", "aides", "advisers", "sources"},
			[]string{"analyst", "Analysts", "the"}},
		{"OrgSuffix", OrgSuffix,
			[]string{"Party", "Ministry", "Department", "Committee", "Council", "Commission", "Agency", "Bank", "Fund", "Institute", "University", "Association", "Union", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Group", "Foundation", "Court", "Office", "Organization", "Federation", "Authority", "Board", "Campaign", "Times", "News", "Post"},
			[]string{"party", "John", "Said"}},
		{"NotName", NotName,
			[]string{"The", "THE", "Monday", "January", "May", "However", "He", "In"},
			[]string{"John", "June", "April", "August", "the"}},
	}
	for _, tt := range tests {
		for _, w := range tt.yes {
			if !tt.fn(w) {
				t.Errorf("%s(%q) = false; want true", tt.name, w)
			}
		}
		for _, w := range tt.no {
			if tt.fn(w) {
				t.Errorf("%s(%q) = true; want false", tt.name, w)
			}
		}
	}
}

func TestDescriptor(t *testing.T) {
	tests := []struct{ noun, want string }{
		{"president", TypePerson},
		{"minister", TypePerson},
		{"spokesman", TypePerson},
		{"senator", TypePerson},
		{"candidate", TypePerson},
		{"official", TypePerson},
		{"company", TypeOrganization},
		{"ministry", TypeOrganization},
		{"agency", TypeOrganization},
		{"newspaper", TypeMedia},
		{"government", TypeCountry},
		{"administration", TypeCountry},
		{"couple", TypeGroup},
		{"table", ""},
		{"President", ""},
	}
	for _, tt := range tests {
		got, ok := Descriptor(tt.noun)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("Descriptor(%q) = %q, %v; want %q", tt.noun, got, ok, tt.want)
		}
	}
}

// TestHeaders requires every data file to start with comment lines that
// name its source and licence. It reads data/, since -tags lexpack embeds the
// files without their comments.
func TestHeaders(t *testing.T) {
	files := diskSources(t).files()
	if len(files) < 21 {
		t.Fatalf("%d data files", len(files))
	}
	for _, f := range files {
		var head strings.Builder
		for _, line := range strings.Split(f.text, "\n") {
			if !strings.HasPrefix(line, "#") {
				break
			}
			head.WriteString(line)
		}
		h := strings.ToLower(head.String())
		if !strings.Contains(h, "source") || !(strings.Contains(h, "licence") || strings.Contains(h, "license") || strings.Contains(h, "mit") || strings.Contains(h, "apache")) {
			t.Errorf("%s: header does not state source and licence: %q", f.name, head.String())
		}
	}
}

// TestClassifyAgrees requires Classify to answer like the one-question
// functions for every word of the sample and of the tables above.
func TestClassifyAgrees(t *testing.T) {
	words := append([]string{"Minister", "minister", "Mr.", "John", "the", "The", "analysts", "Party", "president", "company", "xyzzy", "Chechnya", "Milan"}, sampleTokens...)
	for _, w := range words {
		c := Classify(w)
		d1, ok1 := c.Descriptor()
		d2, ok2 := Descriptor(w)
		if c.TitleWord() != IsTitleWord(w) || c.TitleModifier() != IsTitleModifier(w) || c.Honorific() != IsHonorific(w) ||
			c.GivenName() != IsGivenName(w) || c.CommonWord() != IsCommonWord(w) || c.GroupNoun() != GroupNoun(w) ||
			c.OrgSuffix() != OrgSuffix(w) || c.NotName() != NotName(w) || c.Place() != IsPlace(w) || d1 != d2 || ok1 != ok2 {
			t.Errorf("Classify(%q) disagrees with the one-question functions", w)
		}
	}
}

func TestIsPlace(t *testing.T) {
	yes := []string{
		"Chechnya", "Kashmir", "Balkans", "Milan", "Dallas", "Tianjin", "Volgograd", "Kent", "Somerset", "Bavaria",
		"Tunbridge Wells", "Middle East", "Gaza Strip", "Kandahar", "Kandahār", "Texas", "Sao Paulo", "São Paulo",
	}
	// Countries and capitals are the gazetteer's; people and words are no places.
	no := []string{
		"Paris", "Washington", "Jordan", "Georgia", "Beijing", "Jackson", "Hamilton", "Mary", "John", "Central",
		"milan", "Tunbridge", "Wells", "Hilton", "Paris Hilton", "", "xyzzy",
	}
	for _, w := range yes {
		if !IsPlace(w) {
			t.Errorf("IsPlace(%q) = false; want true", w)
		}
	}
	for _, w := range no {
		if IsPlace(w) {
			t.Errorf("IsPlace(%q) = true; want false", w)
		}
	}
	for first, want := range map[string]int{"Tunbridge": 2, "Chechnya": 1, "Gaza": 2, "Hilton": 0, "Paris": 0} {
		if got := MaxPlaceWords(first); got < want || want == 0 && got != 0 {
			t.Errorf("MaxPlaceWords(%q) = %d; want %d", first, got, want)
		}
	}
}

// TestMaxPlaceWords requires MaxPlaceWords to cover every place, so a
// caller that tries only lengths up to it finds them all.
func TestMaxPlaceWords(t *testing.T) {
	for _, f := range diskSources(t).places {
		eachLine(f.text, func(n int, line string) {
			if w := wordCount(line); MaxPlaceWords(firstWord(line)) < w {
				t.Errorf("%s:%d: MaxPlaceWords(%q) = %d < %d words", f.name, n, firstWord(line), MaxPlaceWords(firstWord(line)), w)
			}
			if !IsPlace(line) {
				t.Errorf("%s:%d: IsPlace(%q) = false", f.name, n, line)
			}
		})
	}
}

func TestGivenNameGender(t *testing.T) {
	tests := []struct {
		name         string
		female, male bool
	}{
		{"Aaron", false, true},
		{"Abagail", true, false},
		{"Alex", false, false}, // in both lists
	}
	for _, tt := range tests {
		c := Classify(tt.name)
		if !c.GivenName() || c.Female() != tt.female || c.Male() != tt.male {
			t.Errorf("%s: given %v female %v male %v, want given, female %v, male %v", tt.name, c.GivenName(), c.Female(), c.Male(), tt.female, tt.male)
		}
	}
}
