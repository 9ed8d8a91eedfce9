// Package enginejs is the engine's JavaScript face: the functions that
// engine.wasm exposes on the global whosaid object, written so that the
// conversion from arguments to the export document is plain Go and tests
// natively. Only register_js.go touches JavaScript, through syscall/js
// guarded by its try, as safejs guards it elsewhere in wasm/: safejs imports
// fmt, and engine.wasm leaves fmt out (size_test.go).
package enginejs

import (
	"github.com/whosaid/whosaid/engine"
	"github.com/whosaid/whosaid/engine/annot"
	"github.com/whosaid/whosaid/internal/msg"
)

// Options are the options argument of whosaid.extract, an object whose
// only field is language. register_js.go reads it from the JavaScript object
// itself; decoding it as JSON would put encoding/json's decoder, a quarter of
// a megabyte, into engine.wasm.
type Options struct {
	// Language of the text; only "en" is supported.
	Language string
}

// ExtractJSON runs the engine over text and returns the export document as
// one line of JSON, without a trailing newline: byte for byte what
// annot.Encode writes for engine.Analyze(text, opts).Export(), as
// `whosaid extract` does.
func ExtractJSON(text string, opts Options) ([]byte, error) {
	doc, err := engine.Analyze(text, engine.Options{Language: opts.Language})
	if err != nil {
		return nil, err
	}
	out, err := annot.MarshalLine(doc.Export())
	if err != nil {
		return nil, msg.Errorf("encoding the document: %w", err)
	}
	return out, nil
}

// ExtractCompact runs the engine over text and returns the export document
// in annot's compact form, byte for byte annot.AppendCompact of the
// document ExtractJSON gives, for a reader that decodes it (web/engine.js,
// annot.DecodeCompact); it is written from the analysis without building
// that document (engine.Document.AppendCompact). With withText false the
// document text is left out and the reader supplies it: it must then be
// text itself, character for character.
func ExtractCompact(text string, opts Options, withText bool) ([]byte, error) {
	doc, err := engine.Analyze(text, engine.Options{Language: opts.Language})
	if err != nil {
		return nil, err
	}
	// The compact form needs none of the layers under the annotations:
	// dropped, they are a third of the analysis's memory that the
	// collector may take back while the output grows.
	doc.Tokens, doc.Sentences, doc.Paragraphs = nil, nil, nil
	out, err := doc.AppendCompact(nil, withText)
	if err != nil {
		return nil, msg.Errorf("encoding the document: %w", err)
	}
	return out, nil
}
