package annot

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// pos is one rune boundary counted in the three units.
type pos struct{ b, r, u int }

var mapperTests = []struct {
	name     string
	text     string
	bounds   []pos // every rune boundary
	inByte   []int // byte offsets inside a rune
	inUTF16  []int // UTF-16 offsets inside a surrogate pair
	lenBytes int
}{
	{"empty", "", []pos{{0, 0, 0}}, nil, nil, 0},
	{"ascii", "abc", []pos{{0, 0, 0}, {1, 1, 1}, {2, 2, 2}, {3, 3, 3}}, nil, nil, 3},
	{"accent", "café", []pos{{0, 0, 0}, {3, 3, 3}, {5, 4, 4}}, []int{4}, nil, 5},
	{"euro", "€5", []pos{{0, 0, 0}, {3, 1, 1}, {4, 2, 2}}, []int{1, 2}, nil, 4},
	{"emoji", "a😀b", []pos{{0, 0, 0}, {1, 1, 1}, {5, 2, 3}, {6, 3, 4}}, []int{2, 3, 4}, []int{2}, 6},
	{"flag", "🇫🇷", []pos{{0, 0, 0}, {4, 1, 2}, {8, 2, 4}}, []int{1, 2, 3, 5, 6, 7}, []int{1, 3}, 8},
	{"combining mark", "e\u0301x", []pos{{0, 0, 0}, {1, 1, 1}, {3, 2, 2}, {4, 3, 3}}, []int{2}, nil, 4},
	{"cjk", "「是」", []pos{{0, 0, 0}, {3, 1, 1}, {6, 2, 2}, {9, 3, 3}}, []int{1, 2, 4, 5, 7, 8}, nil, 9},
	{"replacement char", "\uFFFD!", []pos{{0, 0, 0}, {3, 1, 1}, {4, 2, 2}}, []int{1, 2}, nil, 4},
	{"invalid byte", "a\xffb", []pos{{0, 0, 0}, {1, 1, 1}, {2, 2, 2}, {3, 3, 3}}, nil, nil, 3},
	{"truncated sequence", "\xe2\x82", []pos{{0, 0, 0}, {1, 1, 1}, {2, 2, 2}}, nil, nil, 2},
	{"encoded surrogate", "\xed\xa0\x80", []pos{{0, 0, 0}, {1, 1, 1}, {2, 2, 2}, {3, 3, 3}}, nil, nil, 3},
	{"astral then invalid", "😀\xf0", []pos{{0, 0, 0}, {4, 1, 2}, {5, 2, 3}}, []int{1, 2, 3}, []int{1}, 5},
}

func TestMapper(t *testing.T) {
	units := []Unit{Bytes, Runes, UTF16}
	for _, tt := range mapperTests {
		t.Run(tt.name, func(t *testing.T) {
			m := NewMapper(tt.text)
			last := tt.bounds[len(tt.bounds)-1]
			if m.Len(Bytes) != tt.lenBytes || m.Len(Bytes) != last.b || m.Len(Runes) != last.r || m.Len(UTF16) != last.u {
				t.Errorf("Len = %d, %d, %d; want %d, %d, %d", m.Len(Bytes), m.Len(Runes), m.Len(UTF16), last.b, last.r, last.u)
			}
			for _, p := range tt.bounds {
				at := [3]int{p.b, p.r, p.u}
				for _, from := range units {
					for _, to := range units {
						got, err := m.Convert(at[from], from, to)
						if err != nil || got != at[to] {
							t.Errorf("Convert(%d, %v, %v) = %d, %v; want %d", at[from], from, to, got, err, at[to])
						}
					}
				}
			}
			for _, o := range tt.inByte {
				for _, to := range units {
					if got, err := m.Convert(o, Bytes, to); err == nil {
						t.Errorf("Convert(%d, byte, %v) = %d, want an inside-character error", o, to, got)
					}
				}
			}
			for _, o := range tt.inUTF16 {
				for _, to := range units {
					if got, err := m.Convert(o, UTF16, to); err == nil {
						t.Errorf("Convert(%d, UTF-16, %v) = %d, want an inside-character error", o, to, got)
					}
				}
			}
			for _, from := range units {
				for _, o := range []int{-1, m.Len(from) + 1} {
					if _, err := m.Convert(o, from, Runes); err == nil {
						t.Errorf("Convert(%d, %v, code point) succeeded outside the text", o, from)
					}
				}
			}
		})
	}
}

func TestMustConvertPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustConvert inside a character did not panic")
		}
	}()
	NewMapper("é").MustConvert(1, Bytes, Runes)
}

// FuzzMapper checks the mapper against a direct count: at every rune
// boundary all six conversions agree with it (so they round trip), and
// every offset inside a rune or outside the text is refused.
func FuzzMapper(f *testing.F) {
	for _, tt := range mapperTests {
		f.Add(tt.text)
	}
	f.Add("“Quoted,” she said — naïve café 👩‍👩‍👧 \x80\xbf")
	f.Fuzz(func(t *testing.T, s string) {
		m := NewMapper(s)
		var bounds []pos
		inByte := map[int]bool{}
		inUTF16 := map[int]bool{}
		var p pos
		for p.b < len(s) {
			bounds = append(bounds, p)
			r, w := utf8.DecodeRuneInString(s[p.b:])
			uw := 1
			if w > 1 {
				uw = utf16.RuneLen(r)
			}
			for i := 1; i < w; i++ {
				inByte[p.b+i] = true
			}
			if uw == 2 {
				inUTF16[p.u+1] = true
			}
			p.b += w
			p.r++
			p.u += uw
		}
		bounds = append(bounds, p)
		units := []Unit{Bytes, Runes, UTF16}
		if m.Len(Bytes) != p.b || m.Len(Runes) != p.r || m.Len(UTF16) != p.u {
			t.Fatalf("Len = %d, %d, %d; want %d, %d, %d", m.Len(Bytes), m.Len(Runes), m.Len(UTF16), p.b, p.r, p.u)
		}
		for _, p := range bounds {
			at := [3]int{p.b, p.r, p.u}
			for _, from := range units {
				for _, to := range units {
					if got, err := m.Convert(at[from], from, to); err != nil || got != at[to] {
						t.Fatalf("Convert(%d, %v, %v) = %d, %v; want %d", at[from], from, to, got, err, at[to])
					}
				}
			}
		}
		for o := -1; o <= len(s)+1; o++ {
			if o >= 0 && o <= len(s) && !inByte[o] {
				continue
			}
			for _, to := range units {
				if got, err := m.Convert(o, Bytes, to); err == nil {
					t.Fatalf("Convert(%d, byte, %v) = %d, want an error", o, to, got)
				}
			}
		}
		for o := -1; o <= p.u+1; o++ {
			if o >= 0 && o <= p.u && !inUTF16[o] {
				continue
			}
			for _, to := range units {
				if got, err := m.Convert(o, UTF16, to); err == nil {
					t.Fatalf("Convert(%d, UTF-16, %v) = %d, want an error", o, to, got)
				}
			}
		}
		for _, o := range []int{-1, p.r + 1} {
			if _, err := m.Convert(o, Runes, Bytes); err == nil {
				t.Fatalf("Convert(%d, code point, byte) succeeded outside the text", o)
			}
		}
	})
}
