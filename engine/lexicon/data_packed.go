//go:build lexpack

package lexicon

import (
	_ "embed"

	"github.com/whosaid/whosaid/internal/lexpack"
)

// The data files of data_text.go in the compact form of internal/lexpack,
// which tools/lexpack writes to packed/ and make wasm builds engine.wasm
// with (-tags lexpack): 37 KB less gzip. Unpacked once at start, each is its
// file with the comment lines empty, so line numbers and lookups are those of
// data/. A file missing from packed/ fails the build: go run ./tools/lexpack.
var (
	//go:embed packed/countries.txt
	countriesPacked string
	//go:embed packed/demonyms.txt
	demonymsPacked string
	//go:embed packed/seats.txt
	seatsPacked string
	//go:embed packed/organizations.txt
	organizationsPacked string
	//go:embed packed/companies.txt
	companiesPacked string
	//go:embed packed/media.txt
	mediaPacked string
	//go:embed packed/cues.txt
	cuesPacked string
	//go:embed packed/cue_phrases.txt
	cuePhrasesPacked string
	//go:embed packed/titles.txt
	titlesPacked string
	//go:embed packed/title_modifiers.txt
	titleModifiersPacked string
	//go:embed packed/honorifics.txt
	honorificsPacked string
	//go:embed packed/given_names.txt
	givenNamesPacked string
	//go:embed packed/given_names_intl.txt
	givenNamesIntlPacked string
	//go:embed packed/common_words.txt
	commonWordsPacked string
	//go:embed packed/common_words_news.txt
	commonWordsNewsPacked string
	//go:embed packed/descriptors.txt
	descriptorsPacked string
	//go:embed packed/group_nouns.txt
	groupNounsPacked string
	//go:embed packed/org_suffixes.txt
	orgSuffixesPacked string
	//go:embed packed/not_names.txt
	notNamesPacked string
	//go:embed packed/places.txt
	placesPacked string
	//go:embed packed/places_extra.txt
	placesExtraPacked string
)

var (
	countriesTxt       = lexpack.Unpack(countriesPacked)
	demonymsTxt        = lexpack.Unpack(demonymsPacked)
	seatsTxt           = lexpack.Unpack(seatsPacked)
	organizationsTxt   = lexpack.Unpack(organizationsPacked)
	companiesTxt       = lexpack.Unpack(companiesPacked)
	mediaTxt           = lexpack.Unpack(mediaPacked)
	cuesTxt            = lexpack.Unpack(cuesPacked)
	cuePhrasesTxt      = lexpack.Unpack(cuePhrasesPacked)
	titlesTxt          = lexpack.Unpack(titlesPacked)
	titleModifiersTxt  = lexpack.Unpack(titleModifiersPacked)
	honorificsTxt      = lexpack.Unpack(honorificsPacked)
	givenNamesTxt      = lexpack.Unpack(givenNamesPacked)
	givenNamesIntlTxt  = lexpack.Unpack(givenNamesIntlPacked)
	commonWordsTxt     = lexpack.Unpack(commonWordsPacked)
	commonWordsNewsTxt = lexpack.Unpack(commonWordsNewsPacked)
	descriptorsTxt     = lexpack.Unpack(descriptorsPacked)
	groupNounsTxt      = lexpack.Unpack(groupNounsPacked)
	orgSuffixesTxt     = lexpack.Unpack(orgSuffixesPacked)
	notNamesTxt        = lexpack.Unpack(notNamesPacked)
	placesTxt          = lexpack.Unpack(placesPacked)
	placesExtraTxt     = lexpack.Unpack(placesExtraPacked)
)
