//go:build !wasm

package app

import (
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/wasm"
)

// TestSaveNeverOverwritesAnotherTabsVersion: the library gets a newer
// version of the open document behind the session's back (another tab).
// The session's next save goes to a conflicting copy, keeps that version,
// tells the user, and later saves go on in the copy.
func TestSaveNeverOverwritesAnotherTabsVersion(t *testing.T) {
	c, e := loadShell(t)
	lib, _ := wasm.OpenLibrary()
	opened := time.Now().Add(-time.Minute)
	if err := lib.Put(wasm.Record{ID: "r1", Name: "Harbour", Created: opened, Modified: opened, Doc: fixtureDoc(t)}); err != nil {
		t.Fatal(err)
	}
	r, err := lib.Get("r1")
	if err != nil {
		t.Fatal(err)
	}
	update(e, c, func(s *session) {
		s.lib, s.loaded = lib, true
		s.open(r)
	})

	// Another tab renames an actor and saves.
	other, _ := lib.Get("r1")
	other.Doc.Actors[0].Name = "Renamed elsewhere"
	other.Modified = time.Now()
	if err := lib.Put(other); err != nil {
		t.Fatal(err)
	}

	update(e, c, func(s *session) { s.apply(RenameActor{Actor: "a2", Name: "Renamed here"}) })
	recs, _ := lib.List()
	if len(recs) != 2 {
		t.Fatalf("%d records after a conflicting save, want 2", len(recs))
	}
	kept, _ := lib.Get("r1")
	if kept.Doc.Actors[0].Name != "Renamed elsewhere" || kept.Doc.Actors[1].Name == "Renamed here" {
		t.Errorf("the other tab's version was overwritten: %q, %q", kept.Doc.Actors[0].Name, kept.Doc.Actors[1].Name)
	}
	copyID := c.s.rec.ID
	if copyID == "r1" || !strings.HasSuffix(c.s.rec.Name, conflictSuffix) {
		t.Fatalf("the open document is %q %q, want the conflicting copy", copyID, c.s.rec.Name)
	}
	cp, err := lib.Get(copyID)
	if err != nil || cp.Doc.Actors[1].Name != "Renamed here" || cp.Doc.Actors[0].Name == "Renamed elsewhere" {
		t.Errorf("the copy does not hold this tab's version: %v", err)
	}
	if !strings.Contains(c.s.errMsg, "changed in another tab") || !strings.Contains(c.s.errMsg, cp.Name) {
		t.Errorf("the user was not told: %q", c.s.errMsg)
	}

	// The next edit is saved in the copy, with no new conflict.
	update(e, c, func(s *session) { s.errMsg = ""; s.apply(RenameActor{Actor: "a1", Name: "Second edit"}) })
	recs, _ = lib.List()
	cp, _ = lib.Get(copyID)
	if len(recs) != 2 || cp.Doc.Actors[0].Name != "Second edit" || c.s.errMsg != "" {
		t.Errorf("after a second edit: %d records, copy's actor %q, message %q", len(recs), cp.Doc.Actors[0].Name, c.s.errMsg)
	}
	// Its own saves never count as another tab's.
	for i := range 3 {
		update(e, c, func(s *session) { s.apply(RenameActor{Actor: "a1", Name: "Edit " + string(rune('A'+i))}) })
	}
	if recs, _ = lib.List(); len(recs) != 2 || c.s.errMsg != "" {
		t.Errorf("the session's own saves made %d records, message %q", len(recs), c.s.errMsg)
	}
}
