//go:build js && wasm

package wasm

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"syscall/js"
	"time"
	"unicode/utf8"

	"github.com/hack-pad/go-indexeddb/idb"
	"github.com/hack-pad/safejs"
)

// The IndexedDB layout: records holds the metadata (what List reads),
// docs the documents as JSON strings, both keyed by record ID.
const (
	dbName       = "whosaid"
	dbVersion    = 1
	storeRecords = "records"
	storeDocs    = "docs"
)

// openTimeout bounds the wait for IndexedDB to open; it can stall forever
// when another tab blocks an upgrade.
const openTimeout = 15 * time.Second

// OpenLibrary opens the library in IndexedDB, creating it on first use. It
// blocks: call it from a goroutine. Failures to open give an error wrapping
// ErrStorageUnavailable.
func OpenLibrary() (lib Library, err error) {
	defer func() {
		// idb.Global panics when the browser has no indexedDB.
		if r := recover(); r != nil {
			lib, err = nil, fmt.Errorf("%w: %v", ErrStorageUnavailable, r)
		}
	}()
	if _, err := global("indexedDB"); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrStorageUnavailable, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), openTimeout)
	defer cancel()
	req, err := idb.Global().Open(ctx, dbName, dbVersion, func(db *idb.Database, oldVersion, newVersion uint) error {
		names, err := db.ObjectStoreNames()
		if err != nil {
			return err
		}
		have := map[string]bool{}
		for _, n := range names {
			have[n] = true
		}
		for _, n := range []string{storeRecords, storeDocs} {
			if !have[n] {
				if _, err := db.CreateObjectStore(n, idb.ObjectStoreOptions{}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrStorageUnavailable, err)
	}
	db, err := req.Await(ctx)
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return nil, fmt.Errorf("%w: opening IndexedDB: %v", ErrStorageUnavailable, err)
	}
	return &idbLibrary{db: db}, nil
}

type idbLibrary struct {
	db *idb.Database
}

// opTimeout bounds one library operation.
const opTimeout = 30 * time.Second

func (l *idbLibrary) List() (rs []Record, err error) {
	defer storageError("listing the library", &err)
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	txn, err := l.db.Transaction(idb.TransactionReadOnly, storeRecords)
	if err != nil {
		return nil, err
	}
	store, err := txn.ObjectStore(storeRecords)
	if err != nil {
		return nil, err
	}
	cur, err := store.OpenCursor(idb.CursorNext)
	if err != nil {
		return nil, err
	}
	var bad error
	err = cur.Iter(ctx, func(c *idb.CursorWithValue) error {
		v, err := c.Value()
		if err != nil {
			return err
		}
		m, err := metaFromJS(safejs.Safe(v))
		if err != nil {
			bad = err // skip a damaged entry, keep listing the rest
			return nil
		}
		r, err := m.record("")
		if err != nil {
			bad = err
			return nil
		}
		rs = append(rs, r)
		return nil
	})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return nil, err
	}
	if bad != nil && len(rs) == 0 {
		return nil, bad
	}
	sortRecords(rs)
	if rs == nil {
		rs = []Record{}
	}
	return rs, nil
}

func (l *idbLibrary) Get(id string) (r Record, err error) {
	defer storageError("reading "+fmt.Sprintf("%q", id), &err)
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	txn, err := l.db.Transaction(idb.TransactionReadOnly, storeRecords, storeDocs)
	if err != nil {
		return Record{}, err
	}
	key, err := safejs.ValueOf(id)
	if err != nil {
		return Record{}, err
	}
	metaReq, err := get(txn, storeRecords, key)
	if err != nil {
		return Record{}, err
	}
	docReq, err := get(txn, storeDocs, key)
	if err != nil {
		return Record{}, err
	}
	// Both requests are answered once the transaction completes; waiting for
	// it, not for each request, never misses an event.
	if err := txn.Await(ctx); err != nil {
		return Record{}, err
	}
	if err := ctx.Err(); err != nil {
		return Record{}, err
	}
	mv, err := metaReq.Result()
	if err != nil {
		return Record{}, err
	}
	dv, err := docReq.Result()
	if err != nil {
		return Record{}, err
	}
	if mv.IsUndefined() {
		return Record{}, fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	m, err := metaFromJS(safejs.Safe(mv))
	if err != nil {
		return Record{}, err
	}
	if dv.Type() != js.TypeString {
		return Record{}, fmt.Errorf("library: record %q has lost its document", id)
	}
	doc, err := goString(safejs.Safe(dv))
	if err != nil {
		return Record{}, err
	}
	return m.record(doc)
}

func get(txn *idb.Transaction, store string, key safejs.Value) (*idb.Request, error) {
	s, err := txn.ObjectStore(store)
	if err != nil {
		return nil, err
	}
	return s.Get(safejs.Unsafe(key))
}

func (l *idbLibrary) Put(r Record) (err error) {
	_, err = l.write(r, nil)
	return err
}

func (l *idbLibrary) Update(r Record, base string) (Record, error) {
	return l.write(r, &base)
}

// write stores r in one readwrite transaction. With base not nil, the same
// transaction first reads the stored revision and writes only if it is
// *base or the record is missing. IndexedDB runs readwrite transactions
// over the same stores one after the other, so no other write can come
// between the read and the write.
func (l *idbLibrary) write(r Record, base *string) (out Record, err error) {
	Mark("put:start")
	m, doc, err := prepare(r, time.Now())
	Mark("put:prepared")
	if err != nil {
		return Record{}, err
	}
	defer Mark("put:done")
	defer storageError(fmt.Sprintf("saving %q", r.ID), &err)
	// The document crosses into JavaScript before the transaction opens:
	// converting it yields, and a transaction with no request pending when
	// the page gets control back commits.
	dv, err := jsString(doc)
	if err != nil {
		return Record{}, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	txn, err := l.db.Transaction(idb.TransactionReadWrite, storeRecords, storeDocs)
	if err != nil {
		return Record{}, err
	}
	key, err := safejs.ValueOf(m.ID)
	if err != nil {
		return Record{}, err
	}
	mv, err := safejs.ValueOf(map[string]any{"id": m.ID, "name": m.Name, "created": m.Created, "modified": m.Modified, "rev": m.Rev})
	if err != nil {
		return Record{}, err
	}
	put := func() error {
		for _, p := range []struct {
			store string
			v     safejs.Value
		}{{storeRecords, mv}, {storeDocs, dv}} {
			s, err := txn.ObjectStore(p.store)
			if err != nil {
				return err
			}
			if _, err := s.PutKey(safejs.Unsafe(key), safejs.Unsafe(p.v)); err != nil {
				return err
			}
		}
		return nil
	}
	var failed error // what stopped the write; the transaction is then aborted
	if base == nil {
		failed = put()
	} else {
		req, err := get(txn, storeRecords, key)
		if err != nil {
			_ = txn.Abort()
			return Record{}, err
		}
		// The comparison and the puts run inside the request's success
		// event, while the transaction is still active: a Go goroutine
		// woken after the event could find it committed.
		err = req.ListenSuccess(ctx, func() {
			failed = func() error {
				cur, err := req.Result()
				if err != nil {
					return err
				}
				if !cur.IsUndefined() {
					sm, err := metaFromJS(safejs.Safe(cur))
					if err != nil {
						return err
					}
					if sm.rev() != *base {
						return fmt.Errorf("%w: %q is at revision %s, not %s", ErrConflict, m.ID, sm.rev(), *base)
					}
				}
				return put()
			}()
			if failed != nil {
				_ = txn.Abort()
			}
		})
		if err != nil {
			_ = txn.Abort()
			return Record{}, err
		}
	}
	if failed != nil { // a put failed before the transaction got control back
		_ = txn.Abort()
		return Record{}, failed
	}
	err = txn.Await(ctx)
	if failed != nil { // the conflict or error found in the success event
		return Record{}, failed
	}
	if err != nil {
		return Record{}, err
	}
	if err := ctx.Err(); err != nil {
		return Record{}, err
	}
	return stored(r, m), nil
}

func (l *idbLibrary) Delete(id string) (err error) {
	defer storageError(fmt.Sprintf("deleting %q", id), &err)
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	txn, err := l.db.Transaction(idb.TransactionReadWrite, storeRecords, storeDocs)
	if err != nil {
		return err
	}
	key, err := safejs.ValueOf(id)
	if err != nil {
		return err
	}
	for _, name := range []string{storeRecords, storeDocs} {
		s, err := txn.ObjectStore(name)
		if err != nil {
			return err
		}
		if _, err := s.Delete(safejs.Unsafe(key)); err != nil {
			_ = txn.Abort()
			return err
		}
	}
	if err := txn.Await(ctx); err != nil {
		return err
	}
	return ctx.Err()
}

// metaFromJS reads a stored metadata object.
func metaFromJS(v safejs.Value) (meta, error) {
	var m meta
	var err error
	if m.ID, err = stringProp(v, "id"); err != nil {
		return m, fmt.Errorf("library: damaged entry: %v", err)
	}
	m.Name, _ = stringProp(v, "name")
	m.Rev, _ = stringProp(v, "rev") // empty for records of older versions: see meta.rev
	for _, f := range []struct {
		name string
		dst  *int64
	}{{"created", &m.Created}, {"modified", &m.Modified}} {
		p, err := v.Get(f.name)
		if err != nil {
			return m, err
		}
		if p.Type() != safejs.TypeNumber {
			return m, fmt.Errorf("library: entry %q has no %s time", m.ID, f.name)
		}
		x, err := p.Float()
		if err != nil {
			return m, err
		}
		*f.dst = int64(x)
	}
	return m, nil
}

// storageError recovers a panic from the IndexedDB driver and classifies the
// error: the quota, a storage that went away, or a failure named by what.
// Errors that already carry one of the package's sentinels are left as they
// are.
func storageError(what string, err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("library: %s: %v", what, r)
	}
	e := *err
	if e == nil || errors.Is(e, ErrNotFound) || errors.Is(e, ErrConflict) || errors.Is(e, ErrQuotaExceeded) || errors.Is(e, ErrStorageUnavailable) {
		return
	}
	switch {
	case errors.Is(e, idb.NewDOMException("QuotaExceededError")):
		*err = fmt.Errorf("%w: %s: %v", ErrQuotaExceeded, what, e)
	case errors.Is(e, idb.NewDOMException("InvalidStateError")), errors.Is(e, idb.NewDOMException("UnknownError")):
		*err = fmt.Errorf("%w: %s: %v", ErrStorageUnavailable, what, e)
	case errors.Is(e, context.DeadlineExceeded):
		*err = fmt.Errorf("%w: %s: the browser did not answer in time", ErrStorageUnavailable, what)
	default:
		*err = fmt.Errorf("library: %s: %w", what, e)
	}
}

// jsString converts s to a JavaScript string copySlice bytes at a time,
// cut at character starts, yielding between slices; JavaScript joins them.
func jsString(s string) (safejs.Value, error) {
	if len(s) <= copySlice {
		return safejs.ValueOf(s)
	}
	arrayCtor, err := global("Array")
	if err != nil {
		return safejs.Undefined(), err
	}
	parts, err := arrayCtor.New()
	if err != nil {
		return safejs.Undefined(), err
	}
	for len(s) > 0 {
		n := min(copySlice, len(s))
		for n < len(s) && n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		if _, err := parts.Call("push", s[:n]); err != nil {
			return safejs.Undefined(), err
		}
		s = s[n:]
		Yield()
	}
	return parts.Call("join", "")
}

// goString converts the JavaScript string v to Go a slice at a time,
// yielding between slices, never cutting a surrogate pair.
func goString(v safejs.Value) (string, error) {
	objectCtor, err := global("Object")
	if err != nil {
		return "", err
	}
	obj, err := objectCtor.Invoke(v) // a String object, whose methods Go can call
	if err != nil {
		return "", err
	}
	n, err := obj.Length()
	if err != nil {
		return "", err
	}
	if n <= copySlice {
		return v.String()
	}
	var b strings.Builder
	for i := 0; i < n; {
		j := min(i+copySlice, n)
		if j < n {
			if c, err := obj.Call("charCodeAt", j-1); err == nil {
				if u, err := c.Int(); err == nil && u >= 0xD800 && u < 0xDC00 {
					j-- // a high surrogate: keep the pair together
				}
			}
		}
		part, err := obj.Call("substring", i, j)
		if err != nil {
			return "", err
		}
		p, err := part.String()
		if err != nil {
			return "", err
		}
		b.WriteString(p)
		i = j
		Yield()
	}
	return b.String(), nil
}
