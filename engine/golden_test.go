package engine

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs the engine on every testdata/*.txt and compares the export
// with testdata/*.json. Run `go test ./engine -update` after a deliberate
// change and read the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Analyze(string(src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(d.Export()); err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, ".txt") + ".json"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./engine -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("export of %s differs from %s; run go test ./engine -update and review the diff", f, golden)
			}
			checkExport(t, d.Export())
		})
	}
}

// checkExport verifies the invariants of an export: spans in bounds with the
// text they claim, references that resolve, ids unique, annotations sorted.
func checkExport(t *testing.T, x *annot.Document) {
	t.Helper()
	runes := []rune(x.Document.Text)
	span := func(what string, s annot.Span) {
		if s.Start < 0 || s.End < s.Start || s.End > len(runes) {
			t.Fatalf("%s span %d-%d out of bounds (%d code points)", what, s.Start, s.End, len(runes))
		}
		if got := string(runes[s.Start:s.End]); got != s.Text {
			t.Fatalf("%s span %d-%d text %q, but the document has %q there", what, s.Start, s.End, s.Text, got)
		}
	}
	opt := func(what string, s *annot.Span) {
		if s != nil {
			span(what, *s)
		}
	}
	ids := map[string]bool{}
	for _, a := range x.Actors {
		if ids[a.ID] {
			t.Fatalf("duplicate id %s", a.ID)
		}
		ids[a.ID] = true
		if len(a.Mentions) == 0 {
			t.Fatalf("actor %s has no mentions", a.ID)
		}
		for _, m := range a.Mentions {
			span("mention", m.Span())
		}
	}
	prev := -1
	for _, q := range x.Quotes {
		if ids[q.ID] {
			t.Fatalf("duplicate id %s", q.ID)
		}
		ids[q.ID] = true
		span("quote", q.Span())
		opt("quote source", q.Source)
		opt("quote cue", q.Cue)
		if q.Start < prev {
			t.Fatalf("quotes not sorted at %s", q.ID)
		}
		prev = q.Start
		if q.Speaker != nil && x.Actor(*q.Speaker) == nil {
			t.Fatalf("quote %s speaker %s missing", q.ID, *q.Speaker)
		}
	}
	for _, c := range x.Claims {
		if ids[c.ID] {
			t.Fatalf("duplicate id %s", c.ID)
		}
		ids[c.ID] = true
		span("claim", c.Span())
		opt("claim source", c.Source)
		opt("claim cue", c.Cue)
		opt("claim addressee", c.Addressee)
		opt("claim content", c.Content)
		if c.Claimant != nil && x.Actor(*c.Claimant) == nil {
			t.Fatalf("claim %s claimant %s missing", c.ID, *c.Claimant)
		}
		if c.Quote != nil && !ids[*c.Quote] {
			t.Fatalf("claim %s quote %s missing", c.ID, *c.Quote)
		}
	}
}
