//go:build lexpack

package lexicon

import "testing"

// builtInFrozen returns the tables this build embeds in binary form.
func builtInFrozen(*testing.T) (words, places, gaz, cues string, ok bool) {
	return wordsFrozen, placesFrozen, gazetteerFrozen, cuesFrozen, true
}
