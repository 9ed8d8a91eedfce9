package annot

import (
	"errors"
	"math"
	"slices"
	"sort"
	"strconv"
	"unicode/utf8"
	"unsafe"

	"github.com/whosaid/whosaid/internal/ascii"
	"github.com/whosaid/whosaid/internal/pool"
)

// The compact form of a Document is what engine.wasm hands to JavaScript
// and to the app instead of JSON: about a quarter of the JSON's size (3.0
// MB against 10.9 MB on the 1 MB benchmark text), no text escaped or parsed, and every span given in both code points (what the
// export carries) and UTF-16 units (what JavaScript slices), so that a
// reader that holds the document's text builds each span's text as a slice
// of it instead of receiving a copy. wasm/README.md describes it for
// JavaScript readers; web/engine.js has one.
//
// Layout (every word an unsigned 32-bit little-endian integer; none means
// 0xFFFFFFFF):
//
//	header       compactHeader words, indexed by the h* constants
//	actors       nActors × 8: id, name, type, nRoles, nAliases, nMentions, rule, origin
//	names        nNames: the roles then the aliases of each actor, in actor order
//	mentions     nMentions × 8: span (5 words), kind, rule, origin
//	quotes       nQuotes × 12: id, span, kind, speaker, source, cue, rule, origin
//	claims       nClaims × 15: id, span, kind, claimant, source, cue, addressee, content, quote, rule, origin
//	spans        nSpans × 5: the spans that source, cue, addressee and content point to
//	(one zero word when needed to align what follows to 8 bytes)
//	confidences  nQuotes + nClaims float64, little-endian: the quotes' then the claims'
//	strings      nStrings × 2: end of each string in the table in bytes, and in UTF-16 units
//	table        tableBytes bytes: every string but the spans' slices of the text, each once, as UTF-8
//	text         textBytes bytes of UTF-8 when flagText is set, else nothing
//
// A span is start, end (code points), start, end (UTF-16 units), text: none
// when the text is the document text's between those offsets, else the
// index of the text in the string table (then the UTF-16 offsets are 0).
// Every other string is an index into the table; a nullable string (speaker,
// claimant, quote) and a nullable span (an index into spans) are none when
// nil. nRoles, nAliases and nMentions are none for a nil list, and the
// flags say which of the document's lists are nil, so that decoding gives
// back exactly the Document encoded; the JSON form writes both as [].
// Strings in the table have no particular order; an index is below nStrings.
// The buffer ends exactly after the last section.
const (
	compactMagic  = 0x31435357 // "WSC1"
	compactNone   = 0xFFFFFFFF
	compactHeader = 21
	actorWords    = 8
	mentionWords  = 8
	quoteWords    = 12
	claimWords    = 15
	spanWords     = 5
)

// Header words.
const (
	hMagic = iota
	hFlags
	hVersion // Document.Version as a two's-complement int32
	hStrings
	hTableBytes
	hTableUnits // the table's length in UTF-16 units
	hTextBytes
	hTextUnits // the document text's length in UTF-16 units
	hActors
	hNames
	hMentions
	hQuotes
	hClaims
	hSpans
	hFormat // string indexes from here on
	hGenName
	hGenVersion
	hID
	hTitle
	hLanguage
	hTextRunes // the document text's length in code points
)

// Flags of the header.
const (
	// flagText: the document text follows the table. Without it the reader
	// supplies the text, which must be exactly the document text.
	flagText = 1 << iota
	// flagTitle: Document.Title is not empty, so the JSON form has a title.
	flagTitle
	flagNilActors
	flagNilQuotes
	flagNilClaims
)

// AppendCompact appends the compact form of d to dst. With withText false
// the text of the document is left out, and only a reader that has it (the
// caller of the engine) can decode the result; with withText true the
// result stands alone. It fails, writing nothing, for a confidence that is
// NaN or infinite (as Encode does), an offset or count outside 0 to
// 0xFFFFFFFE, or a version outside int32; it does not validate d.
func AppendCompact(dst []byte, d *Document, withText bool) ([]byte, error) {
	if d == nil {
		return dst, errors.New("annot: no document")
	}
	n := CompactCounts{
		Actors: len(d.Actors), Quotes: len(d.Quotes), Claims: len(d.Claims),
		NilActors: d.Actors == nil, NilQuotes: d.Quotes == nil, NilClaims: d.Claims == nil,
	}
	for i := range d.Actors {
		a := &d.Actors[i]
		n.Mentions += len(a.Mentions)
		n.Names += len(a.Roles) + len(a.Aliases)
	}
	for i := range d.Quotes {
		n.Spans += countNonNil(d.Quotes[i].Source, d.Quotes[i].Cue, nil, nil)
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		n.Spans += countNonNil(c.Source, c.Cue, c.Addressee, c.Content)
	}
	// Room for the table, guessed from the ids, most of its strings, so
	// that the output is allocated once for most documents.
	n.Table = 8*(64+len(d.Actors)+len(d.Quotes)+len(d.Claims)) + 4096
	for i := range d.Quotes {
		n.Table += len(d.Quotes[i].ID)
	}
	for i := range d.Claims {
		n.Table += len(d.Claims[i].ID)
	}
	w, err := NewCompactWriter(dst, d, n, withText)
	if err != nil {
		return dst, err
	}
	for i := range d.Actors {
		a := &d.Actors[i]
		w.Str(a.ID)
		w.Str(a.Name)
		w.Str(a.Type)
		w.List(a.Roles == nil, len(a.Roles))
		w.List(a.Aliases == nil, len(a.Aliases))
		w.List(a.Mentions == nil, len(a.Mentions))
		w.Str(a.Rule)
		w.Str(a.Origin)
	}
	for i := range d.Actors {
		for _, s := range d.Actors[i].Roles {
			w.Str(s)
		}
		for _, s := range d.Actors[i].Aliases {
			w.Str(s)
		}
	}
	for i := range d.Actors {
		for j := range d.Actors[i].Mentions {
			m := &d.Actors[i].Mentions[j]
			w.Span(m.Start, m.End, m.Text)
			w.Str(m.Kind)
			w.Str(m.Rule)
			w.Str(m.Origin)
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		w.Str(q.ID)
		w.Span(q.Start, q.End, q.Text)
		w.Str(q.Kind)
		w.OptStr(q.Speaker)
		w.Ref(q.Source != nil)
		w.Ref(q.Cue != nil)
		w.Str(q.Rule)
		w.Str(q.Origin)
		w.Confidence(q.Confidence)
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		w.Str(c.ID)
		w.Span(c.Start, c.End, c.Text)
		w.Str(c.Kind)
		w.OptStr(c.Claimant)
		w.Ref(c.Source != nil)
		w.Ref(c.Cue != nil)
		w.Ref(c.Addressee != nil)
		w.Ref(c.Content != nil)
		w.OptStr(c.Quote)
		w.Str(c.Rule)
		w.Str(c.Origin)
		w.Confidence(c.Confidence)
	}
	for i := range d.Quotes {
		w.optSpan(d.Quotes[i].Source)
		w.optSpan(d.Quotes[i].Cue)
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		w.optSpan(c.Source)
		w.optSpan(c.Cue)
		w.optSpan(c.Addressee)
		w.optSpan(c.Content)
	}
	return w.Finish()
}

func countNonNil(a, b, c, d *Span) int {
	n := 0
	for _, s := range [...]*Span{a, b, c, d} {
		if s != nil {
			n++
		}
	}
	return n
}

// CompactCounts are the sizes of a document's compact form that its
// writer needs before the first record: how many records each section
// holds, which of the document's lists are nil, and a guess of the string
// table's size in bytes (8 per string and its UTF-8), so that the output is
// allocated once when the guess is not short.
type CompactCounts struct {
	Actors, Names, Mentions, Quotes, Claims, Spans int
	NilActors, NilQuotes, NilClaims                bool
	Table                                          int
}

// CompactWriter writes the compact form of a document word by word, in the
// order of the layout: for each actor its id, name, type, the lengths of
// its roles, aliases and mentions (List), rule and origin; then the roles
// and aliases of every actor; the mentions (Span, kind, rule, origin); the
// quotes and the claims, word by word, each with its Confidence; and last
// the spans their Refs point to, in the order of the Refs. Every string
// goes through Str or OptStr, which put it into the table the first time,
// so the same calls in the same order give the same bytes. AppendCompact
// is one writer; the engine, which has no export Document to give it, is
// another.
type CompactWriter struct {
	compactEncoder
	dst      []byte // the buffer given to NewCompactWriter, returned on error
	words    int    // words of the fixed part
	fixed    int    // bytes of the fixed part and the confidences
	f        int    // the next confidence
	refs     int    // the spans referred to so far
	withText bool
	// own: the fixed part is written from 0 in buf, and Finish, which knows
	// the string table, copies it after dst into an output of the exact
	// size; else it is written after dst, grown for a guess of the table.
	own    bool
	buf    []byte // kept for the writer's next document, as are mapper, strings, table, seen and ids
	mapper Mapper
}

// writerPool holds CompactWriters that finished, with the memory of their
// tables, so that a run of short documents does not allocate and clear
// them for each: on a 210-word article they and the guessed room for the
// table were a third of all the bytes the engine allocated.
var writerPool pool.Pool[CompactWriter]

// ownMax is the largest fixed part written in the writer's own buffer: a
// larger document's output is made at once from the guess, as it always
// was, and its writer is not pooled.
const ownMax = 64 << 10

// NewCompactWriter starts the compact form of a document after dst: head
// gives its format, version, generator and text, n the sizes of its
// sections (head's lists are not read). It fails for a version outside
// int32. The writer must not be used after Finish.
func NewCompactWriter(dst []byte, head *Document, n CompactCounts, withText bool) (*CompactWriter, error) {
	if int(int32(head.Version)) != head.Version {
		return nil, errors.New("annot: version " + strconv.Itoa(head.Version) + " out of range")
	}
	words := compactHeader + actorWords*n.Actors + n.Names + mentionWords*n.Mentions +
		quoteWords*n.Quotes + claimWords*n.Claims + spanWords*n.Spans
	pad := words & 1
	floats := n.Quotes + n.Claims
	text := head.Document.Text
	w := writerPool.Get()
	w.mapper.reset(text)
	seen := w.seen
	if slots := seenSlots(n.Actors + n.Names + n.Quotes + n.Claims); cap(seen) >= slots {
		seen = seen[:slots]
	} else {
		seen = make([]seenStr, slots)
	}
	if w.table == nil {
		w.table = make([]string, 0, 64+n.Actors+n.Quotes+n.Claims)
	}
	// Field by field, not as one composite literal: copying the whole
	// writer, whose ids are 26 slices, took write barriers for all of its
	// pointers while the collector marked. What is not set here is zero
	// (release).
	e := &w.compactEncoder
	e.text = text
	e.index = runeIndex{m: &w.mapper}
	e.idMax = 2 * (64 + n.Actors + n.Quotes + n.Claims)
	e.seen = seen
	e.start = len(dst)
	w.dst = dst
	w.words = words
	w.fixed = 4*(words+pad) + 8*floats
	w.withText = withText
	if w.fixed <= ownMax {
		w.own = true
		e.start = 0
		e.full = append(w.buf[:0], make([]byte, w.fixed)...)
	} else {
		guess := max(n.Table, 0)
		if withText {
			guess += len(text)
		}
		e.full = append(slices.Grow(dst, w.fixed+guess), make([]byte, w.fixed)...)
	}
	e.n = e.start + 4*compactHeader
	e.floats = e.start + 4*(words+pad)

	var flags uint32
	if withText {
		flags |= flagText
	}
	if head.Document.Title != "" {
		flags |= flagTitle
	}
	if n.NilActors {
		flags |= flagNilActors
	}
	if n.NilQuotes {
		flags |= flagNilQuotes
	}
	if n.NilClaims {
		flags |= flagNilClaims
	}
	e.set(hMagic, compactMagic)
	e.set(hFlags, flags)
	e.set(hVersion, uint32(int32(head.Version)))
	e.set(hTextBytes, e.count(len(text)))
	e.set(hTextUnits, e.count(e.index.m.Len(UTF16)))
	e.set(hTextRunes, e.count(e.index.m.Len(Runes)))
	e.set(hActors, e.count(n.Actors))
	e.set(hNames, e.count(n.Names))
	e.set(hMentions, e.count(n.Mentions))
	e.set(hQuotes, e.count(n.Quotes))
	e.set(hClaims, e.count(n.Claims))
	e.set(hSpans, e.count(n.Spans))
	e.set(hFormat, e.str(head.Format))
	e.set(hGenName, e.str(head.Generator.Name))
	e.set(hGenVersion, e.str(head.Generator.Version))
	e.set(hID, e.str(head.Document.ID))
	e.set(hTitle, e.str(head.Document.Title))
	e.set(hLanguage, e.str(head.Document.Language))
	return w, nil
}

// release puts w into writerPool for another document, with the memory
// of its lists cleared of this one's strings, when its fixed part was in
// its own buffer; a larger document's writer is left to the collector.
func (w *CompactWriter) release() {
	if !w.own {
		return
	}
	e := &w.compactEncoder
	if e.nText > 0 {
		clear(e.byText)
	}
	clear(e.table)
	clear(e.seen)
	for _, ids := range e.ids {
		clear(ids)
	}
	if cap(w.mapper.pos) > ownMax/12 {
		w.mapper = Mapper{}
	}
	// What NewCompactWriter does not set goes back to zero; the memory of
	// byText, table, seen, ids, buf and mapper stays.
	w.buf = e.full[:0]
	e.full, e.n, e.start, e.floats, e.text = nil, 0, 0, 0, ""
	e.index, e.nText, e.table, e.err = runeIndex{}, 0, e.table[:0], nil
	w.dst, w.f, w.refs, w.own = nil, 0, 0, false
	writerPool.Put(w)
}

// Str writes the index of s in the string table.
func (w *CompactWriter) Str(s string) { w.put(w.str(s)) }

// OptStr writes a nullable string: none for nil.
func (w *CompactWriter) OptStr(s *string) { w.put(w.optStr(s)) }

// List writes the length n of a list, none when the list is nil.
func (w *CompactWriter) List(isNil bool, n int) { w.put(w.listLen(isNil, n)) }

// Ref writes the index of the next span of the spans section when present
// is true, else none (a nil span).
//
//go:noinline
func (w *CompactWriter) Ref(present bool) {
	if !present {
		w.put(compactNone)
		return
	}
	w.put(uint32(w.refs))
	w.refs++
}

// Span writes a span given in code points with its text: the text as a
// slice of the document text when it is one, at those offsets, else as a
// string of the table.
func (w *CompactWriter) Span(start, end int, text string) { w.span(start, end, text) }

// TextSpan writes the span of the document text between byte offsets start
// and end, which must fall on rune boundaries, 0 <= start <= end <= the
// text's length: what Span writes for its code point offsets and that
// text.
//
//go:noinline
func (w *CompactWriter) TextSpan(start, end int) {
	e := &w.compactEncoder
	if start < 0 || start > end || end > len(e.text) || !runeStart(e.text, start) || !runeStart(e.text, end) {
		e.fail("span " + strconv.Itoa(start) + "-" + strconv.Itoa(end) + " outside the text or inside a character")
		e.put5(0, 0, 0, 0, compactNone)
		return
	}
	_, r0, u0 := e.index.offsets(start, Bytes)
	_, r1, u1 := e.index.offsets(end, Bytes)
	e.put5(e.count(r0), e.count(r1), uint32(u0), uint32(u1), compactNone)
}

// runeStart reports whether byte offset i of s, 0 <= i <= len(s), is where
// a rune starts or the end of s.
func runeStart(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// optSpan writes s when it is not nil.
func (w *CompactWriter) optSpan(s *Span) {
	if s != nil {
		w.span(s.Start, s.End, s.Text)
	}
}

// Confidence writes the confidence of the next quote, or of the next claim
// after the quotes. It fails for NaN and infinities.
func (w *CompactWriter) Confidence(f float64) {
	w.float(w.f, f)
	w.f++
}

// Finish completes the compact form after the last span and returns the
// buffer, or dst as given to NewCompactWriter and the first error. It
// panics when the words written are not the counts' layout. The writer
// goes back to a pool for another document.
func (w *CompactWriter) Finish() ([]byte, error) {
	e := &w.compactEncoder
	if e.err != nil {
		dst, err := w.dst, e.err
		w.release()
		return dst, err
	}
	if e.n-e.start != 4*w.words || w.f != len(e.full[e.floats:e.start+w.fixed])/8 {
		panic("annot: compact layout miscounted")
	}
	fixed := e.full[:e.start+w.fixed]

	size := 8 * len(e.table)
	for _, s := range e.table {
		size += len(s)
	}
	if w.withText {
		size += len(e.text)
	}
	// out is a local slice: appending to a field of the writer, which is
	// on the heap, took a write barrier for each word while the collector
	// marked.
	var out []byte
	start := e.start
	if w.own {
		out = append(slices.Grow(w.dst, w.fixed+size), fixed...)
		start = len(w.dst)
	} else {
		out = slices.Grow(fixed, size)
	}
	putWord(out[start+4*hStrings:], e.count(len(e.table)))
	// The table's bytes go first, after room for the ends of its strings,
	// so that one pass over them finds whether all are ASCII, as they
	// nearly always are: then every string has as many UTF-16 units as
	// bytes, and none needs counting.
	ends := len(out)
	out = out[:ends+8*len(e.table)]
	for _, s := range e.table {
		out = append(out, s...)
	}
	ascii := isASCII(out[ends+8*len(e.table):])
	var tableBytes, tableUnits int
	for i, s := range e.table {
		tableBytes += len(s)
		if ascii {
			tableUnits = tableBytes
		} else {
			tableUnits += utf16Len(s)
		}
		putWord(out[ends+8*i:], e.count(tableBytes))
		putWord(out[ends+8*i+4:], e.count(tableUnits))
	}
	putWord(out[start+4*hTableBytes:], e.count(tableBytes))
	putWord(out[start+4*hTableUnits:], e.count(tableUnits))
	if w.withText {
		out = append(out, e.text...)
	}
	err, dst := e.err, w.dst
	w.release()
	if err != nil {
		return dst, err
	}
	return out, nil
}

// compactEncoder writes the words of a compact form's fixed part into
// full from start on, and gathers the string table. Its small methods are
// not inlined (go:noinline): in WebAssembly every inlined copy costs
// engine.wasm hundreds of bytes, and AppendCompact was 44 KB with them.
type compactEncoder struct {
	// full is the fixed part after start, made at its length; n is where
	// the next word goes. put writes into it at n, without storing a slice
	// (and so a pointer, with the collector's write barrier) for each word.
	full   []byte
	n      int
	start  int // where the compact form starts in full
	floats int // where the confidences start in full
	text   string
	index  runeIndex
	// byText holds the strings of the table that are not ids (idNumber)
	// by their text: open addressing over a power of two of slots, at most
	// half of them used (nText). A Go map instead cost engine.wasm 2 KB of
	// gzip to clear for reuse, and as much allocation as the rest of the
	// writer to make for each document.
	byText []textSlot
	nText  int
	table  []string
	err    error
	// ids[l][n] is 1 + the table index of the id of letter 'a'+l and
	// number n (idNumber, 1 <= n < idMax) once it is in the table, else 0:
	// an id kept here costs 4 bytes instead of a map entry of about 40.
	ids   [26][]uint32
	idMax int
	// seen remembers recent strings by where their bytes are, so that the
	// same string value met again (a kind, a rule, an id referred to) is
	// found without hashing it: a string whose bytes are those of an
	// entry is equal to it. Its length is a power of two, at most 256 and
	// smaller for a short document (clearing 6 KB was a tenth of a tiny
	// document's encoding); entries hold addresses, not pointers, so that
	// the collector never scans them: every string met is also in table.
	seen []seenStr
}

// seenSlots returns the length of compactEncoder.seen for a document of n
// annotations and names: the power of two at or above 2n, between 16 and
// 256.
func seenSlots(n int) int {
	s := 16
	for s < 256 && s < 2*n {
		s *= 2
	}
	return s
}

// seenStr is an entry of compactEncoder.seen: the address and length of a
// string's bytes, and its index in the table.
type seenStr struct {
	p uintptr
	n int
	i uint32
}

//go:noinline
func (e *compactEncoder) fail(msg string) {
	if e.err == nil {
		e.err = errors.New("annot: " + msg)
	}
}

// count returns n as a word, failing for what does not fit one.
//
//go:noinline
func (e *compactEncoder) count(n int) uint32 {
	if n < 0 || uint64(n) >= compactNone {
		e.fail(strconv.Itoa(n) + " out of range")
		return 0
	}
	return uint32(n)
}

//go:noinline
func (e *compactEncoder) listLen(isNil bool, n int) uint32 {
	if isNil {
		return compactNone
	}
	return e.count(n)
}

//go:noinline
func (e *compactEncoder) set(h int, w uint32) {
	putWord(e.full[e.start+4*h:], w)
}

// put writes the word w at n. It and put5 take their words as arguments,
// not as a variadic slice, and check the bounds once.
//
//go:noinline
func (e *compactEncoder) put(w uint32) {
	n := e.n
	putWord(e.full[n:n+4], w)
	e.n = n + 4
}

// put5 writes the five words of a span at n.
//
//go:noinline
func (e *compactEncoder) put5(w0, w1, w2, w3, w4 uint32) {
	n := e.n
	b := e.full[n : n+20]
	putWord(b[0:4], w0)
	putWord(b[4:8], w1)
	putWord(b[8:12], w2)
	putWord(b[12:16], w3)
	putWord(b[16:20], w4)
	e.n = n + 20
}

//go:noinline
func (e *compactEncoder) float(i int, f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.fail("unsupported confidence " + strconv.FormatFloat(f, 'g', -1, 64))
	}
	if e.floats+8*i+8 > len(e.full) {
		panic("annot: compact layout miscounted")
	}
	bits := math.Float64bits(f)
	putWord(e.full[e.floats+8*i:], uint32(bits))
	putWord(e.full[e.floats+8*i+4:], uint32(bits>>32))
}

// str returns the index of s in the string table, adding it the first time.
//
//go:noinline
func (e *compactEncoder) str(s string) uint32 {
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	c := &e.seen[(p>>3^uintptr(len(s)))&uintptr(len(e.seen)-1)]
	if c.p == p && c.n == len(s) && p != 0 {
		return c.i
	}
	var i uint32
	if l, n := idNumber(s); n > 0 && n < e.idMax {
		if n >= len(e.ids[l]) {
			e.ids[l] = append(e.ids[l], make([]uint32, max(n+1, 2*len(e.ids[l]), 64)-len(e.ids[l]))...)
		}
		if e.ids[l][n] == 0 {
			e.ids[l][n] = uint32(len(e.table)) + 1
			e.table = append(e.table, s)
		}
		i = e.ids[l][n] - 1
	} else {
		i = e.textIndex(s)
	}
	*c = seenStr{p, len(s), i}
	return i
}

// textSlot is a slot of compactEncoder.byText: the hash of a string
// (textHash) and 1 + its index in the table, or 0 for an empty slot. It
// holds no pointer, so that clearing byText for the next document takes
// no write barriers and the collector never scans it: the string itself
// is the table's.
type textSlot struct {
	h, i uint32
}

// textIndex returns the index of s, which is no id, in the table, adding
// it the first time.
func (e *compactEncoder) textIndex(s string) uint32 {
	if 2*(e.nText+1) > len(e.byText) {
		old := e.byText
		e.byText = make([]textSlot, max(2*len(old), 64))
		for _, o := range old {
			if o.i != 0 {
				*e.textSlot(e.table[o.i-1], o.h) = o
			}
		}
	}
	h := textHash(s)
	p := e.textSlot(s, h)
	if p.i == 0 {
		*p = textSlot{h, uint32(len(e.table)) + 1}
		e.table = append(e.table, s)
		e.nText++
	}
	return p.i - 1
}

// textHash is 32-bit FNV-1a of s.
func textHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// textSlot returns the slot of byText that holds s, of hash h, or the
// empty one where it goes.
//
//go:noinline
func (e *compactEncoder) textSlot(s string, h uint32) *textSlot {
	m := uint32(len(e.byText) - 1)
	for j := h & m; ; j = (j + 1) & m {
		if p := &e.byText[j]; p.i == 0 || p.h == h && e.table[p.i-1] == s {
			return p
		}
	}
}

// idNumber returns the letter (0 for 'a') and the number of an id such as
// "q12": one lower-case letter and a decimal number without leading zeros
// of at most 9 digits; n is 0 for any other string, so that each string has
// one place in the encoder, the map or ids.
func idNumber(s string) (l, n int) {
	if len(s) < 2 || len(s) > 10 || s[0] < 'a' || s[0] > 'z' || s[1] == '0' {
		return 0, 0
	}
	for j := 1; j < len(s); j++ {
		if s[j] < '0' || s[j] > '9' {
			return 0, 0
		}
		n = 10*n + int(s[j]-'0')
	}
	return int(s[0] - 'a'), n
}

//go:noinline
func (e *compactEncoder) optStr(s *string) uint32 {
	if s == nil {
		return compactNone
	}
	return e.str(*s)
}

// span writes a span: its text as a slice of the document text when it is
// one, at those offsets, else as a string of the table.
func (e *compactEncoder) span(start, end int, text string) {
	s, t := e.count(start), e.count(end)
	if 0 <= start && start <= end && end <= e.index.m.Len(Runes) {
		b0, _, u0 := e.index.offsets(start, Runes)
		b1, _, u1 := e.index.offsets(end, Runes)
		if e.text[b0:b1] == text {
			e.put5(s, t, uint32(u0), uint32(u1), compactNone)
			return
		}
	}
	e.put5(s, t, 0, 0, e.str(text))
}

// runeIndex converts offsets of one text between bytes, code points and
// UTF-16 units, faster than Mapper.Convert for offsets that come mostly in
// text order.
type runeIndex struct {
	m      *Mapper
	cursor int // m.pos index of the last offset converted
}

// offsets converts offset o, counted in unit from (Bytes or Runes), on a
// rune boundary, 0 <= o <= the text's length, to bytes, code points and
// UTF-16 units. It looks near the last offset converted before it searches.
func (e *runeIndex) offsets(o int, from Unit) (b, r, u int) {
	m := e.m
	i := e.cursor
	if i >= len(m.pos) || int(m.pos[i][from]) > o || i+1 < len(m.pos) && int(m.pos[i+1][from]) <= o {
		i = sort.Search(len(m.pos), func(i int) bool { return int(m.pos[i][from]) > o }) - 1
		if i < 0 {
			return o, o, o
		}
		e.cursor = i
	}
	p := m.pos[i]
	if o == int(p[from]) {
		return int(p[Bytes]), int(p[Runes]), int(p[UTF16])
	}
	// o is past the rune at i: what lies between is ASCII.
	w := m.width[i]
	d := o - int(p[from]) - int(w[from])
	return int(p[Bytes]) + int(w[Bytes]) + d, int(p[Runes]) + int(w[Runes]) + d, int(p[UTF16]) + int(w[UTF16]) + d
}

// isASCII reports whether b holds only ASCII bytes, reading eight at a
// time.
func isASCII(b []byte) bool {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if !ascii.IsASCII(ascii.Bytes(b, i)) {
			return false
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// utf16Len is the length of s in UTF-16 units, counting each invalid byte
// as one unit (U+FFFD), as Mapper does.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			n++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		n++
		if r >= 0x10000 && w > 1 {
			n++
		}
	}
	return n
}

func appendWord(b []byte, w uint32) []byte {
	return append(b, byte(w), byte(w>>8), byte(w>>16), byte(w>>24))
}

func putWord(b []byte, w uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(w), byte(w>>8), byte(w>>16), byte(w>>24)
}

func word(b []byte, i int) uint32 {
	b = b[4*i : 4*i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// DecodeCompact reads the compact form that AppendCompact wrote. text is
// the document text when the data leaves it out (AppendCompact with
// withText false); it must then be exactly the text encoded, which
// DecodeCompact checks by its length in bytes, code points and UTF-16
// units. The spans' texts and the document text share text's memory (or
// one copy of the data's). Like Decode, it is for data from a trusted
// writer: it checks the layout, every index and every offset, and returns
// a short error for anything else, never panicking, but it does not
// validate the document.
//
// When yield is not nil, DecodeCompact calls it every yieldRecords
// records or so, so that a caller in a browser can give the page the main
// thread back during a long decode.
func DecodeCompact(data []byte, text string, yield func()) (*Document, error) {
	r := compactReader{data: data, yield: yield}
	if len(data) < 4*compactHeader || word(data, hMagic) != compactMagic {
		return nil, errors.New("annot: not a compact document")
	}
	h := func(i int) int { return int(word(data, i)) }
	flags := word(data, hFlags)
	nActors, nNames, nMentions := h(hActors), h(hNames), h(hMentions)
	nQuotes, nClaims, nSpans, nStrings := h(hQuotes), h(hClaims), h(hSpans), h(hStrings)
	// The sizes, in 64 bits so that no count can wrap them around.
	words := uint64(compactHeader) + actorWords*uint64(nActors) + uint64(nNames) + mentionWords*uint64(nMentions) +
		quoteWords*uint64(nQuotes) + claimWords*uint64(nClaims) + spanWords*uint64(nSpans)
	floats := 4 * (words + words&1)
	strs := floats + 8*(uint64(nQuotes)+uint64(nClaims))
	table := strs + 8*uint64(nStrings)
	end := table + uint64(h(hTableBytes))
	textEnd := end
	if flags&flagText != 0 {
		textEnd += uint64(h(hTextBytes))
	}
	if textEnd != uint64(len(data)) {
		return nil, errors.New("annot: compact document of the wrong length")
	}
	if flags&flagText != 0 {
		text = string(data[end:textEnd])
	}
	m := NewMapper(text)
	r.pause(yieldRecords)
	if len(text) != h(hTextBytes) || m.Len(Runes) != h(hTextRunes) || m.Len(UTF16) != h(hTextUnits) {
		return nil, errors.New("annot: the text is not the document's")
	}
	r.text = text
	r.index = runeIndex{m: m}
	r.pos = compactHeader
	r.floats = int(floats)

	// The string table: one string, cut into the entries.
	all := string(data[table:end])
	r.strings = make([]string, nStrings)
	prev := 0
	for i := range r.strings {
		e := int(word(data, int(strs/4)+2*i))
		if e < prev || e > len(all) {
			return nil, errors.New("annot: bad string table")
		}
		r.strings[i] = all[prev:e]
		prev = e
	}

	d := &Document{
		Format:  r.str(word(data, hFormat)),
		Version: int(int32(word(data, hVersion))),
		Generator: Generator{
			Name:    r.str(word(data, hGenName)),
			Version: r.str(word(data, hGenVersion)),
		},
		Document: Text{
			ID:       r.str(word(data, hID)),
			Title:    r.str(word(data, hTitle)),
			Text:     text,
			Language: r.str(word(data, hLanguage)),
		},
	}
	if flags&flagTitle == 0 && d.Document.Title != "" {
		return nil, errors.New("annot: title not flagged")
	}
	if flags&flagNilActors == 0 {
		d.Actors = make([]Actor, nActors)
	} else if nActors != 0 {
		return nil, errors.New("annot: actors both nil and not")
	}
	names := make([]string, nNames)
	mentions := make([]Mention, nMentions)
	nm, nn := 0, 0
	for i := range d.Actors {
		a := &d.Actors[i]
		a.ID, a.Name, a.Type = r.nextStr(), r.nextStr(), r.nextStr()
		roles, aliases, ms := r.next(), r.next(), r.next()
		a.Rule, a.Origin = r.nextStr(), r.nextStr()
		a.Roles = r.list(names, &nn, roles)
		a.Aliases = r.list(names, &nn, aliases)
		if ms != compactNone {
			if uint64(nm)+uint64(ms) > uint64(len(mentions)) {
				return nil, errors.New("annot: more mentions than counted")
			}
			a.Mentions = mentions[nm : nm+int(ms) : nm+int(ms)]
			nm += int(ms)
		}
	}
	if nn != nNames || nm != nMentions || r.err != nil {
		return nil, errors.New("annot: bad actors")
	}
	for i := range names {
		names[i] = r.nextStr()
	}
	for i := range mentions {
		m := &mentions[i]
		m.Start, m.End, m.Text = r.span()
		m.Kind, m.Rule, m.Origin = r.nextStr(), r.nextStr(), r.nextStr()
		r.pause(1)
	}
	spans := make([]Span, nSpans)
	ptrs := make([]string, 0, nQuotes+2*nClaims)
	optStr := func() *string {
		w := r.next()
		if w == compactNone {
			return nil
		}
		ptrs = append(ptrs, r.str(w))
		return &ptrs[len(ptrs)-1]
	}
	optSpan := func() *Span {
		w := r.next()
		if w == compactNone {
			return nil
		}
		if uint64(w) >= uint64(len(spans)) {
			r.fail()
			return nil
		}
		return &spans[w]
	}
	if flags&flagNilQuotes == 0 {
		d.Quotes = make([]Quote, nQuotes)
	} else if nQuotes != 0 {
		return nil, errors.New("annot: quotes both nil and not")
	}
	f := 0
	for i := range d.Quotes {
		q := &d.Quotes[i]
		q.ID = r.nextStr()
		q.Start, q.End, q.Text = r.span()
		q.Kind, q.Speaker, q.Source, q.Cue = r.nextStr(), optStr(), optSpan(), optSpan()
		q.Rule, q.Origin = r.nextStr(), r.nextStr()
		q.Confidence = r.float(f)
		f++
		r.pause(2)
	}
	if flags&flagNilClaims == 0 {
		d.Claims = make([]Claim, nClaims)
	} else if nClaims != 0 {
		return nil, errors.New("annot: claims both nil and not")
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		c.ID = r.nextStr()
		c.Start, c.End, c.Text = r.span()
		c.Kind, c.Claimant = r.nextStr(), optStr()
		c.Source, c.Cue, c.Addressee, c.Content = optSpan(), optSpan(), optSpan(), optSpan()
		c.Quote, c.Rule, c.Origin = optStr(), r.nextStr(), r.nextStr()
		c.Confidence = r.float(f)
		f++
		r.pause(2)
	}
	for i := range spans {
		s := &spans[i]
		s.Start, s.End, s.Text = r.span()
		r.pause(1)
	}
	if r.err != nil {
		return nil, r.err
	}
	return d, nil
}

// compactReader is DecodeCompact's position in the fixed part of its data,
// whose length DecodeCompact checked first; after an error every read gives
// zero values.
type compactReader struct {
	data    []byte
	pos     int // the next word
	floats  int // byte offset of the confidences
	text    string
	index   runeIndex
	strings []string
	err     error
	yield   func() // called every yieldRecords of work when not nil
	work    int    // work done since the last call of yield
}

// yieldRecords is how much work DecodeCompact does between two calls of
// its yield function, counted in mentions or spans (a quote or a claim
// counts two): a few milliseconds in WebAssembly, a fraction of Decode's
// YieldBytes of JSON.
const yieldRecords = 512

// pause counts n units of work and calls yield once yieldRecords have
// been done since the last call.
func (r *compactReader) pause(n int) {
	if r.yield == nil {
		return
	}
	if r.work += n; r.work >= yieldRecords {
		r.work = 0
		r.yield()
	}
}

func (r *compactReader) fail() {
	if r.err == nil {
		r.err = errors.New("annot: bad compact document")
	}
}

func (r *compactReader) next() uint32 {
	if r.err != nil || 4*(r.pos+1) > r.floats {
		r.fail()
		return 0
	}
	r.pos++
	return word(r.data, r.pos-1)
}

func (r *compactReader) str(w uint32) string {
	if uint64(w) >= uint64(len(r.strings)) {
		r.fail()
		return ""
	}
	return r.strings[w]
}

func (r *compactReader) nextStr() string { return r.str(r.next()) }

// list returns the next n (none: nil) strings of names, from *at on.
func (r *compactReader) list(names []string, at *int, n uint32) []string {
	if n == compactNone {
		return nil
	}
	if uint64(*at)+uint64(n) > uint64(len(names)) {
		r.fail()
		return nil
	}
	l := names[*at : *at+int(n) : *at+int(n)]
	*at += int(n)
	return l
}

func (r *compactReader) float(i int) float64 {
	if r.err != nil {
		return 0
	}
	lo, hi := word(r.data[r.floats:], 2*i), word(r.data[r.floats:], 2*i+1)
	return math.Float64frombits(uint64(hi)<<32 | uint64(lo))
}

// span reads a span; its text is a slice of the document text or a string
// of the table.
func (r *compactReader) span() (start, end int, text string) {
	s, e := r.next(), r.next()
	r.next() // the UTF-16 offsets, for JavaScript
	r.next()
	t := r.next()
	start, end = int(s), int(e)
	if t != compactNone {
		return start, end, r.str(t)
	}
	if start > end || end > r.index.m.Len(Runes) {
		r.fail()
		return 0, 0, ""
	}
	b0, _, _ := r.index.offsets(start, Runes)
	b1, _, _ := r.index.offsets(end, Runes)
	return start, end, r.text[b0:b1]
}
