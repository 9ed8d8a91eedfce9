//go:build !(js && wasm)

package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/engine"
	"github.com/whosaid/whosaid/engine/annot"
	"github.com/whosaid/whosaid/engine/export"
)

func init() {
	commands["extract"] = command{summary: "annotations of text files as JSON, JSON Lines, CSV or JSON-LD", run: runExtract}
}

const extractUsage = `usage: whosaid extract [--format json|jsonl|csv|jsonld] [--actors-csv FILE] [-o FILE] FILE...

Finds the actors, quotes and claims of each UTF-8 text FILE ("-" reads
standard input) and writes them in export schema version 1:

  json    one file: an indented JSON document; several: a JSON array of them
  jsonl   one JSON document per line (the default for several files)
  csv     one row per quote and per claim, all files in one table
  jsonld  W3C Web Annotation JSON-LD, one collection for all files

A file that cannot be read, or is empty, binary or not UTF-8, is reported on
standard error and skipped; the others are still written, and the exit
status is 1. Usage errors exit with 2.

options:
`

// maxInput is the largest input extract reads, in bytes; tests lower it.
var maxInput int64 = engine.MaxTextSize

// extractFormats are the values of --format.
var extractFormats = []string{"json", "jsonl", "csv", "jsonld"}

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("extract", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "", "output `FORMAT`: json, jsonl, csv or jsonld (default json for one file, jsonl for several)")
	actorsCSV := fl.String("actors-csv", "", "also write one CSV row per actor to `FILE`")
	outPath := fl.String("o", "", "write the output to `FILE` instead of standard output")
	fl.Usage = func() {
		fmt.Fprint(stderr, extractUsage)
		fl.PrintDefaults()
	}
	files, err := parseInterspersed(fl, args)
	if err == flag.ErrHelp {
		return 0
	}
	if err != nil {
		return 2
	}
	usageError := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "whosaid extract: "+format+"\n", args...)
		fmt.Fprintln(stderr, "Run 'whosaid extract -h' for usage.")
		return 2
	}
	switch {
	case len(files) == 0:
		return usageError("no input files (use - for standard input)")
	case *format != "" && !contains(extractFormats, *format):
		return usageError("unknown format %q (want one of %s)", *format, strings.Join(extractFormats, ", "))
	case *actorsCSV == "-":
		return usageError("--actors-csv needs a file name")
	case *actorsCSV != "" && *actorsCSV == *outPath:
		return usageError("--actors-csv and -o name the same file")
	}
	if n := count(files, "-"); n > 1 {
		return usageError("standard input (-) is given %d times", n)
	}
	if *format == "" {
		*format = "json"
		if len(files) > 1 {
			*format = "jsonl"
		}
	}

	x := &extraction{format: *format, array: *format == "json" && len(files) > 1, stderr: stderr}
	x.keep = *format == "csv" || *format == "jsonld" || *actorsCSV != ""
	out := io.Writer(stdout)
	var outFile *atomicFile
	if *outPath != "" {
		if outFile, err = createAtomic(*outPath); err != nil {
			fmt.Fprintf(stderr, "whosaid extract: %v\n", err)
			return 1
		}
		defer outFile.abort()
		out = outFile
	}
	x.out = out

	for _, name := range files {
		x.file(name, stdin)
		if x.writeErr != nil {
			break
		}
	}
	x.finish()
	if x.writeErr != nil {
		fmt.Fprintf(stderr, "whosaid extract: writing %s: %v\n", outName(*outPath), x.writeErr)
		return 1
	}
	if len(x.docs) > 0 || x.written > 0 {
		if outFile != nil {
			if err := outFile.commit(); err != nil {
				fmt.Fprintf(stderr, "whosaid extract: %v\n", err)
				return 1
			}
		}
		if *actorsCSV != "" {
			if err := writeActors(*actorsCSV, x.docs); err != nil {
				fmt.Fprintf(stderr, "whosaid extract: %v\n", err)
				return 1
			}
		}
	}
	if x.failed {
		return 1
	}
	return 0
}

// extraction is the state of one run of extract.
type extraction struct {
	format   string
	array    bool // json for several files: a JSON array
	keep     bool // keep the documents for a format written at the end
	out      io.Writer
	stderr   io.Writer
	docs     []*annot.Document
	written  int // documents written so far
	failed   bool
	writeErr error
}

// file extracts one input and writes it, or reports why it cannot.
func (x *extraction) file(name string, stdin io.Reader) {
	d, err := extractFile(name, stdin)
	if err != nil {
		x.failed = true
		fmt.Fprintf(x.stderr, "whosaid extract: %s: %s\n", displayName(name), oneLine(err.Error()))
		return
	}
	if x.keep {
		x.docs = append(x.docs, d)
	}
	switch x.format {
	case "json":
		if !x.array {
			x.writeErr = annot.Encode(x.out, d, true)
			break
		}
		sep := ",\n  "
		if x.written == 0 {
			sep = "[\n  "
		}
		if _, x.writeErr = io.WriteString(x.out, sep); x.writeErr == nil {
			x.writeErr = encodeNested(x.out, d)
		}
	case "jsonl":
		x.writeErr = annot.Encode(x.out, d, false)
	default:
		return // written by finish
	}
	x.written++
}

// finish writes what only the whole run can write.
func (x *extraction) finish() {
	if x.writeErr != nil {
		return
	}
	switch x.format {
	case "json":
		if x.array {
			end := "\n]\n"
			if x.written == 0 {
				end = "[]\n"
			}
			_, x.writeErr = io.WriteString(x.out, end)
		}
	case "csv":
		x.writeErr = export.WriteCSV(x.out, x.docs...)
	case "jsonld":
		x.writeErr = export.WriteJSONLD(x.out, x.docs...)
	}
}

// encodeNested writes d indented as an element of a JSON array, without
// its final newline.
func encodeNested(w io.Writer, d *annot.Document) error {
	var b bytes.Buffer
	if err := annot.Encode(&b, d, true); err != nil {
		return err
	}
	data := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	_, err := w.Write(bytes.ReplaceAll(data, []byte("\n"), []byte("\n  ")))
	return err
}

// extractFile reads and annotates one input. Its errors are one-line
// messages that do not repeat the file name.
func extractFile(name string, stdin io.Reader) (d *annot.Document, err error) {
	data, err := readInput(name, stdin)
	if err != nil {
		return nil, err
	}
	if err := checkText(data); err != nil {
		return nil, err
	}
	boundMemory(len(data))
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("internal error, please report it: %v", r)
		}
	}()
	doc, err := engine.Analyze(string(data), engine.Options{})
	if err != nil {
		return nil, err
	}
	d = doc.Export()
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("internal error, please report it: the engine's export is invalid: %v", err)
	}
	return d, nil
}

// memoryPerByte and memoryBase bound the Go heap while a text of n bytes
// is analysed and written: memoryPerByte×n + memoryBase. The live data of
// an analysed text and its export is about 14× the text (the engine's
// heap/input benchmark metric), so 16× leaves the collector room; it runs
// more often near the bound instead of letting garbage double the heap
// (10 MB: 275 MB resident without the bound, 187 MB with it, as fast).
const (
	memoryPerByte = 16
	memoryBase    = 24 << 20
)

// boundMemory raises the soft memory limit of the process to what a text of
// n bytes needs, unless GOMEMLIMIT sets one. The limit only grows, so the
// largest of several inputs decides it.
func boundMemory(n int) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	want := int64(memoryPerByte)*int64(n) + memoryBase
	if cur := debug.SetMemoryLimit(-1); cur == math.MaxInt64 || cur < want {
		debug.SetMemoryLimit(want)
	}
}

// readInput reads the named file, or stdin for "-", refusing directories
// and inputs larger than maxInput.
func readInput(name string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		fi, err := os.Stat(name)
		if err != nil {
			return nil, fileError(err)
		}
		if fi.IsDir() {
			return nil, errors.New("is a directory, not a text file")
		}
		if fi.Mode().IsRegular() && fi.Size() > maxInput {
			return nil, tooLarge(fi.Size())
		}
		f, err := os.Open(name)
		if err != nil {
			return nil, fileError(err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, fileError(err)
	}
	if int64(len(data)) > maxInput {
		return nil, tooLarge(-1)
	}
	return data, nil
}

func tooLarge(size int64) error {
	if size < 0 {
		return fmt.Errorf("input is larger than the limit of %d bytes", maxInput)
	}
	return fmt.Errorf("file of %d bytes is larger than the limit of %d bytes", size, maxInput)
}

// fileError turns an error from the file system into a short message.
func fileError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// checkText refuses input that is not text the engine should read: empty or
// only white space, UTF-16, binary (a NUL byte, or more than one byte in ten
// a control character other than tab, line feed, form feed and carriage
// return), or not UTF-8, naming the offset of the first offending byte.
func checkText(data []byte) error {
	if len(data) == 0 {
		return errors.New("empty input (0 bytes)")
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return errors.New("UTF-16 text (it starts with a UTF-16 byte order mark); convert it to UTF-8")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("binary input, not text (NUL byte at offset %d)", i)
	}
	controls := 0
	for _, c := range data {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F {
			controls++
		}
	}
	if controls*10 > len(data) {
		return fmt.Errorf("binary input, not text (%d of its %d bytes are control characters)", controls, len(data))
	}
	if !utf8.Valid(data) {
		i := annot.FirstInvalidUTF8(string(data))
		return fmt.Errorf("not valid UTF-8: byte 0x%02X at offset %d (convert the file to UTF-8)", data[i], i)
	}
	if len(bytes.TrimFunc(data, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' })) == 0 {
		return fmt.Errorf("empty input (%d bytes of white space only)", len(data))
	}
	return nil
}

// parseInterspersed parses flags that may come before, between or after
// the file names, as in "whosaid extract a.txt --format csv b.txt". After
// "--" everything is a file name.
func parseInterspersed(fl *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fl.Parse(args); err != nil {
			return nil, err
		}
		rest := fl.Args()
		if len(rest) == 0 {
			return files, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(files, rest...), nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// displayName is the name of an input in messages.
func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return quoteIfOdd(name)
}

func outName(path string) string {
	if path == "" {
		return "standard output"
	}
	return quoteIfOdd(path)
}

// quoteIfOdd quotes a name that is empty or holds characters that would
// break a one-line message.
func quoteIfOdd(s string) string {
	if s == "" || strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) || r == utf8.RuneError }) {
		return strconv.Quote(s)
	}
	return s
}

// oneLine keeps a message on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func contains(list []string, s string) bool {
	return count(list, s) > 0
}

func count(list []string, s string) int {
	n := 0
	for _, v := range list {
		if v == s {
			n++
		}
	}
	return n
}

// writeActors writes the actors CSV of docs to path.
func writeActors(path string, docs []*annot.Document) error {
	f, err := createAtomic(path)
	if err != nil {
		return err
	}
	defer f.abort()
	if err := export.WriteActorsCSV(f, docs...); err != nil {
		return fmt.Errorf("writing %s: %v", quoteIfOdd(path), err)
	}
	return f.commit()
}

// atomicFile is an output file written under a temporary name and renamed
// into place by commit, so that a failed run leaves no half-written file
// and an existing file is replaced only by a complete one.
type atomicFile struct {
	*os.File
	path string
	done bool
}

func createAtomic(path string) (*atomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("cannot create %s: %v", quoteIfOdd(path), fileError(err))
	}
	return &atomicFile{File: f, path: path}, nil
}

func (f *atomicFile) commit() error {
	f.done = true
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("writing %s: %v", quoteIfOdd(f.path), err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("writing %s: %v", quoteIfOdd(f.path), fileError(err))
	}
	if err := os.Rename(f.Name(), f.path); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cannot write %s: %v", quoteIfOdd(f.path), fileError(err))
	}
	return nil
}

// abort removes the temporary file unless commit ran.
func (f *atomicFile) abort() {
	if !f.done {
		f.Close()
		os.Remove(f.Name())
	}
}
