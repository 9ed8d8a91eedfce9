package app

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/whosaid/whosaid/engine/annot"
	"github.com/whosaid/whosaid/wasm"
)

// session is everything the app knows while it runs: the library, the open
// document with its edit history, the selection and what to tell the user.
// It lives as long as the page, across page changes. All its fields are read
// and written on the UI goroutine only; blocking work (engine, storage,
// files) runs in ctx.Async and comes back through ctx.Dispatch.
type session struct {
	ctx goapp.Context // the shell's context, for Async and Dispatch

	lib     wasm.Library
	libErr  error
	loaded  bool // the library was listed at least once
	records []wasm.Record
	kept    keeping // whether the browser promised to keep the library

	rec  wasm.Record // the open document's record, Doc unused; ID "" when none
	base string      // revision of the stored version the open document descends from, "" if never stored (see conflict.go)
	ed   *Editor
	keys keyring
	lay  *layout
	rev  int // bumps on every change of the open document

	sel       Ref
	cursor    map[string]int // next mention to show, per actor
	pick      span           // the text range add-actions use; empty when none
	scrollK   int            // key to scroll to once rendered, -1 for none, -2 for the pick
	scrollSeq int            // bumps with every scroll request

	hidden map[string]bool // legend layers switched off

	// sidePending is true while the side panels of a newly opened document
	// wait for their browser task; the reading view builds no chunk then.
	sidePending bool
	// pre is the extraction started ahead of Annotate for the text in the
	// input box (see prefetch); nil when none.
	pre *prefetched

	// afterSide is the reading view's next chunk, waiting for the side
	// panels' task (see sidePanels); nil when none waits.
	afterSide func(goapp.Context)

	status  string
	errMsg  string
	busy    string // what the app is doing that the user waits for
	saving  bool
	pending bool // another save was asked for while one ran
	// saveAfterShow is true while a newly annotated document waits for its
	// reading view to be complete (or to go away) before its first save.
	saveAfterShow bool
	// textDone is true once the reading view shows all of the open
	// document's layout.
	textDone bool

	draft     string // text in the input box
	showInput bool
	showHelp  bool
	confirm   *confirmation

	ui int // bumps on every change, to re-render the shell's children

	channel goapp.Value // the BroadcastChannel to the other tabs; nil without one
}

// span is a half-open code point range.
type span struct{ Start, End int }

func (s span) empty() bool { return s.End <= s.Start }

// confirmation is a question the user must answer before an action runs.
type confirmation struct {
	Text    string
	Choices []choice
}

type choice struct {
	Label, TestID string
	Run           func()
}

// currentKey is the localStorage key holding the id of the open document, so
// a reload reopens it.
const currentKey = "whosaid.current"

func newSession() *session {
	return &session{cursor: map[string]int{}, hidden: map[string]bool{}, scrollK: -1, showInput: true}
}

func (s *session) setError(format string, args ...any) {
	s.errMsg = fmt.Sprintf(format, args...)
	s.status = ""
}

func (s *session) setStatus(msg string) {
	s.status = msg
}

// async runs work off the UI goroutine, then applies its result on it.
func (s *session) async(work func() func()) {
	ctx := s.ctx
	ctx.Async(func() {
		apply := work()
		ctx.Dispatch(func(goapp.Context) {
			apply()
			s.ui++
		})
	})
}

// start opens the library and reopens the document of the last visit.
func (s *session) start() {
	last := ""
	_ = s.ctx.LocalStorage().Get(currentKey, &last)
	s.listenOtherTabs()
	s.async(func() func() {
		lib, err := wasm.OpenLibrary()
		if err != nil {
			return func() {
				s.libErr = err
				s.setError("%s", storageMessage("open the library", err))
			}
		}
		kept := keepingOf(wasm.StoragePersisted())
		recs, err := lib.List()
		var doc wasm.Record
		var getErr error
		var o *opening
		if err == nil && last != "" {
			doc, getErr = lib.Get(last)
			if getErr == nil {
				o = prepareOpen(doc.Doc, wasm.Yield)
			}
		}
		return func() {
			s.lib = lib
			s.loaded = true
			s.kept = kept
			if err != nil {
				s.setError("%s", storageMessage("list the library", err))
				return
			}
			s.records = recs
			if s.pending {
				s.pending = false
				s.save()
			}
			switch {
			case getErr != nil && !errors.Is(getErr, wasm.ErrNotFound):
				s.setError("%s", storageMessage("reopen your last document", getErr))
			case doc.Doc != nil && s.ed == nil:
				s.install(doc, o)
			}
		}
	})
}

// storageMessage explains a storage failure in words a user can act on.
func storageMessage(what string, err error) string {
	switch {
	case errors.Is(err, wasm.ErrQuotaExceeded):
		return "Could not " + what + ": the browser's storage for this site is full. " +
			"Your document stays open here; export it as JSON, then delete documents from the library to make room."
	case errors.Is(err, wasm.ErrStorageUnavailable):
		return "Could not " + what + ": this browser does not let the app store data (private window or storage turned off). " +
			"You can keep working; export your document as JSON before you close the page."
	}
	return "Could not " + what + ": " + err.Error()
}

// opening is a document made ready to open: its editor, keys and layout.
// Building it for a large document is long, so the async work that loads a
// document builds it, yielding to the page, and the UI goroutine only
// installs it.
type opening struct {
	ed   *Editor
	keys keyring
	lay  *layout
}

// prepareOpen builds the opening of doc, calling yield (when not nil)
// during the long steps.
func prepareOpen(doc *annot.Document, yield func()) *opening {
	o := &opening{ed: NewEditor(doc)}
	if yield != nil {
		yield()
	}
	o.lay = newLayout(o.ed.Doc(), o.ed.Mapper(), &o.keys, yield)
	if yield != nil {
		// Off the UI goroutine: the HTML of the reading view's first
		// chunk is built here too (paraHTML keeps it), so the task that
		// mounts the view only inserts it.
		o.lay.prebuild(firstChunkText(o.lay.doc), yield)
	}
	return o
}

// open makes r the open document with a fresh history.
func (s *session) open(r wasm.Record) {
	s.install(r, prepareOpen(r.Doc, nil))
}

// install makes r the open document with a fresh history, from o built for
// r.Doc.
func (s *session) install(r wasm.Record, o *opening) {
	s.saveShown() // a new document still waiting for its first save gets it now
	r.Doc = nil
	s.rec, s.base = r, r.Rev
	s.ed = o.ed
	s.keys = o.keys
	s.cursor = map[string]int{}
	s.sel, s.pick = Ref{}, span{}
	s.showInput = false
	s.rev++
	s.lay = o.lay
	_ = s.ctx.LocalStorage().Set(currentKey, r.ID)
}

// close forgets the open document.
func (s *session) close() {
	s.saveAfterShow = false
	s.rec, s.ed, s.lay = wasm.Record{}, nil, nil
	s.sel, s.pick = Ref{}, span{}
	s.showInput = true
	s.rev++
	s.ctx.LocalStorage().Del(currentKey)
}

func (s *session) relayout() {
	s.rev++
	wasm.Mark("layout:start")
	s.lay = newLayout(s.ed.Doc(), s.ed.Mapper(), &s.keys, nil)
	wasm.Mark("layout:done")
}

// doc returns the open document, or nil.
func (s *session) doc() *annot.Document {
	if s.ed == nil {
		return nil
	}
	return s.ed.Doc()
}

// prefetched is an extraction of the input box's text started before the
// user pressed Annotate, and the document made ready to open. done is
// closed when doc, o and err are set.
type prefetched struct {
	text string
	done chan struct{}
	doc  *annot.Document
	o    *opening
	err  error
}

// prefetchMin is the smallest text prefetch extracts ahead: a pasted or
// opened article, not a few typed words.
const prefetchMin = 200

// prefetch starts extracting text in the engine worker and preparing its
// document while the user has not pressed Annotate yet: a pasted article
// is usually annotated next, and the engine's time then passes while the
// user moves to the button. Annotate on the same text uses the result (or
// waits for it); any other text is extracted anew. One prefetch at most is
// kept, for the latest text.
func (s *session) prefetch(text string) {
	if len(text) < prefetchMin || strings.TrimSpace(text) == "" || (s.pre != nil && s.pre.text == text) {
		return
	}
	p := &prefetched{text: text, done: make(chan struct{})}
	s.pre = p
	s.ctx.Async(func() {
		defer close(p.done)
		p.doc, p.err = wasm.Extract(text)
		if p.err == nil {
			p.o = prepareOpen(p.doc, wasm.Yield)
		}
	})
}

// takePrefetch returns the prefetch of text, if any, and forgets it.
func (s *session) takePrefetch(text string) *prefetched {
	p := s.pre
	s.pre = nil
	if p == nil || p.text != text {
		return nil
	}
	return p
}

// annotate runs the engine on text and opens the result as a new document.
func (s *session) annotate(text string) {
	if strings.TrimSpace(text) == "" {
		s.setError("There is no text to annotate: paste an article or open a file first.")
		return
	}
	if s.busy != "" {
		return
	}
	s.busy = "Annotating…"
	s.errMsg = ""
	started := time.Now()
	pre := s.takePrefetch(text)
	if pre != nil {
		select {
		case <-pre.done:
			// Prepared while the user moved to the button: opened in this
			// event's dispatch, so go-app's next frame shows it.
			s.annotated(started, pre.doc, pre.err, pre.o)()
			return
		default:
		}
	}
	s.async(func() func() {
		var doc *annot.Document
		var err error
		var o *opening
		if pre != nil {
			<-pre.done
			doc, err, o = pre.doc, pre.err, pre.o
		} else {
			doc, err = wasm.Extract(text)
			if err == nil {
				o = prepareOpen(doc, wasm.Yield)
			}
		}
		return s.annotated(started, doc, err, o)
	})
}

// annotated returns what annotate does on the UI goroutine once the
// engine has answered: open doc (prepared as o) as a new document, or
// report err.
func (s *session) annotated(started time.Time, doc *annot.Document, err error, o *opening) func() {
	return func() {
		wasm.Mark("annotate:apply")
		s.busy = ""
		if err != nil {
			s.setError("The engine could not annotate this text: %v", err)
			return
		}
		now := time.Now()
		defer wasm.Mark("annotate:applied")
		s.install(wasm.Record{ID: wasm.NewID(), Name: docName(doc), Created: now, Modified: now, Doc: doc}, o)
		s.draft = ""
		s.setStatus(fmt.Sprintf("Annotated in %.1f s: %d actors, %d quotes, %d claims.",
			time.Since(started).Seconds(), len(doc.Actors), len(doc.Quotes), len(doc.Claims)))
		// The first save waits for the reading view: encoding and
		// storing the document is main-thread work that would delay
		// the text (see readingView.saveShown).
		s.saveAfterShow = true
		s.ctx.Defer(func(goapp.Context) { wasm.Mark("annotate:mounted") })
	}
}

// docName is the library name of a new document: its title, else the start
// of its first line.
func docName(d *annot.Document) string {
	name := strings.TrimSpace(d.Document.Title)
	if name == "" {
		line, _, _ := strings.Cut(strings.TrimSpace(d.Document.Text), "\n")
		name = strings.TrimSpace(line)
	}
	if r := []rune(name); len(r) > 80 {
		name = strings.TrimRightFunc(string(r[:80]), unicode.IsSpace) + "…"
	}
	if name == "" {
		name = "Untitled"
	}
	return name
}

// save stores the open document. Saves never overlap: one asked for while
// another runs happens right after it, with the newest document, so rapid
// edits cost one write each at most and the last edit is always written.
func (s *session) save() {
	if s.ed == nil {
		return
	}
	if s.lib == nil {
		if s.libErr == nil && !s.loaded {
			s.pending = true // the library is still opening
		}
		return
	}
	if s.saving {
		s.pending = true
		return
	}
	s.saving, s.pending, s.saveAfterShow = true, false, false
	s.rec.Modified = time.Now()
	r := s.rec
	r.Doc = s.ed.Doc()
	lib, base := s.lib, s.base
	s.async(func() func() {
		old := r
		r, conflict, err := SaveVersion(lib, r, base)
		return func() {
			s.saving = false
			if err != nil {
				s.setError("%s", storageMessage("save “"+r.Name+"”", err))
				return
			}
			if conflict && s.rec.ID == old.ID {
				s.rec.ID, s.rec.Name, s.rec.Created = r.ID, r.Name, r.Created
				_ = s.ctx.LocalStorage().Set(currentKey, r.ID)
				s.setError("%s", conflictMessage(old.Name, r.Name))
			}
			if s.rec.ID == r.ID {
				s.base = r.Rev
			}
			s.announce(r.ID, r.Rev, false)
			s.upsertRecord(r)
			if s.pending {
				s.save()
			}
		}
	})
}

// textShown is called when the reading view is complete. The first save of
// a new document follows, in a task of its own, once the side panels are
// mounted too (sidePanels calls saveShown then): encoding and storing the
// document is main-thread work that would delay them.
func (s *session) textShown() {
	s.textDone = true
	if !s.saveAfterShow {
		return
	}
	if !goapp.IsClient {
		s.saveShown()
		return
	}
	nextTask(s.ctx, func(ctx goapp.Context) {
		ctx.PreventUpdate() // nothing shown changes
		if !s.sidePending {
			s.saveShown()
		}
	})
}

// saveShown performs the first save of a newly annotated document, which
// waits until its reading view is complete or dismounted.
func (s *session) saveShown() {
	if s.saveAfterShow {
		s.save()
	}
}

// upsertRecord updates the library list after r was stored.
func (s *session) upsertRecord(r wasm.Record) {
	r.Doc = nil
	for i := range s.records {
		if s.records[i].ID == r.ID {
			s.records = append(s.records[:i], s.records[i+1:]...)
			break
		}
	}
	s.records = append([]wasm.Record{r}, s.records...)
}

// apply performs an edit on the open document, selects what it returns and
// saves.
func (s *session) apply(ed Edit) {
	if s.ed == nil {
		return
	}
	ref, err := s.ed.Apply(ed)
	if err != nil {
		s.setError("Could not %s: %v", ed.Label(), err)
		return
	}
	s.errMsg = ""
	s.setStatus("Done: " + ed.Label() + ". Undo with Ctrl+Z.")
	s.relayout()
	s.selectRef(ref, true)
	s.save()
}

func (s *session) undo() {
	if s.ed == nil || !s.ed.CanUndo() {
		return
	}
	label := s.ed.UndoLabel()
	s.ed.Undo()
	s.afterHistory("Undone: " + label + ".")
}

func (s *session) redo() {
	if s.ed == nil || !s.ed.CanRedo() {
		return
	}
	label := s.ed.RedoLabel()
	s.ed.Redo()
	s.afterHistory("Redone: " + label + ".")
}

func (s *session) afterHistory(msg string) {
	s.relayout()
	if !s.exists(s.sel) {
		s.sel = Ref{}
	}
	s.setStatus(msg)
	s.save()
}

// exists reports whether r names an annotation of the open document.
func (s *session) exists(r Ref) bool {
	d := s.doc()
	if d == nil {
		return false
	}
	switch r.Kind {
	case KindActor:
		return d.Actor(r.ID) != nil
	case KindMention:
		a := d.Actor(r.ID)
		return a != nil && mentionIndex(a, r.Start, r.End) >= 0
	case KindQuote:
		return findQuote(d, r.ID) != nil
	case KindClaim:
		return findClaim(d, r.ID) != nil
	}
	return false
}

func findQuote(d *annot.Document, id string) *annot.Quote {
	for i := range d.Quotes {
		if d.Quotes[i].ID == id {
			return &d.Quotes[i]
		}
	}
	return nil
}

func findClaim(d *annot.Document, id string) *annot.Claim {
	for i := range d.Claims {
		if d.Claims[i].ID == id {
			return &d.Claims[i]
		}
	}
	return nil
}

// selectRef selects r; with scroll, the reading view brings it into view.
func (s *session) selectRef(r Ref, scroll bool) {
	s.sel = r
	if !scroll || r.IsZero() {
		return
	}
	if r.Kind == KindActor {
		return
	}
	if k, ok := s.keys.has(r); ok {
		s.requestScroll(k)
	}
}

// requestScroll asks for key k (or -2, the pick) to be brought into view as
// soon as it is rendered.
func (s *session) requestScroll(k int) {
	s.scrollK = k
	s.scrollSeq++
}

// flushScroll marks the selected highlight and performs a pending scroll
// request if its target is rendered.
func (s *session) flushScroll() {
	var dom domAPI
	dom.markSelected(s.selKey())
	switch {
	case s.scrollK == -2:
		if dom.showPick(s) {
			s.scrollK = -1
		}
	case s.scrollK >= 0:
		if dom.scrollToKey(s.scrollK) {
			s.scrollK = -1
		}
	}
}

// selKey returns the render key of the selection, or -1.
func (s *session) selKey() int {
	if k, ok := s.keys.has(s.sel); ok && s.sel.Kind != KindActor {
		return k
	}
	return -1
}

// cycleMention selects the next mention of actor id and scrolls to it.
func (s *session) cycleMention(id string) {
	d := s.doc()
	if d == nil {
		return
	}
	a := d.Actor(id)
	if a == nil {
		return
	}
	if len(a.Mentions) == 0 {
		s.selectRef(Ref{Kind: KindActor, ID: id}, false)
		return
	}
	i := s.cursor[id] % len(a.Mentions)
	s.cursor[id] = i + 1
	m := a.Mentions[i]
	s.selectRef(Ref{Kind: KindMention, ID: id, Start: m.Start, End: m.End}, true)
	s.setStatus(fmt.Sprintf("%s: mention %d of %d.", a.Name, i+1, len(a.Mentions)))
}

// layerOf tells which legend layer hides a ref's highlight.
func layerOf(d *annot.Document, r Ref) string {
	switch r.Kind {
	case KindQuote:
		return "quotes"
	case KindClaim:
		return "claims"
	case KindMention:
		if a := d.Actor(r.ID); a != nil {
			return "t-" + typeClass(a.Type)
		}
	}
	return "actors"
}

// step selects the next (dir 1) or previous (dir -1) visible annotation in
// text order.
func (s *session) step(dir int) {
	if s.lay == nil {
		return
	}
	d := s.doc()
	type item struct {
		start, end int
		ref        Ref
	}
	var items []item
	for i, m := range s.lay.marks {
		if m.Layer == LayerCue {
			continue
		}
		r := s.keys.ref(s.lay.marks[i].Key)
		if s.hidden[layerOf(d, r)] || (r.Kind == KindMention && s.hidden["actors"]) {
			continue
		}
		items = append(items, item{m.Start, m.End, r})
	}
	if len(items) == 0 {
		return
	}
	sortItems := func(a, b item) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	}
	slices.SortFunc(items, sortItems)
	cur := -1
	for i, it := range items {
		if it.ref == s.sel {
			cur = i
			break
		}
	}
	next := 0
	switch {
	case cur < 0 && dir < 0:
		next = len(items) - 1
	case cur >= 0:
		next = (cur + dir + len(items)) % len(items)
	}
	s.selectRef(items[next].ref, true)
	s.setStatus(describeRef(d, items[next].ref))
}

// describeRef says in words what r is, for the status line.
func describeRef(d *annot.Document, r Ref) string {
	switch r.Kind {
	case KindMention:
		if a := d.Actor(r.ID); a != nil {
			return "Actor: " + a.Name + " (" + a.Type + ")."
		}
	case KindActor:
		if a := d.Actor(r.ID); a != nil {
			return "Actor: " + a.Name + "."
		}
	case KindQuote:
		if q := findQuote(d, r.ID); q != nil {
			return "Quote by " + nameOr(d, q.Speaker, "unknown speaker") + ": " + clip(q.Text, 80)
		}
	case KindClaim:
		if c := findClaim(d, r.ID); c != nil {
			return "Claim by " + nameOr(d, c.Claimant, "unknown claimant") + ": " + clip(c.Text, 80)
		}
	}
	return ""
}

func nameOr(d *annot.Document, id *string, none string) string {
	if n := actorName(d, id); n != "" {
		return n
	}
	return none
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// spanOf returns the span of a mention, quote or claim.
func (s *session) spanOf(r Ref) (span, bool) {
	d := s.doc()
	if d == nil {
		return span{}, false
	}
	switch r.Kind {
	case KindMention:
		if s.exists(r) {
			return span{r.Start, r.End}, true
		}
	case KindQuote:
		if q := findQuote(d, r.ID); q != nil {
			return span{q.Start, q.End}, true
		}
	case KindClaim:
		if c := findClaim(d, r.ID); c != nil {
			return span{c.Start, c.End}, true
		}
	}
	return span{}, false
}

// nudge moves the start (which 0) or end (which 1) of the selected span by
// delta code points.
func (s *session) nudge(which, delta int) {
	sp, ok := s.spanOf(s.sel)
	if !ok {
		s.setError("Select a mention, quote or claim first.")
		return
	}
	if which == 0 {
		sp.Start += delta
	} else {
		sp.End += delta
	}
	s.apply(AdjustSpan{Target: s.sel, Start: sp.Start, End: sp.End})
}

// trimPick shrinks a range to exclude white space at its ends.
func trimPick(m *annot.Mapper, text string, p span) span {
	b0 := m.MustConvert(p.Start, annot.Runes, annot.Bytes)
	b1 := m.MustConvert(p.End, annot.Runes, annot.Bytes)
	seg := text[b0:b1]
	lead := len(seg) - len(strings.TrimLeftFunc(seg, unicode.IsSpace))
	trail := len(seg) - len(strings.TrimRightFunc(seg, unicode.IsSpace))
	if lead == len(seg) {
		return span{}
	}
	return span{
		Start: m.MustConvert(b0+lead, annot.Bytes, annot.Runes),
		End:   m.MustConvert(b1-trail, annot.Bytes, annot.Runes),
	}
}

// find sets the pick to the next occurrence of q after the current pick or
// selection, wrapping around.
func (s *session) find(q string) {
	d := s.doc()
	if d == nil || strings.TrimSpace(q) == "" {
		return
	}
	text := d.Document.Text
	m := s.ed.Mapper()
	from := 0
	if !s.pick.empty() {
		from = m.MustConvert(s.pick.Start, annot.Runes, annot.Bytes) + 1
	}
	k := -1
	if from < len(text) {
		if i := strings.Index(text[from:], q); i >= 0 {
			k = from + i
		}
	}
	if k < 0 {
		k = strings.Index(text, q)
	}
	if k < 0 {
		s.setError("“%s” is not in the text.", q)
		return
	}
	s.errMsg = ""
	start := m.MustConvert(k, annot.Bytes, annot.Runes)
	s.pick = span{start, start + len([]rune(q))}
	s.requestScroll(-2)
	s.setStatus(fmt.Sprintf("Found “%s” at %d. Press a, q or c to mark it as actor, quote or claim.", clip(q, 40), start))
}

// addFromPick adds an annotation of kind k over the picked range.
func (s *session) addFromPick(k Kind) {
	if s.ed == nil {
		return
	}
	p := s.pick
	if p.empty() {
		s.setError("Select some text in the reading view first (or use Find).")
		return
	}
	switch k {
	case KindMention:
		actor := ""
		if s.sel.Kind == KindActor || s.sel.Kind == KindMention {
			actor = s.sel.ID
		}
		s.apply(AddMention{Actor: actor, Start: p.Start, End: p.End, NewType: "person"})
	case KindQuote:
		s.apply(AddQuote{Start: p.Start, End: p.End})
	case KindClaim:
		s.apply(AddClaim{Start: p.Start, End: p.End})
	}
	s.pick = span{}
}

// spanToPick sets the selected annotation's span to the picked range.
func (s *session) spanToPick() {
	if s.pick.empty() {
		s.setError("Select some text in the reading view first (or use Find).")
		return
	}
	if _, ok := s.spanOf(s.sel); !ok {
		s.setError("Select a mention, quote or claim first.")
		return
	}
	s.apply(AdjustSpan{Target: s.sel, Start: s.pick.Start, End: s.pick.End})
	s.pick = span{}
}

// deleteSelected deletes the selected annotation.
func (s *session) deleteSelected() {
	if s.sel.IsZero() {
		s.setError("Select an annotation first.")
		return
	}
	s.apply(DeleteAnnotation{Target: s.sel})
}

// importFile reads an export file and adds its documents to the library,
// opening the first, and reports whether it did. A bad file changes nothing.
func (s *session) importFile(name string, data []byte) bool {
	docs, err := parseImport(data)
	if err != nil {
		s.setError("Could not import %s: %v", name, err)
		return false
	}
	now := time.Now()
	var first wasm.Record
	for i, d := range docs {
		r := wasm.Record{ID: wasm.NewID(), Name: docName(d), Created: now, Modified: now, Doc: d}
		if i == 0 {
			first = r
			continue
		}
		if s.lib != nil {
			lib := s.lib
			s.async(func() func() {
				err := lib.Put(r)
				return func() {
					if err != nil {
						s.setError("%s", storageMessage("store “"+r.Name+"”", err))
						return
					}
					s.upsertRecord(r)
				}
			})
		}
	}
	s.open(first)
	s.save()
	s.errMsg = ""
	s.setStatus(fmt.Sprintf("Imported %d document(s) from %s.", len(docs), name))
	return true
}

// exportCurrent downloads the open document in format f.
func (s *session) exportCurrent(f string) {
	d := s.doc()
	if d == nil {
		s.setError("Open a document first.")
		return
	}
	var buf bytes.Buffer
	var err error
	name, mime := fileStem(s.rec.Name), ""
	switch f {
	case "json":
		var b []byte
		b, err = marshalDoc(d)
		buf.Write(b)
		name, mime = name+".whosaid.json", "application/json"
	case "jsonld":
		err = writeJSONLD(&buf, d)
		name, mime = name+".jsonld", "application/ld+json"
	case "csv":
		err = writeCSV(&buf, d)
		name, mime = name+"-quotes-claims.csv", "text/csv"
	case "actors":
		err = writeActorsCSV(&buf, d)
		name, mime = name+"-actors.csv", "text/csv"
	}
	if err == nil {
		err = wasm.Download(name, mime, buf.Bytes())
	}
	if err != nil {
		s.setError("Could not export: %v", err)
		return
	}
	s.setStatus("Exported " + name + ".")
}

// exportLibrary downloads every document of the library as JSON Lines.
func (s *session) exportLibrary() {
	if s.lib == nil {
		s.setError("The library is not available.")
		return
	}
	lib := s.lib
	recs := s.records
	s.busy = "Exporting the library…"
	s.async(func() func() {
		var buf bytes.Buffer
		var err error
		for _, r := range recs {
			var full wasm.Record
			if full, err = lib.Get(r.ID); err != nil {
				break
			}
			var b []byte
			if b, err = marshalLine(full.Doc); err != nil {
				break
			}
			buf.Write(b)
		}
		return func() {
			s.busy = ""
			if err == nil {
				err = wasm.Download("whosaid-library.jsonl", "application/jsonl", buf.Bytes())
			}
			if err != nil {
				s.setError("Could not export the library: %v", err)
				return
			}
			s.setStatus(fmt.Sprintf("Exported %d documents.", len(recs)))
		}
	})
}

// fileStem makes a document name usable as the start of a file name.
func fileStem(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
		if b.Len() >= 60 {
			break
		}
	}
	stem := strings.Trim(b.String(), "-")
	if stem == "" {
		stem = "document"
	}
	return stem
}

// openRecord loads a library document and opens it.
func (s *session) openRecord(id string) {
	if s.lib == nil {
		return
	}
	if s.rec.ID == id && s.ed != nil && !s.newerElsewhere(id) {
		s.ctx.Navigate("/")
		return
	}
	lib := s.lib
	s.busy = "Opening…"
	s.async(func() func() {
		r, err := lib.Get(id)
		var o *opening
		if err == nil {
			o = prepareOpen(r.Doc, wasm.Yield)
		}
		return func() {
			s.busy = ""
			if err != nil {
				s.setError("%s", storageMessage("open the document", err))
				return
			}
			s.install(r, o)
			s.setStatus("Opened “" + r.Name + "”.")
			s.ctx.Navigate("/")
		}
	})
}

// renameRecord renames a library document.
func (s *session) renameRecord(id, name string) {
	name = strings.TrimSpace(name)
	if name == "" || s.lib == nil {
		return
	}
	if s.rec.ID == id {
		s.rec.Name = name
		s.save()
		s.setStatus("Renamed to “" + name + "”.")
		return
	}
	lib := s.lib
	s.async(func() func() {
		var r wasm.Record
		var err error
		// A rename can be done again on the version another tab just
		// saved, so a conflict means: read it again and retry.
		for range 3 {
			if r, err = lib.Get(id); err != nil {
				break
			}
			r.Name = name
			r.Modified = time.Now()
			if r, err = lib.Update(r, r.Rev); !errors.Is(err, wasm.ErrConflict) {
				break
			}
		}
		return func() {
			if err != nil {
				s.setError("%s", storageMessage("rename the document", err))
				return
			}
			s.announce(r.ID, r.Rev, false)
			s.upsertRecord(r)
			s.setStatus("Renamed to “" + name + "”.")
		}
	})
}

// deleteRecord removes a document from the library after the user agreed.
func (s *session) deleteRecord(id string) {
	if s.lib == nil {
		return
	}
	lib := s.lib
	s.async(func() func() {
		err := lib.Delete(id)
		return func() {
			if err != nil {
				s.setError("%s", storageMessage("delete the document", err))
				return
			}
			s.announce(id, "", true)
			for i := range s.records {
				if s.records[i].ID == id {
					s.records = append(s.records[:i], s.records[i+1:]...)
					break
				}
			}
			if s.rec.ID == id {
				s.close()
			}
			s.setStatus("Deleted.")
		}
	})
}

// rerun runs the engine again on a library document. With keep, the
// annotations the user added or changed are carried over (see Rebase);
// otherwise the engine's new output replaces everything.
func (s *session) rerun(id string, keep bool) {
	if s.lib == nil || s.busy != "" {
		return
	}
	lib := s.lib
	s.busy = "Annotating again…"
	s.async(func() func() {
		r, err := lib.Get(id)
		if s.rec.ID == id && s.ed != nil {
			r.Doc = s.ed.Doc()
		}
		var fresh *annot.Document
		if err == nil {
			fresh, err = wasm.Extract(r.Doc.Document.Text)
		}
		return func() {
			s.busy = ""
			if err != nil {
				s.setError("Could not annotate again: %v", err)
				return
			}
			if keep {
				fresh = Rebase(r.Doc, fresh)
			}
			r.Doc = fresh
			s.open(r)
			s.save()
			s.setStatus("Annotated again" + map[bool]string{true: ", keeping your edits.", false: "."}[keep])
			s.ctx.Navigate("/")
		}
	})
}
