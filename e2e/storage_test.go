//go:build !(js && wasm)

package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// errorText is the text of the error banner, or "".
const errorText = `((document.querySelector('[data-testid="error"]') || {}).textContent || "")`

// TestPrivateWindow runs the app in an off-the-record browser context, as a
// private window does: IndexedDB works but lives in memory. The app must
// work there (annotate, save, reopen after a reload) and say that the
// library may not be kept; the context's documents are gone once it
// closes, and nothing reached the profile on disk.
func TestPrivateWindow(t *testing.T) {
	url, _ := startServer(t)
	profile := t.TempDir()
	root := newBrowser(t, chromedp.UserDataDir(profile))
	ctx, cancel := chromedp.NewContext(root, chromedp.WithNewBrowserContext())
	defer cancel()
	pe := watchErrors(t, ctx)
	load(t, ctx, url)
	annotateText(t, ctx, uiArticle)
	if n := waitStoredDocs(t, ctx, 1, 10*time.Second); n != 1 {
		t.Fatalf("the private window's library holds %d documents, want 1", n)
	}
	renameActor(t, ctx, 0, "Renamed In Private")
	waitStored(t, ctx, "the edit in the private window", func(m map[string]string) bool {
		for _, names := range m {
			return strings.Contains(names, "Renamed In Private")
		}
		return false
	})

	// A reload in the same window reopens the document with the edit.
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := waitReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `[...document.querySelectorAll('[data-testid="actor-item"]')].some(x => x.textContent.includes("Renamed In Private"))`, 30*time.Second); err != nil {
		t.Fatalf("the private window lost the document on reload: %v\npage: %s", err, pageText(ctx))
	}

	// The library page says the library may not be kept, and offers to
	// ask the browser; headless Chromium says no, and the app says so.
	click(t, ctx, "nav-library")
	if err := waitJS(ctx, `(document.querySelector('[data-testid="storage-hint"]') || {}).textContent?.includes("private window it is deleted")`, 10*time.Second); err != nil {
		t.Fatalf("no hint that the library may not be kept: %v\npage: %s", err, pageText(ctx))
	}
	click(t, ctx, "btn-persist")
	if err := waitJS(ctx, `(document.querySelector('[data-testid="storage-hint"]') || {}).textContent?.includes("did not agree")`, 10*time.Second); err != nil {
		t.Errorf("after asking the browser to keep the library: %v\npage: %s", err, pageText(ctx))
	}
	pe.check(t)

	// Closing the private context drops its library; a new one starts
	// empty, and the profile on disk holds no IndexedDB of the origin.
	cancel()
	again, cancel2 := chromedp.NewContext(root, chromedp.WithNewBrowserContext())
	defer cancel2()
	load(t, again, url)
	if n := len(storedDocs(t, again)); n != 0 {
		t.Errorf("a new private window sees %d documents of the closed one", n)
	}
	origin := strings.NewReplacer("://", "_", ":", "_").Replace(strings.TrimSuffix(url, "/"))
	matches, _ := filepath.Glob(filepath.Join(profile, "*", "IndexedDB", origin+"*"))
	if len(matches) != 0 {
		t.Errorf("the private window wrote IndexedDB to the profile on disk: %v", matches)
	}
}

// TestStorageUnavailable hides or breaks IndexedDB before the app starts,
// as some browsers' private modes and storage settings do. The user must be
// told that documents cannot be saved and that work goes on in memory; the
// app must still annotate and edit, and export must work, so nothing is
// lost.
func TestStorageUnavailable(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"Missing", `Object.defineProperty(window, "indexedDB", {value: undefined, configurable: true});`},
		{"OpenThrows", `IDBFactory.prototype.open = function () { throw new DOMException("The user denied permission to access the database.", "SecurityError"); };`},
	} {
		t.Run(c.name, func(t *testing.T) {
			url, _ := startServer(t)
			ctx := newBrowser(t)
			pe := watchErrors(t, ctx)
			if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: c.script}); err != nil {
				t.Fatal(err)
			}
			load(t, ctx, url)
			if err := waitJS(ctx, errorText+`.includes("does not let the app store data")`, 15*time.Second); err != nil {
				t.Fatalf("the user was not told that storage is unavailable: %v\npage: %s", err, pageText(ctx))
			}
			msg := mustJS[string](t, ctx, errorText)
			if !strings.Contains(msg, "keep working") || !strings.Contains(msg, "export") {
				t.Errorf("the message does not say that work goes on and how to keep it: %q", msg)
			}
			t.Logf("told: %s", msg)

			annotateText(t, ctx, uiArticle)
			renameActor(t, ctx, 0, "Kept In Memory")
			path := download(t, ctx, "btn-export-json")
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var d exportDoc
			if err := json.Unmarshal(raw, &d); err != nil {
				t.Fatalf("the export does not parse: %v", err)
			}
			if len(d.Actors) == 0 || d.Actors[0].Name != "Kept In Memory" || !strings.Contains(d.Document.Text, "Velmont") {
				t.Errorf("the export lacks the document or the edit: %d actors, text %d bytes", len(d.Actors), len(d.Document.Text))
			}

			click(t, ctx, "nav-library")
			if err := waitJS(ctx, `(document.querySelector('[data-testid="library-list"]') || {}).textContent?.includes("cannot be used in this browser")`, 10*time.Second); err != nil {
				t.Errorf("the library page does not say it cannot be used: %v\npage: %s", err, pageText(ctx))
			}
			pe.check(t)
		})
	}
}

// TestQuotaExceededKeepsSavedVersion gives the origin a small quota before
// the app starts (Chromium reads it when it opens the origin's IndexedDB),
// saves a document that fits once but not twice, and edits it. The edit's
// save is refused: the user is told the storage is full, the stored version
// stays as it was, and the edit stays on screen. Once there is room again,
// the next save writes every edit, the refused one included.
func TestQuotaExceededKeepsSavedVersion(t *testing.T) {
	url, _ := startServer(t)
	ctx := newBrowser(t)
	pe := watchErrors(t, ctx)
	origin := strings.TrimSuffix(url, "/")
	quota := 160.0 * 1024
	if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: origin, QuotaSize: &quota}); err != nil {
		t.Fatal(err)
	}
	load(t, ctx, url)
	annotateText(t, ctx, uiArticle+"\n\n"+filler(100<<10))
	saved := waitStored(t, ctx, "after annotating", func(m map[string]string) bool { return len(m) == 1 })
	t.Logf("usage after the first save: %.0f bytes of %.0f", mustJS[float64](t, ctx, `navigator.storage.estimate().then(e => e.usage)`), quota)

	renameActor(t, ctx, 0, "Refused By Quota")
	if err := waitJS(ctx, errorText+`.includes("storage for this site is full")`, 15*time.Second); err != nil {
		t.Fatalf("the user was not told that the storage is full: %v\npage: %s", err, pageText(ctx))
	}
	t.Logf("told: %s", mustJS[string](t, ctx, errorText))
	if got := actorNames(t, ctx); len(got) != 1 || !equalMaps(got, saved) {
		t.Errorf("the stored version changed after a refused save:\n got %q\nwant %q", got, saved)
	}
	if !mustJS[bool](t, ctx, `[...document.querySelectorAll('[data-testid="actor-item"]')].some(x => x.textContent.includes("Refused By Quota"))`) {
		t.Error("the refused edit is no longer on screen")
	}

	// Room again (the override is lifted): the next edit saves both.
	if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: origin}); err != nil {
		t.Fatal(err)
	}
	renameActor(t, ctx, actorIndex(t, ctx, "Tomas Reyes"), "Saved After Room")
	waitStored(t, ctx, "the edits once there is room", func(m map[string]string) bool {
		for _, names := range m {
			return strings.Contains(names, "Refused By Quota") && strings.Contains(names, "Saved After Room")
		}
		return false
	})
	pe.check(t, "QuotaExceededError")
}

// filler returns about n bytes of pseudo-random lower-case words in
// paragraphs: text that compresses poorly, as Chromium compresses what it
// stores.
func filler(n int) string {
	var b strings.Builder
	x := uint32(7)
	for b.Len() < n {
		for w := 0; w < 12; w++ {
			x = x*1664525 + 1013904223
			for l := 3 + int(x>>28)%6; l > 0; l-- {
				x = x*1664525 + 1013904223
				b.WriteByte('a' + byte(x>>24)%26)
			}
			b.WriteByte(' ')
		}
		b.WriteString("end.\n\n")
	}
	return b.String()
}

// actorIndex returns the position of the actor named name in the actors
// panel.
func actorIndex(t testing.TB, ctx context.Context, name string) int {
	t.Helper()
	i := mustJS[int](t, ctx, `[...document.querySelectorAll('[data-testid="actor-item"]')].findIndex(x => x.textContent.includes(`+jsString(name)+`))`)
	if i < 0 {
		t.Fatalf("no actor %q\npage: %s", name, pageText(ctx))
	}
	return i
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
