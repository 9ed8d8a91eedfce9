package engine

// Stage 2, segment: tokens, paragraphs, sentences and the title.
func segment(d *Document) {}
