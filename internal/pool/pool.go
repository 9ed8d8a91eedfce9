// Package pool keeps values of one type for reuse, as sync.Pool does, in
// less code where Go runs on one thread. It imports only the standard
// library, as engine/annot, which uses it, must (annot's deps_test.go).
package pool
