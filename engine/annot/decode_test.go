package annot

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"testing"
	"unicode/utf8"
)

// checkDecode fails t unless decode accepts exactly what check accepts and
// gives for it the document json.Unmarshal gives, as Parse did before it had
// its own decoder. decode must not panic on any input.
func checkDecode(t *testing.T, data []byte) {
	t.Helper()
	got, err := decode(data)
	errs := check(data)
	switch {
	case errs != nil && err == nil:
		t.Fatalf("decode accepts what check rejects (%v):\n%s", errs, clip(string(data), 400))
	case errs != nil:
		return
	case err != nil:
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
		if !bytes.Contains(data, []byte(edit[0])) {
			t.Fatalf("the sample lacks %s", edit[0])
		}
		data := bytes.Replace(data, []byte(edit[0]), []byte(edit[1]), 1)
		t.Run(edit[1], func(t *testing.T) { checkDecode(t, data) })
	}
	for _, edit := range [][2]string{
		{`"version": 1,`, `"version": 1.0,`}, {`"version": 1,`, `"version": 01,`}, {`"start": 26,`, `"start": 026,`},
		{`"start": 26,`, `"start": 2.6e1,`}, {`"start": 26,`, `"start": -26,`}, {`"start": 26,`, `"start": 99999999999999999999,`},
		{`"confidence": 0.8,`, `"confidence": .8,`}, {`"confidence": 0.8,`, `"confidence": 0.8e,`}, {`"confidence": 0.8,`, `"confidence": 1e999,`},
		{`"confidence": 0.8,`, `"confidence": +0.8,`}, {`"confidence": 0.8,`, `"confidence": 0.,`}, {`"confidence": 0.8,`, `"confidence": -0.8E+01,`},
		{`"speaker": "a1",`, `"speaker": true,`}, {`"roles": [],`, `"roles": null,`}, {`"roles": [],`, `"roles": [null],`},
		{`"id": "q1",`, `"id": "q1", "id": "q1",`}, {`"id": "q1",`, `"id": "q\'1",`}, {`"id": "q1",`, `"id": "q\x1",`},
		{`"id": "q1",`, `"id": "q\u00G1",`}, {`"id": "q1",`, "\"id\": \"q\t1\","}, {`"id": "q1",`, `"id": "q1",,`},
		{`"id": "q1",`, `"Id": "q1",`}, {`"id": "q1",`, `"\u0069d": "q1",`}, {`"id": "q1",`, ``}, {`"title": "Ghana budget row deepens",`, `"title": null,`},
		{`"format": "whosaid"`, `"format": "whosaid "`}, {`"claims": [`, `"claims": [] , "x": [`},
	} {
		data, _ := Marshal(d)
		if !bytes.Contains(data, []byte(edit[0])) {
			t.Fatalf("the sample lacks %s", edit[0])
		}
		data = bytes.Replace(data, []byte(edit[0]), []byte(edit[1]), 1)
		t.Run(edit[1], func(t *testing.T) { checkDecode(t, data) })
	}
	// check accepts these, Validate would not.
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

// TestDecodeYield checks that Decode and EncodeYield give what decode and
// Encode give, calling yield along the way on a large document.
func TestDecodeYield(t *testing.T) {
	d := bigDoc(t, 50)
	var plain, yielded bytes.Buffer
	if err := Encode(&plain, d, true); err != nil {
		t.Fatal(err)
	}
	encYields := 0
	if err := EncodeYield(&yielded, d, true, func() { encYields++ }); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plain.Bytes(), yielded.Bytes()) {
		t.Fatal("EncodeYield writes other bytes than Encode")
	}
	data := plain.Bytes()
	if min := len(data)/YieldBytes - 1; encYields < min {
		t.Errorf("EncodeYield called yield %d times for %d bytes, want at least %d", encYields, len(data), min)
	}
	decYields := 0
	got, err := Decode(data, func() { decYields++ })
	if err != nil {
		t.Fatal(err)
	}
	want, _ := decode(data)
	if !reflect.DeepEqual(got, want) {
		t.Fatal("Decode with yield differs from decode")
	}
	if min := len(data)/YieldBytes - 1; decYields < min {
		t.Errorf("Decode called yield %d times for %d bytes, want at least %d", decYields, len(data), min)
	}
	for _, bad := range [][]byte{nil, data[:len(data)/2], append(bytes.Clone(data), '{'), []byte(`{"format":"whosaid","version":1,"actors":[{"id":null}]}`)} {
		if _, err := Decode(bad, func() {}); err == nil {
			t.Errorf("Decode accepted %q", clip(string(bad), 60))
		}
	}
}

// FuzzValidUTF8Blocks checks that validating in blocks, cut at character
// starts, agrees with utf8.Valid.
func FuzzValidUTF8Blocks(f *testing.F) {
	f.Add([]byte("Zoë said “hi 🚀”."), uint8(4))
	f.Add([]byte("\xf0\x9f\x9a\x80\xf0\x9f\x9a"), uint8(5))
	f.Add([]byte("ab\xe2\x80\xa8\xff"), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, block uint8) {
		n := utf8.UTFMax + int(block%16)
		if got, want := validUTF8(data, n, func() {}), utf8.Valid(data); got != want {
			t.Errorf("validUTF8(%q, %d) = %v, want %v", data, n, got, want)
		}
	})
}

// TestSmallInt checks the decoder's integer fast path against strconv: it
// must agree where it answers, and leave everything else to strconv.
func TestSmallInt(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"0", 0, true}, {"7", 7, true}, {"-12", -12, true}, {"123456789", 123456789, true},
		{"", 0, false}, {"-", 0, false}, {"1.5", 0, false}, {"1e3", 0, false}, {"+1", 0, false},
		{"9223372036854775807", 0, false}, // 19 digits: strconv's job
	} {
		n, ok := smallInt([]byte(c.in))
		if ok != c.ok || n != c.want {
			t.Errorf("smallInt(%q) = %d, %v; want %d, %v", c.in, n, ok, c.want, c.ok)
		}
		if ok {
			if want, err := strconv.Atoi(c.in); err != nil || want != n {
				t.Errorf("smallInt(%q) = %d, strconv says %d, %v", c.in, n, want, err)
			}
		}
	}
}
