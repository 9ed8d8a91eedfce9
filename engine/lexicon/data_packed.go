//go:build lexpack

package lexicon

// engine.wasm (-tags lexpack) embeds the tables in the binary form of
// freeze.go instead of the text of the data files: tools/lexpack writes them
// as the string constants of packed_data.go (git-ignored; a missing one
// fails the build: go generate ./engine/lexicon, which make wasm runs), not
// as files for //go:embed, so that engine.wasm does not import embed (see
// tools/lexpack). Thawing a table is a fraction of parsing its text under
// WebAssembly; TestFrozenMatchesText checks that the constants are what the
// text files of data/ parse to.

func loadGazetteer() *Phrases { return thawGazetteer(gazetteerFrozen) }

func loadCueTables() *cueTables { return thawCues(cuesFrozen) }

func loadPlaceTable() *placeTable { return thawPlaces(placesFrozen) }

func loadWordTable() *wordTable { return thawWords(wordsFrozen) }
