//go:build js && wasm

package enginejs

import (
	"errors"
	"syscall/js"

	"github.com/whosaid/whosaid/engine"
	"github.com/whosaid/whosaid/internal/msg"
)

// try runs fn and returns the panic of a syscall/js call in it (a JavaScript
// exception, js.Error, or a value of the wrong type, *js.ValueError) as an
// error, so that no JavaScript failure ends the Go program.
func try(fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else if s, ok := r.(string); ok {
				err = errors.New(s)
			} else {
				err = errors.New("JavaScript call failed")
			}
		}
	}()
	fn()
	return nil
}

// Register defines version and extractCompact on the global object named
// whosaid, creating it if needed and keeping what is already there (the
// loader, web/engine.js, puts extract and extractJSON on it). Then it calls whosaid._onready()
// when the loader left one, so the loader never polls. The functions stay
// registered for the life of the program; Register must be called once.
func Register() error {
	var onready js.Value
	err := try(func() {
		global := js.Global()
		obj := global.Get("whosaid")
		if obj.IsUndefined() || obj.IsNull() {
			obj = global.Get("Object").New()
			global.Set("whosaid", obj)
		}
		obj.Set("extractCompact", js.FuncOf(extractCompact))
		obj.Set("version", engine.GeneratorVersion)
		onready = obj.Get("_onready")
	})
	if err != nil {
		return err
	}
	if onready.Type() == js.TypeFunction {
		if err := try(func() { onready.Invoke() }); err != nil {
			return msg.Errorf("whosaid._onready: %w", err)
		}
	}
	return nil
}

// extractCompact is whosaid.extractCompact(text, options, withText): the
// export document in annot's compact form as a new Uint8Array, the text
// left out unless withText is true; or an Error object when the arguments
// are bad (a Go function cannot throw into JavaScript; the loader's
// whosaid.extract throws it). web/engine.js decodes it, and writes
// whosaid.extractJSON's JSON from the decoded object: the JSON encoder stays
// out of engine.wasm. It never lets a panic out, since that would end the
// Go program and every later call.
func extractCompact(_ js.Value, args []js.Value) (result any) {
	defer func() {
		if r := recover(); r != nil {
			result = jsError(msg.Sprintf("whosaid.extract: internal error: %v", r))
		}
	}()
	text, opts, errv := arguments(args)
	if errv != nil {
		return errv
	}
	withText := len(args) > 2 && args[2].Type() == js.TypeBoolean && args[2].Bool()
	restore := boundHeap(len(text))
	defer restore()
	out, err := ExtractCompact(text, opts, withText)
	if err != nil {
		return jsError("whosaid.extract: " + err.Error())
	}
	var arr js.Value
	if err := try(func() {
		if uint8Array.IsUndefined() {
			uint8Array = js.Global().Get("Uint8Array")
		}
		arr = uint8Array.New(len(out))
		js.CopyBytesToJS(arr, out)
	}); err != nil {
		return jsError("whosaid.extract: " + err.Error())
	}
	return arr
}

// uint8Array is the global Uint8Array constructor, looked up through
// syscall/js on the first call instead of on every call.
var uint8Array js.Value

// Go's linear memory in WebAssembly never shrinks, so the largest heap of
// any call stays with the page or the node process for good. boundHeap
// sets a soft memory limit for one call over n bytes of text,
// heapBase + heapPerByte × n, and returns the function that restores the
// limit before it; near the limit the collector runs more often instead of
// letting the heap grow to twice the live data. At most about 12× the text
// is live during a call, while the attribution stage runs (the engine's
// peak-live/input benchmark metric; the runtime and the lexicons add about
// 11 MB), so the limit stays above what is live and the collector does not
// run without end on a large text. Measured on 1 MB under node: the Go
// memory grew by 42 MB without a limit, 37 MB with this one, 23 MB with 22
// MiB (then the collector ran 16 times a call); on 10 MB it reaches 202
// MiB, 187 MiB with 10× the text but 60% more CPU time.
const (
	heapBase    = 16 << 20
	heapPerByte = 16
)

func boundHeap(n int) func() {
	prev := setMemoryLimit(heapBase + heapPerByte*int64(n))
	return func() { setMemoryLimit(prev) }
}

// arguments reads the text and options arguments of extractCompact; for
// bad ones it returns the Error object to return.
func arguments(args []js.Value) (string, Options, any) {
	var opts Options
	if len(args) < 1 || args[0].Type() != js.TypeString {
		got := "nothing"
		if len(args) > 0 {
			got = args[0].Type().String()
		}
		return "", opts, jsError("whosaid.extract: text must be a string, got " + got)
	}
	text := args[0].String()
	if len(args) > 1 {
		var err error
		if opts, err = optionsFromJS(args[1]); err != nil {
			return "", opts, jsError("whosaid.extract: " + err.Error())
		}
	}
	return text, opts, nil
}

// optionsFromJS reads the options argument: undefined, null, or an object
// whose only key is language, a string. Unknown keys are an error, so a typo
// is never silently ignored.
func optionsFromJS(v js.Value) (Options, error) {
	var o Options
	if v.IsUndefined() || v.IsNull() {
		return o, nil
	}
	if v.Type() != js.TypeObject {
		return o, msg.Errorf(`options must be an object, like {"language": "en"}, got %s`, v.Type())
	}
	var keys []string
	var lang js.Value
	if err := try(func() {
		k := js.Global().Get("Object").Call("keys", v)
		for i, n := 0, k.Length(); i < n; i++ {
			keys = append(keys, k.Index(i).String())
		}
		lang = v.Get("language")
	}); err != nil {
		return o, err
	}
	for _, key := range keys {
		if key != "language" {
			return o, msg.Errorf(`unknown option %q (the only option is "language")`, key)
		}
	}
	switch lang.Type() {
	case js.TypeUndefined, js.TypeNull:
	case js.TypeString:
		o.Language = lang.String()
	default:
		return o, msg.Errorf("option language must be a string, got %s", lang.Type())
	}
	return o, nil
}

// jsError builds a JavaScript Error with message m, or returns m itself if
// even that fails.
func jsError(m string) any {
	var e js.Value
	if err := try(func() { e = js.Global().Get("Error").New(m) }); err != nil {
		return m
	}
	return e
}
