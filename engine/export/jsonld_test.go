package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

// ld mirrors the parts of the JSON-LD output the tests check.
type ld struct {
	Context string `json:"@context"`
	ID      string `json:"id"`
	Type    string `json:"type"`
	Total   int    `json:"total"`
	First   *struct {
		ID    string `json:"id"`
		Type  string `json:"type"`
		Items []struct {
			ID         string `json:"id"`
			Type       string `json:"type"`
			Motivation string `json:"motivation"`
			Creator    struct {
				Type string `json:"type"`
				Name string `json:"name"`
			} `json:"creator"`
			Body []struct {
				Type, Purpose, Value, Source string
			} `json:"body"`
			Target struct {
				Source   string `json:"source"`
				Selector []struct {
					Type                  string
					Start, End            *int
					Exact, Prefix, Suffix string
				} `json:"selector"`
			} `json:"target"`
		} `json:"items"`
	} `json:"first"`
}

func writeLD(t *testing.T, docs ...*annot.Document) (*ld, []byte) {
	t.Helper()
	var b bytes.Buffer
	if err := WriteJSONLD(&b, docs...); err != nil {
		t.Fatal(err)
	}
	var out ld
	dec := json.NewDecoder(bytes.NewReader(b.Bytes()))
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	return &out, b.Bytes()
}

func TestWriteJSONLD(t *testing.T) {
	d := sampleDoc(t)
	d.Actors[2].Mentions[0].Origin = annot.OriginUser
	out, data := writeLD(t, d)
	if out.Context != WebAnnotationContext || out.Type != "AnnotationCollection" || !strings.HasPrefix(out.ID, "urn:uuid:") {
		t.Errorf("collection header: %+v", out)
	}
	if out.Total != 4+2+3 || out.First == nil || len(out.First.Items) != out.Total || out.First.Type != "AnnotationPage" {
		t.Fatalf("total %d, want 4 mentions, 2 quotes and 3 claims", out.Total)
	}
	urn := "urn:sha256:" + strings.TrimPrefix(d.Document.ID, "sha256:")
	runes := []rune(d.Document.Text)
	ids := map[string]bool{}
	for _, a := range out.First.Items {
		if ids[a.ID] || !strings.HasPrefix(a.ID, urn+"#") {
			t.Errorf("annotation id %q repeated or not in the document", a.ID)
		}
		ids[a.ID] = true
		if a.Type != "Annotation" || a.Target.Source != urn || len(a.Target.Selector) != 2 || len(a.Body) == 0 {
			t.Errorf("annotation %s: %+v", a.ID, a)
			continue
		}
		pos, quote := a.Target.Selector[0], a.Target.Selector[1]
		if pos.Type != "TextPositionSelector" || quote.Type != "TextQuoteSelector" || pos.Start == nil || pos.End == nil {
			t.Errorf("annotation %s selectors: %+v", a.ID, a.Target.Selector)
			continue
		}
		s, e := *pos.Start, *pos.End
		if quote.Exact != string(runes[s:e]) ||
			quote.Prefix != string(runes[max(0, s-QuoteContext):s]) ||
			quote.Suffix != string(runes[e:min(len(runes), e+QuoteContext)]) {
			t.Errorf("annotation %s: quote selector %+v does not match code points %d-%d", a.ID, quote, s, e)
		}
		for _, b := range a.Body {
			if b.Purpose == "" || (b.Type == "TextualBody") == (b.Value == "") || (b.Type == "SpecificResource") == (b.Source == "") {
				t.Errorf("annotation %s: bad body %+v", a.ID, b)
			}
		}
	}
	first := out.First.Items[0]
	if first.ID != urn+"#mention/a1/1" || first.Motivation != "identifying" || first.Creator.Type != "Software" || first.Creator.Name != "whosaid test" {
		t.Errorf("first annotation: %+v", first)
	}
	imf := out.First.Items[3]
	if imf.Creator.Type != "Person" || imf.Target.Selector[1].Exact != "IMF" {
		t.Errorf("a user's mention: %+v", imf)
	}
	q1 := out.First.Items[4]
	if q1.ID != urn+"#quote/q1" || !hasBody(q1.Body, "linking", urn+"#actor/a1") || !hasBody(q1.Body, "describing", "speaker: Zoë Müller-Ång") {
		t.Errorf("quote annotation: %+v", q1)
	}
	c2 := out.First.Items[7]
	if c2.ID != urn+"#claim/c2" || !hasBody(c2.Body, "linking", urn+"#quote/q2") || !hasBody(c2.Body, "tagging", "claim") {
		t.Errorf("claim annotation: %+v", c2)
	}
	if c3 := out.First.Items[8]; !hasBody(c3.Body, "describing", "addressee: <ministers> & lenders") {
		t.Errorf("claim annotation without addressee: %+v", c3)
	}
	if !bytes.Contains(data, []byte("<ministers> & lenders")) {
		t.Error("HTML characters escaped")
	}

	_, again := writeLD(t, d)
	if !bytes.Equal(data, again) {
		t.Error("WriteJSONLD is not deterministic")
	}
	two, _ := writeLD(t, d, d)
	if two.ID == out.ID || two.Total != 2*out.Total {
		t.Errorf("two documents: id %s, total %d", two.ID, two.Total)
	}
}

func hasBody(body []struct{ Type, Purpose, Value, Source string }, purpose, v string) bool {
	for _, b := range body {
		if b.Purpose == purpose && (b.Value == v || b.Source == v) {
			return true
		}
	}
	return false
}

func TestWriteJSONLDEmptyAndInvalid(t *testing.T) {
	out, _ := writeLD(t)
	if out.Total != 0 || out.First != nil {
		t.Errorf("no documents: %+v", out)
	}
	d := sampleDoc(t)
	d.Quotes[0].End = 10000
	var b bytes.Buffer
	if err := WriteJSONLD(&b, sampleDoc(t), d); err == nil || !strings.Contains(err.Error(), "document 2: ") || b.Len() > 0 {
		t.Errorf("invalid document: err %v, wrote %d bytes", err, b.Len())
	}
}

func TestUUID5(t *testing.T) {
	// Python's uuid.uuid5(uuid.NAMESPACE_URL, "x").
	if got, want := uuid5("x"), "4cd605e7-afa2-5360-b5b9-c5e9fb5c76f4"; got != want {
		t.Errorf("uuid5(x) = %s, want %s", got, want)
	}
}
