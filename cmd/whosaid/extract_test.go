//go:build !(js && wasm)

package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/whosaid/whosaid/engine/annot"
	"github.com/whosaid/whosaid/engine/export"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// articles are the invented news texts in testdata.
var articles = []string{"budget.txt", "split.txt", "unicode.txt"}

// run runs whosaid with args and stdin and returns its exit code and
// output.
func run(t testing.TB, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := dispatch(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// golden compares got with testdata/golden/name, or rewrites it with
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/whosaid -update)", err)
	}
	if !bytes.Equal(got, want) {
		g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(g) || i < len(w); i++ {
			if i >= len(g) || i >= len(w) || g[i] != w[i] {
				gl, wl := at(g, i), at(w, i)
				c := 0
				for c < len(gl) && c < len(wl) && gl[c] == wl[c] {
					c++
				}
				t.Errorf("%s differs from the golden file at line %d, byte %d (run go test ./cmd/whosaid -update if the change is right):\n got …%q\nwant …%q",
					name, i+1, c+1, context(gl, c), context(wl, c))
				break
			}
		}
	}
}

// context returns up to 60 bytes of s from a little before offset c.
func context(s string, c int) string {
	from := max(0, c-20)
	return s[from:min(len(s), from+60)]
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(end of file)"
}

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

// checkDoc checks that data is one export document, valid under
// schema.json and accepted by annot.Parse, and returns it.
func checkDoc(t *testing.T, data []byte) *annot.Document {
	t.Helper()
	schemaOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(annot.SchemaJSON))
		if err != nil {
			schemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		if schemaErr = c.AddResource("urn:whosaid:schema:export:1", doc); schemaErr == nil {
			schema, schemaErr = c.Compile("urn:whosaid:schema:export:1")
		}
	})
	if schemaErr != nil {
		t.Fatal(schemaErr)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("output is not valid under schema.json: %v", err)
	}
	d, err := annot.Parse(data)
	if err != nil {
		t.Fatalf("annot.Parse rejects the output: %v", err)
	}
	return d
}

func readArticle(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestExtractOneFile(t *testing.T) {
	for _, name := range articles {
		t.Run(name, func(t *testing.T) {
			code, out, errs := run(t, "", "extract", filepath.Join("testdata", name))
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			d := checkDoc(t, []byte(out))
			if d.Document.Text != readArticle(t, name) {
				t.Error("the document text is not the file's text")
			}
			if !strings.HasPrefix(out, "{\n  \"format\": \"whosaid\",\n") {
				t.Errorf("one file is not written as one indented document:\n%.200s", out)
			}
			golden(t, strings.TrimSuffix(name, ".txt")+".json", []byte(out))

			code, fromStdin, _ := run(t, readArticle(t, name), "extract", "-")
			if code != 0 || fromStdin != out {
				t.Errorf("extract - (stdin) differs from extract FILE")
			}
		})
	}
}

func paths(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = filepath.Join("testdata", n)
	}
	return out
}

func TestExtractFormats(t *testing.T) {
	files := paths(articles)
	var docs []*annot.Document

	t.Run("jsonl", func(t *testing.T) {
		code, out, errs := run(t, "", append([]string{"extract"}, files...)...)
		if code != 0 || errs != "" {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
		lines := strings.SplitAfter(out, "\n")
		if lines[len(lines)-1] != "" || len(lines) != len(files)+1 {
			t.Fatalf("%d lines for %d files", len(lines)-1, len(files))
		}
		for i, line := range lines[:len(files)] {
			d := checkDoc(t, []byte(line))
			if d.Document.Text != readArticle(t, articles[i]) {
				t.Errorf("line %d is not %s", i+1, articles[i])
			}
			docs = append(docs, d)
		}
		golden(t, "all.jsonl", []byte(out))
		if code, explicit, _ := run(t, "", append([]string{"extract", "--format", "jsonl"}, files...)...); code != 0 || explicit != out {
			t.Error("--format jsonl differs from the default for several files")
		}
	})

	t.Run("json array", func(t *testing.T) {
		code, out, errs := run(t, "", append([]string{"extract", "--format=json"}, files...)...)
		if code != 0 || errs != "" {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
		var list []json.RawMessage
		if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != len(files) {
			t.Fatalf("not a JSON array of %d documents: %v", len(files), err)
		}
		for i, raw := range list {
			if d := checkDoc(t, raw); !reflect.DeepEqual(d, docs[i]) {
				t.Errorf("document %d differs from its JSON Lines record", i)
			}
		}
	})

	t.Run("csv", func(t *testing.T) {
		actors := filepath.Join(t.TempDir(), "actors.csv")
		code, out, errs := run(t, "", append([]string{"extract", "--format", "csv", "--actors-csv", actors}, files...)...)
		if code != 0 || errs != "" {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("not CSV: %v", err)
		}
		want := 1
		for _, d := range docs {
			want += len(d.Quotes) + len(d.Claims)
		}
		if !reflect.DeepEqual(rows[0], export.CSVColumns) || len(rows) != want {
			t.Errorf("%d rows, want a header and %d", len(rows), want-1)
		}
		golden(t, "all.csv", []byte(out))

		data, err := os.ReadFile(actors)
		if err != nil {
			t.Fatal(err)
		}
		rows, err = csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatalf("actors file is not CSV: %v", err)
		}
		want = 1
		for _, d := range docs {
			want += len(d.Actors)
		}
		if !reflect.DeepEqual(rows[0], export.ActorCSVColumns) || len(rows) != want {
			t.Errorf("actors: %d rows, want a header and %d", len(rows), want-1)
		}
		golden(t, "all.actors.csv", data)
	})

	t.Run("jsonld", func(t *testing.T) {
		code, out, errs := run(t, "", append([]string{"extract", "--format", "jsonld"}, files...)...)
		if code != 0 || errs != "" {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
		var ld struct {
			Context string `json:"@context"`
			Type    string `json:"type"`
			Total   int    `json:"total"`
		}
		if err := json.Unmarshal([]byte(out), &ld); err != nil {
			t.Fatalf("not JSON: %v", err)
		}
		want := 0
		for _, d := range docs {
			want += len(d.Quotes) + len(d.Claims)
			for _, a := range d.Actors {
				want += len(a.Mentions)
			}
		}
		if ld.Context != export.WebAnnotationContext || ld.Type != "AnnotationCollection" || ld.Total != want {
			t.Errorf("collection %+v, want %d annotations", ld, want)
		}
		golden(t, "all.jsonld", []byte(out))
	})
}

func TestExtractOutputFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.json")
	in := filepath.Join("testdata", articles[0])
	code, stdout, errs := run(t, "", "extract", in, "-o", out)
	if code != 0 || stdout != "" || errs != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errs)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, data)
	_, direct, _ := run(t, "", "extract", in)
	if string(data) != direct {
		t.Error("-o FILE differs from standard output")
	}

	// A run in which every input fails leaves the existing output alone and
	// creates no new one.
	code, _, _ = run(t, "", "extract", "-o", out, filepath.Join(dir, "missing.txt"))
	if again, _ := os.ReadFile(out); code != 1 || !bytes.Equal(again, data) {
		t.Errorf("a failed run changed %s (exit %d)", out, code)
	}
	fresh := filepath.Join(dir, "fresh.json")
	run(t, "", "extract", "-o", fresh, filepath.Join(dir, "missing.txt"))
	if _, err := os.Stat(fresh); err == nil {
		t.Error("a failed run created its output file")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

// TestExtractBadInput checks that every kind of bad input gets a one-line
// message naming the file, exit code 1, and does not stop the good files.
func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := filepath.Join("testdata", articles[0])
	tests := []struct {
		name string
		file string
		want string
	}{
		{"missing", filepath.Join(dir, "nope.txt"), "nope.txt: no such file"},
		{"directory", dir, ": is a directory, not a text file"},
		{"empty", write("empty.txt", nil), "empty.txt: empty input (0 bytes)"},
		{"white space", write("blank.txt", []byte(" \n\t\r\n\u00a0\u3000\n")), "blank.txt: empty input (11 bytes of white space only)"},
		{"byte order mark only", write("bom.txt", []byte("\uFEFF\n")), "bom.txt: empty input"},
		{"NUL", write("nul.bin", []byte("PK\x03\x04\x14\x00\x00\x00")), "nul.bin: binary input, not text (NUL byte at offset 5)"},
		{"control characters", write("ctl.bin", []byte("\x1b\x02\x03abc\x04\x05\x06\x07defgh")), "ctl.bin: binary input, not text (7 of its 15 bytes are control characters)"},
		{"UTF-16", write("utf16.txt", []byte{0xFF, 0xFE, 'H', 0, 'i', 0}), "utf16.txt: UTF-16 text"},
		{"Latin-1", write("latin1.txt", []byte("The caf\xe9 owner said \"no\".")), "latin1.txt: not valid UTF-8: byte 0xE9 at offset 7"},
		{"truncated UTF-8", write("cut.txt", []byte("Ana Ruiz said “yes\xe2\x80")), "cut.txt: not valid UTF-8: byte 0xE2 at offset 20"},
		{"odd name", write("a\nb.txt", nil), `"` + filepath.Join(dir, "a\\nb.txt") + `": empty input`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, "", "extract", good, tt.file, good)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if !strings.HasPrefix(errs, "whosaid extract: ") || !strings.Contains(errs, tt.want) || strings.Count(errs, "\n") != 1 || !strings.HasSuffix(errs, "\n") {
				t.Errorf("stderr %q, want one line with %q", errs, tt.want)
			}
			if lines := strings.Count(out, "\n"); lines != 2 {
				t.Errorf("%d documents written, want the 2 good ones", lines)
			}
			code, out, _ = run(t, "", "extract", tt.file)
			if code != 1 || out != "" {
				t.Errorf("alone: exit %d, output %q", code, out)
			}
		})
	}
}

func TestExtractTooLarge(t *testing.T) {
	defer func(n int64) { maxInput = n }(maxInput)
	maxInput = 100
	big := strings.Repeat("Ana Ruiz said it again. ", 10)
	p := filepath.Join(t.TempDir(), "big.txt")
	os.WriteFile(p, []byte(big), 0o644)
	for _, args := range [][]string{{"extract", p}, {"extract", "-"}} {
		code, out, errs := run(t, big, args...)
		if code != 1 || out != "" || !strings.Contains(errs, "larger than the limit of 100 bytes") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
	if code, _, errs := run(t, big[:100], "extract", "-"); code != 0 {
		t.Errorf("100 bytes: exit %d, %s", code, errs)
	}
}

func TestExtractUsage(t *testing.T) {
	good := filepath.Join("testdata", articles[0])
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"extract"}, 2, "no input files"},
		{[]string{"extract", "--format", "xml", good}, 2, `unknown format "xml" (want one of json, jsonl, csv, jsonld)`},
		{[]string{"extract", "--colour", good}, 2, "flag provided but not defined: -colour"},
		{[]string{"extract", good, "--format"}, 2, "flag needs an argument: -format"},
		{[]string{"extract", "-", "-"}, 2, "standard input (-) is given 2 times"},
		{[]string{"extract", "--actors-csv", "-", good}, 2, "--actors-csv needs a file name"},
		{[]string{"extract", "-o", "x.csv", "--actors-csv", "x.csv", good}, 2, "name the same file"},
		{[]string{"extract", "-h"}, 0, "usage: whosaid extract"},
	}
	for _, tt := range tests {
		code, out, errs := run(t, "", tt.args...)
		if code != tt.code || out != "" || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and %q", tt.args, code, out, errs, tt.code, tt.want)
		}
	}
}

func TestExtractFlagsAfterFiles(t *testing.T) {
	a, b := filepath.Join("testdata", articles[0]), filepath.Join("testdata", articles[1])
	_, before, _ := run(t, "", "extract", "--format", "csv", a, b)
	code, after, errs := run(t, "", "extract", a, "--format", "csv", b)
	if code != 0 || before != after || !strings.HasPrefix(after, "document_id,") {
		t.Errorf("flags between files: exit %d, %s", code, errs)
	}
	// After --, a name that starts with - is a file.
	code, _, errs = run(t, "", "extract", "--", "-o")
	if code != 1 || !strings.Contains(errs, "-o: no such file") {
		t.Errorf("after --: exit %d, %q", code, errs)
	}
}

// FuzzExtract feeds arbitrary bytes to extract on standard input: it never
// panics; it either writes a valid document and exits 0, or writes nothing
// and one line on standard error and exits 1.
func FuzzExtract(f *testing.F) {
	for _, name := range articles {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("“Unclosed, she said.\n\n«Ça va», dit-il."))
	f.Add([]byte("\"\"\"\n\n'''"))
	f.Add([]byte("a\x00b"))
	f.Add([]byte("caf\xe9"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var out, errb bytes.Buffer
		code := dispatch([]string{"extract", "-"}, bytes.NewReader(data), &out, &errb)
		switch code {
		case 0:
			if errb.Len() > 0 {
				t.Fatalf("exit 0 with stderr %q", errb.String())
			}
			d, err := annot.Parse(out.Bytes())
			if err != nil {
				t.Fatalf("output rejected by annot.Parse: %v", err)
			}
			if d.Document.Text != string(data) {
				t.Fatal("document text differs from the input")
			}
		case 1:
			msg := errb.String()
			if out.Len() > 0 || strings.Count(msg, "\n") != 1 || !utf8.ValidString(msg) {
				t.Fatalf("exit 1 with output %q and stderr %q", out.String(), msg)
			}
			if strings.Contains(msg, "internal error") {
				t.Fatalf("engine failure: %s", msg)
			}
		default:
			t.Fatalf("exit %d", code)
		}
	})
}

// TestBoundMemory checks that the soft memory limit follows the largest
// input and never shrinks.
func TestBoundMemory(t *testing.T) {
	if os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOMEMLIMIT is set: boundMemory leaves the limit alone")
	}
	old := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(old)
	boundMemory(10 << 20)
	want := int64(memoryPerByte)*(10<<20) + memoryBase
	if got := debug.SetMemoryLimit(-1); got != want {
		t.Fatalf("limit after 10 MiB = %d, want %d", got, want)
	}
	boundMemory(1 << 20)
	if got := debug.SetMemoryLimit(-1); got != want {
		t.Errorf("limit after a smaller input = %d, want it kept at %d", got, want)
	}
}
