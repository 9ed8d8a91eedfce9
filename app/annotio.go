package app

// This file is the app's only use of the export formats. Until engine/annot
// provides Parse, Marshal, WriteCSV, WriteActorsCSV and WriteJSONLD (being
// added on another branch), they are implemented here in their simplest
// form; when they land, each function below becomes a one-line call.

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/engine/annot"
)

// marshalDoc encodes d as an export file: indented JSON ending in a newline.
func marshalDoc(d *annot.Document) ([]byte, error) {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// marshalLine encodes d on one line, for JSON Lines.
func marshalLine(d *annot.Document) ([]byte, error) {
	b, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// parseDoc reads one export document and checks it, with a message that says
// what is wrong.
func parseDoc(data []byte) (*annot.Document, error) {
	var probe struct {
		Format  *string `json:"format"`
		Version *int    `json:"version"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("not a whosaid export: the file is not valid JSON (%v)", err)
	}
	if probe.Format == nil || *probe.Format != annot.Format {
		return nil, errors.New(`not a whosaid export: "format" is not "whosaid"`)
	}
	if probe.Version == nil || *probe.Version != annot.Version {
		return nil, fmt.Errorf("unsupported whosaid export version (this app reads version %d)", annot.Version)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	d := new(annot.Document)
	if err := dec.Decode(d); err != nil {
		return nil, fmt.Errorf("damaged whosaid export: %v", err)
	}
	if dec.More() {
		return nil, errors.New("damaged whosaid export: more than one document in a .json file")
	}
	if err := CheckDocument(d); err != nil {
		return nil, fmt.Errorf("damaged whosaid export: %v", err)
	}
	return d, nil
}

// parseImport reads a .json export or a JSON Lines file of exports. It
// fails as a whole when any document is bad, naming the line.
func parseImport(data []byte) ([]*annot.Document, error) {
	trim := bytes.TrimSpace(data)
	if len(trim) == 0 {
		return nil, errors.New("the file is empty")
	}
	if d, err := parseDoc(trim); err == nil {
		return []*annot.Document{d}, nil
	} else if !bytes.Contains(trim, []byte("\n")) {
		return nil, err
	}
	var docs []*annot.Document
	for i, line := range bytes.Split(trim, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		d, err := parseDoc(line)
		if err != nil {
			if i == 0 {
				// Not JSON Lines either: report the whole-file error.
				_, whole := parseDoc(trim)
				return nil, whole
			}
			return nil, fmt.Errorf("line %d: %v", i+1, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

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

// writeCSV writes the quotes and claims of d as one CSV table.
func writeCSV(w io.Writer, d *annot.Document) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"document", "type", "id", "kind", "start", "end", "text", "actor_id", "actor", "cue", "addressee", "content", "quote", "origin"})
	for _, q := range d.Quotes {
		_ = cw.Write([]string{d.Document.ID, "quote", q.ID, q.Kind, strconv.Itoa(q.Start), strconv.Itoa(q.End), q.Text,
			deref(q.Speaker), actorName(d, q.Speaker), spanText(q.Cue), "", "", "", q.Origin})
	}
	for _, c := range d.Claims {
		_ = cw.Write([]string{d.Document.ID, "claim", c.ID, c.Kind, strconv.Itoa(c.Start), strconv.Itoa(c.End), c.Text,
			deref(c.Claimant), actorName(d, c.Claimant), spanText(c.Cue), spanText(c.Addressee), spanText(c.Content), deref(c.Quote), c.Origin})
	}
	cw.Flush()
	return cw.Error()
}

// writeActorsCSV writes the actors of d as a CSV table.
func writeActorsCSV(w io.Writer, d *annot.Document) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"document", "id", "name", "type", "roles", "aliases", "mentions", "origin"})
	for _, a := range d.Actors {
		_ = cw.Write([]string{d.Document.ID, a.ID, a.Name, a.Type, strings.Join(a.Roles, "; "), strings.Join(a.Aliases, "; "),
			strconv.Itoa(len(a.Mentions)), a.Origin})
	}
	cw.Flush()
	return cw.Error()
}

// writeJSONLD writes d as a W3C Web Annotation collection: one annotation
// per mention, quote and claim, targeting the text by position and quote.
func writeJSONLD(w io.Writer, d *annot.Document) error {
	source := "urn:whosaid:" + d.Document.ID
	target := func(s annot.Span) map[string]any {
		return map[string]any{"source": source, "selector": []any{
			map[string]any{"type": "TextPositionSelector", "start": s.Start, "end": s.End},
			map[string]any{"type": "TextQuoteSelector", "exact": s.Text},
		}}
	}
	var items []any
	for _, a := range d.Actors {
		for i, m := range a.Mentions {
			items = append(items, map[string]any{"id": source + "#" + a.ID + "-m" + strconv.Itoa(i+1), "type": "Annotation",
				"motivation": "identifying", "body": map[string]any{"type": "TextualBody", "purpose": "identifying",
					"value": a.Name, "format": "text/plain", "whosaid:actorType": a.Type, "whosaid:actor": a.ID},
				"target": target(m.Span())})
		}
	}
	for _, q := range d.Quotes {
		items = append(items, map[string]any{"id": source + "#" + q.ID, "type": "Annotation", "motivation": "tagging",
			"body": map[string]any{"type": "TextualBody", "purpose": "tagging", "value": "quote",
				"whosaid:speaker": deref(q.Speaker), "whosaid:speakerName": actorName(d, q.Speaker)},
			"target": target(q.Span())})
	}
	for _, c := range d.Claims {
		items = append(items, map[string]any{"id": source + "#" + c.ID, "type": "Annotation", "motivation": "tagging",
			"body": map[string]any{"type": "TextualBody", "purpose": "tagging", "value": "claim",
				"whosaid:claimant": deref(c.Claimant), "whosaid:claimantName": actorName(d, c.Claimant),
				"whosaid:cue": spanText(c.Cue), "whosaid:addressee": spanText(c.Addressee), "whosaid:content": spanText(c.Content)},
			"target": target(c.Span())})
	}
	if items == nil {
		items = []any{}
	}
	out := map[string]any{
		"@context": []any{"http://www.w3.org/ns/anno.jsonld", map[string]any{"whosaid": "urn:whosaid:schema:v1#"}},
		"id":       source, "type": "AnnotationCollection", "label": d.Document.Title,
		"total": len(items), "first": map[string]any{"type": "AnnotationPage", "items": items},
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
