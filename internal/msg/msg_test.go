package msg

import (
	"errors"
	"fmt"
	"io"
	"testing"
)

type pos struct {
	file string
	line int
}

func (p pos) String() string { return p.file + ":" + fmt.Sprint(p.line) }

// TestSprintfMatchesFmt checks that every supported verb and argument type
// prints as fmt prints it.
func TestSprintfMatchesFmt(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []any
	}{
		{"plain", nil},
		{"", nil},
		{"100%% sure", nil},
		{"%d-%d: %s: %s", []any{3, 17, "quotes", "closing mark"}},
		{"language %q is not supported (only \"en\")", []any{"fr\n\"x\""}},
		{"%q", []any{"tab\tand é and \x01"}},
		{"%s (and %d more)", []any{"first", 2}},
		{"duplicate %q (first at %v)", []any{"Paris", pos{"places.txt", 12}}},
		{"format is %s, not %q", []any{[]byte(`"other"`), "whosaid"}},
		{"confidence %v is outside 0..1", []any{1.5}},
		{"confidence %v", []any{0.1 + 0.2}},
		{"%v %v %v %v %v %v", []any{int64(-5), int32(7), uint(8), uint64(9), uint32(10), uint8(11)}},
		{"%v and %t", []any{true, false}},
		{"err: %v", []any{io.EOF}},
		{"%s", []any{pos{"a", 1}}},
	} {
		got := Sprintf(c.format, c.args...)
		want := fmt.Sprintf(c.format, c.args...)
		if c.format == "%v and %t" { // %t is not supported: it must show, not vanish
			want = "true and %!t(?)%!(EXTRA)"
		}
		if got != want {
			t.Errorf("Sprintf(%q, %v) = %q, want %q", c.format, c.args, got, want)
		}
	}
}

// TestSprintfMistakes checks that a wrong call keeps the message and shows
// the mistake.
func TestSprintfMistakes(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []any
		want   string
	}{
		{"a %d b", nil, "a %!d(?) b"},
		{"a %s", []any{"x", "y"}, "a x%!(EXTRA)"},
		{"%v", []any{struct{}{}}, "%!v(?)"},
		{"%x", []any{3}, "%!x(?)%!(EXTRA)"},
		{"%w", []any{io.EOF}, "%!w(?)%!(EXTRA)"},
		{"trailing %", nil, "trailing %"},
		{"%é", nil, "%é"},
	} {
		if got := Sprintf(c.format, c.args...); got != c.want {
			t.Errorf("Sprintf(%q, %v) = %q, want %q", c.format, c.args, got, c.want)
		}
	}
}

func TestErrorf(t *testing.T) {
	sentinel := errors.New("invalid UTF-8")
	err := Errorf("%w: first bad byte at offset %d", sentinel, 42)
	if err.Error() != "invalid UTF-8: first bad byte at offset 42" {
		t.Errorf("Error() = %q", err.Error())
	}
	if !errors.Is(err, sentinel) {
		t.Errorf("errors.Is(%v, sentinel) = false", err)
	}
	plain := Errorf("text of %d bytes", 3)
	if errors.Unwrap(plain) != nil || plain.Error() != "text of 3 bytes" {
		t.Errorf("Errorf without %%w = %#v", plain)
	}
}

func BenchmarkSprintf(b *testing.B) {
	for b.Loop() {
		Sprintf("duplicate %q (first at %v) %d", "Paris", pos{"places.txt", 12}, 7)
	}
}
