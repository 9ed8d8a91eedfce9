//go:build js

package annot

// A pool hands out values that were given back to it, or new zero ones
// (internal/pool's Pool, copied: annot imports only the standard library).
// Get and Put may be called from any goroutine; a value that Get returns
// is the caller's alone until it is given back with Put. The zero pool is
// ready to use and must not be copied. Under WebAssembly, where Go runs on
// one thread, it is one slot, which keeps what it holds: sync.Pool's
// per-processor lists were 11 KB of engine.wasm's code. The slot needs no
// atomics: goroutines take turns only at calls and blocking operations,
// and Get reads and empties it with neither in between.
type pool[T any] struct{ slot *T }

// Get returns the value last given back with Put, or a new zero one.
func (p *pool[T]) Get() *T {
	if v := p.slot; v != nil {
		p.slot = nil
		return v
	}
	return new(T)
}

// Put gives v back for another Get.
func (p *pool[T]) Put(v *T) { p.slot = v }
