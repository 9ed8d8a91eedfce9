// Package msg formats the short messages of errors and diagnostics in the
// packages that engine.wasm holds (engine, engine/lexicon, engine/annot,
// wasm/enginejs), without package fmt: fmt's printer and the reflection it
// brings cost engine.wasm about 90 KB gzip.
//
// Sprintf knows the verbs %s, %v, %d and %q without flags or widths, and %%;
// Errorf also knows %w. The arguments may be strings, byte slices, integers,
// floats, booleans, errors and fmt.Stringers; anything else, a missing
// argument or an unknown verb prints as %!verb(?), and a surplus argument as
// %!(EXTRA), so a message is never lost for a formatting mistake.
package msg

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// Sprintf formats according to format; see the package comment for what it
// supports.
func Sprintf(format string, args ...any) string {
	s, _ := format1(format, args, false)
	return s
}

// Errorf is Sprintf as an error. Its first %w argument, an error, prints like
// %v and is what errors.Unwrap returns.
func Errorf(format string, args ...any) error {
	s, wrapped := format1(format, args, true)
	if wrapped == nil {
		return errors.New(s)
	}
	return &wrapError{s, wrapped}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

// stringer is fmt.Stringer.
type stringer interface{ String() string }

func format1(format string, args []any, wrap bool) (string, error) {
	b := make([]byte, 0, len(format)+16*len(args))
	var wrapped error
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b = append(b, c)
			continue
		}
		i++
		verb := format[i]
		if verb == '%' {
			b = append(b, '%')
			continue
		}
		if verb >= utf8.RuneSelf { // not a verb: keep the rune whole
			b = append(b, '%')
			i--
			continue
		}
		if next == len(args) || !known(verb, wrap) {
			b = append(b, '%', '!', verb, '(', '?', ')')
			continue
		}
		arg := args[next]
		next++
		if verb == 'w' {
			if err, ok := arg.(error); ok && wrapped == nil {
				wrapped = err
			}
		}
		b = appendArg(b, verb, arg)
	}
	if next < len(args) {
		b = append(b, "%!(EXTRA)"...)
	}
	return string(b), wrapped
}

func known(verb byte, wrap bool) bool {
	switch verb {
	case 's', 'v', 'd', 'q':
		return true
	case 'w':
		return wrap
	}
	return false
}

func appendArg(b []byte, verb byte, arg any) []byte {
	var s string
	switch a := arg.(type) {
	case string:
		s = a
	case []byte:
		s = string(a)
	case error:
		s = a.Error()
	case stringer:
		s = a.String()
	case int:
		return strconv.AppendInt(b, int64(a), 10)
	case int64:
		return strconv.AppendInt(b, a, 10)
	case int32:
		return strconv.AppendInt(b, int64(a), 10)
	case uint:
		return strconv.AppendUint(b, uint64(a), 10)
	case uint64:
		return strconv.AppendUint(b, a, 10)
	case uint32:
		return strconv.AppendUint(b, uint64(a), 10)
	case uint8:
		return strconv.AppendUint(b, uint64(a), 10)
	case float64:
		return strconv.AppendFloat(b, a, 'g', -1, 64)
	case bool:
		return strconv.AppendBool(b, a)
	default:
		return append(b, '%', '!', verb, '(', '?', ')')
	}
	if verb == 'q' {
		return strconv.AppendQuote(b, s)
	}
	return append(b, s...)
}
