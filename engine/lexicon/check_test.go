package lexicon

import "testing"

// TestDataFilesClean requires every data file to parse with no malformed,
// duplicate or conflicting line; each problem is reported with its line.
func TestDataFilesClean(t *testing.T) {
	for _, p := range Check() {
		t.Error(p)
	}
}
