//go:build !js

package annot

import "sync"

// A pool hands out values that were given back to it, or new zero ones
// (internal/pool's Pool, copied: annot imports only the standard library).
// Get and Put may be called from any goroutine; a value that Get returns
// is the caller's alone until it is given back with Put. The zero pool is
// ready to use and must not be copied. Natively it is a sync.Pool, which
// the collector may empty.
type pool[T any] struct{ p sync.Pool }

// Get returns a value given back with Put, or a new zero one.
func (p *pool[T]) Get() *T {
	if v, _ := p.p.Get().(*T); v != nil {
		return v
	}
	return new(T)
}

// Put gives v back for another Get.
func (p *pool[T]) Put(v *T) { p.p.Put(v) }
