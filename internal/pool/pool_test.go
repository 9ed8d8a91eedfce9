package pool

import (
	"sync"
	"testing"
)

// TestPool checks that Get gives a usable value whether or not one was
// put back, and that no value is handed to two goroutines at once.
func TestPool(t *testing.T) {
	var p Pool[[4]int]
	if v := p.Get(); v == nil || *v != [4]int{} {
		t.Fatalf("Get of an empty pool = %v, want a new zero value", v)
	}
	var mu sync.Mutex
	inUse := map[*[4]int]bool{}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 1000 {
				v := p.Get()
				mu.Lock()
				if inUse[v] {
					t.Error("a value handed out twice at once")
				}
				inUse[v] = true
				mu.Unlock()
				v[0]++
				mu.Lock()
				delete(inUse, v)
				mu.Unlock()
				p.Put(v)
			}
		})
	}
	wg.Wait()
}
