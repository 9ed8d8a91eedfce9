//go:build js && wasm

package wasm

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/hack-pad/safejs"
	"github.com/whosaid/whosaid/engine/annot"
)

// workerURL is the script of the engine Web Worker, in the app's static
// resources directory (go-app's GOAPP_STATIC_RESOURCES_URL, "/web" unless the
// app is served from a sub-path). The worker loads engine.wasm next to it.
func workerURL() string {
	dir := "/web"
	if getenv, err := safejs.Global().Get("goappGetenv"); err == nil && getenv.Type() == safejs.TypeFunction {
		if v, err := getenv.Invoke("GOAPP_STATIC_RESOURCES_URL"); err == nil && v.Type() == safejs.TypeString {
			if s, err := v.String(); err == nil && s != "" {
				dir = strings.TrimSuffix(s, "/")
			}
		}
	}
	return dir + "/engine-worker.js"
}

// Extract runs the engine over text in the engine Web Worker and returns the
// export document. It blocks until the worker answers: call it from a
// goroutine (ctx.Async), never from a JavaScript callback.
func Extract(text string) (*annot.Document, error) {
	return ExtractContext(context.Background(), text)
}

// ExtractContext is Extract that gives up when ctx ends. Since a busy worker
// cannot be interrupted, giving up stops the worker; the next call starts a
// new one.
func ExtractContext(ctx context.Context, text string) (*annot.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	w, err := theEngine.start()
	if err != nil {
		return nil, err
	}
	Mark("extract:send")
	id, ch, err := w.send(text)
	if err != nil {
		return nil, err
	}
	select {
	case r := <-ch:
		Mark("extract:reply")
		if r.engine[1] > 0 {
			markAt("engine:start", r.engine[0])
			markAt("engine:end", r.engine[1])
		}
		if r.err != nil {
			return nil, r.err
		}
		data, err := r.bytes()
		if err != nil {
			return nil, err
		}
		d, err := decodeDocument(data, text)
		Mark("extract:decoded")
		return d, err
	case <-ctx.Done():
		w.forget(id)
		theEngine.stop(w, fmt.Errorf("%w: extraction canceled", ErrEngine))
		return nil, ctx.Err()
	}
}

// StopEngine terminates the engine worker if one runs, failing its pending
// calls with ErrEngine; the next Extract or StartEngine starts a new one.
// The app calls it when its page is hidden (pagehide): a reload would
// otherwise leave the worker's warm-up running alongside the next page's
// start-up until the old document is torn down.
func StopEngine() {
	theEngine.mu.Lock()
	w := theEngine.w
	theEngine.mu.Unlock()
	if w != nil {
		theEngine.stop(w, fmt.Errorf("%w: the page was hidden", ErrEngine))
	}
}

// StartEngine starts the engine worker ahead of the first Extract, so the
// first extraction does not wait for engine.wasm to download and compile. It
// does not block.
func StartEngine() error {
	_, err := theEngine.start()
	return err
}

// engineWarm is closed when the first engine worker reports that its
// warm-up is over (engine-worker.js's {warm} message).
var (
	engineWarm     = make(chan struct{})
	engineWarmOnce sync.Once
)

// EngineWarm returns a channel that is closed once the engine worker has
// warmed up: it ran its warm-up extractions, or a real request ended them.
// Until then V8 runs engine.wasm in its baseline tier, many times slower.
func EngineWarm() <-chan struct{} { return engineWarm }

// warmUpData holds the compact document the first engine worker posted
// after its first warm-up extraction ({warmup}, with its text), until
// WarmUpDocument takes it.
var warmUpData = make(chan []byte, 1)

// WarmUpDocument returns the document of the engine worker's warm-up
// article, for the app's own warm-up: it blocks until the worker has sent
// it, after its first warm-up extraction, and returns false when the
// engine reported itself warm without sending one (a real request came
// first) or the document does not decode.
func WarmUpDocument() (*annot.Document, bool) {
	var data []byte
	select {
	case data = <-warmUpData:
	case <-engineWarm:
		select {
		case data = <-warmUpData:
		default:
			return nil, false
		}
	}
	d, err := decodeDocument(data, "")
	return d, err == nil
}

// engineHolder keeps the one running worker; it starts one on demand and
// forgets one that failed, so the next call gets a fresh worker.
type engineHolder struct {
	mu sync.Mutex
	w  *worker
}

var theEngine engineHolder

func (h *engineHolder) start() (*worker, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.w != nil {
		return h.w, nil
	}
	w, err := newWorker(h)
	if err != nil {
		return nil, err
	}
	h.w = w
	return w, nil
}

// stop terminates w, fails its pending calls with err and forgets it.
func (h *engineHolder) stop(w *worker, err error) {
	h.mu.Lock()
	if h.w == w {
		h.w = nil
	}
	h.mu.Unlock()
	w.close(err)
}

// reply is the worker's answer to one request: the document in annot's
// compact form, a Uint8Array, or an error.
type reply struct {
	data   safejs.Value
	engine [2]float64 // when the worker started and ended the extraction, ms since the epoch; 0 when unknown
	err    error
}

// copySlice is how many bytes bytes copies into Go between two Yields.
const copySlice = 1 << 20

// bytes copies the answer into Go, a slice at a time, yielding between
// slices.
func (r reply) bytes() ([]byte, error) {
	n, err := r.data.Length()
	if err != nil {
		return nil, fmt.Errorf("%w: the engine's answer has no document: %v", ErrEngine, err)
	}
	data := make([]byte, n)
	for i := 0; i < n; i += copySlice {
		j := min(i+copySlice, n)
		part := r.data
		if i > 0 || j < n {
			if part, err = r.data.Call("subarray", i, j); err != nil {
				return nil, fmt.Errorf("%w: reading the engine's answer: %v", ErrEngine, err)
			}
		}
		if _, err := safejs.CopyBytesToGo(data[i:j], part); err != nil {
			return nil, fmt.Errorf("%w: reading the engine's answer: %v", ErrEngine, err)
		}
		Yield()
	}
	return data, nil
}

// worker is one engine Web Worker and the calls waiting for its answers.
type worker struct {
	holder    *engineHolder
	js        safejs.Value
	onMessage safejs.Func
	onError   safejs.Func

	mu      sync.Mutex
	next    int
	pending map[int]chan reply
	closed  error
}

func newWorker(h *engineHolder) (*worker, error) {
	ctor, err := global("Worker")
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrEngine, err)
	}
	w := &worker{holder: h, pending: map[int]chan reply{}}
	if w.onMessage, err = safejs.FuncOf(w.message); err != nil {
		return nil, err
	}
	if w.onError, err = safejs.FuncOf(w.failed); err != nil {
		w.onMessage.Release()
		return nil, err
	}
	url := workerURL()
	// The name tells engine-worker.js to wait for the module (see
	// compileEngine); the URL stays the one the service worker precached.
	opts, err := safejs.ValueOf(map[string]any{"name": "whosaid-engine-module"})
	if err != nil {
		w.onMessage.Release()
		w.onError.Release()
		return nil, err
	}
	if w.js, err = ctor.New(url, opts); err != nil {
		w.onMessage.Release()
		w.onError.Release()
		return nil, fmt.Errorf("%w: starting %s: %v", ErrEngine, url, err)
	}
	for ev, f := range map[string]safejs.Func{"message": w.onMessage, "error": w.onError, "messageerror": w.onError} {
		if _, err := w.js.Call("addEventListener", ev, f); err != nil {
			w.close(err)
			return nil, err
		}
	}
	w.compileEngine(strings.TrimSuffix(url, "engine-worker.js") + "engine.wasm")
	return w, nil
}

// compileEngine compiles engine.wasm (at url) on the page and posts the
// module to the worker, which waits for it (its name is
// "whosaid-engine-module"); when the page cannot compile it, it posts
// {module: null} and the worker loads engine.wasm itself. With the worker compiling it, every
// reload compiled engine.wasm again and ran it in V8's baseline tier
// (TestProfileEngineReload: 1,040 lazy compilations and seconds of
// optimising per load); compiled by the page, later loads reuse the
// compiled and optimised code. It does not block.
func (w *worker) compileEngine(url string) {
	post := func(module safejs.Value) {
		obj, err := global("Object")
		if err != nil {
			return
		}
		msg, err := obj.New()
		if err == nil {
			err = msg.Set("module", module)
		}
		if err == nil {
			_, err = w.js.Call("postMessage", msg)
		}
		if err != nil {
			w.holder.stop(w, fmt.Errorf("%w: handing engine.wasm to the worker: %v", ErrEngine, err))
		}
	}
	fetch, err := global("fetch")
	var wa, compile safejs.Value
	if err == nil {
		wa, err = global("WebAssembly")
	}
	if err == nil {
		compile, err = wa.Get("compileStreaming")
	}
	if err != nil || compile.Type() != safejs.TypeFunction {
		post(safejs.Null())
		return
	}
	var ok, fail safejs.Func
	release := func() { ok.Release(); fail.Release() }
	ok, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		release()
		if len(args) > 0 {
			post(args[0])
		} else {
			post(safejs.Null())
		}
		return nil
	})
	if err != nil {
		post(safejs.Null())
		return
	}
	fail, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		release()
		post(safejs.Null())
		return nil
	})
	if err != nil {
		ok.Release()
		post(safejs.Null())
		return
	}
	response, err := fetch.Invoke(url)
	var p safejs.Value
	if err == nil {
		p, err = wa.Call("compileStreaming", response)
	}
	if err == nil {
		_, err = p.Call("then", ok, fail)
	}
	if err != nil {
		release()
		post(safejs.Null())
	}
}

// send posts one request and returns its ID and the channel its reply comes
// on.
func (w *worker) send(text string) (int, chan reply, error) {
	w.mu.Lock()
	if w.closed != nil {
		err := w.closed
		w.mu.Unlock()
		return 0, nil, err
	}
	w.next++
	id := w.next
	ch := make(chan reply, 1)
	w.pending[id] = ch
	w.mu.Unlock()

	// The compact answer leaves the text out: this text is the worker's,
	// unless it is not valid UTF-8, which JavaScript would receive with
	// U+FFFD in place of the bad bytes.
	msg, err := safejs.ValueOf(map[string]any{"id": id, "text": text, "format": "compact", "withText": !utf8.ValidString(text)})
	if err == nil {
		_, err = w.js.Call("postMessage", msg)
	}
	if err != nil {
		w.forget(id)
		return 0, nil, fmt.Errorf("%w: sending the text: %v", ErrEngine, err)
	}
	return id, ch, nil
}

func (w *worker) forget(id int) {
	w.mu.Lock()
	delete(w.pending, id)
	w.mu.Unlock()
}

// message handles the worker's answers: {id, compact} or {id, error}. Messages
// without a pending id (the worker's ready notice) are ignored. It runs as a
// JavaScript callback, so it never blocks.
func (w *worker) message(_ safejs.Value, args []safejs.Value) any {
	if len(args) == 0 {
		return nil
	}
	data, err := args[0].Get("data")
	if err != nil || data.Type() != safejs.TypeObject {
		return nil
	}
	idv, err := data.Get("id")
	if err != nil || idv.Type() != safejs.TypeNumber {
		if msg, err := stringProp(data, "fatal"); err == nil {
			w.holder.stop(w, fmt.Errorf("%w: %s", ErrEngine, msg))
		} else if v, err := data.Get("warmup"); err == nil && isUint8Array(v) {
			// A few KB: copied here, in the callback, which must not
			// yield (reply.bytes does).
			if n, err := v.Length(); err == nil {
				b := make([]byte, n)
				if _, err := safejs.CopyBytesToGo(b, v); err == nil {
					select {
					case warmUpData <- b:
					default: // a later worker's: the app warms up once
					}
				}
			}
		} else if v, err := data.Get("warm"); err == nil && v.Type() == safejs.TypeBoolean {
			if warm, _ := v.Bool(); !warm {
				return nil
			}
			engineWarmOnce.Do(func() {
				Mark("engine:warm")
				close(engineWarm)
			})
		}
		return nil
	}
	id, err := idv.Int()
	if err != nil {
		return nil
	}
	var r reply
	if msg, err := stringProp(data, "error"); err == nil {
		r.err = errors.New(msg)
	} else if r.data, err = data.Get("compact"); err != nil || !isUint8Array(r.data) {
		r.err = fmt.Errorf("%w: the engine's answer has no document", ErrEngine)
	}
	if t, err := data.Get("engine"); err == nil && t.Type() == safejs.TypeObject {
		for i := range r.engine {
			if v, err := t.Index(i); err == nil && v.Type() == safejs.TypeNumber {
				r.engine[i], _ = v.Float()
			}
		}
	}
	w.mu.Lock()
	ch := w.pending[id]
	delete(w.pending, id)
	w.mu.Unlock()
	if ch != nil {
		ch <- r
	}
	return nil
}

// failed handles the worker's error events: the script did not load or threw
// outside a request. The worker is stopped and its calls fail.
func (w *worker) failed(_ safejs.Value, args []safejs.Value) any {
	msg := "the engine worker failed"
	if len(args) > 0 {
		if m, err := stringProp(args[0], "message"); err == nil && m != "" {
			msg += ": " + m
		}
	}
	w.holder.stop(w, fmt.Errorf("%w: %s", ErrEngine, msg))
	return nil
}

// close terminates the worker, fails every pending call with err, and
// releases the callbacks. Closing twice does nothing.
func (w *worker) close(err error) {
	w.mu.Lock()
	if w.closed != nil {
		w.mu.Unlock()
		return
	}
	w.closed = err
	pending := w.pending
	w.pending = nil
	w.mu.Unlock()
	for _, ch := range pending {
		ch <- reply{err: err}
	}
	if w.js.Type() == safejs.TypeObject {
		_, _ = w.js.Call("terminate")
		for ev, f := range map[string]safejs.Func{"message": w.onMessage, "error": w.onError, "messageerror": w.onError} {
			_, _ = w.js.Call("removeEventListener", ev, f)
		}
	}
	w.onMessage.Release()
	w.onError.Release()
}

// isUint8Array reports whether v is a Uint8Array.
func isUint8Array(v safejs.Value) bool {
	ctor, err := global("Uint8Array")
	if err != nil || v.Type() != safejs.TypeObject {
		return false
	}
	ok, err := v.InstanceOf(ctor)
	return err == nil && ok
}
