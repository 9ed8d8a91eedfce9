package eval

import (
	"encoding/json"
	"sort"
	"strconv"
)

// Span is a half-open range [Start, End) of code points of a document's text.
type Span struct {
	Start, End int
}

// Overlap returns the number of code points s and o share.
func (s Span) Overlap(o Span) int {
	lo, hi := max(s.Start, o.Start), min(s.End, o.End)
	return max(hi-lo, 0)
}

// Part is one component of an Item: the fragments it covers, sorted by
// Start. An empty Part is an absent component (an attribution with no source).
// Most parts have one fragment; PolNeAR contents can be discontinuous.
type Part []Span

// Item is one gold or predicted annotation of one document: a label (a span
// kind such as "content", or an entity type such as "PER") and its parts.
// Items of the same label always have the same number of parts.
type Item struct {
	Doc   int // index of the document in its corpus
	Label string
	Parts []Part
}

// SpanItem returns the one-part Item for a span with a single fragment.
func SpanItem(doc int, label string, s Span) Item {
	return Item{Doc: doc, Label: label, Parts: []Part{{s}}}
}

// Extent returns the span from the first fragment's start to the last
// fragment's end over all parts, or the zero Span when every part is absent.
func (it Item) Extent() Span {
	var e Span
	first := true
	for _, p := range it.Parts {
		for _, f := range p {
			if first {
				e, first = f, false
				continue
			}
			e.Start, e.End = min(e.Start, f.Start), max(e.End, f.End)
		}
	}
	return e
}

func (it Item) key() string {
	b := make([]byte, 0, 32)
	b = append(b, it.Label...)
	for _, p := range it.Parts {
		b = append(b, '|')
		for _, f := range p {
			b = strconv.AppendInt(b, int64(f.Start), 10)
			b = append(b, '-')
			b = strconv.AppendInt(b, int64(f.End), 10)
			b = append(b, ';')
		}
	}
	return string(b)
}

// Dedup returns items without repeats of the same document, label and parts,
// keeping the first of each in order.
func Dedup(items []Item) []Item {
	seen := make(map[string]bool, len(items))
	out := items[:0:0]
	for _, it := range items {
		k := strconv.AppendInt(nil, int64(it.Doc), 10)
		k = append(k, ':')
		k = append(k, it.key()...)
		if seen[string(k)] {
			continue
		}
		seen[string(k)] = true
		out = append(out, it)
	}
	return out
}

// exactMatch reports whether every part of g and p covers the same fragments,
// or is absent in both.
func exactMatch(g, p Item) bool {
	if len(g.Parts) != len(p.Parts) {
		return false
	}
	for i := range g.Parts {
		a, b := g.Parts[i], p.Parts[i]
		if len(a) != len(b) {
			return false
		}
		for j := range a {
			if a[j] != b[j] {
				return false
			}
		}
	}
	return true
}

// overlapMatch reports whether every part of g and p shares at least one code
// point, or is absent in both, and returns the total shared code points.
func overlapMatch(g, p Item) (int, bool) {
	if len(g.Parts) != len(p.Parts) {
		return 0, false
	}
	total := 0
	for i := range g.Parts {
		a, b := g.Parts[i], p.Parts[i]
		if (len(a) == 0) != (len(b) == 0) {
			return 0, false
		}
		if len(a) == 0 {
			continue
		}
		n := 0
		for _, x := range a {
			for _, y := range b {
				n += x.Overlap(y)
			}
		}
		if n == 0 {
			return 0, false
		}
		total += n
	}
	return total, true
}

// Counts are matched items (TP), predictions matching no gold item (FP) and
// gold items matching no prediction (FN).
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Precision is TP/(TP+FP), or 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), or 0 when there is no gold item.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, or 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// MarshalJSON writes the counts with their precision, recall and F1.
func (c Counts) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		TP        int     `json:"tp"`
		FP        int     `json:"fp"`
		FN        int     `json:"fn"`
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	}{c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1()})
}

func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Row is the score of one label over a whole corpus. Gold = TP+FN and
// Pred = TP+FP in both modes.
type Row struct {
	Label   string `json:"label"`
	Gold    int    `json:"gold"`
	Pred    int    `json:"pred"`
	Exact   Counts `json:"exact"`
	Overlap Counts `json:"overlap"`
}

// Miss is a gold item the exact matching left unmatched (a false negative)
// or a prediction it left unmatched (a false positive), with the item from
// the other side that overlaps it most, if any (a boundary error rather than
// a missed or invented annotation).
type Miss struct {
	Label string
	FN    bool // true for a missed gold item, false for a false positive
	Item  Item
	Near  *Item
}

// Score matches gold and pred one-to-one within each document and label and
// returns one Row per label, in the order of labels (labels not listed come
// after, sorted), and the misses of exact matching in document order.
//
// Exact matching pairs items whose parts cover the same fragments. Overlap
// matching pairs items whose every part overlaps: exact pairs first, then
// pairs with the most shared code points, so each gold item and each
// prediction is counted at most once.
func Score(labels []string, gold, pred []Item) ([]Row, []Miss) {
	type group struct{ gold, pred []Item }
	type gkey struct {
		doc   int
		label string
	}
	groups := map[gkey]*group{}
	var keys []gkey
	get := func(it Item) *group {
		k := gkey{it.Doc, it.Label}
		g := groups[k]
		if g == nil {
			g = &group{}
			groups[k] = g
			keys = append(keys, k)
		}
		return g
	}
	for _, it := range gold {
		g := get(it)
		g.gold = append(g.gold, it)
	}
	for _, it := range pred {
		g := get(it)
		g.pred = append(g.pred, it)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].doc != keys[j].doc {
			return keys[i].doc < keys[j].doc
		}
		return keys[i].label < keys[j].label
	})

	rows := map[string]*Row{}
	var order []string
	for _, l := range labels {
		if rows[l] == nil {
			rows[l] = &Row{Label: l}
			order = append(order, l)
		}
	}
	var extra []string
	var misses []Miss
	for _, k := range keys {
		g := groups[k]
		r := rows[k.label]
		if r == nil {
			r = &Row{Label: k.label}
			rows[k.label] = r
			extra = append(extra, k.label)
		}
		ex, gm, pm := matchGroup(g.gold, g.pred, false)
		ov, _, _ := matchGroup(g.gold, g.pred, true)
		r.Gold += len(g.gold)
		r.Pred += len(g.pred)
		r.Exact.add(ex)
		r.Overlap.add(ov)
		misses = append(misses, groupMisses(k.label, g.gold, g.pred, gm, pm)...)
	}
	sort.Strings(extra)
	order = append(order, extra...)
	out := make([]Row, 0, len(order))
	for _, l := range order {
		out = append(out, *rows[l])
	}
	sort.SliceStable(misses, func(i, j int) bool {
		a, b := misses[i].Item, misses[j].Item
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		return a.Extent().Start < b.Extent().Start
	})
	return out, misses
}

// matchGroup matches the items of one document and label and returns the
// counts and, for each gold item and each prediction, the index of its
// partner or -1.
func matchGroup(gold, pred []Item, overlap bool) (Counts, []int, []int) {
	type cand struct {
		g, p  int
		exact bool
		w     int
	}
	var cs []cand
	for i, g := range gold {
		for j, p := range pred {
			if exactMatch(g, p) {
				cs = append(cs, cand{i, j, true, 0})
				continue
			}
			if !overlap {
				continue
			}
			if w, ok := overlapMatch(g, p); ok {
				cs = append(cs, cand{i, j, false, w})
			}
		}
	}
	sort.SliceStable(cs, func(a, b int) bool {
		if cs[a].exact != cs[b].exact {
			return cs[a].exact
		}
		return cs[a].w > cs[b].w
	})
	gm := fill(len(gold), -1)
	pm := fill(len(pred), -1)
	tp := 0
	for _, c := range cs {
		if gm[c.g] >= 0 || pm[c.p] >= 0 {
			continue
		}
		gm[c.g], pm[c.p] = c.p, c.g
		tp++
	}
	return Counts{TP: tp, FP: len(pred) - tp, FN: len(gold) - tp}, gm, pm
}

func fill(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func groupMisses(label string, gold, pred []Item, gm, pm []int) []Miss {
	var out []Miss
	near := func(it Item, others []Item) *Item {
		best, bw := -1, 0
		for i, o := range others {
			if w, ok := overlapMatch(it, o); ok && w > bw {
				best, bw = i, w
			}
		}
		if best < 0 {
			return nil
		}
		o := others[best]
		return &o
	}
	for i, m := range gm {
		if m < 0 {
			out = append(out, Miss{Label: label, FN: true, Item: gold[i], Near: near(gold[i], pred)})
		}
	}
	for j, m := range pm {
		if m < 0 {
			out = append(out, Miss{Label: label, FN: false, Item: pred[j], Near: near(pred[j], gold)})
		}
	}
	return out
}

// SumRows returns a row labelled label with the counts of the rows whose
// labels are in of, added up.
func SumRows(rows []Row, label string, of ...string) Row {
	sum := Row{Label: label}
	for _, r := range rows {
		for _, l := range of {
			if r.Label == l {
				sum.Gold += r.Gold
				sum.Pred += r.Pred
				sum.Exact.add(r.Exact)
				sum.Overlap.add(r.Overlap)
			}
		}
	}
	return sum
}

// AnyType is the label of the row that scores spans whatever their type.
const AnyType = "any type"

// untyped scores gold and pred again with every label replaced by AnyType,
// after removing duplicate spans, so that a span found with the wrong type
// still counts.
func untyped(gold, pred []Item) Row {
	relabel := func(items []Item) []Item {
		out := make([]Item, len(items))
		for i, it := range items {
			it.Label = AnyType
			out[i] = it
		}
		return Dedup(out)
	}
	rows, _ := Score([]string{AnyType}, relabel(gold), relabel(pred))
	return rows[0]
}
