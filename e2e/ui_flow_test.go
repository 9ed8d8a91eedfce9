//go:build !(js && wasm)

package e2e

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// highlightTexts returns, per layer class, the text of each highlighted
// annotation in the reading view (segments of one annotation joined).
const highlightTextsJS = `(() => {
	const out = {};
	for (const cls of ["hm", "hq", "hc"]) {
		const byKey = new Map();
		for (const el of document.querySelectorAll(".rv ." + cls)) {
			const k = el.getAttribute("data-k");
			byKey.set(k, (byKey.get(k) || "") + el.textContent);
		}
		out[cls] = [...byKey.values()];
	}
	return out;
})()`

func sorted(s []string) []string {
	s = append([]string(nil), s...)
	sort.Strings(s)
	return s
}

// TestUIAnnotateCorrectUndoReloadExport walks the main path of the app: paste
// an article, annotate, check the highlights and panels against the stored
// export, add a quote and correct its speaker, undo and redo, reload and
// find the edit, then export JSON and import it back byte for byte.
func TestUIAnnotateCorrectUndoReloadExport(t *testing.T) {
	needBuild(t)
	url, _ := startServer(t)
	ctx := newBrowser(t)
	pe := watchErrors(t, ctx)
	t.Cleanup(func() { pe.check(t) })
	load(t, ctx, url)
	annotateText(t, ctx, uiArticle)

	// Highlights and panels match what the engine returned (the stored
	// document before any edit).
	waitStoredDocs(t, ctx, 1, 10*time.Second) // the save follows the render
	doc := onlyDoc(t, storedDocs(t, ctx), uiArticle)
	hl := mustJS[map[string][]string](t, ctx, highlightTextsJS)
	var mentions, quotes, claims []string
	for _, a := range doc.Actors {
		for _, m := range a.Mentions {
			mentions = append(mentions, m.Text)
		}
	}
	for _, q := range doc.Quotes {
		quotes = append(quotes, q.Text)
	}
	for _, c := range doc.Claims {
		claims = append(claims, c.Text)
	}
	for _, c := range []struct {
		cls  string
		want []string
	}{{"hm", mentions}, {"hq", quotes}, {"hc", claims}} {
		if got := sorted(hl[c.cls]); strings.Join(got, "|") != strings.Join(sorted(c.want), "|") {
			t.Errorf("highlights .%s: %q, want %q", c.cls, got, sorted(c.want))
		}
	}
	counts := mustJS[map[string]int](t, ctx, `({
		actors: document.querySelectorAll('[data-testid="actor-item"]').length,
		quotes: document.querySelectorAll('[data-testid="quote-item"]').length,
		claims: document.querySelectorAll('[data-testid="claim-item"]').length})`)
	if counts["actors"] != len(doc.Actors) || counts["quotes"] != len(doc.Quotes) || counts["claims"] != len(doc.Claims) {
		t.Errorf("panel rows %v, engine found %d actors, %d quotes, %d claims", counts, len(doc.Actors), len(doc.Quotes), len(doc.Claims))
	}
	t.Logf("engine: %d actors, %d mentions, %d quotes, %d claims", len(doc.Actors), len(mentions), len(doc.Quotes), len(doc.Claims))

	// Mark a quote with Find and the keyboard-free button, then give it a new
	// speaker.
	const q = "“Nothing is decided,”"
	if err := setValue(ctx, tid("find-text"), q); err != nil {
		t.Fatal(err)
	}
	click(t, ctx, "btn-find")
	if err := waitJS(ctx, `getSelection().toString() === `+jsString(q), uiWait); err != nil {
		t.Fatal(err)
	}
	before := len(doc.Quotes)
	if !strings.Contains(strings.Join(quotes, "|"), q) {
		click(t, ctx, "btn-add-quote")
		if err := waitJS(ctx, `document.querySelectorAll('[data-testid="quote-item"]').length === `+strconv.Itoa(before+1), uiWait); err != nil {
			t.Fatal(err)
		}
	} else {
		// The engine found it: select it from the panel.
		mustJS[bool](t, ctx, `(() => { for (const b of document.querySelectorAll('[data-testid="quote-item"]')) if (b.textContent.includes(`+jsString(q)+`)) { b.click(); return true } return false })()`)
	}
	if err := waitJS(ctx, `!!document.querySelector('[data-testid="select-speaker"]')`, uiWait); err != nil {
		t.Fatal(err)
	}
	if err := setValue(ctx, tid("select-speaker"), "new"); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('[data-testid="input-new-actor"]')`, uiWait); err != nil {
		t.Fatal(err)
	}
	if err := setValue(ctx, tid("input-new-actor"), "Deputy Mayor Ines Varga"); err != nil {
		t.Fatal(err)
	}
	click(t, ctx, "btn-set-actor")
	speakerIs := func(name string) string {
		return `[...document.querySelectorAll('[data-testid="quote-item"]')].some(b => b.textContent.includes(` +
			jsString(name+" →") + `) && b.textContent.includes(` + jsString(q) + `))`
	}
	if err := waitJS(ctx, speakerIs("Deputy Mayor Ines Varga"), uiWait); err != nil {
		t.Fatal(err)
	}

	// Undo with the button, redo with the keyboard.
	click(t, ctx, "btn-undo")
	if err := waitJS(ctx, `!(`+speakerIs("Deputy Mayor Ines Varga")+`)`, uiWait); err != nil {
		t.Fatal(err)
	}
	mustJS[bool](t, ctx, `document.activeElement.blur(), true`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl, chromedp.ModifierShift))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, speakerIs("Deputy Mayor Ines Varga"), uiWait); err != nil {
		t.Fatal("Ctrl+Shift+Z did not redo: ", err)
	}

	// The edit survives a reload: it was saved after the redo.
	if err := waitJS(ctx, `!document.querySelector('[data-testid="status"][data-busy="true"]')`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `new Promise(r => setTimeout(() => r(true), 300))`, uiWait); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := waitReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, shownJS, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, speakerIs("Deputy Mayor Ines Varga"), 10*time.Second); err != nil {
		t.Fatal("the edit is gone after a reload: ", err)
	}

	// Export JSON, import it, export again: the same bytes.
	first := download(t, ctx, "btn-export-json")
	click(t, ctx, "nav-library")
	if err := waitJS(ctx, `!!document.querySelector('[data-testid="library-item"]')`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS(tid("input-import")), []string{first}, chromedp.NodeReady)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, shownJS+` && document.querySelector('[data-testid="status"]').textContent.includes("Imported")`, 15*time.Second); err != nil {
		t.Fatal(err)
	}
	second := download(t, ctx, "btn-export-json")
	a, _ := os.ReadFile(first)
	b, _ := os.ReadFile(second)
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Errorf("export → import → export differs: %d vs %d bytes", len(a), len(b))
	}
	n := mustJS[int](t, ctx, `(async () => { const d = await new Promise(r => { const q = indexedDB.open("whosaid"); q.onsuccess = () => r(q.result) });
		return await new Promise(r => { const c = d.transaction("records").objectStore("records").count(); c.onsuccess = () => { d.close(); r(c.result) } }) })()`)
	if n != 2 {
		t.Errorf("library holds %d documents after the import, want 2", n)
	}
}

// download clicks an export button (opening the export section first) and
// returns the path of the file the browser saved.
func download(t testing.TB, ctx context.Context, id string) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	mustJS[bool](t, ctx, `(() => { const d = document.querySelector("details.export"); if (d) d.open = true; return true })()`)
	click(t, ctx, id)
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".crdownload") {
				return filepath.Join(dir, e.Name())
			}
		}
		time.Sleep(50 * time.Millisecond) // polling the file system for Chromium's download
	}
	t.Fatalf("%s: no file downloaded", id)
	return ""
}
