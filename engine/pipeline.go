package engine

// pipeline is the engine, in order. Each stage reads what the stages before
// it left in the Document and adds its own layer; every stage but the last
// works in the normalised text's offsets.
//
//  1. normalize   normalize.go   line breaks, spaces, invisibles, entities
//  2. segment     segment.go     tokens, paragraphs, sentences, title
//  3. quotes      quotes.go      quotation marks paired into quote spans
//  4. actors      actors.go      names, titles, lexicon entities, acronyms
//  5. cues        cues.go        reporting verbs and phrases
//  6. attribute   attribute.go   quote speakers and claims with their parts
//  7. corefer     coref.go       pronouns and descriptors joined to actors
//  8. finish      finish.go      ids, mapping back to source bytes, checks
var pipeline = []stage{
	{"normalize", normalize},
	{"segment", segment},
	{"quotes", quotes},
	{"actors", actors},
	{"attribute", attribute},
	{"finish", finish},
}
