//go:build js && wasm

// Command probe exercises package wasm in a real browser for the e2e tests:
// each global probe.NAME(...) runs one scenario on a goroutine and resolves
// to a JSON report.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hack-pad/safejs"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/engine/annot"
	"github.com/whosaid/whosaid/wasm"
)

type report map[string]any

func main() {
	probes := map[string]func(args []safejs.Value) (report, error){
		"extract":       extract,
		"extractCancel": extractCancel,
		"extractStop":   extractStop,
		"library":       library,
		"quota":         quota,
		"noStorage":     noStorage,
		"readFile":      readFile,
		"download":      download,
		"raceJoin":      raceJoin,
		"raceSetup":     raceSetup,
		"raceSave":      raceSave,
	}
	obj, _ := safejs.Global().Get("Object")
	probe, _ := obj.New()
	for name, f := range probes {
		fn, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
			return promise(func() (report, error) { return f(args) })
		})
		if err != nil {
			panic(err)
		}
		_ = probe.Set(name, fn)
	}
	_ = safejs.Global().Set("probe", probe)
	doc, _ := safejs.Global().Get("document")
	body, _ := doc.Get("body")
	_, _ = body.Call("setAttribute", "data-probe-ready", "1")
	select {}
}

// promise runs f on a goroutine and returns a Promise of its report as a
// JSON string; an error becomes {"error": message}.
func promise(f func() (report, error)) any {
	ctor, _ := safejs.Global().Get("Promise")
	var exec safejs.Func
	exec, _ = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		resolve := args[0]
		go func() {
			r, err := f()
			if err != nil {
				r = report{"error": err.Error()}
			}
			b, _ := json.Marshal(r)
			_, _ = resolve.Invoke(string(b))
		}()
		return nil
	})
	p, _ := ctor.New(exec)
	exec.Release()
	return p
}

func str(args []safejs.Value, i int) string {
	if i >= len(args) {
		return ""
	}
	s, _ := args[i].String()
	return s
}

// extract runs wasm.Extract and returns the document.
func extract(args []safejs.Value) (report, error) {
	start := time.Now()
	d, err := wasm.Extract(str(args, 0))
	if err != nil {
		return report{"error": err.Error(), "engineError": errors.Is(err, wasm.ErrEngine)}, nil
	}
	return report{"doc": d, "ms": time.Since(start).Milliseconds()}, nil
}

// extractCancel gives up on a long extraction, then checks that the next
// extraction works on a new worker.
func extractCancel(args []safejs.Value) (report, error) {
	ctx, cancel := context.WithCancel(context.Background())
	long := strings.Repeat(str(args, 0)+"\n\n", 2000)
	done := make(chan error, 1)
	go func() {
		_, err := wasm.ExtractContext(ctx, long)
		done <- err
	}()
	cancel()
	err := <-done
	d, err2 := wasm.Extract(str(args, 0))
	r := report{"canceled": errors.Is(err, context.Canceled)}
	if err2 != nil {
		r["after"] = err2.Error()
	} else {
		r["afterText"] = d.Document.Text
	}
	return r, nil
}

// extractStop stops the engine (as the app does on pagehide) during a long
// extraction, then checks that the next extraction works on a new worker.
func extractStop(args []safejs.Value) (report, error) {
	long := strings.Repeat(str(args, 0)+"\n\n", 2000)
	done := make(chan error, 1)
	go func() {
		_, err := wasm.Extract(long)
		done <- err
	}()
	time.Sleep(50 * time.Millisecond) // the request is sent
	wasm.StopEngine()
	err := <-done
	d, err2 := wasm.Extract(str(args, 0))
	r := report{"stopped": errors.Is(err, wasm.ErrEngine)}
	if err2 != nil {
		r["after"] = err2.Error()
	} else {
		r["afterText"] = d.Document.Text
	}
	return r, nil
}

func doc(text string) *annot.Document {
	return &annot.Document{Format: annot.Format, Version: annot.Version, Document: annot.Text{Text: text, Language: "en"}}
}

// library runs the Library through its whole life cycle; reopening checks
// that the records persist.
func library(args []safejs.Value) (report, error) {
	lib, err := wasm.OpenLibrary()
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	t0 := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	for _, r := range []wasm.Record{
		{ID: "one", Name: "First", Created: t0, Modified: t0, Doc: doc("Zoë said “yes”. 😀")},
		{ID: "two", Name: "Second", Created: t0, Modified: t0.Add(time.Minute), Doc: doc("Second text.")},
	} {
		if err := lib.Put(r); err != nil {
			return nil, fmt.Errorf("put %s: %w", r.ID, err)
		}
	}
	if err := lib.Put(wasm.Record{ID: "one", Name: "First (renamed)", Created: t0, Modified: t0, Doc: doc("Zoë said “yes”. 😀")}); err != nil {
		return nil, fmt.Errorf("replace: %w", err)
	}
	again, err := wasm.OpenLibrary()
	if err != nil {
		return nil, fmt.Errorf("reopen: %w", err)
	}
	list, err := again.List()
	if err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	var names []string
	for _, r := range list {
		names = append(names, r.Name)
		if r.Doc != nil {
			return nil, errors.New("List returned a document")
		}
	}
	one, err := again.Get("one")
	if err != nil {
		return nil, fmt.Errorf("get: %w", err)
	}
	if err := again.Delete("two"); err != nil {
		return nil, fmt.Errorf("delete: %w", err)
	}
	_, missing := again.Get("two")
	after, err := again.List()
	if err != nil {
		return nil, fmt.Errorf("list after delete: %w", err)
	}
	// Update against the revision read wins once; a second writer with
	// the same base is refused and leaves the record as the first wrote it.
	first, err := again.Update(wasm.Record{ID: "one", Name: "First (v2)", Doc: doc("v2")}, one.Rev)
	if err != nil {
		return nil, fmt.Errorf("update: %w", err)
	}
	_, stale := again.Update(wasm.Record{ID: "one", Name: "stale", Doc: doc("stale")}, one.Rev)
	_, taken := again.Update(wasm.Record{ID: "one", Name: "new", Doc: doc("new")}, "")
	afterUpdate, err := again.Get("one")
	if err != nil {
		return nil, fmt.Errorf("get after update: %w", err)
	}
	fresh, err := again.Update(wasm.Record{ID: "three", Name: "Third", Doc: doc("Third text.")}, "")
	if err != nil {
		return nil, fmt.Errorf("update of a new record: %w", err)
	}
	return report{
		"revChanged":   first.Rev != "" && first.Rev != one.Rev && afterUpdate.Rev == first.Rev,
		"staleRefused": errors.Is(stale, wasm.ErrConflict),
		"takenRefused": errors.Is(taken, wasm.ErrConflict),
		"afterUpdate":  afterUpdate.Name + ": " + afterUpdate.Doc.Document.Text,
		"freshRev":     fresh.Rev != "",
		"names":        names,
		"text":         one.Doc.Document.Text,
		"created":      one.Created.Format(time.RFC3339Nano),
		"notFound":     errors.Is(missing, wasm.ErrNotFound),
		"countAfter":   len(after),
		"missingError": fmt.Sprint(missing),
	}, nil
}

// quota stores a document larger than the quota the test set. The text is
// pseudo-random, since Chromium compresses what it stores.
func quota(args []safejs.Value) (report, error) {
	lib, err := wasm.OpenLibrary()
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	x := uint32(1)
	for b.Len() < 1<<20 {
		x = x*1664525 + 1013904223
		b.WriteByte('a' + byte(x>>24)%26)
	}
	err = lib.Put(wasm.Record{ID: "big", Name: "big", Doc: doc(b.String())})
	return report{"quota": errors.Is(err, wasm.ErrQuotaExceeded), "error": fmt.Sprint(err)}, nil
}

// noStorage opens the library after the page hid indexedDB.
func noStorage(args []safejs.Value) (report, error) {
	_, err := wasm.OpenLibrary()
	return report{"unavailable": errors.Is(err, wasm.ErrStorageUnavailable), "error": fmt.Sprint(err)}, nil
}

// readFile reads the File passed in, as the UI does with a go-app Value.
func readFile(args []safejs.Value) (report, error) {
	if len(args) == 0 {
		return nil, errors.New("no file")
	}
	name, data, err := wasm.ReadFile(goapp.ValueOf(safejs.Unsafe(args[0])))
	if err != nil {
		return report{"error": err.Error(), "tooLarge": errors.Is(err, wasm.ErrTooLarge), "name": name}, nil
	}
	return report{"name": name, "size": len(data), "text": string(data)}, nil
}

// download offers a file.
func download(args []safejs.Value) (report, error) {
	err := wasm.Download(str(args, 0), "text/plain", []byte(str(args, 1)))
	return report{"error": fmt.Sprint(err)}, nil
}
