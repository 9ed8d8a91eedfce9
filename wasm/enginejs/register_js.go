//go:build js && wasm

package enginejs

import (
	"fmt"

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
	var options []byte
	if len(args) > 1 && !args[1].IsUndefined() && !args[1].IsNull() {
		if args[1].Type() != safejs.TypeObject {
			return jsError(`whosaid.extract: options must be an object, like {"language": "en"}, got ` + args[1].Type().String())
		}
		s, err := stringify(args[1])
		if err != nil {
			return jsError("whosaid.extract: reading options: " + err.Error())
		}
		options = []byte(s)
	}
	out, err := ExtractJSON(text, options)
	if err != nil {
		return jsError("whosaid.extract: " + err.Error())
	}
	return string(out)
}

func stringify(v safejs.Value) (string, error) {
	j, err := safejs.Global().Get("JSON")
	if err != nil {
		return "", err
	}
	s, err := j.Call("stringify", v)
	if err != nil {
		return "", err
	}
	return s.String()
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
