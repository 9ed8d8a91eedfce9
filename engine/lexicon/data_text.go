//go:build !lexpack

package lexicon

import (
	_ "embed"
	"errors"
)

// The embedded data files, as they are in data/ (engine.wasm, built with
// -tags lexpack, embeds the tables in binary form instead: data_packed.go).
// Keys of the lookup tables are substrings of these strings wherever the
// key is written out in the file, so loading copies little.
var (
	//go:embed data/countries.txt
	countriesTxt string
	//go:embed data/demonyms.txt
	demonymsTxt string
	//go:embed data/seats.txt
	seatsTxt string
	//go:embed data/organizations.txt
	organizationsTxt string
	//go:embed data/companies.txt
	companiesTxt string
	//go:embed data/media.txt
	mediaTxt string
	//go:embed data/cues.txt
	cuesTxt string
	//go:embed data/cue_phrases.txt
	cuePhrasesTxt string
	//go:embed data/titles.txt
	titlesTxt string
	//go:embed data/title_modifiers.txt
	titleModifiersTxt string
	//go:embed data/honorifics.txt
	honorificsTxt string
	//go:embed data/given_names.txt
	givenNamesTxt string
	//go:embed data/given_names_intl.txt
	givenNamesIntlTxt string
	//go:embed data/common_words.txt
	commonWordsTxt string
	//go:embed data/common_words_news.txt
	commonWordsNewsTxt string
	//go:embed data/descriptors.txt
	descriptorsTxt string
	//go:embed data/group_nouns.txt
	groupNounsTxt string
	//go:embed data/org_suffixes.txt
	orgSuffixesTxt string
	//go:embed data/not_names.txt
	notNamesTxt string
	//go:embed data/places.txt
	placesTxt string
	//go:embed data/places_extra.txt
	placesExtraTxt string
)

// embedded are the embedded data files.
var embedded = newSources(func(name string) string { return embeddedText[name] })

var embeddedText = map[string]string{
	"countries.txt": countriesTxt, "demonyms.txt": demonymsTxt, "seats.txt": seatsTxt,
	"organizations.txt": organizationsTxt, "companies.txt": companiesTxt, "media.txt": mediaTxt,
	"cues.txt": cuesTxt, "cue_phrases.txt": cuePhrasesTxt,
	"titles.txt": titlesTxt, "title_modifiers.txt": titleModifiersTxt, "honorifics.txt": honorificsTxt,
	"given_names.txt": givenNamesTxt, "given_names_intl.txt": givenNamesIntlTxt,
	"common_words.txt": commonWordsTxt, "common_words_news.txt": commonWordsNewsTxt,
	"descriptors.txt": descriptorsTxt, "group_nouns.txt": groupNounsTxt, "org_suffixes.txt": orgSuffixesTxt,
	"not_names.txt": notNamesTxt, "places.txt": placesTxt, "places_extra.txt": placesExtraTxt,
}

// The tables are parsed from the embedded text, each at its first use.

func loadGazetteer() *Phrases { return buildPhrases(embedded.gazetteer, &found) }

func loadCueTables() *cueTables { return buildCues(cuesTxt, cuePhrasesTxt, &found).index() }

func loadPlaceTable() *placeTable { return buildPlaces(embedded.places, Gazetteer(), &found) }

// loadWordTable builds the word table and then drops the place table's
// one-word places, which only the word table needed: kept, they were a slice
// of thousands of strings that every collection scanned (as thawPlaces
// never keeps them).
func loadWordTable() *wordTable {
	pl := loadPlaces()
	w := parseWords(embedded, pl, &found)
	pl.single = nil
	return w
}

// Freeze parses the embedded data files and returns the tables in the
// binary form that engine.wasm embeds (-tags lexpack): the sections of
// freeze.go. tools/lexpack writes them into packed_data.go
// (go generate ./engine/lexicon, or make wasm). It fails when a data file
// has a problem (Check), since the binary form cannot report it.
func Freeze() (words, places, gazetteer, cues string, err error) {
	var ps problems
	t := parse(embedded, &ps)
	if len(ps.list) > 0 {
		return "", "", "", "", errors.New("lexicon: " + ps.list[0].String())
	}
	return freeze(t)
}
