package engine

import "github.com/whosaid/whosaid/internal/msg"

// Diagnostic is a note about odd text that the engine worked around.
type Diagnostic struct {
	Span
	Stage string
	Msg   string
}

func (d Diagnostic) Error() string {
	return msg.Sprintf("%d-%d: %s: %s", d.Start, d.End, d.Stage, d.Msg)
}

// DiagnosticList collects diagnostics; like go/scanner's ErrorList it sorts
// by position and can be used as an error.
type DiagnosticList []Diagnostic

func (l *DiagnosticList) add(s Span, stage, format string, args ...any) {
	*l = append(*l, Diagnostic{Span: s, Stage: stage, Msg: msg.Sprintf(format, args...)})
}

// Sort orders the list by position, then stage, stably: diagnostics that
// compare equal keep their order, so the result is sort.SliceStable's. It is
// a merge sort of its own because sort.SliceStable brings reflection's
// swapper and sort's own stable sort into engine.wasm (6 KB of gzip); a
// list is nearly always sorted already, which costs one pass.
func (l DiagnosticList) Sort() {
	less := func(a, b *Diagnostic) bool {
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.Stage < b.Stage
	}
	sorted := true
	for i := 1; i < len(l) && sorted; i++ {
		sorted = !less(&l[i], &l[i-1])
	}
	if sorted {
		return
	}
	// Bottom-up: merge runs of width w from src into dst, doubling w.
	src, dst := l, make(DiagnosticList, len(l))
	for w := 1; w < len(l); w *= 2 {
		for lo := 0; lo < len(l); lo += 2 * w {
			mid, hi := min(lo+w, len(l)), min(lo+2*w, len(l))
			i, j, k := lo, mid, lo
			for ; i < mid && j < hi; k++ {
				if less(&src[j], &src[i]) { // ties take the left run: stable
					dst[k] = src[j]
					j++
				} else {
					dst[k] = src[i]
					i++
				}
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	if &src[0] != &l[0] {
		copy(l, src)
	}
}

func (l DiagnosticList) Error() string {
	switch len(l) {
	case 0:
		return "no diagnostics"
	case 1:
		return l[0].Error()
	}
	return msg.Sprintf("%s (and %d more)", l[0].Error(), len(l)-1)
}
