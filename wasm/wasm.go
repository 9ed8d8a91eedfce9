// Package wasm is whosaid's boundary with the browser: running the engine in
// a Web Worker, the document library in IndexedDB, downloads and reading
// files the user picks or drops. Apart from go-app, it is the only code that
// touches JavaScript, always through safejs, so a JavaScript exception comes
// back as a Go error and never as a panic.
//
// Every function also builds natively (the *_host.go files), so the app and
// its tests compile and run without a browser: Extract calls the engine
// in-process, the library lives in memory, and the calls that need a page
// (Download, ReadFile) return ErrNoBrowser.
//
// The blocking functions (Extract, the Library methods, ReadFile) wait for
// JavaScript events. In the browser they must run on a goroutine of their own
// (go-app's ctx.Async), never inside a JavaScript callback or an event
// handler, which would deadlock the Go program.
//
// The browser build does not import the engine, so app.wasm stays small; the
// engine is engine.wasm, loaded by web/engine-worker.js.
package wasm

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/engine/annot"
)

// Errors the UI tells apart with errors.Is. The errors returned wrap them and
// add the detail.
var (
	// ErrQuotaExceeded: the browser refused to store more data.
	ErrQuotaExceeded = errors.New("the browser's storage quota is exceeded")
	// ErrStorageUnavailable: IndexedDB cannot be used (private mode, disabled
	// storage, an old browser).
	ErrStorageUnavailable = errors.New("browser storage is unavailable")
	// ErrTooLarge: a file is larger than MaxFileSize.
	ErrTooLarge = errors.New("file is too large")
	// ErrNotFound: no record has the ID asked for.
	ErrNotFound = errors.New("no such document in the library")
	// ErrConflict: Update found another version of the record than the one
	// it was told the new version descends from.
	ErrConflict = errors.New("the document was changed elsewhere")
	// ErrNoBrowser: the call needs a browser page and the program runs
	// elsewhere.
	ErrNoBrowser = errors.New("this needs a browser")
	// ErrEngine: the engine worker could not be started or stopped working.
	ErrEngine = errors.New("the engine is not available")
)

// MaxFileSize is the largest file ReadFile accepts, in bytes.
const MaxFileSize = 64 << 20

// Record is one document of the library. Times are kept to the millisecond.
type Record struct {
	ID       string
	Name     string
	Created  time.Time
	Modified time.Time
	// Rev names the stored version: every write gives the record a new
	// one. List and Get return it; it is empty for a record never stored.
	// Records written by versions of the app that kept no revision get one
	// derived from Modified.
	Rev string
	Doc *annot.Document
}

// Library persists records: IndexedDB in the browser, memory on the host.
type Library interface {
	// List returns every record with Doc left nil, the most recently
	// modified first.
	List() ([]Record, error)
	// Get returns the record with the given ID, with its Doc, or an error
	// wrapping ErrNotFound.
	Get(id string) (Record, error)
	// Put creates the record or replaces the one with the same ID. The ID
	// and Doc are required; a zero Created or Modified is set to now. The
	// record gets a new revision (r.Rev is ignored).
	Put(r Record) error
	// Update stores r as Put does, but only if the stored record r.ID is
	// the version with revision base, or does not exist: the read of the
	// stored revision, the comparison and the write are one atomic step,
	// so of two writers that read the same version only the first one
	// writes. Otherwise it stores nothing and returns an error wrapping
	// ErrConflict. It returns r as stored, with its new revision.
	Update(r Record, base string) (Record, error)
	// Delete removes the record; deleting a missing record is not an error.
	Delete(id string) error
}

// NewID returns a new random record ID: 32 hexadecimal digits.
func NewID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand)
	return hex.EncodeToString(b[:])
}

// meta is the stored form of a record without its document.
type meta struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Created  int64  `json:"created"`  // Unix milliseconds
	Modified int64  `json:"modified"` // Unix milliseconds
	Rev      string `json:"rev"`
}

// prepare checks r for Put, fills its zero times with now, gives it a new
// revision, and returns its stored form: the metadata and the document as
// JSON.
func prepare(r Record, now time.Time) (meta, string, error) {
	if r.ID == "" {
		return meta{}, "", errors.New("library: a record needs an ID")
	}
	if r.Doc == nil {
		return meta{}, "", fmt.Errorf("library: record %q has no document", r.ID)
	}
	if r.Created.IsZero() {
		r.Created = now
	}
	if r.Modified.IsZero() {
		r.Modified = now
	}
	var doc strings.Builder
	if err := annot.EncodeYield(&doc, r.Doc, false, Yield); err != nil {
		return meta{}, "", fmt.Errorf("library: encoding record %q: %w", r.ID, err)
	}
	m := meta{ID: r.ID, Name: r.Name, Created: r.Created.UnixMilli(), Modified: r.Modified.UnixMilli(), Rev: NewID()}
	return m, strings.TrimSuffix(doc.String(), "\n"), nil
}

// rev returns the record's revision. Records stored by older versions of
// the app have none; they told versions apart by their modification time,
// so that time names their revision.
func (m meta) rev() string {
	if m.Rev == "" {
		return "t" + strconv.FormatInt(m.Modified, 10)
	}
	return m.Rev
}

// record rebuilds a Record from its stored form; doc may be empty for List.
// The document is decoded as one this program wrote (annot.Decode), which
// yields to the page during a long decode; only records from older versions
// of the app, which annot.Decode refuses, go through encoding/json.
func (m meta) record(doc string) (Record, error) {
	r := Record{
		ID:       m.ID,
		Name:     m.Name,
		Created:  time.UnixMilli(m.Created).UTC(),
		Modified: time.UnixMilli(m.Modified).UTC(),
		Rev:      m.rev(),
	}
	if doc != "" {
		d, err := annot.Decode([]byte(doc), Yield)
		if err != nil {
			// Records saved before the app wrote them with annot.Encode
			// may hold null for an empty list.
			d = new(annot.Document)
			if jerr := json.Unmarshal([]byte(doc), d); jerr != nil {
				return Record{}, fmt.Errorf("library: record %q is damaged: %w", m.ID, err)
			}
		}
		r.Doc = d
	}
	return r, nil
}

// sortRecords orders records most recently modified first, then by name and
// ID so the order is total.
func sortRecords(rs []Record) {
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if !a.Modified.Equal(b.Modified) {
			return a.Modified.After(b.Modified)
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
}

// decodeDocument reads an export document that the engine worker sent in
// annot's compact form for text, the text the worker was given (the
// compact form leaves it out unless the worker says otherwise). The engine
// is trusted to send a valid document, so it is decoded without
// annot.Validate's checks; what does not decode is an error wrapping
// ErrEngine.
func decodeDocument(data []byte, text string) (*annot.Document, error) {
	d, err := annot.DecodeCompact(data, text, Yield)
	if err != nil {
		return nil, fmt.Errorf("%w: the engine sent a document that does not decode: %v", ErrEngine, err)
	}
	return d, nil
}

// stored returns r as written with metadata m: its times filled and its new
// revision.
func stored(r Record, m meta) Record {
	r.Created = time.UnixMilli(m.Created).UTC()
	r.Modified = time.UnixMilli(m.Modified).UTC()
	r.Rev = m.Rev
	return r
}
