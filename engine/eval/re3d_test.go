package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

func TestReadRe3d(t *testing.T) {
	docs, err := ReadRe3d("testdata/re3d")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Fatalf("got %d documents, want 3", len(docs))
	}
	if docs[0].Name != "Harbor Gazette/Harbor dispute" || docs[2].Name != "Port Authority/New berths" {
		t.Errorf("names %q, %q", docs[0].Name, docs[2].Name)
	}
	got := map[string][]string{}
	for _, d := range docs {
		for _, e := range d.Entities {
			got[e.Type] = append(got[e.Type], runes(d.Text, Part{e.Span}))
		}
	}
	// Labels below confidence 0.5 are gone: Tidewater is no Location,
	// "Norvian workers" no Organisation. Offsets count code points (é, ’).
	want := map[string]string{
		Re3dPerson:       "Harbor minister Lena Ortiz, she, Ortiz, Port Authority chief Sam Okafor, He",
		Re3dOrganisation: "Tidewater, Northport, Northport officials, The Dockers’ Union, DU, The DU, Port Authority",
		Re3dLocation:     "Mérida",
		Re3dNationality:  "Norvian",
	}
	for typ, w := range want {
		if g := strings.Join(got[typ], ", "); g != w {
			t.Errorf("%s: %s\nwant %s", typ, g, w)
		}
	}
	var aliases []string
	for _, d := range docs {
		for _, a := range d.Aliases {
			aliases = append(aliases, runes(d.Text, Part{a[0]})+"="+runes(d.Text, Part{a[1]}))
		}
	}
	// The Nationality–Person pair is not an alias of actors.
	if g := strings.Join(aliases, "; "); g != "she=Harbor minister Lena Ortiz; DU=The Dockers’ Union" {
		t.Errorf("aliases %s", g)
	}
}

func TestReadRe3dErrors(t *testing.T) {
	tests := []struct {
		file string
		line int
		with string
		want string
	}{
		{"entities.json", 2, `{"documentId": "D1", "begin": 0, "end": 999, "type": "Person", "confidence": 1}`, "entities.json:2: offsets 0-999 outside"},
		{"entities.json", 3, `{"documentId": "D9", "begin": 0, "end": 1, "type": "Person", "confidence": 1}`, "entities.json:3: documentId \"D9\""},
		{"documents.json", 1, `{"_id": "D1", "text": `, "documents.json:1: unexpected end"},
		{"relations.json", 2, `{"documentId": "D1", "type": "IsSynonymOf", "sourceBegin": 5, "sourceEnd": 2}`, "relations.json:2: offsets 5-2"},
		{"entities.json", 1, `{"documentId": "D1", "type": "Person"}`, "entities.json:1: entity without begin"},
	}
	for _, tt := range tests {
		dir := copyTree(t, "testdata/re3d")
		replaceLine(t, filepath.Join(dir, "Harbor Gazette", tt.file), tt.line, tt.with)
		_, err := ReadRe3d(dir)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s line %d: error %v, want one containing %q", tt.file, tt.line, err, tt.want)
		}
	}
	dir := copyTree(t, "testdata/re3d")
	if err := os.Remove(filepath.Join(dir, "Port Authority", "entities.json")); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadRe3d(dir); err == nil || !strings.Contains(err.Error(), "entities.json") {
		t.Errorf("missing entities.json: error %v", err)
	}
}

func TestRe3dPredictionsAndAliases(t *testing.T) {
	d := &annot.Document{Actors: []annot.Actor{
		{ID: "a1", Type: "person", Mentions: []annot.Mention{{Start: 0, End: 5, Kind: "name"}, {Start: 9, End: 11, Kind: "pronoun"}}},
		{ID: "a2", Type: "country", Mentions: []annot.Mention{{Start: 20, End: 25, Kind: "name"}}},
		{ID: "a3", Type: "group", Mentions: []annot.Mention{{Start: 30, End: 38, Kind: "descriptor"}}},
	}}
	got := Re3dPredictions(0, d)
	want := []Item{sp(0, Re3dPerson, 0, 5), sp(0, Re3dPerson, 9, 11), sp(0, Re3dOrganisation, 20, 25), sp(0, Re3dOrganisation, 30, 38)}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i].key() != want[i].key() {
			t.Errorf("item %d = %v, want %v", i, got[i], want[i])
		}
	}
	var l Links
	scoreAliases(&l, [][2]Span{{{0, 5}, {9, 11}}, {{0, 5}, {20, 25}}, {{0, 5}, {40, 45}}}, d)
	if l != (Links{Gold: 3, Mentioned: 2, Found: 1}) {
		t.Errorf("aliases %+v", l)
	}
}
