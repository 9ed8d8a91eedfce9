//go:build js && wasm

package enginejs

import (
	"fmt"
	"unsafe"

	"github.com/hack-pad/safejs"
	"github.com/whosaid/whosaid/engine"
)

// Register defines version and extractJSON on the global object named
// whosaid, creating it if needed and keeping what is already there (the
// loader, web/engine.js, puts extract on it). Then it calls whosaid._onready()
// when the loader left one, so the loader never polls. The functions stay
// registered for the life of the program; Register must be called once.
func Register() error {
	global := safejs.Global()
	obj, err := global.Get("whosaid")
	if err != nil {
		return err
	}
	if obj.IsUndefined() || obj.IsNull() {
		objectCtor, err := global.Get("Object")
		if err != nil {
			return err
		}
		if obj, err = objectCtor.New(); err != nil {
			return err
		}
		if err := global.Set("whosaid", obj); err != nil {
			return err
		}
	}
	extract, err := safejs.FuncOf(extractJSON)
	if err != nil {
		return err
	}
	if err := obj.Set("extractJSON", extract); err != nil {
		extract.Release()
		return err
	}
	if err := obj.Set("version", engine.GeneratorVersion); err != nil {
		return err
	}
	onready, err := obj.Get("_onready")
	if err != nil {
		return err
	}
	if onready.Type() == safejs.TypeFunction {
		if _, err := onready.Invoke(); err != nil {
			return fmt.Errorf("whosaid._onready: %w", err)
		}
	}
	return nil
}

// extractJSON is whosaid.extractJSON(text, options): the export document as
// a JSON string, or an Error object when the arguments are bad (a Go function
// cannot throw into JavaScript; the loader's whosaid.extract throws it). It
// never lets a panic out, since that would end the Go program and every later
// call.
func extractJSON(_ safejs.Value, args []safejs.Value) (result any) {
	defer func() {
		if r := recover(); r != nil {
			result = jsError(fmt.Sprintf("whosaid.extract: internal error: %v", r))
		}
	}()
	if len(args) < 1 || args[0].Type() != safejs.TypeString {
		got := "nothing"
		if len(args) > 0 {
			got = args[0].Type().String()
		}
		return jsError("whosaid.extract: text must be a string, got " + got)
	}
	text, err := args[0].String()
	if err != nil {
		return jsError("whosaid.extract: reading text: " + err.Error())
	}
	var opts Options
	if len(args) > 1 {
		if opts, err = optionsFromJS(args[1]); err != nil {
			return jsError("whosaid.extract: " + err.Error())
		}
	}
	out, err := ExtractJSON(text, opts)
	if err != nil {
		return jsError("whosaid.extract: " + err.Error())
	}
	if len(out) == 0 {
		return ""
	}
	// The JSON is copied into a JavaScript string and never changed or used
	// again, so it needs no Go string copy of its own first.
	return unsafe.String(&out[0], len(out))
}

// optionsFromJS reads the options argument: undefined, null, or an object
// whose only key is language, a string. Unknown keys are an error, so a typo
// is never silently ignored.
func optionsFromJS(v safejs.Value) (Options, error) {
	var o Options
	if v.IsUndefined() || v.IsNull() {
		return o, nil
	}
	if v.Type() != safejs.TypeObject {
		return o, fmt.Errorf(`options must be an object, like {"language": "en"}, got %s`, v.Type())
	}
	object, err := safejs.Global().Get("Object")
	if err != nil {
		return o, err
	}
	keys, err := object.Call("keys", v)
	if err != nil {
		return o, err
	}
	n, err := keys.Length()
	if err != nil {
		return o, err
	}
	for i := 0; i < n; i++ {
		k, err := keys.Index(i)
		if err != nil {
			return o, err
		}
		key, err := k.String()
		if err != nil {
			return o, err
		}
		if key != "language" {
			return o, fmt.Errorf(`unknown option %q (the only option is "language")`, key)
		}
	}
	lang, err := v.Get("language")
	if err != nil {
		return o, err
	}
	switch lang.Type() {
	case safejs.TypeUndefined, safejs.TypeNull:
	case safejs.TypeString:
		if o.Language, err = lang.String(); err != nil {
			return o, err
		}
	default:
		return o, fmt.Errorf("option language must be a string, got %s", lang.Type())
	}
	return o, nil
}

// jsError builds a JavaScript Error with msg, or returns msg itself if even
// that fails.
func jsError(msg string) any {
	ctor, err := safejs.Global().Get("Error")
	if err != nil {
		return msg
	}
	e, err := ctor.New(msg)
	if err != nil {
		return msg
	}
	return e
}
