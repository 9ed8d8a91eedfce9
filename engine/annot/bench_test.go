package annot

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// bigDoc repeats the sample n times, with every annotation of each copy
// shifted to it.
func bigDoc(tb testing.TB, n int) *Document {
	s := sampleDoc(tb)
	sep := "\n\n"
	step := len([]rune(sampleText + sep))
	d := &Document{Format: Format, Version: Version, Generator: s.Generator}
	text := strings.Repeat(sampleText+sep, n)
	d.Document = Text{ID: TextID(text), Text: text, Language: "en"}
	shift := func(sp *Span, k int) *Span {
		if sp == nil {
			return nil
		}
		c := *sp
		c.Start += k * step
		c.End += k * step
		return &c
	}
	id := func(id string, k int) string { return fmt.Sprintf("%s.%d", id, k) }
	ref := func(r *string, k int) *string {
		if r == nil {
			return nil
		}
		return StrPtr(id(*r, k))
	}
	for k := range n {
		for _, a := range s.Actors {
			a.ID = id(a.ID, k)
			a.Mentions = append([]Mention(nil), a.Mentions...)
			for j := range a.Mentions {
				a.Mentions[j].Start += k * step
				a.Mentions[j].End += k * step
			}
			d.Actors = append(d.Actors, a)
		}
		for _, q := range s.Quotes {
			q.ID, q.Speaker = id(q.ID, k), ref(q.Speaker, k)
			q.Start, q.End = q.Start+k*step, q.End+k*step
			q.Source, q.Cue = shift(q.Source, k), shift(q.Cue, k)
			d.Quotes = append(d.Quotes, q)
		}
		for _, c := range s.Claims {
			c.ID, c.Claimant, c.Quote = id(c.ID, k), ref(c.Claimant, k), ref(c.Quote, k)
			c.Start, c.End = c.Start+k*step, c.End+k*step
			c.Source, c.Cue, c.Addressee, c.Content = shift(c.Source, k), shift(c.Cue, k), shift(c.Addressee, k), shift(c.Content, k)
			d.Claims = append(d.Claims, c)
		}
	}
	if err := d.Validate(); err != nil {
		tb.Fatal(err)
	}
	return d
}

func BenchmarkParse(b *testing.B) {
	data, err := Marshal(bigDoc(b, 1000))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshal(b *testing.B) {
	d := bigDoc(b, 1000)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := Encode(&buf, d, true); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(buf.Len()))
	}
}

func BenchmarkValidate(b *testing.B) {
	d := bigDoc(b, 1000)
	for b.Loop() {
		if err := d.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecode is the decoding the app does for every engine answer and
// every library read (Decode, without the validation Parse adds).
func BenchmarkDecode(b *testing.B) {
	data, err := Marshal(bigDoc(b, 1000))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(data, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAppendCompact is what engine.wasm does for every whosaid.extract
// after the analysis; bytes/s count the output.
func BenchmarkAppendCompact(b *testing.B) {
	d := bigDoc(b, 1000)
	b.ReportAllocs()
	var out []byte
	for b.Loop() {
		var err error
		if out, err = AppendCompact(out[:0], d, false); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(out)))
}

// BenchmarkDecodeCompact is the app's decoding of every engine answer since
// the worker answers in the compact form (BenchmarkDecode's, for the JSON).
func BenchmarkDecodeCompact(b *testing.B) {
	d := bigDoc(b, 1000)
	data, err := AppendCompact(nil, d, false)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeCompact(data, d.Document.Text, nil); err != nil {
			b.Fatal(err)
		}
	}
}
