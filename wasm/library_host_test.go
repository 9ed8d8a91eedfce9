//go:build !(js && wasm)

package wasm

import (
	"errors"
	"testing"
	"time"

	"github.com/whosaid/whosaid/engine/annot"
)

func TestMemLibrary(t *testing.T) {
	lib, err := OpenLibrary()
	if err != nil {
		t.Fatal(err)
	}
	if rs, err := lib.List(); err != nil || len(rs) != 0 {
		t.Fatalf("new library lists %v, %v", rs, err)
	}
	t0 := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	doc := func(s string) *annot.Document { return &annot.Document{Document: annot.Text{Text: s}} }
	for i, r := range []Record{
		{ID: "a", Name: "older", Created: t0, Modified: t0, Doc: doc("A")},
		{ID: "b", Name: "newer", Created: t0, Modified: t0.Add(time.Hour), Doc: doc("B")},
		{ID: "c", Name: "alpha", Created: t0, Modified: t0, Doc: doc("C")},
	} {
		if err := lib.Put(r); err != nil {
			t.Fatalf("Put #%d: %v", i, err)
		}
	}
	rs, err := lib.List()
	if err != nil {
		t.Fatal(err)
	}
	var ids string
	for _, r := range rs {
		ids += r.ID
		if r.Doc != nil {
			t.Errorf("List returned the document of %q", r.ID)
		}
	}
	if ids != "bca" {
		t.Errorf("List order %q, want bca (newest first, then by name)", ids)
	}
	r, err := lib.Get("b")
	if err != nil || r.Doc == nil || r.Doc.Document.Text != "B" || !r.Modified.Equal(t0.Add(time.Hour)) {
		t.Fatalf("Get(b) = %+v, %v", r, err)
	}
	r.Doc.Document.Text = "changed by the caller"
	if again, _ := lib.Get("b"); again.Doc.Document.Text != "B" {
		t.Error("changing a document returned by Get changed the stored one")
	}
	if err := lib.Put(Record{ID: "b", Name: "renamed", Created: t0, Modified: t0, Doc: doc("B2")}); err != nil {
		t.Fatal(err)
	}
	if r, _ := lib.Get("b"); r.Name != "renamed" || r.Doc.Document.Text != "B2" {
		t.Errorf("Put did not replace b: %+v", r)
	}
	if err := lib.Delete("b"); err != nil {
		t.Fatal(err)
	}
	if err := lib.Delete("b"); err != nil {
		t.Errorf("deleting a missing record: %v", err)
	}
	if _, err := lib.Get("b"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get after Delete: %v, want ErrNotFound", err)
	}
	if err := lib.Put(Record{ID: "", Doc: doc("x")}); err == nil {
		t.Error("Put accepted an empty ID")
	}
}

// TestUpdateComparesRevisions: Update writes only over the version it was
// told, and a record stored without a revision (by an older app) has the
// one its modification time gives.
func TestUpdateComparesRevisions(t *testing.T) {
	lib, _ := OpenLibrary()
	doc := &annot.Document{Document: annot.Text{Text: "x"}}
	first, err := lib.Update(Record{ID: "a", Name: "v1", Doc: doc}, "")
	if err != nil || first.Rev == "" || first.Modified.IsZero() {
		t.Fatalf("Update of a new record: %+v, %v", first, err)
	}
	if got, _ := lib.Get("a"); got.Rev != first.Rev {
		t.Errorf("Get returns revision %q, Update returned %q", got.Rev, first.Rev)
	}
	second, err := lib.Update(Record{ID: "a", Name: "v2", Doc: doc}, first.Rev)
	if err != nil || second.Rev == first.Rev {
		t.Fatalf("Update over the version read: %+v, %v", second, err)
	}
	if _, err := lib.Update(Record{ID: "a", Name: "stale", Doc: doc}, first.Rev); !errors.Is(err, ErrConflict) {
		t.Errorf("Update over a version not read: %v, want ErrConflict", err)
	}
	if _, err := lib.Update(Record{ID: "a", Name: "new", Doc: doc}, ""); !errors.Is(err, ErrConflict) {
		t.Errorf("Update of a new record over an existing one: %v, want ErrConflict", err)
	}
	if got, _ := lib.Get("a"); got.Name != "v2" {
		t.Errorf("a refused Update changed the record: %q", got.Name)
	}
	if err := lib.Put(Record{ID: "a", Name: "put", Doc: doc}); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Update(Record{ID: "a", Name: "after put", Doc: doc}, second.Rev); !errors.Is(err, ErrConflict) {
		t.Errorf("Put did not give a new revision: %v", err)
	}

	t0 := time.UnixMilli(1700000000123)
	mem := lib.(*memLibrary)
	mem.metas["old"] = meta{ID: "old", Name: "old", Created: t0.UnixMilli(), Modified: t0.UnixMilli()}
	mem.docs["old"] = `{"document":{"text":"y"}}`
	old, err := lib.Get("old")
	if err != nil || old.Rev != "t1700000000123" {
		t.Fatalf("a record without a revision: %+v, %v", old, err)
	}
	if _, err := lib.Update(Record{ID: "old", Name: "edited", Doc: doc}, old.Rev); err != nil {
		t.Errorf("Update over a record without a revision: %v", err)
	}
}
