// Package export writes annotation documents (engine/annot) in the formats
// researchers take to other tools: a CSV coding table of quotes and claims,
// a CSV table of actors, and W3C Web Annotation JSON-LD.
//
// It lives apart from engine/annot so that engine.wasm, which only reads and
// writes the export JSON, carries neither encoding/csv, net/url nor SHA-1.
package export
