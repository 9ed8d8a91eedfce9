// Package pool keeps values of one type for reuse, as sync.Pool does, in
// less code where Go runs on one thread. engine/annot, which imports only
// the standard library, has its own copy (pool_js.go, pool_other.go).
package pool
