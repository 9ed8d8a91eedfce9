package enginejs

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine"
	"github.com/whosaid/whosaid/engine/annot"
)

func TestExtractJSONMatchesEngine(t *testing.T) {
	texts := []string{
		"",
		"Plain words.",
		"Mayor Ana Ruiz said: \"We will rebuild the bridge.\"\n\nThe council disagreed, a spokesman told reporters.",
		"Zoë Ångström — «Ça va», dit-elle. 😀 \"Emoji\" quotes.",
		"Markup <b>stays</b> & is not escaped: \"a < b\", said Ann.",
	}
	for _, text := range texts {
		got, err := ExtractJSON(text, Options{})
		if err != nil {
			t.Fatalf("ExtractJSON(%q): %v", text, err)
		}
		d, err := engine.Analyze(text, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := annot.Encode(&b, d.Export(), false); err != nil {
			t.Fatal(err)
		}
		want := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
		var back annot.Document
		if err := json.Unmarshal(got, &back); err != nil {
			t.Fatalf("ExtractJSON(%q) is not JSON: %v", text, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("ExtractJSON(%q) differs from the engine's export:\n got %s\nwant %s", text, got, want)
		}
	}
}

func TestExtractJSONLanguage(t *testing.T) {
	if _, err := ExtractJSON("Some text.", Options{Language: "fr"}); err == nil || !strings.Contains(err.Error(), `language "fr" is not supported`) {
		t.Errorf("French: %v", err)
	}
	if _, err := ExtractJSON("Some text.", Options{Language: "en"}); err != nil {
		t.Errorf("English: %v", err)
	}
}
