//go:build js && wasm

package wasm

import (
	"context"
	"errors"
	"fmt"

	"github.com/hack-pad/safejs"
)

// global returns the JavaScript global property name, failing when it is
// missing.
func global(name string) (safejs.Value, error) {
	v, err := safejs.Global().Get(name)
	if err != nil {
		return v, err
	}
	if v.IsUndefined() || v.IsNull() {
		return v, fmt.Errorf("%s is not available in this browser", name)
	}
	return v, nil
}

// await waits for the promise p to settle and returns its value, or its
// rejection as an error. It blocks: never call it from a JavaScript callback.
func await(ctx context.Context, p safejs.Value) (safejs.Value, error) {
	type outcome struct {
		v   safejs.Value
		err error
	}
	ch := make(chan outcome, 1)
	resolve, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		v := safejs.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		ch <- outcome{v: v}
		return nil
	})
	if err != nil {
		return safejs.Undefined(), err
	}
	defer resolve.Release()
	reject, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		var reason safejs.Value
		if len(args) > 0 {
			reason = args[0]
		}
		ch <- outcome{err: errorFromJS(reason)}
		return nil
	})
	if err != nil {
		return safejs.Undefined(), err
	}
	defer reject.Release()
	if _, err := p.Call("then", resolve, reject); err != nil {
		return safejs.Undefined(), err
	}
	select {
	case o := <-ch:
		return o.v, o.err
	case <-ctx.Done():
		return safejs.Undefined(), ctx.Err()
	}
}

// errorFromJS turns a thrown or rejected JavaScript value into an error,
// with the name of a DOMException or Error kept in the message.
func errorFromJS(v safejs.Value) error {
	if v.IsUndefined() || v.IsNull() {
		return errors.New("unknown JavaScript error")
	}
	if v.Type() == safejs.TypeObject {
		name, _ := stringProp(v, "name")
		msg, _ := stringProp(v, "message")
		switch {
		case name != "" && msg != "":
			return fmt.Errorf("%s: %s", name, msg)
		case msg != "":
			return errors.New(msg)
		case name != "":
			return errors.New(name)
		}
	}
	s, err := safejs.Global().Get("String")
	if err == nil {
		if str, err := s.Invoke(v); err == nil {
			if text, err := str.String(); err == nil {
				return errors.New(text)
			}
		}
	}
	return errors.New("unknown JavaScript error")
}

// stringProp returns v[name] when it is a string.
func stringProp(v safejs.Value, name string) (string, error) {
	p, err := v.Get(name)
	if err != nil {
		return "", err
	}
	if p.Type() != safejs.TypeString {
		return "", fmt.Errorf("%s is not a string", name)
	}
	return p.String()
}
