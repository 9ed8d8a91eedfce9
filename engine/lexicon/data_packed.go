//go:build lexpack

package lexicon

import "github.com/whosaid/whosaid/internal/lexpack"

// The data files of data_text.go in the compact form of internal/lexpack,
// which make wasm builds engine.wasm with (-tags lexpack): 37 KB less gzip.
// tools/lexpack writes them as the string constants of packed_data.go
// (git-ignored; a missing one fails the build: go run ./tools/lexpack), not
// as files for //go:embed, so that engine.wasm does not import embed (see
// tools/lexpack). Unpacked once at start, each is its file with the comment
// lines empty, so line numbers and lookups are those of data/.
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
