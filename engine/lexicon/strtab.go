package lexicon

// strTable is a read-only hash index of distinct strings that holds no
// pointers but one: the keys are slices of one string, the slots and
// offsets are integers. Go's collector scans a map[string]T of 40,000 words
// at every cycle, and in WebAssembly, where the engine's collections run on
// its only thread, that was a large part of the marking; this table costs it
// nothing. Its hash, FNV-1a, is also cheaper there than Go's portable string
// hash.
//
// Each slot holds a key's hash in its high 32 bits and the key's position
// + 1 in its low 32 bits (0: empty), so a probe compares strings only when
// the hashes agree; at most half the slots are used.
type strTable struct {
	arena string   // the keys, one after another
	offs  []uint32 // key i is arena[offs[i]:offs[i+1]]
	slots []uint64 // length a power of two
}

// strHash is FNV-1a over the bytes of s.
func strHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// newStrTable returns a table of keys, which must be distinct; key i is
// found at position i.
func newStrTable(keys []string) strTable {
	t := strTable{offs: make([]uint32, len(keys)+1)}
	for i, k := range keys {
		t.offs[i+1] = t.offs[i] + uint32(len(k))
	}
	b := make([]byte, 0, t.offs[len(keys)])
	for _, k := range keys {
		b = append(b, k...)
	}
	t.arena = string(b)
	n := 16
	for n < 2*len(keys) {
		n *= 2
	}
	t.slots = make([]uint64, n)
	mask := uint32(n - 1)
	for i, k := range keys {
		h := strHash(k)
		j := h & mask
		for t.slots[j] != 0 {
			j = (j + 1) & mask
		}
		t.slots[j] = uint64(h)<<32 | uint64(i+1)
	}
	return t
}

// find returns the position of key, or -1.
func (t *strTable) find(key string) int {
	if len(t.slots) == 0 {
		return -1
	}
	h := strHash(key)
	mask := uint32(len(t.slots) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		s := t.slots[j]
		if s == 0 {
			return -1
		}
		if uint32(s>>32) == h {
			i := int(uint32(s)) - 1
			if t.arena[t.offs[i]:t.offs[i+1]] == key {
				return i
			}
		}
	}
}
