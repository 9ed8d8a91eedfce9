package app

import (
	"errors"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/wasm"
)

// Several tabs share one library. A tab never overwrites a version of a
// document it has not seen: each save is a wasm.Library.Update against the
// revision its open document descends from (session.base), which checks and
// writes in one atomic step. When another tab saved in between, this tab's
// version goes to a new record instead, and the user is told; both versions
// are kept. Tabs also announce their saves and deletions on a
// BroadcastChannel, so the others refresh their library list and warn at
// once when their open document was changed elsewhere.

// channelName is the BroadcastChannel the tabs of one origin share.
const channelName = "whosaid.library"

// conflictSuffix marks the name of a record saved to keep one tab's version
// of a document another tab changed.
const conflictSuffix = " (conflicting copy)"

// SaveVersion stores r, a version of a document that descends from the
// stored version with revision base ("" for a document never stored). When
// the library holds another version (another tab saved in between), r is
// saved as a new record instead (forkRecord) and forked is true; the other
// version stays. The check and the write are atomic (wasm.Library.Update),
// so two tabs saving at the same moment cannot both win. It returns the
// record as saved, with its new revision.
func SaveVersion(lib wasm.Library, r wasm.Record, base string) (saved wasm.Record, forked bool, err error) {
	saved, err = lib.Update(r, base)
	if errors.Is(err, wasm.ErrConflict) {
		forked = true
		saved, err = lib.Update(forkRecord(r, r.Modified), "")
	}
	if err != nil {
		return r, forked, err
	}
	return saved, forked, nil
}

// forkRecord returns r as a new record that keeps this tab's version.
func forkRecord(r wasm.Record, now time.Time) wasm.Record {
	r.ID = wasm.NewID()
	r.Name += conflictSuffix
	r.Created, r.Modified = now, now
	return r
}

// conflictMessage tells the user what happened to their edits.
func conflictMessage(old, fork string) string {
	return "“" + old + "” was changed in another tab after you opened it here. Nothing is lost: your version is saved as a new document, “" +
		fork + "”, and the other tab's version stays as “" + old + "” in the library."
}

// listenOtherTabs subscribes to the other tabs' announcements.
func (s *session) listenOtherTabs() {
	if !goapp.IsClient {
		return
	}
	ctor := goapp.Window().Get("BroadcastChannel")
	if !ctor.Truthy() {
		return // the save-time check still protects the documents
	}
	s.channel = ctor.New(channelName)
	s.channel.Set("onmessage", goapp.FuncOf(func(_ goapp.Value, args []goapp.Value) any {
		if len(args) == 0 {
			return nil
		}
		data := args[0].Get("data")
		if data.Get("id").Type() != goapp.TypeString {
			return nil
		}
		id, rev := data.Get("id").String(), ""
		if data.Get("rev").Type() == goapp.TypeString {
			rev = data.Get("rev").String() // older versions of the app sent none
		}
		deleted := data.Get("deleted").Truthy()
		s.ctx.Dispatch(func(goapp.Context) { s.otherTabChanged(id, rev, deleted) })
		return nil
	}))
}

// announce tells the other tabs that record id was saved as revision rev,
// or deleted.
func (s *session) announce(id, rev string, deleted bool) {
	if s.channel == nil {
		return
	}
	s.channel.Call("postMessage", map[string]any{"id": id, "rev": rev, "deleted": deleted})
}

// otherTabChanged refreshes the library list after another tab changed
// record id (to revision rev, "" when unknown), and warns when it is the
// open document.
func (s *session) otherTabChanged(id, rev string, deleted bool) {
	if s.ed != nil && s.rec.ID == id {
		switch {
		case deleted:
			s.setError("“%s” was deleted in another tab. It stays open here; your next edit saves it again.", s.rec.Name)
		case rev != s.base:
			s.setError("“%s” was changed in another tab. Reopen it from the library to see those changes; "+
				"if you edit it here, your version is saved as a separate copy.", s.rec.Name)
		}
	}
	if s.lib == nil {
		return
	}
	lib := s.lib
	s.async(func() func() {
		recs, err := lib.List()
		return func() {
			if err == nil {
				s.records = recs
			}
		}
	})
}

// newerElsewhere reports whether the library list knows a version of record
// id other than the one the open document descends from, so opening it must
// read it again.
func (s *session) newerElsewhere(id string) bool {
	for _, r := range s.records {
		if r.ID == id {
			return r.Rev != s.base
		}
	}
	return false
}
