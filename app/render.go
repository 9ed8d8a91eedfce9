package app

import (
	"html"
	"sort"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/engine/annot"
)

// keyring gives every annotation a small integer key that stays the same
// for the whole time a document is open, so a highlight's data-k attribute
// only changes when its annotation does. Keys are the only annotation data
// written into the reading view's HTML: ids come from files and are never
// trusted.
type keyring struct {
	keys map[Ref]int
	refs []Ref
}

func (k *keyring) key(r Ref) int {
	if k.keys == nil {
		k.keys = map[Ref]int{}
	}
	if v, ok := k.keys[r]; ok {
		return v
	}
	k.refs = append(k.refs, r)
	k.keys[r] = len(k.refs) - 1
	return len(k.refs) - 1
}

// ref returns the annotation of key v, or the zero Ref.
func (k *keyring) ref(v int) Ref {
	if v < 0 || v >= len(k.refs) {
		return Ref{}
	}
	return k.refs[v]
}

// has reports whether r already has a key.
func (k *keyring) has(r Ref) (int, bool) {
	v, ok := k.keys[r]
	return v, ok
}

// layout is one revision of a document prepared for display: paragraphs,
// marks and segments, with each paragraph's HTML built on first use.
type layout struct {
	doc   *annot.Document
	m     *annot.Mapper
	paras []Para
	marks []Mark
	tips  []string       // tooltip line of each mark
	tipOf map[tipRef]int // index of the first mark of each key and layer, built on first use
	segs  []Segment
	first []int    // index of the first segment overlapping each paragraph
	html  []string // built paragraph HTML, "" until built
}

// maxPiece is the longest run of code points one HTML element of the
// reading view holds; longer paragraphs are cut into several pieces so no
// single DOM insertion is huge.
const maxPiece = 16_000

// yieldEvery is how many marks or segments newLayout handles between two
// calls of its yield function.
const yieldEvery = 256

// newLayout prepares d for display, giving annotations keys from k. When
// yield is not nil it is called every yieldEvery marks, so a browser caller
// can give the page the main thread back on a large document.
func newLayout(d *annot.Document, m *annot.Mapper, k *keyring, yield func()) *layout {
	if yield == nil {
		yield = func() {}
	}
	l := &layout{doc: d, m: m, paras: Paragraphs(d.Document.Text)}
	// Sized once: on a large document the growing slices and map were
	// most of the garbage, and Go's collector assists the allocating code
	// without yielding (60 ms of an 86 ms task for 1 MB).
	n := 2*len(d.Quotes) + 2*len(d.Claims)
	for _, a := range d.Actors {
		n += len(a.Mentions)
	}
	l.marks, l.tips = make([]Mark, 0, n), make([]string, 0, n)
	if k.keys == nil {
		k.keys = make(map[Ref]int, n)
	}
	names := make(map[string]string, len(d.Actors))
	for _, a := range d.Actors {
		names[a.ID] = a.Name
	}
	who := func(p *string) string {
		if p == nil {
			return "unknown"
		}
		if n, ok := names[*p]; ok {
			return n
		}
		return "unknown"
	}
	add := func(s annot.Span, layer Layer, key int, typ, tip string) {
		l.marks = append(l.marks, Mark{Start: s.Start, End: s.End, Layer: layer, Key: key, Type: typ})
		l.tips = append(l.tips, tip)
		if len(l.marks)%yieldEvery == 0 {
			yield()
		}
	}
	for _, a := range d.Actors {
		tip := a.Name + " · " + a.Type
		if len(a.Roles) > 0 {
			tip += " · " + strings.Join(a.Roles, ", ")
		}
		for _, mn := range a.Mentions {
			add(mn.Span(), LayerMention, k.key(Ref{Kind: KindMention, ID: a.ID, Start: mn.Start, End: mn.End}), a.Type, tip)
		}
	}
	// quoteCue holds each quote's cue, so a direct claim and its quote do
	// not underline the same cue twice (looked up once per claim: a scan of
	// the quotes per claim took a third of the layout of 1 MB).
	quoteCue := make(map[string]*annot.Span, len(d.Quotes))
	for i := range d.Quotes {
		if _, dup := quoteCue[d.Quotes[i].ID]; !dup { // the first quote of an id, as findQuote
			quoteCue[d.Quotes[i].ID] = d.Quotes[i].Cue
		}
	}
	sameCue := func(id string, c annot.Span) bool {
		qc := quoteCue[id]
		return qc != nil && qc.Start == c.Start && qc.End == c.End
	}
	for _, q := range d.Quotes {
		key := k.key(Ref{Kind: KindQuote, ID: q.ID})
		tip := "Quote · speaker: " + who(q.Speaker)
		if q.Cue != nil {
			tip += " · cue: " + q.Cue.Text
		}
		add(q.Span(), LayerQuote, key, "", tip)
		if q.Cue != nil {
			add(*q.Cue, LayerCue, key, "", "Cue of a quote by "+who(q.Speaker))
		}
	}
	for _, c := range d.Claims {
		key := k.key(Ref{Kind: KindClaim, ID: c.ID})
		tip := "Claim · claimant: " + who(c.Claimant)
		if c.Cue != nil {
			tip += " · cue: " + c.Cue.Text
		}
		if c.Addressee != nil {
			tip += " · to: " + c.Addressee.Text
		}
		add(c.Span(), LayerClaim, key, "", tip)
		if c.Cue != nil && (c.Quote == nil || !sameCue(*c.Quote, *c.Cue)) {
			add(*c.Cue, LayerCue, key, "", "Cue of a claim by "+who(c.Claimant))
		}
	}
	yield()
	l.segs = segmentize(l.marks, m.Len(annot.Runes), yield)
	yield()
	l.first = make([]int, len(l.paras))
	for i, p := range l.paras {
		l.first[i] = sort.Search(len(l.segs), func(j int) bool { return l.segs[j].End > p.Start })
	}
	l.html = make([]string, len(l.paras))
	return l
}

var layerClass = [numLayers]string{LayerClaim: "hc", LayerQuote: "hq", LayerCue: "hu", LayerMention: "hm"}

// paraHTML returns the HTML of paragraph i: one element with a data-s
// attribute holding its first code point, all text escaped.
func (l *layout) paraHTML(i int) string {
	if l.html[i] != "" {
		return l.html[i]
	}
	p := l.paras[i]
	var b strings.Builder
	if p.End-p.Start <= maxPiece {
		b.WriteString(`<p class="para" data-p="` + strconv.Itoa(i) + `" data-s="` + strconv.Itoa(p.Start) + `">`)
		l.writeRange(&b, i, p.Start, p.End)
		b.WriteString(`</p>`)
	} else {
		b.WriteString(`<p class="para" data-p="` + strconv.Itoa(i) + `">`)
		for s := p.Start; s < p.End; s += maxPiece {
			e := min(s+maxPiece, p.End)
			b.WriteString(`<span data-s="` + strconv.Itoa(s) + `">`)
			l.writeRange(&b, i, s, e)
			b.WriteString(`</span>`)
		}
		b.WriteString(`</p>`)
	}
	l.html[i] = b.String()
	return l.html[i]
}

// prebuild builds (and keeps) the HTML of the first paragraphs, about
// limit bytes of it (all of them when limit is 0), as buildChunk's first
// chunk takes them, calling yield between paragraphs.
func (l *layout) prebuild(limit int, yield func()) {
	size := 0
	for i := range l.paras {
		size += len(l.paraHTML(i))
		if limit > 0 && size >= limit {
			return
		}
		yield()
	}
}

// writeRange writes the segments of paragraph i clipped to [s, e).
func (l *layout) writeRange(b *strings.Builder, i, s, e int) {
	text := l.doc.Document.Text
	for j := l.first[i]; j < len(l.segs) && l.segs[j].Start < e; j++ {
		g := l.segs[j]
		gs, ge := max(g.Start, s), min(g.End, e)
		if gs >= ge {
			continue
		}
		bs := l.m.MustConvert(gs, annot.Runes, annot.Bytes)
		be := l.m.MustConvert(ge, annot.Runes, annot.Bytes)
		for _, mi := range g.Marks {
			mk := l.marks[mi]
			b.WriteString(`<span class="`)
			b.WriteString(layerClass[mk.Layer])
			if mk.Layer == LayerMention {
				b.WriteString(" t-")
				b.WriteString(typeClass(mk.Type))
			}
			b.WriteString(`" data-k="`)
			b.WriteString(strconv.Itoa(mk.Key))
			b.WriteByte('"')
			b.WriteByte('>')
		}
		b.WriteString(html.EscapeString(text[bs:be]))
		for range g.Marks {
			b.WriteString(`</span>`)
		}
	}
}

// tipRef names one highlight element of the reading view: its data-k key
// and the layer its class tells.
type tipRef struct {
	Key   int
	Layer Layer
}

// layerOfClass returns the layer of a highlight element's class attribute
// (see layerClass).
func layerOfClass(class string) (Layer, bool) {
	for l, c := range layerClass {
		if class == c || strings.HasPrefix(class, c+" ") {
			return Layer(l), true
		}
	}
	return 0, false
}

// tooltip returns the tooltip of a highlight: one line per enclosing mark,
// outermost first, from chain, the highlight element and its enclosing
// ones, innermost first. The reading view sets it as the title of the
// element under the pointer (through the DOM, never as HTML), so the
// paragraphs' HTML does not repeat every tooltip on every piece of text:
// that was half of it.
func (l *layout) tooltip(chain []tipRef) string {
	if l.tipOf == nil {
		l.tipOf = make(map[tipRef]int, len(l.marks))
		for i, m := range l.marks {
			if _, dup := l.tipOf[tipRef{m.Key, m.Layer}]; !dup {
				l.tipOf[tipRef{m.Key, m.Layer}] = i
			}
		}
	}
	lines := make([]string, 0, len(chain))
	for i := len(chain) - 1; i >= 0; i-- {
		if mi, ok := l.tipOf[chain[i]]; ok {
			lines = append(lines, l.tips[mi])
		}
	}
	return strings.Join(lines, "\n")
}

// typeClass maps an actor type to a CSS class name; unknown types share
// one class so file data never becomes a class name.
func typeClass(t string) string {
	switch t {
	case "person", "organization", "media", "country", "group":
		return t
	}
	return "other"
}

// paraOf returns the index of the paragraph that holds code point offset,
// or the next one when offset falls between paragraphs (the last one past
// the end, -1 when there are none).
func (l *layout) paraOf(offset int) int {
	i := sort.Search(len(l.paras), func(i int) bool { return l.paras[i].End > offset })
	if i == len(l.paras) {
		return len(l.paras) - 1
	}
	return i
}
