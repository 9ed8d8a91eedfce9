package export

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(data))
	rows, err := r.ReadAll() // also checks every row has the header's width
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, data)
	}
	return rows
}

// row returns the row whose column col is val, as a map by column name.
func row(t *testing.T, rows [][]string, col, val string) map[string]string {
	t.Helper()
	i := indexOf(rows[0], col)
	for _, r := range rows[1:] {
		if r[i] == val {
			m := map[string]string{}
			for j, name := range rows[0] {
				m[name] = r[j]
			}
			return m
		}
	}
	t.Fatalf("no row with %s = %q", col, val)
	return nil
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func TestWriteCSV(t *testing.T) {
	d := sampleDoc(t)
	d.Quotes[1].Speaker = nil
	var b bytes.Buffer
	if err := WriteCSV(&b, d); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, b.Bytes())
	if !reflect.DeepEqual(rows[0], CSVColumns) {
		t.Errorf("header = %v", rows[0])
	}
	if len(rows) != 1+2+3 {
		t.Fatalf("%d rows, want a header, 2 quotes and 3 claims", len(rows))
	}
	q1 := row(t, rows, "annotation_id", "q1")
	want := map[string]string{
		"document_id": d.Document.ID, "title": "Ghana budget row deepens", "annotation": "quote", "kind": "partial",
		"speaker_or_claimant_id": "a1", "speaker_or_claimant_name": "Zoë Müller-Ång", "speaker_or_claimant_type": "person",
		"source": "Zoë Müller-Ång", "cue": "said", "addressee": "", "content": "", "quote_id": "",
		"text": "“a gift to speculators 🚀”", "start": "59", "end": "84", "confidence": "0.8",
		"rule": "partial-after-cue", "origin": "engine", "annotation_id": "q1",
	}
	if !reflect.DeepEqual(q1, want) {
		t.Errorf("q1 row:\n got %v\nwant %v", q1, want)
	}
	if q2 := row(t, rows, "annotation_id", "q2"); q2["speaker_or_claimant_id"] != "" || q2["speaker_or_claimant_name"] != "" {
		t.Errorf("quote without speaker has one: %v", q2)
	}
	c3 := row(t, rows, "annotation_id", "c3")
	if c3["addressee"] != "<ministers> & lenders" || c3["speaker_or_claimant_name"] != "International Monetary Fund" || c3["confidence"] != "1" || c3["origin"] != "user" {
		t.Errorf("c3 row: %v", c3)
	}
	if c2 := row(t, rows, "annotation_id", "c2"); c2["quote_id"] != "q2" || c2["content"] != "\"We will not back down,\"" {
		t.Errorf("c2 row: %v", c2)
	}

	var again bytes.Buffer
	WriteCSV(&again, d)
	if !bytes.Equal(b.Bytes(), again.Bytes()) {
		t.Error("WriteCSV is not deterministic")
	}

	var two bytes.Buffer
	if err := WriteCSV(&two, d, sampleDoc(t), nil); err != nil {
		t.Fatal(err)
	}
	if rows := readCSV(t, two.Bytes()); len(rows) != 1+2*5 {
		t.Errorf("two documents: %d rows, want one header and 10 rows", len(rows))
	}
}

func TestWriteActorsCSV(t *testing.T) {
	d := sampleDoc(t)
	d.Actors = append(d.Actors, annot.Actor{ID: "a4", Name: "analysts", Type: "group", Origin: annot.OriginUser})
	var b bytes.Buffer
	if err := WriteActorsCSV(&b, d); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, b.Bytes())
	if !reflect.DeepEqual(rows[0], ActorCSVColumns) || len(rows) != 5 {
		t.Fatalf("rows: %v", rows)
	}
	a2 := row(t, rows, "actor_id", "a2")
	if a2["roles"] != "finance minister" || a2["mention_count"] != "2" || a2["first_mention_text"] != "Kwame Mensah" || a2["type"] != "person" {
		t.Errorf("a2 row: %v", a2)
	}
	if a3 := row(t, rows, "actor_id", "a3"); a3["aliases"] != "IMF" || a3["first_mention_start"] != "182" {
		t.Errorf("a3 row: %v", a3)
	}
	if a4 := row(t, rows, "actor_id", "a4"); a4["mention_count"] != "0" || a4["first_mention_start"] != "" {
		t.Errorf("actor without mentions: %v", a4)
	}
	d.Actors[0].Roles = []string{"economist", "author"}
	d.Actors[0].Aliases = []string{"Müller-Ång", "Zoë"}
	b.Reset()
	WriteActorsCSV(&b, d)
	if a1 := row(t, readCSV(t, b.Bytes()), "actor_id", "a1"); a1["roles"] != "economist; author" || a1["aliases"] != "Müller-Ång; Zoë" {
		t.Errorf("a1 row: %v", a1)
	}
}

func TestGuard(t *testing.T) {
	for in, want := range map[string]string{
		"":                    "",
		"=HYPERLINK(\"x\")":   "'=HYPERLINK(\"x\")",
		"+1 555":              "'+1 555",
		"-5% growth":          "'-5% growth",
		"@SUM(A1)":            "'@SUM(A1)",
		"\tcmd":               "'\tcmd",
		"\rcmd":               "'\rcmd",
		"“quoted”":            "“quoted”",
		"a = b":               "a = b",
		"'already quoted":     "'already quoted",
		"Zoë said -5 is bad.": "Zoë said -5 is bad.",
	} {
		if got := Guard(in); got != want {
			t.Errorf("Guard(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCSVGuardsFormulas checks that annotation texts that look like
// formulas reach the spreadsheet as text, and numbers do not change.
func TestCSVGuardsFormulas(t *testing.T) {
	text := "=1+1 said @bob that -5% was fine."
	mn := func(s annot.Span, kind string) annot.Mention {
		return annot.Mention{Start: s.Start, End: s.End, Text: s.Text, Kind: kind, Origin: annot.OriginEngine}
	}
	bob := spanOf(t, text, "@bob", 0)
	formula := spanOf(t, text, "=1+1", 0)
	content := spanOf(t, text, "-5% was fine", 0)
	d := &annot.Document{
		Format: annot.Format, Version: annot.Version, Generator: annot.Generator{Name: "whosaid"},
		Document: annot.Text{ID: annot.TextID(text), Text: text, Title: "+title", Language: "en"},
		Actors: []annot.Actor{{ID: "a1", Name: "=1+1", Type: "person", Roles: []string{}, Aliases: []string{"@bob"},
			Mentions: []annot.Mention{mn(formula, "name"), mn(bob, "name")}, Origin: annot.OriginEngine}},
		Claims: []annot.Claim{{ID: "c1", Start: 0, End: content.End, Text: text[:len(text)-1], Kind: "indirect", Claimant: annot.StrPtr("a1"),
			Source: &formula, Addressee: &bob, Content: &content, Origin: annot.OriginEngine}},
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, d); err != nil {
		t.Fatal(err)
	}
	c1 := row(t, readCSV(t, b.Bytes()), "annotation_id", "c1")
	for col, want := range map[string]string{
		"title": "'+title", "speaker_or_claimant_name": "'=1+1", "source": "'=1+1", "addressee": "'@bob",
		"content": "'-5% was fine", "text": "'" + text[:len(text)-1], "start": "0", "confidence": "0",
	} {
		if c1[col] != want {
			t.Errorf("%s = %q, want %q", col, c1[col], want)
		}
	}
	b.Reset()
	WriteActorsCSV(&b, d)
	a1 := row(t, readCSV(t, b.Bytes()), "actor_id", "a1")
	if a1["name"] != "'=1+1" || a1["aliases"] != "'@bob" || a1["first_mention_text"] != "'=1+1" {
		t.Errorf("actors row: %v", a1)
	}
	for _, cell := range strings.Split(b.String(), ",") {
		if strings.HasPrefix(cell, "=") {
			t.Errorf("unguarded cell %q", cell)
		}
	}
}
