// See validate.go: left out of engine.wasm with Validate.

//go:build !engineonly

package annot

import (
	"fmt"
	"sort"
	"strings"
)

// Error is one problem in a document. Path is the JSON path of the value at
// fault ("quotes[2].speaker"), empty for the document as a whole. Offset is
// the byte offset of that value in the input Parse read, with its 1-based
// Line and Column; all three are 0 (Offset -1) when the position is unknown,
// as for a Document built in memory.
type Error struct {
	Offset       int
	Line, Column int
	Path         string
	Msg          string
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.Offset >= 0 && e.Line > 0 {
		fmt.Fprintf(&b, "line %d, column %d (byte %d): ", e.Line, e.Column, e.Offset)
	} else if e.Offset >= 0 {
		fmt.Fprintf(&b, "byte %d: ", e.Offset)
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// MaxShown is how many problems ErrorList.Error lists before it summarises
// the rest as "and N more".
const MaxShown = 20

// ErrorList is every problem found in one document. Like go/scanner's
// ErrorList it sorts, and it is an error when it is not empty (use Err).
type ErrorList []*Error

func (l *ErrorList) add(path string, format string, args ...any) {
	*l = append(*l, &Error{Offset: -1, Path: path, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders the list by input offset. Problems without a position (Offset
// -1) come last and keep their order, which for Validate is document order.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Offset, l[j].Offset
		switch {
		case a < 0:
			return false
		case b < 0:
			return true
		}
		return a < b
	})
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error lists the first MaxShown problems, one per line, and counts the rest.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d problems:", len(l))
	for i, e := range l {
		if i == MaxShown {
			fmt.Fprintf(&b, "\n\tand %d more", len(l)-MaxShown)
			break
		}
		b.WriteString("\n\t")
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the problems, for errors.As.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}
