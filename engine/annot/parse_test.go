package annot

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSampleIsValid(t *testing.T) {
	if err := sampleDoc(t).Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestRoundTrip(t *testing.T) {
	d := sampleDoc(t)
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	checkSchema(t, data)
	got, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, d) {
		t.Errorf("Parse(Marshal(d)) differs from d:\n got %+v\nwant %+v", got, d)
	}
	again, err := Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, data) {
		t.Errorf("Marshal(Parse(Marshal(d))) is not byte-identical:\n%s\n---\n%s", again, data)
	}

	var line bytes.Buffer
	if err := Encode(&line, d, false); err != nil {
		t.Fatal(err)
	}
	if bytes.Count(line.Bytes(), []byte("\n")) != 1 || !bytes.HasSuffix(line.Bytes(), []byte("\n")) {
		t.Errorf("compact Encode is not one line:\n%s", line.Bytes())
	}
	checkSchema(t, line.Bytes())
	if got, err := Parse(line.Bytes()); err != nil || !reflect.DeepEqual(got, d) {
		t.Errorf("Parse(compact) = %v, %v", got, err)
	}
}

func TestMarshalIsDeterministicAndUnescaped(t *testing.T) {
	a, err := Marshal(sampleDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Marshal(sampleDoc(t))
	if !bytes.Equal(a, b) {
		t.Error("two Marshals of the same document differ")
	}
	for _, want := range []string{`<ministers> & lenders`, "🚀", "Zoë", "\n  \"format\": \"whosaid\",\n"} {
		if !bytes.Contains(a, []byte(want)) {
			t.Errorf("output lacks %q", want)
		}
	}
	if !bytes.HasSuffix(a, []byte("}\n")) {
		t.Error("output does not end with a newline")
	}
}

func TestEncodeWritesNilListsAsEmpty(t *testing.T) {
	d := sampleDoc(t)
	d.Quotes, d.Claims = nil, nil
	d.Actors[0].Roles, d.Actors[1].Aliases, d.Actors[2].Mentions = nil, nil, nil
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("null")) {
		t.Errorf("nil list written as null:\n%s", data)
	}
	checkSchema(t, data)
	if _, err := Parse(data); err != nil {
		t.Error(err)
	}
	if d.Quotes != nil || d.Actors[0].Roles != nil {
		t.Error("Encode changed its argument")
	}
	if !bytes.Contains(data, []byte(`"quotes": [],`)) || !bytes.Contains(data, []byte(`"mentions": [],`)) {
		t.Errorf("no empty quotes list:\n%s", data)
	}
}

// mutate returns the sample as JSON after f changed the document.
func mutate(t *testing.T, f func(d *Document)) []byte {
	d := sampleDoc(t)
	f(d)
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// edit returns the sample as JSON with the first old replaced by new.
func edit(t *testing.T, old, new string) []byte {
	data, err := Marshal(sampleDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("sample JSON lacks %q", old)
	}
	return bytes.Replace(data, []byte(old), []byte(new), 1)
}

func TestParseErrors(t *testing.T) {
	sample, err := Marshal(sampleDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		data   []byte
		want   string // in the error
		at     string // the error is on the first line of the input holding this
		schema bool   // schema.json rejects it too
	}{
		{"empty", []byte(" \n"), "empty input", "", false},
		{"truncated", sample[:len(sample)/2], "truncated JSON", "", false},
		{"not JSON", []byte("Ghana budget row"), "invalid JSON: invalid character 'G'", "", false},
		{"syntax", edit(t, `"version": 1,`, `"version": 1,,`), "invalid JSON", `"version": 1,,`, false},
		{"two documents", append(append([]byte{}, sample...), sample...), "unexpected data after the document", "", false},
		{"invalid UTF-8", edit(t, "Ghana budget row deepens\",", "Ghana budget \xffrow deepens\","), "not valid UTF-8", "\"title\"", false},
		{"array", append(append([]byte("["), sample...), ']'), "expected an object, found an array", "", true},
		{"wrong format", edit(t, `"format": "whosaid"`, `"format": "webanno"`), `format is "webanno", not "whosaid"`, `"format"`, true},
		{"format not a string", edit(t, `"format": "whosaid"`, `"format": 7`), `format is 7, not "whosaid"`, `"format"`, true},
		{"no format", edit(t, `"format": "whosaid",`, ``), `no "format" field`, "", true},
		{"newer version", edit(t, `"version": 1,`, `"version": 2,`), "version 2 is newer than this whosaid supports (1)", `"version"`, true},
		{"older version", edit(t, `"version": 1,`, `"version": 0,`), "unsupported version 0", `"version"`, true},
		{"version string", edit(t, `"version": 1,`, `"version": "1",`), "version must be the integer 1", `"version"`, true},
		{"no version", edit(t, `"version": 1,`, ``), `no "version" field`, "", true},
		{"unknown field", edit(t, `"id": "a2",`, `"id": "a2", "colour": "red",`), `actors[1].colour: unknown field "colour"`, `"colour"`, true},
		{"unknown top field", edit(t, `"claims": [`, `"notes": "x", "claims": [`), `notes: unknown field "notes"`, `"notes"`, true},
		{"duplicate field", edit(t, `"id": "q1",`, `"id": "q1", "id": "q7",`), `quotes[0].id: duplicate field "id"`, `"id": "q7"`, false},
		{"missing field", edit(t, `"rule": "partial-after-cue",`, ``), `quotes[0]: missing field "rule"`, "{\n      \"id\": \"q1\"", true},
		{"null list", edit(t, `"roles": [],`, `"roles": null,`), "actors[0].roles: expected an array, found null", `"roles": null`, true},
		{"string confidence", edit(t, `"confidence": 0.8,`, `"confidence": "high",`), `quotes[0].confidence: expected a number, found string "high"`, `"high"`, true},
		{"fractional offset", edit(t, `"start": 26,`, `"start": 26.5,`), "expected an integer, found number 26.5", `26.5`, true},
		{"huge offset", edit(t, `"start": 26,`, `"start": 1e999,`), "expected an integer", `1e999`, false},
		{"object for string", edit(t, `"name": "Kwame Mensah",`, `"name": {"first": "Kwame"},`), "actors[1].name: expected a string, found an object", `"first"`, true},
		{"id does not match", mutate(t, func(d *Document) { d.Document.ID = TextID("other text") }), "document.id: id does not match the text", `"id": "sha256:`, false},
		{"id pattern", mutate(t, func(d *Document) { d.Document.ID = "md5:abc" }), `id "md5:abc" is not "sha256:"`, `"md5:abc"`, true},
		{"language", mutate(t, func(d *Document) { d.Document.Language = "" }), `document.language: language "" is not a language tag`, `"language"`, true},
		{"outside text", mutate(t, func(d *Document) { d.Quotes[1].End = 5000 }), "quotes[1].end: span 102-5000 is outside the text", `5000`, false},
		{"negative offset", mutate(t, func(d *Document) { d.Actors[0].Mentions[0].Start = -1 }), "actors[0].mentions[0].start: span -1-40 is outside the text", "\"start\": -1", true},
		{"start after end", mutate(t, func(d *Document) { d.Claims[0].Cue.Start = d.Claims[0].Cue.End + 1 }), "claims[0].cue.start: span start 46 is after its end 45", `"start": 46`, false},
		{"span text", mutate(t, func(d *Document) { d.Claims[2].Addressee.Text = "ministers & lenders" }), `claims[2].addressee.text: span text "ministers & lenders" is not the text at`, `"ministers & lenders"`, false},
		{"span text in code units", mutate(t, func(d *Document) { d.Quotes[0].End++ }), `quotes[0].text: span text "“a gift to speculators 🚀”" is not the text at 59-85, "“a gift to speculators 🚀” "`, `"text": "“a gift`, false},
		{"missing speaker", mutate(t, func(d *Document) { d.Quotes[1].Speaker = StrPtr("a9") }), `quotes[1].speaker: no actor has the id "a9"`, `"a9"`, false},
		{"missing claimant", mutate(t, func(d *Document) { d.Claims[0].Claimant = StrPtr("q1") }), `claims[0].claimant: no actor has the id "q1"`, `"claimant": "q1"`, false},
		{"missing quote", mutate(t, func(d *Document) { d.Claims[1].Quote = StrPtr("q3") }), `claims[1].quote: no quote has the id "q3"`, `"q3"`, false},
		{"duplicate id", mutate(t, func(d *Document) { d.Claims[2].ID = "a2" }), `claims[2].id: duplicate id "a2" (also the id of actors[1])`, "\"id\": \"a2\",\n      \"start\"", false},
		{"empty id", mutate(t, func(d *Document) { d.Quotes[0].ID = "" }), `quotes[0].id: id is empty`, `"id": ""`, true},
		{"actor type", mutate(t, func(d *Document) { d.Actors[2].Type = "company" }), `actors[2].type: unknown type "company" (want one of person, organization, media, country, group)`, `"company"`, true},
		{"mention kind", mutate(t, func(d *Document) { d.Actors[1].Mentions[1].Kind = "nickname" }), `actors[1].mentions[1].kind: unknown kind "nickname"`, `"nickname"`, true},
		{"quote kind", mutate(t, func(d *Document) { d.Quotes[0].Kind = "indirect" }), `quotes[0].kind: unknown kind "indirect" (want one of direct, partial, continuation)`, `"indirect"`, true},
		{"claim kind", mutate(t, func(d *Document) { d.Claims[0].Kind = "partial" }), `claims[0].kind: unknown kind "partial"`, "\"kind\": \"partial\",\n      \"claimant\"", true},
		{"origin", mutate(t, func(d *Document) { d.Claims[1].Origin = "ai" }), `claims[1].origin: unknown origin "ai" (want one of engine, user)`, `"ai"`, true},
		{"confidence", mutate(t, func(d *Document) { d.Quotes[1].Confidence = 1.5 }), `quotes[1].confidence: confidence 1.5 is outside 0..1`, `1.5`, true},
		{"empty name", mutate(t, func(d *Document) { d.Actors[0].Name = "" }), `actors[0].name: actor name is empty`, `"name": ""`, true},
		{"no generator name", mutate(t, func(d *Document) { d.Generator.Name = "" }), `generator.name: generator name is empty`, `"name": ""`, true},
		{"too large", append(sample, bytes.Repeat([]byte(" "), MaxImportSize)...), "larger than the import limit of 67108864 bytes", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.data)
			if err == nil {
				t.Fatalf("Parse accepted it: %+v", d)
			}
			if d != nil {
				t.Error("Parse returned a document with its error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error\n%v\ndoes not say %q", err, tt.want)
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is %T, not a non-empty ErrorList", err)
			}
			if tt.at != "" {
				i := bytes.Index(tt.data, []byte(tt.at))
				if i < 0 {
					t.Fatalf("input lacks %q", tt.at)
				}
				wantLine := bytes.Count(tt.data[:i], []byte("\n")) + 1
				if list[0].Line != wantLine {
					t.Errorf("error on line %d, want %d: %v", list[0].Line, wantLine, list[0])
				}
			}
			if tt.schema && len(tt.data) < MaxImportSize {
				if schemaError(tt.data) == nil {
					t.Error("schema.json accepts it")
				}
			}
		})
	}
}

func TestParseErrorPositions(t *testing.T) {
	data, _ := Marshal(sampleDoc(t))
	_, err := Parse(data[:100])
	var list ErrorList
	if !errors.As(err, &list) || list[0].Offset != 100 {
		t.Fatalf("truncated at 100: %v", err)
	}
	bad := edit(t, `"rule": "lexicon"`, `"rule": "lex`+"\xff"+`icon"`)
	_, err = Parse(bad)
	if !errors.As(err, &list) || list[0].Offset != bytes.IndexByte(bad, 0xff) {
		t.Fatalf("invalid byte at %d: %v", bytes.IndexByte(bad, 0xff), err)
	}
	e := list[0]
	before := bad[:e.Offset]
	col := len([]rune(string(before[bytes.LastIndexByte(before, '\n')+1:]))) + 1
	if e.Column != col {
		t.Errorf("column %d, want %d", e.Column, col)
	}
	if !strings.HasPrefix(e.Error(), "line ") {
		t.Errorf("error does not start with its position: %v", e)
	}
}

// TestValidateReportsAll checks that Validate finds every problem, in
// document order, and that the message is capped.
func TestValidateReportsAll(t *testing.T) {
	d := sampleDoc(t)
	d.Format = "x"
	for i := range d.Actors {
		d.Actors[i].Type = "robot"
		d.Actors[i].Origin = "ai"
		for j := range d.Actors[i].Mentions {
			d.Actors[i].Mentions[j].Kind = "?"
			d.Actors[i].Mentions[j].End = 9999
		}
	}
	for i := range d.Quotes {
		d.Quotes[i].Speaker = StrPtr("nobody")
		d.Quotes[i].Confidence = -1
	}
	for i := range d.Claims {
		d.Claims[i].ID = "a1"
	}
	err := d.Validate()
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("Validate = %v", err)
	}
	// format, 3×(type, origin), 4×(mention span, kind), 2×(speaker, confidence), 3 duplicate ids
	if want := 1 + 6 + 8 + 4 + 3; len(list) != want {
		t.Errorf("%d problems, want %d:\n%v", len(list), want, err)
	}
	paths := make([]string, len(list))
	for i, e := range list {
		paths[i] = e.Path
	}
	if paths[0] != "format" || paths[len(paths)-1] != "claims[2].id" || paths[1] != "actors[0].type" {
		t.Errorf("not in document order: %v", paths)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "22 problems:\n") || !strings.HasSuffix(msg, "\n\tand 2 more") || strings.Count(msg, "\n") != MaxShown+1 {
		t.Errorf("message not capped at %d:\n%s", MaxShown, msg)
	}
	if (&Document{}).Validate() == nil || (*Document)(nil).Validate() == nil {
		t.Error("an empty document is valid")
	}
}

func TestValidateRejectsInvalidUTF8Text(t *testing.T) {
	d := sampleDoc(t)
	d.Document.Text += "\xff"
	d.Document.ID = TextID(d.Document.Text)
	if err := d.Validate(); err == nil || !strings.Contains(err.Error(), "document.text: text is not valid UTF-8 (first bad byte at offset") {
		t.Errorf("Validate = %v", err)
	}
}

// FuzzParse checks that Parse never panics, that every error it returns is
// a non-empty ErrorList, and that what it accepts is valid under
// schema.json, and re-encodes and re-parses to an equal document.
func FuzzParse(f *testing.F) {
	d := sampleDoc(f)
	data, _ := Marshal(d)
	f.Add(data)
	var line bytes.Buffer
	Encode(&line, d, false)
	f.Add(line.Bytes())
	empty := &Document{Format: Format, Version: Version, Generator: Generator{Name: "x"}, Document: Text{ID: TextID("é"), Text: "é", Language: "en"}}
	data, _ = Marshal(empty)
	f.Add(data)
	f.Add([]byte(`{"format":"whosaid","version":2}`))
	f.Add([]byte(`[{"format":"whosaid"}]`))
	f.Add([]byte(`{"format":"whosaid","version":1,"actors":[{"id":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(data)
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 || d != nil {
				t.Fatalf("Parse = %v, %T %v", d, err, err)
			}
			for _, e := range list {
				if e.Msg == "" || e.Offset > len(data) {
					t.Fatalf("bad error %+v", e)
				}
			}
			return
		}
		out, err := Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if err := schemaError(data); err != nil {
			t.Fatalf("Parse accepted what schema.json rejects: %v", err)
		}
		d2, err := Parse(out)
		if err != nil {
			t.Fatalf("Parse(Marshal(Parse(data))): %v", err)
		}
		if !reflect.DeepEqual(d, d2) {
			t.Fatalf("re-parse differs:\n%+v\n%+v", d, d2)
		}
		out2, _ := Marshal(d2)
		if !bytes.Equal(out, out2) {
			t.Fatal("Marshal is not stable")
		}
	})
}

// FuzzDocument builds documents over arbitrary text with spans at arbitrary
// offsets. Validate must accept exactly those whose spans lie within the
// text, and every document it accepts must survive Marshal and Parse
// unchanged and validate under schema.json. (engine/export's FuzzExports
// checks that such documents export to CSV and JSON-LD.)
func FuzzDocument(f *testing.F) {
	f.Add("Zoë said “hi 🚀”.", 0, 3, 9, 15, "Zoë")
	f.Add("e\u0301\u0301 «x»", 1, 0, 4, 7, "=cmd")
	f.Add("\xff", 0, 1, 0, 0, "")
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int, name string) {
		runes := []rune(text)
		inside := func(s, e int) bool { return 0 <= s && s <= e && e <= len(runes) }
		span := func(s, e int) Span {
			if inside(s, e) {
				return Span{s, e, string(runes[s:e])}
			}
			return Span{s, e, ""}
		}
		m, q := span(s1, e1), span(s2, e2)
		d := &Document{
			Format: Format, Version: Version, Generator: Generator{Name: "fuzz"},
			Document: Text{ID: TextID(text), Text: text, Language: "en"},
			Actors: []Actor{{ID: "a1", Name: name, Type: "person", Roles: []string{name}, Aliases: []string{},
				Mentions: []Mention{{Start: m.Start, End: m.End, Text: m.Text, Kind: "name", Origin: OriginUser}}, Origin: OriginUser}},
			Quotes: []Quote{{ID: "q1", Start: q.Start, End: q.End, Text: q.Text, Kind: "direct", Speaker: StrPtr("a1"), Cue: &m, Origin: OriginEngine}},
			Claims: []Claim{{ID: "c1", Start: q.Start, End: q.End, Text: q.Text, Kind: "direct", Claimant: StrPtr("a1"), Content: &q, Quote: StrPtr("q1"), Confidence: 1, Origin: OriginEngine}},
		}
		valid := inside(s1, e1) && inside(s2, e2) && utf8.ValidString(text) && name != "" && utf8.ValidString(name)
		err := d.Validate()
		if (err == nil) != valid {
			t.Fatalf("Validate = %v, want valid %v", err, valid)
		}
		if !valid {
			return
		}
		data, err := Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if err := schemaError(data); err != nil {
			t.Fatalf("schema.json rejects a valid document: %v", err)
		}
		got, err := Parse(data)
		if err != nil {
			t.Fatalf("Parse rejects a valid document: %v", err)
		}
		if !reflect.DeepEqual(got, d) {
			t.Fatalf("Parse(Marshal(d)) differs:\n%+v\n%+v", got, d)
		}
	})
}
