//go:build !lexpack

package lexicon

import _ "embed"

// The embedded data files, as they are in data/ (data_packed.go holds them
// compact, for engine.wasm). Keys of the lookup tables are substrings of
// these strings wherever the key is written out in the file, so loading
// copies little.
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
