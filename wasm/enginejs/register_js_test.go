//go:build js && wasm

package enginejs

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
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
	for _, withText := range []bool{false, true} {
		r, err := w.Call("extractCompact", text, opts, withText)
		if err != nil {
			t.Fatal(err)
		}
		n, err := r.Length()
		if err != nil {
			t.Fatalf("extractCompact returned a %s", r.Type())
		}
		got := make([]byte, n)
		if _, err := safejs.CopyBytesToGo(got, r); err != nil {
			t.Fatal(err)
		}
		want, _ := ExtractCompact(text, Options{}, withText)
		if !bytes.Equal(got, want) {
			t.Errorf("withText %v: extractCompact gave\n%x\nwant\n%x", withText, got, want)
		}
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
		r, err := w.Call("extractCompact", c.args...)
		if err != nil {
			t.Fatal(err)
		}
		errCtor, _ := safejs.Global().Get("Error")
		if ok, _ := r.InstanceOf(errCtor); !ok {
			t.Errorf("extractCompact%v returned a %s, want an Error", c.args, r.Type())
			continue
		}
		msg, _ := r.Get("message")
		s, _ := msg.String()
		if !strings.HasPrefix(s, "whosaid.extract: ") || !strings.Contains(s, c.want) {
			t.Errorf("extractCompact%v: message %q, want one containing %q", c.args, s, c.want)
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

// TestExtractEqualsJSONParse checks, under node, that whosaid.extract of
// web/engine.js, which decodes the compact form, gives exactly the object
// that JSON.parse gives for the JSON of Go's annot encoder (ExtractJSON):
// same keys in the same order, same values; and that whosaid.extractJSON,
// which web/engine.js writes from that object, is that JSON byte for byte.
// On every project text, the e2e tests' texts and generated texts with
// emoji, lone surrogates, CRLF and NBSP.
func TestExtractEqualsJSONParse(t *testing.T) {
	w, _ := safejs.Global().Get("whosaid")
	if f, _ := w.Get("extractCompact"); f.Type() != safejs.TypeFunction {
		if err := Register(); err != nil {
			t.Fatal(err)
		}
		w, _ = safejs.Global().Get("whosaid")
	}
	require, err := safejs.Global().Get("require")
	if err != nil || require.Type() != safejs.TypeFunction {
		t.Skip("no require: not under node")
	}
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	api, err := require.Invoke(abs("../../web/engine.js"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := api.Call("install", w); err != nil {
		t.Fatal(err)
	}
	checker, err := require.Invoke(abs("testdata/compact_check.js"))
	if err != nil {
		t.Fatal(err)
	}

	var texts []any
	for _, pattern := range []string{"../../engine/testdata/*.txt", "../../cmd/whosaid/testdata/*.txt", "../../engine/eval/testdata/polnear/text/*.txt"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) < 7 {
		t.Fatalf("only %d fixture texts", len(texts))
	}
	// The string and []byte values of the fuzz corpora: odd texts.
	corpus, _ := filepath.Glob("../../*/*/testdata/fuzz/*/*")
	more, _ := filepath.Glob("../../*/testdata/fuzz/*/*")
	for _, f := range append(corpus, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			lit := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(line, "[]byte("), "string("), ")")
			if lit == line {
				continue
			}
			if s, err := strconv.Unquote(lit); err == nil {
				texts = append(texts, s)
			}
		}
	}
	texts = append(texts,
		// The e2e tests' texts.
		"Harbour plan approved\n\nThe mayor of Westport, Ana Ruiz, said on Monday: \"The harbour will reopen in spring.\" Council members disagreed.\n\n\"We were not consulted,\" said Tom Baker, a councillor.",
		"Zoë Ångström, a spokeswoman for the Nordic Rail Authority, told reporters that “the line is safe”. 😀 She added: “We checked every bridge.”",
		"Line one said \"hello\".\r\nLine two: the minister claimed that prices would fall.\r\n",
		"Markup <b>stays</b> & is kept: \"a < b\", the professor said.",
		"", " ", "No quotes, no names.", "\u2028\u2029", "Plain words.",
		"Mayor Ana Ruiz said: \"We will rebuild the bridge.\"\n\nThe council disagreed, a spokesman told reporters.",
		"Zoë Ångström — «Ça va», dit-elle. 😀 \"Emoji\" quotes.",
	)
	generated, err := checker.Call("randomTexts", 20261128, 400)
	if err != nil {
		t.Fatal(err)
	}
	arr, err := safejs.ValueOf(texts)
	if err != nil {
		t.Fatal(err)
	}
	all, err := arr.Call("concat", generated)
	if err != nil {
		t.Fatal(err)
	}
	// Go's JSON for each text as the engine receives it from JavaScript
	// (lone surrogates read as U+FFFD).
	total, _ := all.Length()
	jsons := make([]any, total)
	for i := range total {
		v, _ := all.Index(i)
		s, err := v.String()
		if err != nil {
			t.Fatal(err)
		}
		out, err := ExtractJSON(s, Options{})
		if err != nil {
			t.Fatalf("text %d: %v", i, err)
		}
		jsons[i] = string(out)
	}
	jv, err := safejs.ValueOf(jsons)
	if err != nil {
		t.Fatal(err)
	}
	problems, err := checker.Call("check", w, all, jv)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := problems.Length()
	for i := range min(n, 5) {
		p, _ := problems.Index(i)
		s, _ := p.String()
		t.Error(s)
	}
	if n > 5 {
		t.Errorf("and %d more", n-5)
	}
	t.Logf("%d texts compared", total)
}
