// Package enginejs is the engine's JavaScript face: the functions that
// engine.wasm exposes on the global whosaid object, written so that the
// conversion from arguments to the export document is plain Go and tests
// natively. Only register_js.go touches JavaScript, through safejs.
package enginejs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/whosaid/whosaid/engine"
	"github.com/whosaid/whosaid/engine/annot"
)

// Options is the JSON form of the options argument of whosaid.extract. Every
// field is optional; unknown fields are an error, so a typo is never
// silently ignored.
type Options struct {
	// Language of the text; only "en" is supported.
	Language string `json:"language,omitempty"`
}

// ExtractJSON runs the engine over text with the options given as JSON (an
// object, null or empty) and returns the export document as one line of
// JSON, without a trailing newline: byte for byte what annot.Encode writes
// for engine.Analyze(text, opts).Export(), as `whosaid extract` does.
func ExtractJSON(text string, options []byte) ([]byte, error) {
	opts, err := ParseOptions(options)
	if err != nil {
		return nil, err
	}
	doc, err := engine.Analyze(text, engine.Options{Language: opts.Language})
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := annot.Encode(&out, doc.Export(), false); err != nil {
		return nil, fmt.Errorf("encoding the document: %w", err)
	}
	return bytes.TrimSuffix(out.Bytes(), []byte("\n")), nil
}

// ParseOptions decodes the options argument. Empty input and "null" give the
// zero Options.
func ParseOptions(data []byte) (Options, error) {
	var o Options
	data = bytes.TrimSpace(data)
	if len(data) == 0 || string(data) == "null" {
		return o, nil
	}
	if data[0] != '{' {
		return o, errors.New("options must be an object, like {\"language\": \"en\"}")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		return o, fmt.Errorf("bad options: %w", err)
	}
	return o, nil
}
