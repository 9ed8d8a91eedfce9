package engine

import (
	"sort"

	"github.com/whosaid/whosaid/internal/msg"
)

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

// Sort orders the list by position, then stage.
func (l DiagnosticList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Start != l[j].Start {
			return l[i].Start < l[j].Start
		}
		return l[i].Stage < l[j].Stage
	})
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
