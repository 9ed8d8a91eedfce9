package engine

// pipeline is the engine, in order. Each stage reads what the stages before
// it left in the Document and adds its own layer; every stage but the last
// works in the normalised text's offsets.
//
//  1. normalize  (normalize.go) line breaks, spaces, invisibles, entities
//  2. segment    (segment.go) tokens, paragraphs, sentences, title
//  3. quotes     (quotes.go) quotation marks paired into quote spans
//  4. actors     (actors.go) names, titles, lexicon entities, acronyms
//  5. attribute  (attribute.go, coref.go) cues; claims with source,
//     addressee and content; sources resolved to actors; quote speakers
//  6. finish     (finish.go) ids, mapping back to source bytes, checks
var pipeline = []stage{
	{"normalize", normalize},
	{"segment", segment},
	{"quotes", quotes},
	{"actors", actors},
	{"attribute", attribute},
	{"finish", finish},
}
