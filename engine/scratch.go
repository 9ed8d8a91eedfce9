package engine

import (
	"unsafe"

	"github.com/whosaid/whosaid/internal/pool"
)

// scratch is working memory of one analysis that nothing in its results
// keeps: the word-class cache and the actor scanner's first array of
// candidates. Analyze takes one from scratchPool and gives it back at the
// end, so that a run of short documents does not allocate them (a fifth of
// what a 210-word article allocated) for each, nor make the collector run
// that much more often. A scratch is used by one analysis at a time.
type scratch struct {
	cls   []clsEntry
	cands []cand
	// The attributor's mention index (both lists, cleared of their
	// actors after each document) and its marks of the tokens in quotes.
	refs, extra []mentionRef
	inQuote     []bool
	quoteToks   []uint64
	toks        []Token // segment's tokens of a short text, before their copy
}

// zeroed returns b cut or grown to n zero values, reusing its memory when
// it is large enough.
func zeroed[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

var scratchPool pool.Pool[scratch]

// scratchMax is the most bytes of each buffer a scratch keeps for the next
// analysis: a large document's are left to the collector.
const scratchMax = 64 << 10

// scratch returns d's scratch, a new one for a document that runs its
// stages outside Analyze.
func (d *Document) scratch() *scratch {
	if d.scr == nil {
		d.scr = new(scratch)
	}
	return d.scr
}

// releaseScratch gives d's scratch back to the pool, its buffers cleared
// of what could keep this document's memory alive; d no longer uses it.
func (d *Document) releaseScratch() {
	s := d.scr
	if s == nil {
		return
	}
	d.scr, d.low.cls = nil, nil
	if cap(s.cls)*int(unsafe.Sizeof(clsEntry{})) > scratchMax {
		s.cls = nil
	}
	if cap(s.cands)*int(unsafe.Sizeof(cand{})) > scratchMax {
		s.cands = nil
	}
	scratchPool.Put(s)
}

// keep takes the attributor's index and marks for the next document,
// without this one's actors; a large document's are left to the
// collector at once, not held through the last stage.
func (s *scratch) keep(a *attributor) {
	s.refs, s.extra, s.inQuote, s.quoteToks = nil, nil, nil, nil
	if (cap(a.index.base)+cap(a.index.extra))*int(unsafe.Sizeof(mentionRef{})) <= scratchMax {
		clear(a.index.base)
		clear(a.index.extra)
		s.refs, s.extra = a.index.base[:0], a.index.extra[:0]
	}
	if cap(a.inQuote)+8*cap(a.quoteToks) <= scratchMax {
		s.inQuote, s.quoteToks = a.inQuote, a.quoteToks
	}
}
