//go:build !(js && wasm)

package wasm

import (
	"fmt"
	"sync"
	"time"
)

// OpenLibrary opens the library. On the host it is a new, empty library in
// memory that stores records in the same form as the browser does, so what
// a record survives is the same in both.
func OpenLibrary() (Library, error) {
	return &memLibrary{metas: map[string]meta{}, docs: map[string]string{}}, nil
}

type memLibrary struct {
	mu    sync.Mutex
	metas map[string]meta
	docs  map[string]string
}

func (l *memLibrary) List() ([]Record, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	rs := make([]Record, 0, len(l.metas))
	for _, m := range l.metas {
		r, err := m.record("")
		if err != nil {
			return nil, err
		}
		rs = append(rs, r)
	}
	sortRecords(rs)
	return rs, nil
}

func (l *memLibrary) Get(id string) (Record, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	m, ok := l.metas[id]
	if !ok {
		return Record{}, fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	return m.record(l.docs[id])
}

func (l *memLibrary) Put(r Record) error {
	m, doc, err := prepare(r, time.Now())
	if err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.metas[m.ID] = m
	l.docs[m.ID] = doc
	return nil
}

func (l *memLibrary) Update(r Record, base string) (Record, error) {
	m, doc, err := prepare(r, time.Now())
	if err != nil {
		return Record{}, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if cur, ok := l.metas[m.ID]; ok && cur.rev() != base {
		return Record{}, fmt.Errorf("%w: %q has revision %s, not %s", ErrConflict, m.ID, cur.rev(), base)
	}
	l.metas[m.ID] = m
	l.docs[m.ID] = doc
	return stored(r, m), nil
}

func (l *memLibrary) Delete(id string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.metas, id)
	delete(l.docs, id)
	return nil
}
