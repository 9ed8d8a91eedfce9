//go:build js && wasm

package enginejs

import (
	"strings"
	"testing"

	"github.com/hack-pad/safejs"
	"github.com/whosaid/whosaid/engine"
)

// TestRegister calls the functions the way JavaScript does, under node.
func TestRegister(t *testing.T) {
	ready := false
	onready, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any { ready = true; return nil })
	if err != nil {
		t.Fatal(err)
	}
	defer onready.Release()
	objectCtor, _ := safejs.Global().Get("Object")
	obj, _ := objectCtor.New()
	if err := obj.Set("_onready", onready); err != nil {
		t.Fatal(err)
	}
	if err := safejs.Global().Set("whosaid", obj); err != nil {
		t.Fatal(err)
	}
	if err := Register(); err != nil {
		t.Fatal(err)
	}
	if !ready {
		t.Error("Register did not call whosaid._onready")
	}
	w, _ := safejs.Global().Get("whosaid")
	if v, _ := w.Get("version"); v.Type() != safejs.TypeString {
		t.Errorf("whosaid.version is a %s", v.Type())
	} else if s, _ := v.String(); s != engine.GeneratorVersion {
		t.Errorf("whosaid.version = %q, want %q", s, engine.GeneratorVersion)
	}

	text := "Zoë said: “Rain is coming.”"
	opts, _ := safejs.ValueOf(map[string]any{"language": "en"})
	r, err := w.Call("extractJSON", text, opts)
	if err != nil {
		t.Fatal(err)
	}
	got, err := r.String()
	if err != nil {
		t.Fatalf("extractJSON returned a %s", r.Type())
	}
	want, _ := ExtractJSON(text, Options{})
	if got != string(want) {
		t.Errorf("extractJSON gave\n%s\nwant\n%s", got, want)
	}

	for _, c := range []struct {
		args []any
		want string
	}{
		{[]any{42}, "text must be a string, got number"},
		{[]any{}, "text must be a string, got nothing"},
		{[]any{"x", "en"}, "options must be an object"},
		{[]any{"x", mustValue(map[string]any{"language": "fr"})}, `language "fr" is not supported`},
		{[]any{"x", mustValue(map[string]any{"lang": "en"})}, `unknown option "lang"`},
		{[]any{"x", mustValue(map[string]any{"language": 1})}, "option language must be a string, got number"},
		{[]any{"x", mustValue([]any{"en"})}, `unknown option "0"`},
	} {
		r, err := w.Call("extractJSON", c.args...)
		if err != nil {
			t.Fatal(err)
		}
		errCtor, _ := safejs.Global().Get("Error")
		if ok, _ := r.InstanceOf(errCtor); !ok {
			t.Errorf("extractJSON%v returned a %s, want an Error", c.args, r.Type())
			continue
		}
		msg, _ := r.Get("message")
		s, _ := msg.String()
		if !strings.HasPrefix(s, "whosaid.extract: ") || !strings.Contains(s, c.want) {
			t.Errorf("extractJSON%v: message %q, want one containing %q", c.args, s, c.want)
		}
	}
}

func mustValue(v any) safejs.Value {
	s, err := safejs.ValueOf(v)
	if err != nil {
		panic(err)
	}
	return s
}
