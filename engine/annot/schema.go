// SchemaJSON is left out of engine.wasm (build tag engineonly): its
// //go:embed imports embed, which imports io/fs and time (see tools/lexpack).

//go:build !engineonly

package annot

import _ "embed"

// SchemaJSON is the JSON Schema (draft 2020-12) of export version 1, the
// documents Encode writes and Parse reads. Parse checks everything the schema
// says and more (see Validate); a document Parse accepts always validates
// against the schema.
//
//go:embed schema.json
var SchemaJSON []byte
