package annot

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// MaxImportSize is the largest input Parse reads, in bytes (64 MiB): room for
// a book-length text with every annotation the engine can make. Parse refuses
// a larger input before decoding any of it.
const MaxImportSize = 64 << 20

// Parse reads one exported document strictly, as the app does on import: the
// input must be a single UTF-8 JSON object of format "whosaid", version 1,
// with exactly the fields of schema.json (no unknown or duplicate fields, no
// missing ones, no null where the schema wants a value) and it must pass
// Validate. On failure the error is an ErrorList whose entries give the
// line, column and byte offset of each problem; Parse never panics.
//
// For every document Parse accepts, Parse(Marshal(d)) is equal to d.
func Parse(data []byte) (*Document, error) {
	if len(data) > MaxImportSize {
		return nil, single(-1, nil, "", fmt.Sprintf("input of %d bytes is larger than the import limit of %d bytes", len(data), MaxImportSize))
	}
	if errs := checkSyntax(data); errs != nil {
		return nil, errs
	}
	if errs := checkHeader(data); errs != nil {
		return nil, errs
	}
	w := &walker{data: data}
	if err := w.run(); err != nil {
		return nil, single(-1, nil, "", err.Error())
	}
	if len(w.errs) > 0 {
		w.errs.Sort()
		return nil, w.errs
	}
	d := new(Document)
	if err := json.Unmarshal(data, d); err != nil {
		// The walker accepted data, so this is a bug in the walker.
		return nil, single(-1, nil, "", "decoding: "+err.Error())
	}
	if errs := d.validate(); len(errs) > 0 {
		locate(data, errs)
		errs.Sort()
		return nil, errs
	}
	return d, nil
}

// single returns an ErrorList of one problem at offset off of data.
func single(off int, data []byte, path, msg string) ErrorList {
	e := &Error{Offset: off, Path: path, Msg: msg}
	e.setPosition(data)
	return ErrorList{e}
}

// setPosition sets e's line and column from its offset into data.
func (e *Error) setPosition(data []byte) {
	if e.Offset < 0 || data == nil || e.Offset > len(data) {
		return
	}
	before := data[:e.Offset]
	e.Line = bytes.Count(before, []byte{'\n'}) + 1
	e.Column = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
}

// checkSyntax reports input that is not one well-formed UTF-8 JSON value.
func checkSyntax(data []byte) ErrorList {
	if !utf8.Valid(data) {
		return single(firstInvalid(data), data, "", "the input is not valid UTF-8")
	}
	var v struct{}
	err := json.Unmarshal(data, &v)
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return nil // a type error: the walker reports it with its path
	}
	off := int(se.Offset)
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return single(-1, nil, "", "empty input: no JSON document")
	case se.Error() == "unexpected end of JSON input":
		return single(len(data), data, "", "truncated JSON: the input ends before the document is complete")
	case strings.HasSuffix(se.Error(), "after top-level value"):
		return single(off-1, data, "", "unexpected data after the document (Parse reads one document, not JSON Lines)")
	}
	return single(off-1, data, "", "invalid JSON: "+se.Error())
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return len(data)
}

// checkHeader reports a document that is not a whosaid export of a version
// this package reads, before anything else, since a newer version may differ
// in every other field.
func checkHeader(data []byte) ErrorList {
	var h struct {
		Format  json.RawMessage `json:"format"`
		Version json.RawMessage `json:"version"`
	}
	if err := json.Unmarshal(data, &h); err != nil {
		return nil // not an object: the walker reports it
	}
	var errs ErrorList
	var format string
	switch {
	case h.Format == nil:
		errs.add("", "not a whosaid export: no %q field", "format")
	case json.Unmarshal(h.Format, &format) != nil:
		errs.add("format", "not a whosaid export: format is %s, not %q", h.Format, Format)
	case format != Format:
		errs.add("format", "not a whosaid export: format is %q, not %q", format, Format)
	}
	if len(errs) > 0 {
		locate(data, errs)
		return errs
	}
	version, err := strconv.Atoi(string(h.Version))
	switch {
	case h.Version == nil:
		errs.add("", "no %q field", "version")
	case err != nil:
		errs.add("version", "version must be the integer %d, found %s", Version, h.Version)
	case version > Version:
		errs.add("version", "version %d is newer than this whosaid supports (%d)", version, Version)
	case version != Version:
		errs.add("version", "unsupported version %d (this whosaid reads version %d)", version, Version)
	}
	if len(errs) > 0 {
		locate(data, errs)
		return errs
	}
	return nil
}

// A walker reads a JSON text token by token alongside the Go type it should
// decode into, reporting every value whose JSON type, fields or range do not
// fit: what encoding/json would accept loosely (unknown, duplicate or missing
// fields, null for a list, 1.5 for an offset) it rejects with a position.
// With want set it also records the offset of the values at those paths.
type walker struct {
	data []byte
	dec  *json.Decoder
	path []step
	errs ErrorList
	want map[string]int // path → offset, for locate
}

// step is one element of a JSON path: an object key, or an array index when
// key is empty.
type step struct {
	key   string
	index int
}

var documentType = reflect.TypeFor[Document]()

func (w *walker) run() error {
	w.dec = json.NewDecoder(bytes.NewReader(w.data))
	w.dec.UseNumber()
	return w.value(documentType)
}

func (w *walker) pathString() string {
	var b strings.Builder
	for _, s := range w.path {
		if s.key == "" {
			fmt.Fprintf(&b, "[%d]", s.index)
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.key)
	}
	return b.String()
}

// offset returns the offset of the next token.
func (w *walker) offset() int {
	o := int(w.dec.InputOffset())
	for o < len(w.data) {
		switch w.data[o] {
		case ' ', '\t', '\n', '\r', ',', ':':
			o++
			continue
		}
		break
	}
	return o
}

func (w *walker) fail(off int, format string, args ...any) {
	e := &Error{Offset: off, Path: w.pathString(), Msg: fmt.Sprintf(format, args...)}
	e.setPosition(w.data)
	w.errs = append(w.errs, e)
}

// value reads one value that should decode into t.
func (w *walker) value(t reflect.Type) error {
	off := w.offset()
	tok, err := w.dec.Token()
	if err != nil {
		return err
	}
	if w.want != nil {
		p := w.pathString()
		if _, ok := w.want[p]; ok {
			w.want[p] = off
		}
	}
	if t.Kind() == reflect.Pointer {
		if tok == nil {
			return nil
		}
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		if tok != json.Delim('{') {
			w.fail(off, "expected an object, found %s", describe(tok))
			return w.skip(tok)
		}
		return w.object(t, off)
	case reflect.Slice:
		if tok != json.Delim('[') {
			w.fail(off, "expected an array, found %s", describe(tok))
			return w.skip(tok)
		}
		for i := 0; w.dec.More(); i++ {
			w.path = append(w.path, step{index: i})
			err := w.value(t.Elem())
			w.path = w.path[:len(w.path)-1]
			if err != nil {
				return err
			}
		}
		_, err := w.dec.Token() // ]
		return err
	case reflect.String:
		if _, ok := tok.(string); !ok {
			w.fail(off, "expected a string, found %s", describe(tok))
			return w.skip(tok)
		}
	case reflect.Int:
		n, ok := tok.(json.Number)
		if !ok {
			w.fail(off, "expected an integer, found %s", describe(tok))
			return w.skip(tok)
		}
		if _, err := strconv.ParseInt(string(n), 10, strconv.IntSize); err != nil {
			w.fail(off, "expected an integer, found %s", describe(tok))
		}
	case reflect.Float64:
		n, ok := tok.(json.Number)
		if !ok {
			w.fail(off, "expected a number, found %s", describe(tok))
			return w.skip(tok)
		}
		if _, err := strconv.ParseFloat(string(n), 64); err != nil {
			w.fail(off, "number %s is out of range", n)
		}
	default:
		panic("annot: walker has no rule for " + t.String())
	}
	return nil
}

// object reads the fields of an object that should decode into struct t,
// after its opening brace at offset off.
func (w *walker) object(t reflect.Type, off int) error {
	fields := fieldsOf(t)
	seen := make(map[string]bool, len(fields.names))
	for w.dec.More() {
		koff := w.offset()
		tok, err := w.dec.Token()
		if err != nil {
			return err
		}
		key := tok.(string) // the decoder returns only strings as keys
		w.path = append(w.path, step{key: key})
		f, known := fields.byName[key]
		switch {
		case !known:
			w.fail(koff, "unknown field %q", key)
		case seen[key]:
			w.fail(koff, "duplicate field %q", key)
		}
		seen[key] = true
		if known {
			err = w.value(f.typ)
		} else {
			err = w.skipValue()
		}
		w.path = w.path[:len(w.path)-1]
		if err != nil {
			return err
		}
	}
	if _, err := w.dec.Token(); err != nil { // }
		return err
	}
	for _, name := range fields.names {
		if f := fields.byName[name]; f.required && !seen[name] {
			w.fail(off, "missing field %q", name)
		}
	}
	return nil
}

// skipValue reads and discards the next value.
func (w *walker) skipValue() error {
	tok, err := w.dec.Token()
	if err != nil {
		return err
	}
	return w.skip(tok)
}

// skip discards the rest of the value that tok starts.
func (w *walker) skip(tok json.Token) error {
	if tok != json.Delim('{') && tok != json.Delim('[') {
		return nil
	}
	for depth := 1; depth > 0; {
		tok, err := w.dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

// describe names a token for an error message.
func describe(tok json.Token) string {
	switch v := tok.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(v)
	case json.Number:
		return "number " + string(v)
	case string:
		return "string " + strconv.Quote(clip(v, 40))
	case json.Delim:
		if v == '{' {
			return "an object"
		}
		return "an array"
	}
	return fmt.Sprint(tok)
}

// clip shortens s to at most n code points, marking the cut with "…".
func clip(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}

// structFields is what the walker knows of one struct type.
type structFields struct {
	names  []string // in declaration order
	byName map[string]field
}

type field struct {
	typ      reflect.Type
	required bool
}

var fieldCache sync.Map // reflect.Type → *structFields

// fieldsOf returns the JSON fields of struct t: every exported field is
// required unless its tag says omitempty.
func fieldsOf(t reflect.Type) *structFields {
	if f, ok := fieldCache.Load(t); ok {
		return f.(*structFields)
	}
	fs := &structFields{byName: map[string]field{}}
	for i := range t.NumField() {
		sf := t.Field(i)
		name, opts, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if !sf.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		fs.names = append(fs.names, name)
		fs.byName[name] = field{typ: sf.Type, required: !strings.Contains(opts, "omitempty")}
	}
	fieldCache.Store(t, fs)
	return fs
}

// locate sets the position of every error in errs whose path names a value
// in data, or else the position of its nearest enclosing value.
func locate(data []byte, errs ErrorList) {
	w := &walker{data: data, want: map[string]int{}}
	for _, e := range errs {
		for p := e.Path; ; p = parent(p) {
			w.want[p] = -1
			if p == "" {
				break
			}
		}
	}
	if w.run() != nil {
		return
	}
	for _, e := range errs {
		for p := e.Path; ; p = parent(p) {
			if off := w.want[p]; off >= 0 {
				e.Offset = off
				e.setPosition(data)
				break
			}
			if p == "" {
				break
			}
		}
	}
}

// parent returns the path of the value that contains the one at path p.
func parent(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i < 0 {
		return ""
	}
	return p[:i]
}
