//go:build !(js && wasm)

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// uiArticle is an invented news article for the UI tests: quotes with
// speakers, an indirect claim, a name inside a quote inside a claim, and
// an astral character so UTF-16 and code point offsets differ.
const uiArticle = `Harbour plan splits Velmont council 🚢

Velmont's mayor, Lina Okafor, defended the harbour plan on Tuesday. “We will not sell the docks,” Okafor said. “Lina Okafor keeps her word.”

The Port Workers Union told reporters that the plan would cost 400 jobs, and its chair, Tomas Reyes, warned the council against a rushed vote.

“Nothing is decided,” Okafor later added, according to the Velmont Courier.

Council member Priya Natarajan said the city needed the money but that the docks had to stay public.`

// tid returns the CSS selector of a data-testid.
func tid(id string) string { return `[data-testid="` + id + `"]` }

// waitJS polls a JavaScript expression until it is truthy or the timeout
// ends.
func waitJS(ctx context.Context, expr string, timeout time.Duration) error {
	tctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	// chromedp.Poll gives up after 30 s of its own unless told otherwise,
	// which cut the 1 MB test short under load whatever timeout it asked for.
	_, err := chromedp.Run(tctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
	if err != nil {
		return fmt.Errorf("waiting for %s: %w", expr, err)
	}
	return nil
}

// waitStoredDocs reads the library's stored documents until there are n of
// them or timeout passes, and returns the last count.
func waitStoredDocs(t testing.TB, ctx context.Context, n int, timeout time.Duration) int {
	t.Helper()
	deadline := time.Now().Add(timeout)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		got := len(storedDocs(t, ctx))
		if got == n || time.Now().After(deadline) {
			return got
		}
		<-tick.C
	}
}

// click clicks the element of a test id.
func click(t testing.TB, ctx context.Context, id string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(tid(id)), chromedp.NodeVisible)); err != nil {
		t.Fatalf("click %s: %v", id, err)
	}
}

// mustJS evaluates js and fails the test on error.
func mustJS[T any](t testing.TB, ctx context.Context, js string) T {
	t.Helper()
	v, err := evalJS[T](ctx, js)
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// shownJS is true once the open document is fully shown: its reading view
// complete (data-complete="1": every highlight in the page) and its side
// panels mounted (the panels come in the task after the text's, see
// app.sidePanels).
const shownJS = `(!!document.querySelector('[data-testid="reading-view"][data-complete="1"]') && !!document.querySelector('aside.side') && !document.querySelector('aside.side[data-busy]'))`

// annotateText pastes text, presses Annotate and waits for the reading view
// to be fully rendered and the side panels mounted.
func annotateText(t testing.TB, ctx context.Context, text string) {
	t.Helper()
	if err := setValue(ctx, tid("input-text"), text); err != nil {
		t.Fatal(err)
	}
	click(t, ctx, "btn-annotate")
	if err := waitJS(ctx, shownJS, 60*time.Second); err != nil {
		t.Fatalf("%v\npage: %s", err, pageText(ctx))
	}
}

// storedDocs reads every document the app saved in IndexedDB, as raw JSON.
func storedDocs(t testing.TB, ctx context.Context) map[string]json.RawMessage {
	t.Helper()
	js := `new Promise((resolve, reject) => {
		const req = indexedDB.open("whosaid");
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const db = req.result;
			const tx = db.transaction("docs", "readonly");
			const store = tx.objectStore("docs");
			const keys = store.getAllKeys(), vals = store.getAll();
			tx.oncomplete = () => {
				const out = {};
				keys.result.forEach((k, i) => { out[k] = vals.result[i]; });
				db.close();
				resolve(JSON.stringify(out));
			};
			tx.onerror = () => reject(tx.error);
		};
	})`
	raw := mustJS[string](t, ctx, js)
	var m map[string]string
	if err := json.Unmarshal([]byte(raw), &m); err != nil {
		t.Fatal(err)
	}
	out := map[string]json.RawMessage{}
	for k, v := range m {
		out[k] = json.RawMessage(v)
	}
	return out
}

// exportDoc is the part of an export document the UI tests compare.
type exportDoc struct {
	Document struct {
		Text string `json:"text"`
	} `json:"document"`
	Actors []struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		Mentions []struct {
			Start, End int
			Text       string `json:"text"`
		} `json:"mentions"`
	} `json:"actors"`
	Quotes []struct {
		ID      string  `json:"id"`
		Text    string  `json:"text"`
		Speaker *string `json:"speaker"`
		Origin  string  `json:"origin"`
	} `json:"quotes"`
	Claims []struct {
		ID       string  `json:"id"`
		Text     string  `json:"text"`
		Claimant *string `json:"claimant"`
	} `json:"claims"`
}

// onlyDoc returns the one stored document whose text is text.
func onlyDoc(t testing.TB, docs map[string]json.RawMessage, text string) exportDoc {
	t.Helper()
	var found []exportDoc
	for _, raw := range docs {
		var d exportDoc
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatal(err)
		}
		if d.Document.Text == text {
			found = append(found, d)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d stored documents hold the text, want 1", len(found))
	}
	return found[0]
}

func shorten(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return strings.TrimSpace(s)
}

// pageText returns the start of the page's visible text, for failure
// messages.
func pageText(ctx context.Context) string {
	s, err := evalJS[string](ctx, `document.body.innerText`)
	if err != nil {
		return err.Error()
	}
	return shorten(s)
}

// uiWait bounds a wait for the page to answer a user action. It is no
// measure of speed (bench does that): it only has to outlast a loaded
// machine, where 5 s was seen to run out.
const uiWait = 20 * time.Second
