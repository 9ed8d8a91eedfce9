// Parse is left out of engine.wasm (build tag engineonly): the engine only
// writes exports, and Parse's imports (encoding/json, reflect) cost it 14 KB
// of gzip. Every other build, the app's included, has it.

//go:build !engineonly

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
		return nil, check(data)
	}
	d, err := decode(data)
	if err != nil {
		if errs := check(data); errs != nil {
			return nil, errs
		}
		// check accepts data, so decode is wrong to refuse it.
		return nil, single(-1, nil, "", "decoding: "+err.Error())
	}
	if errs := d.validate(); len(errs) > 0 {
		locate(data, errs)
		errs.Sort()
		return nil, errs
	}
	return d, nil
}

// check reports everything wrong with data short of Validate's rules: its
// size, its JSON syntax, its header, and the JSON type of every value, each
// with its position. It accepts what decode accepts; Parse runs it only on
// what decode refuses, to say why.
func check(data []byte) ErrorList {
	if len(data) > MaxImportSize {
		return single(-1, nil, "", fmt.Sprintf("input of %d bytes is larger than the import limit of %d bytes", len(data), MaxImportSize))
	}
	h, errs := checkSyntax(data)
	if errs != nil {
		return errs
	}
	if errs := checkHeader(data, h); errs != nil {
		return errs
	}
	w := &walker{data: data}
	if err := w.run(); err != nil {
		return single(-1, nil, "", err.Error())
	}
	if len(w.errs) > 0 {
		w.errs.Sort()
		return w.errs
	}
	return nil
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

// header is the part of a document that says what it is.
type header struct {
	Format  json.RawMessage `json:"format"`
	Version json.RawMessage `json:"version"`
}

// checkSyntax reports input that is not one well-formed UTF-8 JSON value,
// and returns its header when it is an object.
func checkSyntax(data []byte) (*header, ErrorList) {
	if !utf8.Valid(data) {
		return nil, single(FirstInvalidUTF8(string(data)), data, "", "the input is not valid UTF-8")
	}
	if json.Valid(data) {
		return readHeader(data), nil
	}
	var v struct{}
	var se *json.SyntaxError
	if !errors.As(json.Unmarshal(data, &v), &se) {
		return nil, single(-1, nil, "", "invalid JSON") // json.Valid and json.Unmarshal disagree
	}
	off := int(se.Offset)
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return nil, single(-1, nil, "", "empty input: no JSON document")
	case se.Error() == "unexpected end of JSON input":
		return nil, single(len(data), data, "", "truncated JSON: the input ends before the document is complete")
	case strings.HasSuffix(se.Error(), "after top-level value"):
		return nil, single(off-1, data, "", "unexpected data after the document (Parse reads one document, not JSON Lines)")
	}
	return nil, single(off-1, data, "", "invalid JSON: "+se.Error())
}

// readHeader returns the format and version fields of a well-formed JSON
// text, the last of each if they repeat, or nil if it is not an object.
func readHeader(data []byte) *header {
	w := &walker{data: data}
	if w.space() != '{' {
		return nil
	}
	w.pos++
	h := new(header)
	for w.more() {
		w.space()
		key := str(w.scalar())
		if w.expect(':') != nil {
			return nil
		}
		w.space()
		start := w.pos
		w.skip()
		switch key {
		case "format":
			h.Format = data[start:w.pos]
		case "version":
			h.Version = data[start:w.pos]
		}
	}
	return h
}

// checkHeader reports a document that is not a whosaid export of a version
// this package reads, before anything else, since a newer version may differ
// in every other field.
func checkHeader(data []byte, h *header) ErrorList {
	if h == nil {
		return nil
	}
	var errs ErrorList
	format, isString := headerString(h.Format)
	switch {
	case h.Format == nil:
		errs.add("", "not a whosaid export: no %q field", "format")
	case !isString:
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

// headerString returns the value of the JSON value lit when it is a string,
// or "" for null, as json.Unmarshal would decode lit into a string, and
// reports whether it could.
func headerString(lit []byte) (string, bool) {
	if string(lit) == "null" {
		return "", true
	}
	return unquote(lit)
}

// A walker reads a JSON text, already known to be well formed, alongside
// the Go type it should decode into, and reports every value whose JSON
// type, fields or range do not fit: what encoding/json would accept loosely
// (unknown, duplicate or missing fields, null for a list, 1.5 for an offset)
// it rejects with a position. With want set it also records the offset of
// the values at those paths.
type walker struct {
	data []byte
	pos  int
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
	w.pos = 0
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

func (w *walker) fail(off int, format string, args ...any) {
	e := &Error{Offset: off, Path: w.pathString(), Msg: fmt.Sprintf(format, args...)}
	e.setPosition(w.data)
	w.errs = append(w.errs, e)
}

// space skips white space and returns the next byte, or 0 at the end.
func (w *walker) space() byte {
	for w.pos < len(w.data) {
		switch c := w.data[w.pos]; c {
		case ' ', '\t', '\n', '\r':
			w.pos++
		default:
			return c
		}
	}
	return 0
}

// expect consumes byte c after white space.
func (w *walker) expect(c byte) error {
	if w.space() != c {
		return fmt.Errorf("annot: walker expected %q at byte %d", c, w.pos)
	}
	w.pos++
	return nil
}

// more reports whether the object or array being read has another element,
// consuming the comma before it.
func (w *walker) more() bool {
	switch w.space() {
	case ',':
		w.pos++
		return true
	case '}', ']', 0:
		return false
	}
	return true
}

// scalar consumes a string, number or literal and returns its bytes.
func (w *walker) scalar() []byte {
	start := w.pos
	if w.pos < len(w.data) && w.data[w.pos] == '"' {
		w.pos++
		for w.pos < len(w.data) {
			switch w.data[w.pos] {
			case '\\':
				w.pos += 2
				continue
			case '"':
				w.pos++
				return w.data[start:w.pos]
			}
			w.pos++
		}
		return w.data[start:min(w.pos, len(w.data))]
	}
	for w.pos < len(w.data) {
		switch c := w.data[w.pos]; {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c == '-', c == '+', c == '.', c == 'E':
			w.pos++
			continue
		}
		break
	}
	return w.data[start:w.pos]
}

// str returns the value of the JSON string lit, or "" if it is not one.
func str(lit []byte) string {
	if len(lit) >= 2 && bytes.IndexByte(lit, '\\') < 0 {
		return string(lit[1 : len(lit)-1])
	}
	s, _ := unquote(lit)
	return s
}

// value reads one value that should decode into t.
func (w *walker) value(t reflect.Type) error {
	c := w.space()
	off := w.pos
	if w.want != nil {
		p := w.pathString()
		if _, ok := w.want[p]; ok {
			w.want[p] = off
		}
	}
	if t.Kind() == reflect.Pointer {
		if c == 'n' {
			w.scalar()
			return nil
		}
		t = t.Elem()
	}
	var want string
	switch t.Kind() {
	case reflect.Struct:
		if c == '{' {
			return w.object(t, off)
		}
		want = "an object"
	case reflect.Slice:
		if c == '[' {
			w.pos++
			for i := 0; w.more(); i++ {
				w.path = append(w.path, step{index: i})
				err := w.value(t.Elem())
				w.path = w.path[:len(w.path)-1]
				if err != nil {
					return err
				}
			}
			return w.expect(']')
		}
		want = "an array"
	case reflect.String:
		if c == '"' {
			w.scalar()
			return nil
		}
		want = "a string"
	case reflect.Int:
		if c == '-' || c >= '0' && c <= '9' {
			if n := w.scalar(); bytes.ContainsAny(n, ".eE") {
				w.fail(off, "expected an integer, found number %s", n)
			} else if _, err := strconv.ParseInt(string(n), 10, strconv.IntSize); err != nil {
				w.fail(off, "integer %s is out of range", n)
			}
			return nil
		}
		want = "an integer"
	case reflect.Float64:
		if c == '-' || c >= '0' && c <= '9' {
			if n := w.scalar(); !isFloat(n) {
				w.fail(off, "number %s is out of range", n)
			}
			return nil
		}
		want = "a number"
	default:
		panic("annot: walker has no rule for " + t.String())
	}
	found, err := w.skip()
	w.fail(off, "expected %s, found %s", want, found)
	return err
}

func isFloat(n []byte) bool {
	_, err := strconv.ParseFloat(string(n), 64)
	return err == nil
}

// object reads the fields of an object that should decode into struct t,
// starting at its opening brace at offset off.
func (w *walker) object(t reflect.Type, off int) error {
	w.pos++ // {
	fields := fieldsOf(t)
	var seen [32]bool // by field index; no type has more fields
	for w.more() {
		w.space()
		koff := w.pos
		key := str(w.scalar())
		if err := w.expect(':'); err != nil {
			return err
		}
		w.path = append(w.path, step{key: key})
		f, known := fields.byName[key]
		var err error
		switch {
		case !known:
			w.fail(koff, "unknown field %q", clip(key, 40))
			w.space()
			_, err = w.skip()
		case seen[f.index]:
			w.fail(koff, "duplicate field %q", key)
			fallthrough
		default:
			seen[f.index] = true
			err = w.value(f.typ)
		}
		w.path = w.path[:len(w.path)-1]
		if err != nil {
			return err
		}
	}
	if err := w.expect('}'); err != nil {
		return err
	}
	for i, name := range fields.names {
		if fields.byName[name].required && !seen[i] {
			w.fail(off, "missing field %q", name)
		}
	}
	return nil
}

// skip consumes the value that starts at the current position and describes
// it for an error message.
func (w *walker) skip() (string, error) {
	switch c := w.data[w.pos]; c {
	case '{', '[':
		depth := 0
		for w.pos < len(w.data) {
			switch w.data[w.pos] {
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			case '"':
				w.scalar()
				continue
			}
			w.pos++
			if depth == 0 {
				break
			}
		}
		if c == '{' {
			return "an object", nil
		}
		return "an array", nil
	case '"':
		return "string " + strconv.Quote(clip(str(w.scalar()), 40)), nil
	case 'n':
		w.scalar()
		return "null", nil
	case 't', 'f':
		return string(w.scalar()), nil
	}
	return "number " + string(w.scalar()), nil
}

// structFields is what the walker knows of one struct type.
type structFields struct {
	names  []string // in declaration order
	byName map[string]field
}

type field struct {
	typ      reflect.Type
	index    int // in names
	required bool
}

var fieldCache sync.Map // reflect.Type → *structFields

// fieldsOf returns the JSON fields of struct t: every exported field is
// required unless its tag says omitempty.
func fieldsOf(t reflect.Type) *structFields {
	if f, ok := fieldCache.Load(t); ok {
		return f.(*structFields)
	}
	if t.NumField() > 32 {
		panic("annot: walker tracks at most 32 fields of " + t.String())
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
		fs.byName[name] = field{typ: sf.Type, index: len(fs.names), required: !strings.Contains(opts, "omitempty")}
		fs.names = append(fs.names, name)
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
