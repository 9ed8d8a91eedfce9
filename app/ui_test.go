//go:build !wasm

package app

import (
	"strings"
	"testing"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/wasm"
)

// loadShell mounts the shell in a test engine and returns it with the
// engine.
func loadShell(t *testing.T) (*shell, goapp.TestEngine) {
	t.Helper()
	e := goapp.NewTestEngine()
	c := newShell()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if c.s.ctx.Src() == nil {
		t.Fatal("the shell did not get a context")
	}
	return c, e
}

// update changes the session on the UI goroutine and renders.
func update(e goapp.TestEngine, c *shell, f func(s *session)) {
	c.s.ctx.Dispatch(func(goapp.Context) { f(c.s); c.s.ui++ })
	e.ConsumeAll()
}

func TestShellShowsInputWithoutDocument(t *testing.T) {
	c, _ := loadShell(t)
	html := goapp.HTMLString(c)
	for _, id := range []string{TestInputText, TestAnnotate, TestInputFile, TestImport, TestUndo, TestRedo, TestNavLibrary} {
		if !strings.Contains(html, `data-testid="`+id+`"`) {
			t.Errorf("no %s in the input page", id)
		}
	}
	if strings.Contains(html, TestReadingView) {
		t.Error("reading view shown without a document")
	}
}

func TestShellRendersDocumentAndPanels(t *testing.T) {
	c, e := loadShell(t)
	lib, _ := wasm.OpenLibrary()
	update(e, c, func(s *session) {
		s.lib, s.loaded = lib, true
		s.open(wasm.Record{ID: "r1", Name: "Harbour", Created: time.Now(), Doc: fixtureDoc(t)})
	})
	html := goapp.HTMLString(c)
	for _, want := range []string{
		`data-testid="reading-view"`, `data-complete="1"`,
		`data-testid="panel-actors"`, `data-testid="panel-quotes"`, `data-testid="panel-claims"`,
		`class="hm t-person"`, `class="hq"`, `class="hc"`,
		`data-testid="toggle-quotes"`,
		"Lina Okafor", "Port Workers Union →",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("rendered page lacks %s", want)
		}
	}
	if n := strings.Count(html, `data-testid="quote-item"`); n != 2 {
		t.Errorf("%d quote rows, want 2", n)
	}

	// Select the first quote, change its speaker; undo brings it back.
	update(e, c, func(s *session) { s.selectRef(Ref{Kind: KindQuote, ID: "q1"}, true) })
	html = goapp.HTMLString(c)
	if !strings.Contains(html, `data-testid="select-speaker"`) {
		t.Fatal("detail panel has no speaker picker for a quote")
	}
	update(e, c, func(s *session) { s.apply(SetSpeaker{Quote: "q1", Actor: "a2"}) })
	if got := *c.s.doc().Quotes[0].Speaker; got != "a2" {
		t.Fatalf("speaker %s", got)
	}
	if !strings.Contains(goapp.HTMLString(c), "Port Workers Union →") {
		t.Error("quotes panel not updated")
	}
	update(e, c, func(s *session) { s.undo() })
	if got := *c.s.doc().Quotes[0].Speaker; got != "a1" {
		t.Fatalf("after undo speaker %s", got)
	}
	// The edit and the undo were saved to the library.
	r, err := lib.Get("r1")
	if err != nil {
		t.Fatal(err)
	}
	if *r.Doc.Quotes[0].Speaker != "a1" {
		t.Error("the library holds a stale document")
	}
}

func TestImportRejectsForeignFileAndKeepsDocument(t *testing.T) {
	c, e := loadShell(t)
	update(e, c, func(s *session) {
		s.open(wasm.Record{ID: "r1", Name: "Harbour", Doc: fixtureDoc(t)})
		s.importFile("x.json", []byte(`{"hello": "world"}`))
	})
	if !strings.Contains(c.s.errMsg, "not a whosaid export") {
		t.Errorf("error %q", c.s.errMsg)
	}
	if c.s.rec.ID != "r1" || len(c.s.doc().Quotes) != 2 {
		t.Error("a bad import changed the open document")
	}
	if !strings.Contains(goapp.HTMLString(c), `data-testid="error"`) {
		t.Error("no error banner")
	}
}

func TestImportRoundTripIsLossless(t *testing.T) {
	c, e := loadShell(t)
	var exported []byte
	update(e, c, func(s *session) {
		s.open(wasm.Record{ID: "r1", Name: "Harbour", Doc: fixtureDoc(t)})
		s.apply(SetSpeaker{Quote: "q2", NewName: "Deputy Mayor", NewType: "person"})
		b, err := marshalDoc(s.doc())
		if err != nil {
			t.Fatal(err)
		}
		exported = b
		s.importFile("h.whosaid.json", b)
	})
	if c.s.errMsg != "" {
		t.Fatal(c.s.errMsg)
	}
	again, err := marshalDoc(c.s.doc())
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(exported) {
		t.Error("export → import → export changed the bytes")
	}
}

func TestLibraryPageListsDocuments(t *testing.T) {
	c, e := loadShell(t)
	update(e, c, func(s *session) {
		c.path = "/library"
		s.loaded = true
		s.records = []wasm.Record{{ID: "r1", Name: "Harbour <plan>", Modified: time.Unix(0, 0)}}
	})
	html := goapp.HTMLString(c)
	if !strings.Contains(html, `data-testid="library-item"`) || !strings.Contains(html, "Harbour &lt;plan&gt;") {
		t.Errorf("library page: %s", html)
	}
}

func TestAboutPage(t *testing.T) {
	c, e := loadShell(t)
	update(e, c, func(*session) { c.path = "/about" })
	html := goapp.HTMLString(c)
	if !strings.Contains(html, "no request to any other origin") || !strings.Contains(html, Version) {
		t.Error("about page misses the privacy statement or the version")
	}
}

func TestShortcutsAreListedAndMatch(t *testing.T) {
	if findShortcut(keyEvent{Key: "z", Ctrl: true}) == nil || findShortcut(keyEvent{Key: "Z", Ctrl: true, Shift: true}) == nil {
		t.Error("undo/redo shortcuts missing")
	}
	if findShortcut(keyEvent{Key: "n", Editable: true}) != nil {
		t.Error("a single-key shortcut fired while typing")
	}
	if findShortcut(keyEvent{Key: "Escape", Editable: true}) == nil {
		t.Error("Escape must work in fields")
	}
	s := newSession()
	findShortcut(keyEvent{Key: "?"})(s, domAPI{})
	if !s.showHelp {
		t.Error("? does not open the help")
	}
}
