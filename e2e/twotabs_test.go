//go:build !(js && wasm)

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// renameActor renames the i-th actor of the open document in the tab of
// ctx and waits until the panel shows the new name.
func renameActor(t testing.TB, ctx context.Context, i int, name string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.BringToFront, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	// The side panels remount when the open document becomes a
	// conflicting copy: wait for the row.
	if err := waitJS(ctx, fmt.Sprintf(`document.querySelectorAll('[data-testid="actor-item"]').length > %d`, i), 10*time.Second); err != nil {
		t.Fatalf("no actor %d: %v\npage: %s", i, err, pageText(ctx))
	}
	mustJS[bool](t, ctx, fmt.Sprintf(`(() => { document.querySelectorAll('[data-testid="actor-item"]')[%d].click(); return true })()`, i))
	// Wait for the form of this actor: an actor selected before leaves a
	// form on the page until the click is rendered.
	if err := waitJS(ctx, fmt.Sprintf(`(() => {
		const row = document.querySelectorAll('[data-testid="actor-item"]')[%d];
		const input = document.querySelector('[data-testid="input-actor-name"]');
		return row.getAttribute("aria-pressed") === "true" && !!input && input.value !== "" && row.textContent.includes(input.value);
	})()`, i), uiWait); err != nil {
		t.Fatal(err)
	}
	if err := setValue(ctx, tid("input-actor-name"), name); err != nil {
		t.Fatal(err)
	}
	mustJS[bool](t, ctx, `(() => { document.querySelector('[data-testid="input-actor-name"]').form.requestSubmit(); return true })()`)
	if err := waitJS(ctx, `[...document.querySelectorAll('[data-testid="actor-item"]')].some(b => b.textContent.includes(`+jsString(name)+`))`, uiWait); err != nil {
		t.Fatalf("renaming actor %d to %q: %v\npage: %s", i, name, err, pageText(ctx))
	}
}

// actorNames returns, per stored document, the names of its actors joined
// by "|".
func actorNames(t testing.TB, ctx context.Context) map[string]string {
	t.Helper()
	out := map[string]string{}
	for id, raw := range storedDocs(t, ctx) {
		var d exportDoc
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, a := range d.Actors {
			names = append(names, a.Name)
		}
		out[id] = strings.Join(names, "|")
	}
	return out
}

// waitStored polls the stored library until ok accepts it.
func waitStored(t testing.TB, ctx context.Context, what string, ok func(map[string]string) bool) map[string]string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		names := actorNames(t, ctx)
		if ok(names) {
			return names
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: the library holds %q", what, names)
		}
		time.Sleep(100 * time.Millisecond) // IndexedDB has no change event to wait on
	}
}

// TestTwoTabsEditingOneDocument opens the same document in two tabs of one
// browser (one origin, one IndexedDB). Tab A saves an edit; tab B, which
// still shows the older version, is told at once, and its own edit is saved
// as a conflicting copy instead of overwriting A's: both edits are kept and
// the user of tab B is told where theirs went.
func TestTwoTabsEditingOneDocument(t *testing.T) {
	url, _ := startServer(t)
	a := newBrowser(t)
	pe := watchErrors(t, a)
	load(t, a, url)
	annotateText(t, a, uiArticle)
	first := waitStored(t, a, "after annotating", func(m map[string]string) bool { return len(m) == 1 })
	var docID string
	for id := range first {
		docID = id
	}
	if n := mustJS[int](t, a, `document.querySelectorAll('[data-testid="actor-item"]').length`); n < 2 {
		t.Fatalf("the article has %d actors; the test renames two", n)
	}

	// Tab B: the same browser profile, so the same library; it reopens the
	// last document.
	b, cancel := chromedp.NewContext(a)
	defer cancel()
	peB := watchErrors(t, b)
	load(t, b, url)
	if err := waitJS(b, shownJS, 20*time.Second); err != nil {
		t.Fatalf("tab B did not reopen the document: %v", err)
	}

	// A edits and saves.
	renameActor(t, a, 0, "Renamed In Tab A")
	waitStored(t, a, "A's edit", func(m map[string]string) bool { return strings.Contains(m[docID], "Renamed In Tab A") })

	// B is told without doing anything.
	if err := waitJS(b, `(document.querySelector('[data-testid="error"]') || {}).textContent?.includes("changed in another tab")`, 10*time.Second); err != nil {
		t.Errorf("tab B was not told that tab A changed the document: %v\npage: %s", err, pageText(b))
	}

	// B edits its older version: A's saved edit must survive, and B's edit
	// must be kept too, in a copy, with a message saying so.
	renameActor(t, b, 1, "Renamed In Tab B")
	final := waitStored(t, a, "B's edit", func(m map[string]string) bool { return len(m) == 2 })
	if !strings.Contains(final[docID], "Renamed In Tab A") || strings.Contains(final[docID], "Renamed In Tab B") {
		t.Errorf("tab A's saved version was overwritten: %q", final[docID])
	}
	var copyID string
	for id, names := range final {
		if id != docID {
			copyID = id
			if !strings.Contains(names, "Renamed In Tab B") || strings.Contains(names, "Renamed In Tab A") {
				t.Errorf("the copy does not hold exactly tab B's version: %q", names)
			}
		}
	}
	// The copy is stored before the tab hears back from IndexedDB: wait
	// for the message.
	if err := waitJS(b, `(document.querySelector('[data-testid="error"]') || {}).textContent?.includes("conflicting copy")`, 10*time.Second); err != nil {
		t.Errorf("tab B was not told of the conflicting copy: %v", err)
	}
	msg := mustJS[string](t, b, `(document.querySelector('[data-testid="error"]') || {}).textContent || ""`)
	if !strings.Contains(msg, "conflicting copy") || !strings.Contains(msg, "Nothing is lost") {
		t.Errorf("tab B's user was not told where the edit went: %q", msg)
	}
	t.Logf("tab B was told: %s", msg)

	// B's next edit goes on in its copy; nothing forks again.
	renameActor(t, b, 0, "Second Edit In Tab B")
	final = waitStored(t, a, "B's second edit", func(m map[string]string) bool { return strings.Contains(m[copyID], "Second Edit In Tab B") })
	if len(final) != 2 || !strings.Contains(final[docID], "Renamed In Tab A") {
		t.Errorf("after B's second edit: %q", final)
	}

	// Both tabs list both documents (A learnt of the copy from B).
	for name, ctx := range map[string]context.Context{"A": a, "B": b} {
		if _, err := chromedp.Call(ctx, page.BringToFront, cdp.Empty{}); err != nil {
			t.Fatal(err)
		}
		click(t, ctx, "nav-library")
		if err := waitJS(ctx, `document.querySelectorAll('[data-testid="library-item"]').length === 2`, 10*time.Second); err != nil {
			t.Errorf("tab %s does not list both documents: %v\npage: %s", name, err, pageText(ctx))
		}
	}
	// Tab B reopens the original and gets A's version, not its stale one.
	mustJS[bool](t, b, `(() => { for (const li of document.querySelectorAll('[data-testid="library-item"]')) if (li.dataset.id === `+jsString(docID)+`) li.querySelector('[data-testid="btn-open"]').click(); return true })()`)
	if err := waitJS(b, `[...document.querySelectorAll('[data-testid="actor-item"]')].some(x => x.textContent.includes("Renamed In Tab A"))`, 10*time.Second); err != nil {
		t.Errorf("tab B reopened a stale version: %v\npage: %s", err, pageText(b))
	}
	pe.check(t)
	peB.check(t)
}

// TestTwoTabsSaveAtOnce makes two tabs of one browser save the same
// document at the same moment, round after round, through the app's
// check-and-save (app.SaveVersion, driven by the probe page). Before each
// round both tabs meet at a barrier, so their read-compare-write steps
// overlap. Each round appends the tab's mark to the document; every mark
// must end up in the library, in the shared document or in a conflicting
// copy: a check and a write that another tab's write can come between
// would lose some.
func TestTwoTabsSaveAtOnce(t *testing.T) {
	const rounds = 40
	url, _ := startServer(t)
	a := newBrowser(t)
	b, cancel := chromedp.NewContext(a)
	defer cancel()
	tabs := map[string]context.Context{"A": a, "B": b}
	for name, ctx := range tabs {
		if err := chromedp.Do(ctx, chromedp.Navigate(url+"web/probe.html")); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, `document.body.dataset.probeReady === "1"`, readyTimeout); err != nil {
			t.Fatalf("tab %s: the probe did not start: %v", name, err)
		}
		if out := mustJS[string](t, ctx, `probe.raceJoin()`); !strings.Contains(out, "joined") {
			t.Fatalf("tab %s: %s", name, out)
		}
	}
	if out := mustJS[string](t, a, `probe.raceSetup()`); out != "{}" {
		t.Fatalf("setup: %s", out)
	}

	type result struct {
		tab string
		out string
		err error
	}
	done := make(chan result, 2)
	for name, ctx := range tabs {
		go func() {
			out, err := evalJS[string](ctx, fmt.Sprintf("probe.raceSave(%q, %q)", name, fmt.Sprint(rounds)))
			done <- result{name, out, err}
		}()
	}
	forks := 0
	for range tabs {
		r := <-done
		var rep struct {
			Forked []string `json:"forked"`
			Error  string   `json:"error"`
		}
		if r.err != nil || json.Unmarshal([]byte(r.out), &rep) != nil || rep.Error != "" {
			t.Fatalf("tab %s: %v %s", r.tab, r.err, r.out)
		}
		for _, name := range rep.Forked {
			if !strings.HasSuffix(name, "(conflicting copy)") {
				t.Errorf("tab %s saved a fork named %q", r.tab, name)
			}
		}
		forks += len(rep.Forked)
	}

	// Every mark of every round is in some stored version.
	seen := map[string]bool{}
	docs := storedDocs(t, a)
	for _, raw := range docs {
		var d struct {
			Document struct {
				Title string `json:"title"`
			} `json:"document"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatal(err)
		}
		for _, f := range strings.Fields(strings.TrimPrefix(d.Document.Title, "edits:")) {
			seen[f] = true
		}
	}
	var lost []string
	for name := range tabs {
		for i := range rounds {
			if m := fmt.Sprintf("%s%d", name, i); !seen[m] {
				lost = append(lost, m)
			}
		}
	}
	if len(lost) > 0 {
		t.Errorf("%d of %d edits were lost (overwritten by the other tab): %v", len(lost), 2*rounds, lost)
	}
	t.Logf("%d rounds per tab: %d versions went to conflicting copies, %d records stored", rounds, forks, len(docs))
}
