//go:build !(js && wasm)

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// libraryRowsJS lists the library page's rows: record id and shown name.
const libraryRowsJS = `[...document.querySelectorAll('[data-testid="library-item"]')].map(li => li.dataset.id + " " + li.querySelector(".name").textContent)`

// TestImportRejectsBadFiles feeds the import button files that are not
// good whosaid exports. Each must give an error that names the problem, and
// leave the library (the list and what IndexedDB holds), the open document
// and the page as they were.
func TestImportRejectsBadFiles(t *testing.T) {
	url, _ := startServer(t)
	ctx := newBrowser(t)
	pe := watchErrors(t, ctx)
	load(t, ctx, url)
	annotateText(t, ctx, uiArticle)
	reading := mustJS[string](t, ctx, `document.querySelector('[data-testid="reading-view"]').textContent`)
	good := download(t, ctx, "btn-export-json")
	goodJSON, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	g := string(goodJSON)
	var exp exportDoc
	if err := json.Unmarshal(goodJSON, &exp); err != nil || len(exp.Quotes) == 0 || exp.Quotes[0].Speaker == nil {
		t.Fatalf("the export has no quote with a speaker to break: %v", err)
	}
	speaker := *exp.Quotes[0].Speaker

	dir := t.TempDir()
	big := filepath.Join(dir, "huge.json")
	cases := []struct {
		name, file, data string
		want             []string
	}{
		{"truncated", "cut.json", g[:len(g)*2/3], []string{"cut.json", "truncated JSON"}},
		{"schema version", "v2.json", strings.Replace(g, `"version": 1,`, `"version": 2,`, 1), []string{"version 2 is newer"}},
		{"offset beyond the text", "offsets.json", regexp.MustCompile(`"end": \d+`).ReplaceAllLiteralString(g, `"end": 123456`), []string{"123456", "outside the text"}},
		{"missing actor", "orphan.json", strings.Replace(g, `"speaker": "`+speaker+`"`, `"speaker": "nobody-here"`, 1), []string{`no actor has the id "nobody-here"`}},
		{"200 MB file", "huge.json", "", []string{"huge.json", "too large", "64 MB"}},
		{"brat .ann", "article.ann", "T1\tPerson 27 38\tLina Okafor\nT2\tQuote 84 112\t“We will not sell the docks,”\nR1\tSpeaker Arg1:T2 Arg2:T1\n", []string{"not a whosaid export", "brat"}},
		{"spaCy-like JSON", "doc.spacy.json", `{"text": "Lina Okafor defended the plan.", "ents": [{"start": 0, "end": 11, "label": "PERSON"}], "sents": [{"start": 0, "end": 30}]}`, []string{"not a whosaid export", `no "format" field`}},
		{"JSON Lines with one bad line", "lib.jsonl", strings.ReplaceAll(g, "\n", "") + "\n" + `{"format": "whosaid", "version": 1}` + "\n", []string{"line 2"}},
	}
	for _, c := range cases {
		p := filepath.Join(dir, c.file)
		if p == big {
			// A file of 200 MB, made in the test: a valid start, then
			// zeros. The app must refuse it by its size without reading it.
			f, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			f.WriteString(`{"format": "whosaid", "version": 1, "document": {"text": "`)
			if err := f.Truncate(200 << 20); err != nil {
				t.Fatal(err)
			}
			f.Close()
			continue
		}
		if err := os.WriteFile(p, []byte(c.data), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			click(t, ctx, "nav-library")
			if err := waitJS(ctx, `!!document.querySelector('[data-testid="library-item"]')`, 10*time.Second); err != nil {
				t.Fatal(err)
			}
			mustJS[bool](t, ctx, `(() => { const b = document.querySelector('[data-testid="btn-error-close"]'); if (b) b.click(); return true })()`)
			if err := waitJS(ctx, `!document.querySelector('[data-testid="error"]')`, uiWait); err != nil {
				t.Fatal(err)
			}
			rows := mustJS[[]string](t, ctx, libraryRowsJS)
			stored := storedDocs(t, ctx)

			start := time.Now()
			if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS(tid("input-import")), []string{filepath.Join(dir, c.file)}, chromedp.NodeReady)); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `!!document.querySelector('[data-testid="error"]') && !document.querySelector('[data-testid="status"][data-busy="true"]')`, 30*time.Second); err != nil {
				t.Fatalf("no error shown: %v\npage: %s", err, pageText(ctx))
			}
			took := time.Since(start)
			msg := mustJS[string](t, ctx, `document.querySelector('[data-testid="error"]').textContent`)
			t.Logf("%v: %s", took.Round(time.Millisecond), msg)
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("the message %q does not say %q", msg, w)
				}
			}
			// Still on the library page, with the same list and store.
			if got := mustJS[[]string](t, ctx, libraryRowsJS); !reflect.DeepEqual(got, rows) {
				t.Errorf("the library list changed:\n got %q\nwant %q", got, rows)
			}
			if got := storedDocs(t, ctx); !reflect.DeepEqual(got, stored) {
				t.Errorf("the stored library changed: %d documents, had %d", len(got), len(stored))
			}
			// The open document is still the one shown.
			click(t, ctx, "nav-workspace")
			if err := waitJS(ctx, shownJS, 10*time.Second); err != nil {
				t.Fatal(err)
			}
			if got := mustJS[string](t, ctx, `document.querySelector('[data-testid="reading-view"]').textContent`); got != reading {
				t.Errorf("the reading view changed: %q", shorten(got))
			}
		})
	}
	// The good export still imports after all that. The library page must
	// be up first: an import input found on the page being replaced is gone
	// by the time the files are set ("Could not find node with given id").
	click(t, ctx, "nav-library")
	if err := waitJS(ctx, `!!document.querySelector('[data-testid="library-item"]')`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS(tid("input-import")), []string{good}, chromedp.NodeReady)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelector('[data-testid="status"]').textContent.includes("Imported")`, 15*time.Second); err != nil {
		t.Fatalf("%v\npage: %s", err, pageText(ctx))
	}
	// "Imported" shows once the document is open; saving it follows.
	if n := waitStoredDocs(t, ctx, 2, 10*time.Second); n != 2 {
		t.Errorf("%d stored documents after importing the good export, want 2", n)
	}
	pe.check(t)
}
