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
