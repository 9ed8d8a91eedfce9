// Package strtab is a set of distinct strings that numbers them in the
// order they were added, for lookup tables that the engine probes for
// every token. Against a Go map keyed by strings it is cheap where it
// counts: its hash (FNV-1a) is inlined, where Go's string hash has only a
// slow fallback under WebAssembly, and it holds no pointers but to its
// three arrays, so the garbage collector does not walk its keys at every
// cycle. Values live in slices that callers index by the number Find
// returns.
package strtab

import (
	"strings"
	"unsafe"

	"github.com/whosaid/whosaid/internal/ascii"
)

// Table is the set. The zero Table is empty and ready to use; a Table
// must not be copied once used, and is safe for concurrent Finds once no
// more strings are added.
type Table struct {
	b    strings.Builder // writes the strings, one after another
	keys string          // what b holds, without copying it
	ends []uint32        // string i is keys[ends[i]:ends[i+1]]; ends[0] is 0 once the first string is added
	// slots is an open-addressing hash table with linear probing, of a
	// power-of-two size and at most three quarters full (full): a slot is
	// 16 bytes (newSlot), four to a cache line, so that a probe past the
	// first slot mostly stays in the line it read, and a table twice the
	// size would cost twice the memory and the start-up time to fill.
	slots []slot
}

// slot is an entry of Table.slots: for string k, its tag (tagOf), k+1
// (0 for a free slot) and its first eight bytes (headOf). A string of at
// most eight bytes is found by its slot alone: a lookup reads one cache
// line of the table where it read three (the slot, ends and keys), which
// on short documents, whose words are not in the processor's caches, was
// most of the engine's time in Find.
type slot struct {
	tag, k1 uint32
	head    uint64
}

// newSlot returns the slot of string k, of hash h.
func newSlot(s string, k int, h uint32) slot {
	return slot{tagOf(s, h), uint32(k + 1), headOf(s)}
}

// tagOf is the hash h of s with its low byte replaced by the length of s
// (at most 255): equal heads and tags mean equal strings for strings of up
// to eight bytes.
func tagOf(s string, h uint32) uint32 { return h&^0xff | uint32(min(len(s), 255)) }

// headOf returns the first eight bytes of s (all of it when shorter) as one
// integer, byte 0 the lowest, zero above the string's bytes.
func headOf(s string) uint64 {
	if len(s) >= 8 {
		return ascii.Word(s, 0)
	}
	var w uint64
	for i := len(s) - 1; i >= 0; i-- {
		w = w<<8 | uint64(s[i])
	}
	return w
}

// full reports whether n strings are too many for a table of slots
// slots: more than three quarters of them.
func full(n, slots int) bool { return 4*n > 3*slots }

// Hash is 32-bit FNV-1a of s.
func Hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// Len returns the number of strings.
func (t *Table) Len() int { return max(len(t.ends)-1, 0) }

// Key returns string i, 0 <= i < Len(). It does not allocate.
func (t *Table) Key(i int) string { return t.keys[t.ends[i]:t.ends[i+1]] }

// Find returns the number of s, or -1 when s is not in the table. It does
// not allocate.
func (t *Table) Find(s string) int {
	h := uint32(2166136261) // Hash, inlined by hand: calls cost under WebAssembly
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	slots := t.slots
	mask := uint32(len(slots) - 1)
	if len(slots) == 0 {
		return -1
	}
	// headOf, inlined by hand, as the hash is.
	var head uint64
	if len(s) >= 8 {
		head = ascii.Word(s, 0)
	} else {
		for i := len(s) - 1; i >= 0; i-- {
			head = head<<8 | uint64(s[i])
		}
	}
	tag := tagOf(s, h)
	for i := h & mask; ; i = (i + 1) & mask {
		e := &slots[i]
		if e.k1 == 0 {
			return -1
		}
		if e.tag == tag && e.head == head {
			k := int(e.k1) - 1
			if len(s) <= 8 {
				return k
			}
			if start, end := t.ends[k], t.ends[k+1]; int(end-start) == len(s) {
				// Compared by a loop: under WebAssembly == on strings is
				// two calls (runtime.memequal, memeqbody) for a few bytes.
				key := t.keys[start:end]
				j := 8
				for j < len(s) && key[j] == s[j] {
					j++
				}
				if j == len(s) {
					return k
				}
			}
		}
	}
}

// FindBytes is Find for the string held in s, without copying it: Find
// keeps no reference to its argument.
func (t *Table) FindBytes(s []byte) int { return t.Find(unsafe.String(unsafe.SliceData(s), len(s))) }

// Add adds s unless it is there, and returns its number and whether it
// was added.
func (t *Table) Add(s string) (int, bool) {
	if k := t.Find(s); k >= 0 {
		return k, false
	}
	k := t.Len()
	if full(k+1, len(t.slots)) {
		t.grow()
	}
	if len(t.ends) == 0 {
		t.ends = append(t.ends, 0)
	}
	if t.b.Len() != len(t.keys) { // keys came from SetFrontCoded
		t.b.Grow(len(t.keys) + len(s))
		t.b.WriteString(t.keys)
	}
	t.b.WriteString(s)
	t.keys = t.b.String()
	t.ends = append(t.ends, uint32(len(t.keys)))
	t.put(s, k, Hash(s))
	return k, true
}

// AppendFrontCoded appends keys to dst front-coded, as SetFrontCoded reads
// them: for each key, one byte that says how many bytes it shares with the
// key before (at most 255), the rest of the key and a 0 byte. Sorted keys
// share the most. No key may hold a 0 byte.
func AppendFrontCoded(dst []byte, keys []string) []byte {
	prev := ""
	for _, k := range keys {
		n := 0
		for n < 255 && n < len(k) && n < len(prev) && k[n] == prev[n] {
			n++
		}
		dst = append(dst, byte(n))
		dst = append(dst, k[n:]...)
		dst = append(dst, 0)
		prev = k
	}
	return dst
}

// SetFrontCoded makes the empty table t the table of the n distinct keys,
// of size bytes in all, that AppendFrontCoded wrote at the start of data,
// numbered in their order, and returns the rest of data. It is one pass
// that copies each key once and hashes only the bytes a key does not share
// with the one before, for tables built at start-up from data compiled
// into the program: the data must be well formed (a short one panics).
func (t *Table) SetFrontCoded(data string, n, size int) (rest string) {
	if t.Len() != 0 {
		panic("strtab: SetFrontCoded on a used table")
	}
	slotCount := 16
	for full(n, slotCount) {
		slotCount *= 2
	}
	d := &decoder{data: data, buf: make([]byte, size), ends: make([]uint32, n+1), slots: make([]slot, slotCount)}
	d.hs[0] = 2166136261
	// In chunks: V8 runs a WebAssembly function in its baseline tier until
	// it is called again after being optimised, so one call for all the
	// keys would never leave the slow code.
	for k := 0; k < n; k += decodeChunk {
		d.decode(k, min(k+decodeChunk, n))
	}
	buf := d.buf[:d.pos]
	// buf is never written again: the keys string shares its memory.
	t.keys, t.ends, t.slots = unsafe.String(unsafe.SliceData(buf), len(buf)), d.ends, d.slots
	return data[d.i:]
}

// decodeChunk is the number of keys decoder.decode reads a call.
const decodeChunk = 512

// decoder is the state of SetFrontCoded between chunks.
type decoder struct {
	data         string
	i, pos, prev int // next byte of data, end of the keys in buf, start of the last key
	buf          []byte
	ends         []uint32
	slots        []slot
	// hs[i] is the hash state after the first i bytes of the key before.
	hs [256]uint32
}

// decode reads keys k to end (excluded). The keys are written by index,
// byte by byte: they are short, and under WebAssembly a call to memmove
// for each costs more than the loop.
//
//go:noinline
func (d *decoder) decode(k, end int) {
	data, buf, ends, slots, hs := d.data, d.buf, d.ends, d.slots, &d.hs
	mask := uint32(len(slots) - 1)
	i, pos, prev := d.i, d.pos, d.prev
	for ; k < end; k++ {
		shared := int(data[i])
		i++
		start := pos
		for p := prev; p < prev+shared; p++ {
			buf[pos] = buf[p]
			pos++
		}
		h := hs[shared]
		for c := data[i]; c != 0; c = data[i] {
			i++
			buf[pos] = c
			pos++
			h ^= uint32(c)
			h *= 16777619
			if l := pos - start; l < len(hs) {
				hs[l] = h
			}
		}
		i++
		ends[k+1] = uint32(pos)
		prev = start
		e := h & mask
		for slots[e].k1 != 0 {
			e = (e + 1) & mask
		}
		key := unsafe.String(unsafe.SliceData(buf[start:pos]), pos-start) // not written there again
		slots[e] = newSlot(key, k, h)
	}
	d.i, d.pos, d.prev = i, pos, prev
}

// put enters string k, s of hash h, in a free slot.
func (t *Table) put(s string, k int, h uint32) {
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].k1 != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = newSlot(s, k, h)
}

// Grow makes room for n strings more of size bytes in all, so that adding
// them does not copy the table.
func (t *Table) Grow(n, size int) {
	t.b.Grow(size)
	if cap(t.ends)-len(t.ends) < n+1 {
		e := make([]uint32, len(t.ends), len(t.ends)+n+1)
		copy(e, t.ends)
		t.ends = e
	}
	for full(t.Len()+n, len(t.slots)) {
		t.grow()
	}
}

// grow doubles the slots, to at least 16.
func (t *Table) grow() {
	t.slots = make([]slot, max(16, 2*len(t.slots)))
	for k := range t.Len() {
		t.put(t.Key(k), k, Hash(t.Key(k)))
	}
}
