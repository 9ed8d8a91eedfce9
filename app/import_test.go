//go:build !wasm

package app

import (
	"regexp"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

// TestParseImportNamesTheProblem: every bad file gives one message that
// says what is wrong with it, and no document.
func TestParseImportNamesTheProblem(t *testing.T) {
	good, err := annot.Marshal(fixtureDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	g := string(good)
	for _, c := range []struct {
		name, data string
		want       []string
	}{
		{"empty", " \n", []string{"empty"}},
		{"truncated", g[:len(g)/2], []string{"truncated JSON"}},
		{"version", strings.Replace(g, `"version": 1`, `"version": 2`, 1), []string{"version 2 is newer"}},
		{"offset", regexp.MustCompile(`"end": \d+`).ReplaceAllLiteralString(g, `"end": 90000`), []string{"outside the text", "90000"}},
		{"missing actor", strings.Replace(g, `"speaker": "a1"`, `"speaker": "a99"`, 1), []string{"speaker", `no actor has the id "a99"`}},
		{"brat", "T1\tPerson 0 11\tLina Okafor\nT2\tOrganization 40 58\tPort Workers Union\n", []string{"not a whosaid export", "brat"}},
		{"brat relation first", "R1\tSays Arg1:T1 Arg2:T2\n", []string{"brat"}},
		{"spacy", `{"text": "Lina Okafor spoke.", "ents": [{"start": 0, "end": 11, "label": "PERSON"}]}`, []string{"not a whosaid export", `"format"`}},
		{"spacy list", `[{"text": "Lina Okafor spoke.", "ents": []}]`, []string{"not a whosaid export"}},
		{"html", "<!doctype html><p>Lina Okafor spoke.</p>", []string{"HTML"}},
		{"csv", "kind,text,speaker\nquote,hello,Okafor\n", []string{"not JSON"}},
		{"bom text", "\uFEFFplain words", []string{"not JSON"}},
		{"jsonl with a bad line", strings.ReplaceAll(g, "\n", "") + "\n{\"format\": \"whosaid\"\n", []string{"line 2"}},
	} {
		docs, err := parseImport([]byte(c.data))
		if err == nil || docs != nil {
			t.Errorf("%s: %d documents, error %v", c.name, len(docs), err)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", c.name, err, w)
			}
		}
	}
	// The good file and a BOM before it still import.
	for _, data := range []string{g, "\uFEFF" + g} {
		if docs, err := parseImport([]byte(data)); err != nil || len(docs) != 1 {
			t.Errorf("a good export: %d documents, %v", len(docs), err)
		}
	}
}
