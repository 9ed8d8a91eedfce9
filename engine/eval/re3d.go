package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"unicode/utf8"

	"github.com/whosaid/whosaid/engine/annot"
)

// The re3d entity types the evaluation reads.
const (
	Re3dPerson       = "Person"
	Re3dOrganisation = "Organisation"
	Re3dLocation     = "Location"
	Re3dNationality  = "Nationality"
)

// Re3dLabels are the scored rows of a re3d report, in order. Location and
// Nationality are not scored (see re3dType).
var Re3dLabels = []string{Re3dPerson, Re3dOrganisation}

// MinConfidence is the lowest re3d confidence read as a gold label. re3d
// keeps every label a span was offered with the probability the annotation
// model gave it; "Syria" acting as a government is Organisation with
// confidence 1 and Location with confidence 0.
const MinConfidence = 0.5

// Re3dDoc is one re3d document with its entities of confidence at least
// MinConfidence, and its alias relations (IsSynonymOf) between them.
type Re3dDoc struct {
	Name     string // "<source folder>/<title>"
	ID       string
	Text     string
	Entities []Entity
	Aliases  [][2]Span
}

type re3dDocument struct {
	ID    string `json:"_id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

type re3dEntity struct {
	DocumentID string   `json:"documentId"`
	Begin      *int     `json:"begin"`
	End        *int     `json:"end"`
	Type       string   `json:"type"`
	Confidence *float64 `json:"confidence"`
}

type re3dRelation struct {
	DocumentID  string `json:"documentId"`
	Type        string `json:"type"`
	SourceBegin int    `json:"sourceBegin"`
	SourceEnd   int    `json:"sourceEnd"`
	TargetBegin int    `json:"targetBegin"`
	TargetEnd   int    `json:"targetEnd"`
}

// ReadRe3d reads every folder of dir that holds a documents.json, with its
// entities.json and relations.json (JSON lines, as mongoexport writes them).
// Offsets are code points of the document's text. A missing relations.json
// means no relations.
func ReadRe3d(dir string) ([]Re3dDoc, error) {
	folders, err := filepath.Glob(filepath.Join(dir, "*", "documents.json"))
	if err != nil {
		return nil, err
	}
	if len(folders) == 0 {
		return nil, fmt.Errorf("%s: no */documents.json", dir)
	}
	sort.Strings(folders)
	var out []Re3dDoc
	for _, df := range folders {
		folder := filepath.Dir(df)
		docs, err := readRe3dFolder(folder)
		if err != nil {
			return nil, err
		}
		out = append(out, docs...)
	}
	return out, nil
}

func readRe3dFolder(folder string) ([]Re3dDoc, error) {
	src := filepath.Base(folder)
	var docs []Re3dDoc
	index := map[string]int{}
	lens := map[string]int{}
	err := readJSONLines(filepath.Join(folder, "documents.json"), func(line int, raw []byte) error {
		var d re3dDocument
		if err := json.Unmarshal(raw, &d); err != nil {
			return err
		}
		if d.ID == "" {
			return fmt.Errorf("document without _id")
		}
		if _, dup := index[d.ID]; dup {
			return fmt.Errorf("document %s appears twice", d.ID)
		}
		if !utf8.ValidString(d.Text) {
			return fmt.Errorf("document %s: text is not valid UTF-8", d.ID)
		}
		name := d.Title
		if name == "" {
			name = d.ID
		}
		index[d.ID] = len(docs)
		lens[d.ID] = utf8.RuneCountInString(d.Text)
		docs = append(docs, Re3dDoc{Name: src + "/" + name, ID: d.ID, Text: d.Text})
		return nil
	})
	if err != nil {
		return nil, err
	}
	span := func(doc string, b, e int) (Span, error) {
		n, ok := lens[doc]
		if !ok {
			return Span{}, fmt.Errorf("documentId %q is not in documents.json", doc)
		}
		if b < 0 || e < b || e > n {
			return Span{}, fmt.Errorf("offsets %d-%d outside the document's %d code points", b, e, n)
		}
		return Span{b, e}, nil
	}
	// typed keeps the Person and Organisation spans, for the aliases.
	typed := map[string]map[Span]bool{}
	err = readJSONLines(filepath.Join(folder, "entities.json"), func(line int, raw []byte) error {
		var e re3dEntity
		if err := json.Unmarshal(raw, &e); err != nil {
			return err
		}
		if e.Begin == nil || e.End == nil || e.Confidence == nil {
			return fmt.Errorf("entity without begin, end or confidence")
		}
		s, err := span(e.DocumentID, *e.Begin, *e.End)
		if err != nil {
			return err
		}
		if *e.Confidence < MinConfidence {
			return nil
		}
		d := &docs[index[e.DocumentID]]
		d.Entities = append(d.Entities, Entity{Type: e.Type, Span: s})
		if e.Type == Re3dPerson || e.Type == Re3dOrganisation {
			if typed[e.DocumentID] == nil {
				typed[e.DocumentID] = map[Span]bool{}
			}
			typed[e.DocumentID][s] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	rel := filepath.Join(folder, "relations.json")
	if _, err := os.Stat(rel); err != nil {
		return docs, nil
	}
	err = readJSONLines(rel, func(line int, raw []byte) error {
		var r re3dRelation
		if err := json.Unmarshal(raw, &r); err != nil {
			return err
		}
		if r.Type != "IsSynonymOf" {
			return nil
		}
		a, err := span(r.DocumentID, r.SourceBegin, r.SourceEnd)
		if err != nil {
			return err
		}
		b, err := span(r.DocumentID, r.TargetBegin, r.TargetEnd)
		if err != nil {
			return err
		}
		if typed[r.DocumentID][a] && typed[r.DocumentID][b] && a != b {
			d := &docs[index[r.DocumentID]]
			d.Aliases = append(d.Aliases, [2]Span{a, b})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}

// readJSONLines calls fn for every non-blank line of path, and names the
// file and line in any error.
func readJSONLines(path string, fn func(line int, raw []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1024*1024), 64*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		raw := bytes.TrimSpace(sc.Bytes())
		if n == 1 {
			raw = bytes.TrimPrefix(raw, []byte("\ufeff"))
		}
		if len(raw) == 0 {
			continue
		}
		if err := fn(n, raw); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", path, n+1, err)
	}
	return nil
}

// re3dType maps an engine actor type to the re3d type its mentions are
// scored against: person → Person; organization, media, group and country
// → Organisation. re3d labels a country acting as a state ("Syria accused
// Israel") and a people acting together ("Syrians") as Organisation, and
// keeps Location for places and Nationality for adjectives ("Syrian"), which
// GUIDELINES.md says are not actors; so an engine country mention on a
// re3d Location counts as a false Organisation, and Location and
// Nationality gold spans are not scored. Every mention kind counts,
// pronouns included: re3d marks "he" and "we" too.
var re3dType = map[string]string{
	"person":       Re3dPerson,
	"organization": Re3dOrganisation,
	"media":        Re3dOrganisation,
	"group":        Re3dOrganisation,
	"country":      Re3dOrganisation,
}

// Re3dPredictions returns every mention of the engine's actors in document
// i as a re3d item (see re3dType).
func Re3dPredictions(i int, d *annot.Document) []Item {
	return mentionItems(i, d, re3dType)
}

// EvalRe3d reads the re3d folders under dir, runs an on every document and
// scores Person and Organisation spans, and how many alias pairs
// (IsSynonymOf between two Person or Organisation spans) land in one
// engine actor.
func EvalRe3d(dir string, an Analyzer) (*Report, error) {
	docs, err := ReadRe3d(dir)
	if err != nil {
		return nil, err
	}
	r := &Report{Corpus: "re3d", Path: dir, Docs: len(docs)}
	for _, d := range docs {
		r.docs = append(r.docs, Doc{Name: d.Name, Text: d.Text})
	}
	exports, failures := analyzeAll(r.docs, an)
	r.Failures = failures
	var gold, pred []Item
	places := 0
	alias := Links{Label: "aliases (IsSynonymOf)"}
	for i, d := range docs {
		var placeSpans []Span
		for _, e := range d.Entities {
			switch e.Type {
			case Re3dPerson, Re3dOrganisation:
				gold = append(gold, SpanItem(i, e.Type, e.Span))
			case Re3dLocation, Re3dNationality:
				placeSpans = append(placeSpans, e.Span)
			}
		}
		p := Re3dPredictions(i, exports[i])
		pred = append(pred, p...)
		for _, it := range p {
			for _, s := range placeSpans {
				if it.Parts[0][0] == s {
					places++
					break
				}
			}
		}
		scoreAliases(&alias, d.Aliases, exports[i])
	}
	gold = Dedup(gold)
	r.Rows, r.Misses = Score(Re3dLabels, gold, pred)
	r.Rows = append(r.Rows, SumRows(r.Rows, "all", Re3dLabels...), untyped(gold, pred))
	r.Links = []Links{alias}
	r.Notes = append(r.Notes,
		fmt.Sprintf("gold labels of confidence >= %.1f; engine person→Person, organization/media/group/country→Organisation, all mention kinds", MinConfidence),
		fmt.Sprintf("%d engine mentions fall exactly on a re3d Location or Nationality (places and adjectives, not actors)", places),
		"aliases: recall only (re3d does not mark every alias); a pair is found when both spans are mentions of one engine actor")
	return r, nil
}

// scoreAliases adds the alias pairs of one document to c.
func scoreAliases(c *Links, pairs [][2]Span, d *annot.Document) {
	actors := map[Span][]string{}
	for _, a := range d.Actors {
		for _, m := range a.Mentions {
			s := Span{m.Start, m.End}
			actors[s] = append(actors[s], a.ID)
		}
	}
	for _, p := range pairs {
		c.Gold++
		a, b := actors[p[0]], actors[p[1]]
		if len(a) > 0 && len(b) > 0 {
			c.Mentioned++
		}
	found:
		for _, x := range a {
			for _, y := range b {
				if x == y {
					c.Found++
					break found
				}
			}
		}
	}
}
