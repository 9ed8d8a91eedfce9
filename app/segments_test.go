package app

import (
	"fmt"
	"html"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

func segString(segs []Segment) string {
	var b strings.Builder
	for _, s := range segs {
		fmt.Fprintf(&b, "[%d,%d)%v ", s.Start, s.End, s.Marks)
	}
	return strings.TrimSpace(b.String())
}

func TestSegmentize(t *testing.T) {
	m := func(s, e int, l Layer) Mark { return Mark{Start: s, End: e, Layer: l} }
	tests := []struct {
		name  string
		marks []Mark
		n     int
		want  string
	}{
		{"no marks", nil, 5, "[0,5)[]"},
		{"empty text", []Mark{m(0, 1, LayerQuote)}, 0, ""},
		{"one mark inside", []Mark{m(1, 3, LayerQuote)}, 5, "[0,1)[] [1,3)[0] [3,5)[]"},
		{"nested name in quote in claim", []Mark{m(4, 6, LayerMention), m(2, 8, LayerQuote), m(0, 10, LayerClaim)}, 10,
			"[0,2)[2] [2,4)[2 1] [4,6)[2 1 0] [6,8)[2 1] [8,10)[2]"},
		{"overlapping same layer: longer first", []Mark{m(0, 4, LayerQuote), m(2, 8, LayerQuote)}, 8,
			"[0,2)[0] [2,4)[1 0] [4,8)[1]"},
		{"adjacent marks do not overlap", []Mark{m(0, 3, LayerMention), m(3, 6, LayerMention)}, 6,
			"[0,3)[0] [3,6)[1]"},
		{"identical spans in two layers", []Mark{m(1, 4, LayerCue), m(1, 4, LayerClaim)}, 5,
			"[0,1)[] [1,4)[1 0] [4,5)[]"},
		{"empty and inverted marks are dropped", []Mark{m(2, 2, LayerQuote), m(4, 1, LayerQuote)}, 5, "[0,5)[]"},
		{"marks clipped to the text", []Mark{m(-3, 2, LayerQuote), m(4, 99, LayerClaim)}, 5,
			"[0,2)[0] [2,4)[] [4,5)[1]"},
		{"same start different ends", []Mark{m(0, 2, LayerMention), m(0, 5, LayerMention)}, 5,
			"[0,2)[1 0] [2,5)[1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Segmentize(tt.marks, tt.n)
			if s := segString(got); s != tt.want {
				t.Errorf("got  %s\nwant %s", s, tt.want)
			}
			// The segments partition [0, n).
			at := 0
			for _, s := range got {
				if s.Start != at || s.End <= s.Start {
					t.Fatalf("segment %+v does not continue at %d", s, at)
				}
				at = s.End
			}
			if tt.n > 0 && at != tt.n {
				t.Fatalf("segments end at %d, want %d", at, tt.n)
			}
		})
	}
}

// TestSegmentizeCoverage checks, on many random marks, that every segment
// carries exactly the marks covering it.
func TestSegmentizeCoverage(t *testing.T) {
	n := 60
	var marks []Mark
	for i := range 40 {
		s := (i * 37) % n
		e := s + (i*13)%17
		marks = append(marks, Mark{Start: s, End: e, Layer: Layer(i % int(numLayers))})
	}
	for _, g := range Segmentize(marks, n) {
		var want []int32
		for i, mk := range marks {
			if mk.Start <= g.Start && min(mk.End, n) >= g.End && mk.Start < mk.End {
				want = append(want, int32(i))
			}
		}
		got := append([]int32{}, g.Marks...)
		if len(got) != len(want) {
			t.Fatalf("segment %+v: marks %v, want %v", g, got, want)
		}
		for _, w := range want {
			found := false
			for _, x := range got {
				found = found || x == w
			}
			if !found {
				t.Fatalf("segment %+v misses mark %d", g, w)
			}
		}
		for k := 1; k < len(got); k++ {
			if marks[got[k-1]].Layer > marks[got[k]].Layer {
				t.Fatalf("segment %+v: layers out of order", g)
			}
		}
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		text string
		want []Para
	}{
		{"", nil},
		{"one", []Para{{0, 3}}},
		{"a\n\nbc\n", []Para{{0, 1}, {3, 5}}},
		{"a\r\nb", []Para{{0, 1}, {3, 4}}},
		{"  \n\t\nx", []Para{{5, 6}}},
		{"🚢 ship\nnext", []Para{{0, 6}, {7, 11}}},
	}
	for _, tt := range tests {
		if got := Paragraphs(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Paragraphs(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestParagraphHTML(t *testing.T) {
	text := "Title 🚢\n“<b>Go</b> & stay,” said Ana."
	quote := "“<b>Go</b> & stay,”"
	qs := strings.Index(text, quote)
	qStart := len([]rune(text[:qs]))
	qEnd := qStart + len([]rune(quote))
	anaStart := len([]rune(text[:strings.Index(text, "Ana")]))
	saidStart := len([]rune(text[:strings.Index(text, "said")]))
	d := &annot.Document{Document: annot.Text{Text: text},
		Actors: []annot.Actor{{ID: `x"><img>`, Name: `Ana <i>`, Type: "person", Mentions: []annot.Mention{{Start: anaStart, End: anaStart + 3, Text: "Ana"}}}},
		Quotes: []annot.Quote{{ID: "q1", Start: qStart, End: qEnd, Text: quote, Speaker: strp(`x"><img>`),
			Cue: &annot.Span{Start: saidStart, End: saidStart + 4, Text: "said"}}},
	}
	var k keyring
	l := newLayout(d, annot.NewMapper(text), &k, nil)
	if len(l.paras) != 2 {
		t.Fatalf("paragraphs %v", l.paras)
	}
	if got, want := l.paraHTML(0), `<p class="para" data-p="0" data-s="0">Title 🚢</p>`; got != want {
		t.Errorf("para 0:\n got %s\nwant %s", got, want)
	}
	want := `<p class="para" data-p="1" data-s="8">` +
		`<span class="hq" data-k="1">“&lt;b&gt;Go&lt;/b&gt; &amp; stay,”</span> ` +
		`<span class="hu" data-k="1">said</span> ` +
		`<span class="hm t-person" data-k="0">Ana</span>.</p>`
	if got := l.paraHTML(1); got != want {
		t.Errorf("para 1:\n got %s\nwant %s", got, want)
	}
	if strings.Contains(l.paraHTML(1), "img") {
		t.Error("an actor id reached the HTML")
	}
	if r := k.ref(1); r.Kind != KindQuote || r.ID != "q1" {
		t.Errorf("key 1 is %+v", r)
	}
	// Tooltips are text for a DOM attribute, not HTML; one line per
	// enclosing highlight, outermost first.
	for _, tt := range []struct {
		chain []tipRef
		want  string
	}{
		{[]tipRef{{1, LayerQuote}}, "Quote · speaker: Ana <i> · cue: said"},
		{[]tipRef{{1, LayerCue}}, "Cue of a quote by Ana <i>"},
		{[]tipRef{{0, LayerMention}, {1, LayerQuote}}, "Quote · speaker: Ana <i> · cue: said\nAna <i> · person"},
		{[]tipRef{{7, LayerQuote}, {0, LayerClaim}}, ""},
	} {
		if got := l.tooltip(tt.chain); got != tt.want {
			t.Errorf("tooltip(%v) = %q, want %q", tt.chain, got, tt.want)
		}
	}
	for class, want := range map[string]Layer{"hq": LayerQuote, "hm t-person": LayerMention, "hu": LayerCue, "hc": LayerClaim} {
		if got, ok := layerOfClass(class); !ok || got != want {
			t.Errorf("layerOfClass(%q) = %v, %v", class, got, ok)
		}
	}
	if _, ok := layerOfClass("rv"); ok {
		t.Error("the reading view's class is no layer")
	}
}

func TestLongParagraphIsCutIntoPieces(t *testing.T) {
	text := strings.Repeat("ab ", maxPiece) // 3*maxPiece code points
	d := &annot.Document{Document: annot.Text{Text: text},
		Quotes: []annot.Quote{{ID: "q", Start: maxPiece - 2, End: maxPiece + 2}}}
	var k keyring
	l := newLayout(d, annot.NewMapper(text), &k, nil)
	h := l.paraHTML(0)
	if n := strings.Count(h, "<span data-s="); n != 3 {
		t.Fatalf("%d pieces, want 3", n)
	}
	if !strings.Contains(h, `<span data-s="16000"><span class="hq" data-k="0"`) {
		t.Error("a quote crossing a piece boundary must continue in the next piece")
	}
}

// TestParagraphHTMLIsInert builds the reading view of hostile text and
// names, and checks what the browser relies on when it inserts the HTML:
// every paragraph is one <p> element (the view finds paragraph i as the
// article's i-th child), the only tags are the view's own <p> and <span>
// with quoted attributes that hold no markup, and the text read back
// from the HTML is exactly the paragraph's text.
func TestParagraphHTMLIsInert(t *testing.T) {
	hostile := []string{
		`</p><p onclick="alert(1)">x`,
		`<script>alert(1)</script>`,
		`"><img src=x onerror=alert(1)>`,
		`&lt;b&gt; &amp; &#60; <!-- -->`,
		"<svg/onload=alert(1)>\u2028\u00a0'single'",
		"tab\tand 🚢 astral",
	}
	text := strings.Join(hostile, "\n\n")
	var actors []annot.Actor
	for i, h := range hostile {
		start := 0
		for j := 0; j < i; j++ {
			start += len([]rune(hostile[j])) + 2
		}
		actors = append(actors, annot.Actor{ID: h, Name: h, Type: h, Roles: []string{h},
			Mentions: []annot.Mention{{Start: start, End: start + 3}}})
	}
	d := &annot.Document{Document: annot.Text{Text: text}, Actors: actors,
		Quotes: []annot.Quote{{ID: hostile[0], Start: 2, End: 20, Speaker: strp(hostile[1]), Cue: &annot.Span{Start: 22, End: 25, Text: hostile[2]}}},
		Claims: []annot.Claim{{ID: hostile[2], Start: 0, End: len([]rune(text)), Claimant: strp(hostile[0]), Addressee: &annot.Span{Start: 1, End: 2, Text: hostile[3]}}},
	}
	m := annot.NewMapper(text)
	var k keyring
	l := newLayout(d, m, &k, nil)
	if len(l.paras) != len(hostile) {
		t.Fatalf("%d paragraphs, want %d", len(l.paras), len(hostile))
	}
	tag := regexp.MustCompile(`^(<p class="para"( data-[ps]="\d+")+>|<span( class="(hc|hq|hu|hm t-(person|organization|media|country|group|other))")?( data-[ks]="\d+")?( title="[^"<>]*")?>|</span>|</p>)`)
	for i := range l.paras {
		h := l.paraHTML(i)
		if !strings.HasPrefix(h, "<p ") || !strings.HasSuffix(h, "</p>") || strings.Count(h, "<p ") != 1 {
			t.Errorf("paragraph %d is not one <p> element: %s", i, h)
		}
		var plain strings.Builder
		for rest := h; rest != ""; {
			lt := strings.IndexByte(rest, '<')
			if lt < 0 {
				plain.WriteString(rest)
				break
			}
			plain.WriteString(rest[:lt])
			rest = rest[lt:]
			loc := tag.FindStringIndex(rest)
			if loc == nil {
				t.Fatalf("paragraph %d: markup not made by the view at %q", i, rest[:min(len(rest), 60)])
			}
			rest = rest[loc[1]:]
		}
		if strings.ContainsAny(plain.String(), `<>"`) {
			t.Errorf("paragraph %d: unescaped character in the text: %s", i, plain.String())
		}
		p := l.paras[i]
		want := text[m.MustConvert(p.Start, annot.Runes, annot.Bytes):m.MustConvert(p.End, annot.Runes, annot.Bytes)]
		if got := html.UnescapeString(plain.String()); got != want {
			t.Errorf("paragraph %d reads back as %q, want %q", i, got, want)
		}
	}
}

// TestSortYield checks sortYield against slices.Sort on lengths around its
// run size, with duplicates, and that it yields on long input.
func TestSortYield(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 7, sortRun - 1, sortRun, sortRun + 1, 3*sortRun + 5, 9 * sortRun} {
		s := make([]int, n)
		for i := range s {
			s[i] = rng.IntN(n/3 + 1)
		}
		want := slices.Clone(s)
		slices.Sort(want)
		yields := 0
		sortYield(s, func() { yields++ })
		if !slices.Equal(s, want) {
			t.Errorf("n=%d: sortYield differs from slices.Sort", n)
		}
		if n > 2*sortRun && yields < n/sortRun {
			t.Errorf("n=%d: %d yields, want at least %d", n, yields, n/sortRun)
		}
	}
}
