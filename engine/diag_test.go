package engine

import (
	"math/rand/v2"
	"sort"
	"testing"
)

// TestDiagnosticListSort checks DiagnosticList.Sort against
// sort.SliceStable, which it replaces, on random lists with many ties.
func TestDiagnosticListSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	stages := []string{"segment", "quotes", "actors"}
	for n := range 70 {
		for range 20 {
			l := make(DiagnosticList, n)
			for i := range l {
				l[i] = Diagnostic{Span: Span{Start: r.IntN(8)}, Stage: stages[r.IntN(len(stages))], Msg: itoa(i)}
			}
			want := append(DiagnosticList(nil), l...)
			sort.SliceStable(want, func(i, j int) bool {
				if want[i].Start != want[j].Start {
					return want[i].Start < want[j].Start
				}
				return want[i].Stage < want[j].Stage
			})
			l.Sort()
			for i := range l {
				if l[i] != want[i] {
					t.Fatalf("n=%d: position %d is %+v, sort.SliceStable puts %+v", n, i, l[i], want[i])
				}
			}
		}
	}
}
