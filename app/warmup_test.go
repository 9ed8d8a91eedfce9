//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

// TestWarmDocumentChangesNothing runs the app's warm-up on a document and
// checks that the document is unchanged.
func TestWarmDocumentChangesNothing(t *testing.T) {
	d := fixtureDoc(t)
	var before, after strings.Builder
	if err := annot.Encode(&before, d, false); err != nil {
		t.Fatal(err)
	}
	warmDocument(d, func() {})
	if err := annot.Encode(&after, d, false); err != nil {
		t.Fatal(err)
	}
	if before.String() != after.String() {
		t.Error("the warm-up changed the document")
	}
}
