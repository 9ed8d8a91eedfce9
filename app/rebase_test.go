package app

import (
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

func TestRebaseKeepsUserWork(t *testing.T) {
	e := NewEditor(fixtureDoc(t))
	mustApply(t, e, SetSpeaker{Quote: "q2", NewName: "Deputy Mayor", NewType: "person"}) // new actor a4, q2 user
	mustApply(t, e, AddClaim{Start: 0, End: 12, Claimant: "a3"})                         // c3 user, credits engine actor a3
	old := e.Doc()

	fresh := fixtureDoc(t)                   // the engine's new run: same ids as the old engine output
	fresh.Actors[2].Name = "Velmont Council" // the engine now spells it differently
	fresh.Quotes[1].Speaker = nil            // and finds no speaker for q2
	got := Rebase(old, fresh)
	if err := CheckDocument(got); err != nil {
		t.Fatal(err)
	}
	var q2 *annot.Quote
	for i := range got.Quotes {
		if got.Quotes[i].Text == "“Nothing is decided.”" {
			if q2 != nil {
				t.Fatal("the user's quote did not replace the engine's quote over the same span")
			}
			q2 = &got.Quotes[i]
		}
	}
	if q2 == nil || q2.Origin != annot.OriginUser || actorName(got, q2.Speaker) != "Deputy Mayor" {
		t.Fatalf("quote q2 = %+v", q2)
	}
	var c3 *annot.Claim
	for i := range got.Claims {
		if got.Claims[i].Origin == annot.OriginUser {
			c3 = &got.Claims[i]
		}
	}
	if c3 == nil || c3.Text != "Harbour plan" {
		t.Fatalf("user claim lost: %+v", got.Claims)
	}
	// a3 is matched by name case-insensitively, so no duplicate actor appears.
	if actorName(got, c3.Claimant) != "Velmont Council" || len(got.Actors) != 4 {
		t.Errorf("claimant %q, %d actors", actorName(got, c3.Claimant), len(got.Actors))
	}
	if fresh.Quotes[1].Speaker != nil || len(fresh.Actors) != 3 {
		t.Error("Rebase changed its input")
	}
}

func TestRebaseWithoutUserWorkIsFresh(t *testing.T) {
	fresh := fixtureDoc(t)
	fresh.Actors = fresh.Actors[:3]
	got := Rebase(fixtureDoc(t), fresh)
	if len(got.Actors) != 3 || len(got.Quotes) != 2 || len(got.Claims) != 2 {
		t.Errorf("got %d/%d/%d annotations", len(got.Actors), len(got.Quotes), len(got.Claims))
	}
}
