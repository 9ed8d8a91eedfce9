package annot

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// checkDecode fails t unless decode gives, for data that check accepts, the
// document json.Unmarshal gives, as Parse did before it had its own
// decoder. decode must not panic on any input.
func checkDecode(t *testing.T, data []byte) {
	t.Helper()
	got, err := decode(data)
	if check(data) != nil {
		return
	}
	if err != nil {
		t.Fatalf("decode rejects what check accepts: %v\n%s", err, clip(string(data), 400))
	}
	want := new(Document)
	if err := json.Unmarshal(data, want); err != nil {
		t.Fatalf("json.Unmarshal rejects what check accepts: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("decode differs from json.Unmarshal:\n got %+v\nwant %+v", got, want)
	}
}

func TestDecodeMatchesEncodingJSON(t *testing.T) {
	d := sampleDoc(t)
	data, _ := Marshal(d)
	checkDecode(t, data)
	for _, edit := range [][2]string{
		{`"title": "Ghana budget row deepens",`, ``},
		{`"title": "Ghana budget row deepens",`, `"title": "",`},
		{`"roles": [],`, `"roles": [ ],`},
		{`"format": "whosaid"`, `"form\u0061t": "\u0077hosaid"`},
		{`"name": "whosaid"`, `"name": "\ud83d\ude80 \ud800 \udc00x \ud800\u0041 \/ \u00e9\b\f\n\r\t\"\\ \u2028"`},
		{`"version": "test"`, `"version": "\uD83D\uDE80\uDBFF\uDFFF"`},
		{`"confidence": 0.8,`, `"confidence": 8e-1,`},
		{`"confidence": 0.8,`, `"confidence": 0.80000000000000004,`},
		{`"confidence": 0.8,`, `"confidence": -0,`},
		{`"start": 26,`, `"start": -0,`},
		{`"speaker": "a1",`, `"speaker": null,`},
		{`"source": {`, `"source": null, "x": {`},
		{"{\n", " \t\r\n{"},
	} {
		data := bytes.Replace(data, []byte(edit[0]), []byte(edit[1]), 1)
		t.Run(edit[1], func(t *testing.T) { checkDecode(t, data) })
	}
	// Through the walker alone: check accepts these, Validate would not.
	v := sampleDoc(t)
	v.Actors = nil
	v.Quotes[0].Speaker, v.Claims[2].Cue = nil, nil
	data, _ = Marshal(v)
	if check(data) != nil {
		t.Fatal("check rejects a well-typed document")
	}
	checkDecode(t, data)
	checkDecode(t, append(data, data...))
	checkDecode(t, data[:len(data)/2])
	checkDecode(t, nil)
}

// FuzzDecode checks decode against json.Unmarshal on everything check
// accepts, and that decode never panics.
func FuzzDecode(f *testing.F) {
	d := sampleDoc(f)
	data, _ := Marshal(d)
	f.Add(data)
	var line bytes.Buffer
	Encode(&line, d, false)
	f.Add(line.Bytes())
	f.Add(bytes.Replace(data, []byte(`"name": "whosaid"`), []byte(`"name": "\ud83d\ude80\ud800\u00e9\/"`), 1))
	d.Document.Text, d.Actors[0].Name = "x\u2028\x01\"\\<&>", "\xff"
	data, _ = Marshal(d)
	f.Add(data)
	f.Add([]byte(`{"format":"whosaid","version":1,"actors":[{"id":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkDecode(t, data)
	})
}
