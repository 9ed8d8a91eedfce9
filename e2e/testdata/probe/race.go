//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/hack-pad/safejs"
	"github.com/whosaid/whosaid/app"
	"github.com/whosaid/whosaid/wasm"
)

// The race probes make two tabs save one document at the same moment, many
// times, through the app's check-and-save (app.SaveVersion). Before each
// round both tabs wait at a barrier kept on a BroadcastChannel, so their
// read-compare-write steps overlap; every edit must survive, in the shared
// record or in a conflicting copy.

// raceID is the record both tabs edit.
const raceID = "race"

// arrived receives the round numbers the other tab announced.
var arrived = make(chan int, 1024)

// raceJoin opens this tab's end of the barrier. Both tabs join before
// either starts, so no announcement is lost.
func raceJoin(args []safejs.Value) (report, error) {
	ctor, err := safejs.Global().Get("BroadcastChannel")
	if err != nil {
		return nil, err
	}
	ch, err := ctor.New("whosaid.race")
	if err != nil {
		return nil, err
	}
	on, err := safejs.FuncOf(func(_ safejs.Value, a []safejs.Value) any {
		data, err := a[0].Get("data")
		if err == nil {
			if n, err := data.Int(); err == nil {
				arrived <- n
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := ch.Set("onmessage", on); err != nil {
		return nil, err
	}
	if err := safejs.Global().Set("raceChannel", ch); err != nil {
		return nil, err
	}
	return report{"joined": true}, nil
}

// raceSetup stores the shared record, with an empty list of edits.
func raceSetup(args []safejs.Value) (report, error) {
	lib, err := wasm.OpenLibrary()
	if err != nil {
		return nil, err
	}
	d := doc("Ana Ruiz said the harbour would reopen.")
	d.Document.Title = "edits:"
	now := time.Now()
	return report{}, lib.Put(wasm.Record{ID: raceID, Name: "Race", Created: now, Modified: now, Doc: d})
}

// barrier announces round i to the other tab and waits until it reached
// round i too.
func barrier(i int) error {
	ch, err := safejs.Global().Get("raceChannel")
	if err != nil || ch.IsUndefined() {
		return errors.New("raceJoin was not called")
	}
	if _, err := ch.Call("postMessage", i); err != nil {
		return err
	}
	for n := range arrived {
		if n == i {
			return nil
		}
	}
	return nil
}

// raceSave runs the given number of rounds as tab name: each round waits at
// the barrier, reads the shared record, appends " NAME<round>" to its title
// and saves it with app.SaveVersion. It reports the rounds whose version
// went to a conflicting copy.
func raceSave(args []safejs.Value) (report, error) {
	tab := str(args, 0)
	rounds, err := strconv.Atoi(str(args, 1))
	if err != nil {
		return nil, err
	}
	lib, err := wasm.OpenLibrary()
	if err != nil {
		return nil, err
	}
	var forked []string
	for i := range rounds {
		if err := barrier(i); err != nil {
			return nil, err
		}
		r, err := lib.Get(raceID)
		if err != nil {
			return nil, fmt.Errorf("round %d: %w", i, err)
		}
		r.Doc.Document.Title += fmt.Sprintf(" %s%d", tab, i)
		r.Modified = time.Now()
		saved, fork, err := app.SaveVersion(lib, r, r.Rev)
		if err != nil {
			return nil, fmt.Errorf("round %d: %w", i, err)
		}
		if fork {
			forked = append(forked, saved.Name)
		}
	}
	return report{"forked": forked}, nil
}
