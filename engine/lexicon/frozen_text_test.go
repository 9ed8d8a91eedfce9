//go:build !lexpack

package lexicon

import "testing"

// builtInFrozen reports that this build embeds no tables in binary form:
// packed_data.go is compiled only with -tags lexpack, whose tests (make
// test-js, after make lexpack) compare it with data/. A stale copy left
// from an earlier make wasm does not fail the native tests.
func builtInFrozen(*testing.T) (words, places, gaz, cues string, ok bool) {
	return "", "", "", "", false
}
