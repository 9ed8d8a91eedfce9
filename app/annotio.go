package app

// This file is the app's only use of the export formats of engine/annot and
// engine/export.

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/whosaid/whosaid/engine/annot"
	"github.com/whosaid/whosaid/engine/export"
)

// marshalDoc encodes d as an export file: indented JSON ending in a newline.
func marshalDoc(d *annot.Document) ([]byte, error) { return annot.Marshal(d) }

// marshalLine encodes d on one line, for JSON Lines.
func marshalLine(d *annot.Document) ([]byte, error) {
	var b bytes.Buffer
	err := annot.Encode(&b, d, false)
	return b.Bytes(), err
}

// parseDoc reads one export document strictly, with annot.Parse's message
// about what is wrong.
func parseDoc(data []byte) (*annot.Document, error) { return annot.Parse(data) }

// parseImport reads a .json export or a JSON Lines file of exports. It
// fails as a whole when any document is bad, naming the line.
func parseImport(data []byte) ([]*annot.Document, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // a byte order mark some editors add
	trim := bytes.TrimSpace(data)
	if len(trim) == 0 {
		return nil, errors.New("the file is empty")
	}
	if err := notJSON(trim); err != nil {
		return nil, err
	}
	d, whole := parseDoc(data)
	if whole == nil {
		return []*annot.Document{d}, nil
	}
	lines := bytes.Split(trim, []byte("\n"))
	if len(lines) < 2 || bytes.HasPrefix(bytes.TrimSpace(lines[0]), []byte("{")) && !bytes.HasSuffix(bytes.TrimSpace(lines[0]), []byte("}")) {
		return nil, whole // one document, spread over lines: not JSON Lines
	}
	var docs []*annot.Document
	for i, line := range lines {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		d, err := parseDoc(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", i+1, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// notJSON explains a file that cannot be an export because it does not
// start like a JSON object, naming the format when it is a common one. trim
// is not empty.
func notJSON(trim []byte) error {
	if trim[0] == '{' {
		return nil
	}
	const want = "whosaid imports the .json and .jsonl files it exports"
	first, _, _ := bytes.Cut(trim, []byte("\n"))
	switch {
	case trim[0] == '[':
		return errors.New("not a whosaid export: the file is a JSON array; " + want + ", one object per document")
	case isBratLine(first):
		return errors.New("not a whosaid export: this looks like a brat standoff (.ann) file; " + want)
	case bytes.HasPrefix(first, []byte("<")):
		return errors.New("not a whosaid export: this looks like HTML or XML; " + want + " (open an article with “Open a file…”)")
	}
	return errors.New("not a whosaid export: the file is not JSON; " + want)
}

// writeCSV writes the quotes and claims of d as one CSV table.
func writeCSV(w io.Writer, d *annot.Document) error { return export.WriteCSV(w, d) }

// writeActorsCSV writes the actors of d as a CSV table.
func writeActorsCSV(w io.Writer, d *annot.Document) error { return export.WriteActorsCSV(w, d) }

// writeJSONLD writes d as W3C Web Annotation JSON-LD.
func writeJSONLD(w io.Writer, d *annot.Document) error { return export.WriteJSONLD(w, d) }

// actorName returns the name of the actor id points at, or "".
func actorName(d *annot.Document, id *string) string {
	if id == nil {
		return ""
	}
	if a := d.Actor(*id); a != nil {
		return a.Name
	}
	return ""
}

func spanText(s *annot.Span) string {
	if s == nil {
		return ""
	}
	return s.Text
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
