// Package eval measures the engine against human-annotated corpora. The
// command "whosaid eval" runs it; the corpora are read from paths given on
// the command line and never copied into the project.
//
// Every offset in this package counts Unicode code points of a document's
// text, half-open, as the engine's export does. Each reader turns a corpus
// into documents and gold Items; the engine's export of each document gives
// predicted Items; Score matches them one-to-one within each document and
// label, once for exact match (same fragments) and once for overlap match
// (at least one shared code point; exact pairs first, then the largest
// overlaps), and sums tp, fp and fn over all documents (micro-average).
// Precision without predictions and recall without gold are reported as 0,
// with the counts.
//
// What is compared, per corpus:
//
//   - PolNeAR (EvalPolNeAR): the distinct source, cue and content spans of
//     the attribution relations against Claim.Source, Claim.Cue and
//     Claim.Content, and each relation as a whole (all three parts match;
//     a relation without a source matches only a claim without one).
//     Claims sharing a source and a cue (a split quote) are one relation
//     with a discontinuous content, as PolNeAR marks them. One annotator's
//     file per article: the first in sorted order.
//   - CoNLL-2003 (EvalCoNLL): PER, ORG, LOC and MISC names against the
//     name, acronym and metonym mentions of person (PER), organization and
//     media (ORG) and country (LOC) actors. Tokens are joined by spaces and
//     sentences by line breaks to make the text the engine reads.
//   - re3d (EvalRe3d): Person and Organisation spans (confidence >= 0.5)
//     against every mention of person (Person) and organization, media,
//     group and country (Organisation) actors; Location and Nationality are
//     places and adjectives and are not scored. Aliases (IsSynonymOf) are
//     scored for recall.
//   - GUM news (EvalGUM): person and organization mentions of every form
//     against every mention of person and group (person) and organization
//     and media (organization) actors, and coreference (pairwise links and
//     B-cubed) over the gold mentions the engine finds exactly.
package eval
