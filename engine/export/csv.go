package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/engine/annot"
)

// CSVColumns are the columns WriteCSV writes, one row per quote and per
// claim: the coding table "who said what (to whom)". For a quote the
// speaker fills the speaker_or_claimant columns and addressee, content and
// quote_id are empty. Secondary spans (source, cue, addressee, content) give
// their text; start and end are the code point offsets of the annotation
// itself.
var CSVColumns = []string{
	"document_id", "title", "annotation_id", "annotation", "kind",
	"speaker_or_claimant_id", "speaker_or_claimant_name", "speaker_or_claimant_type",
	"source", "cue", "addressee", "content", "quote_id",
	"text", "start", "end", "confidence", "rule", "origin",
}

// ActorCSVColumns are the columns WriteActorsCSV writes, one row per actor.
// roles and aliases are joined with "; "; first_mention_start is empty for
// an actor without mentions.
var ActorCSVColumns = []string{
	"document_id", "actor_id", "name", "type", "roles", "aliases",
	"mention_count", "first_mention_start", "first_mention_text", "rule", "origin",
}

// WriteCSV writes the quotes and claims of docs as one CSV table (RFC 4180
// quoting through encoding/csv, UTF-8, "\n" line ends, a header row of
// CSVColumns), the quotes then the claims of each document in order.
//
// Spreadsheets run a cell that starts with =, +, -, @, a tab or a carriage
// return as a formula, so such a text cell is written with a leading single
// quote ('), as OWASP advises against CSV injection: a cell that reads
// '-5% is the text "-5%". Number columns are never changed.
func WriteCSV(w io.Writer, docs ...*annot.Document) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns); err != nil {
		return err
	}
	for _, d := range docs {
		if d == nil {
			continue
		}
		id, title := d.Document.ID, d.Document.Title
		speaker := speakers(d)
		for _, q := range d.Quotes {
			sid, sname, stype := speaker(q.Speaker)
			err := cw.Write(cells(
				id, title, q.ID, "quote", q.Kind,
				sid, sname, stype,
				spanText(q.Source), spanText(q.Cue), "", "", "",
				q.Text, num(q.Start), num(q.End), flt(q.Confidence), q.Rule, q.Origin,
			))
			if err != nil {
				return err
			}
		}
		for _, c := range d.Claims {
			sid, sname, stype := speaker(c.Claimant)
			err := cw.Write(cells(
				id, title, c.ID, "claim", c.Kind,
				sid, sname, stype,
				spanText(c.Source), spanText(c.Cue), spanText(c.Addressee), spanText(c.Content), deref(c.Quote),
				c.Text, num(c.Start), num(c.End), flt(c.Confidence), c.Rule, c.Origin,
			))
			if err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteActorsCSV writes the actors of docs as one CSV table with a header
// row of ActorCSVColumns, guarded against formula injection as WriteCSV is.
func WriteActorsCSV(w io.Writer, docs ...*annot.Document) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ActorCSVColumns); err != nil {
		return err
	}
	for _, d := range docs {
		if d == nil {
			continue
		}
		for _, a := range d.Actors {
			first, firstText := cell(""), ""
			if len(a.Mentions) > 0 {
				m := a.Mentions[0]
				for _, o := range a.Mentions[1:] {
					if o.Start < m.Start {
						m = o
					}
				}
				first, firstText = num(m.Start), m.Text
			}
			err := cw.Write(cells(
				d.Document.ID, a.ID, a.Name, a.Type,
				strings.Join(a.Roles, "; "), strings.Join(a.Aliases, "; "),
				num(len(a.Mentions)), first, firstText, a.Rule, a.Origin,
			))
			if err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell is a number cell, written as it is; text cells are strings, written
// through Guard.
type cell string

func num(n int) cell     { return cell(strconv.Itoa(n)) }
func flt(f float64) cell { return cell(strconv.FormatFloat(f, 'f', -1, 64)) }
func spanText(s *annot.Span) string {
	if s == nil {
		return ""
	}
	return s.Text
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// cells turns strings and cells into a CSV record, guarding the strings.
func cells(vs ...any) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		switch v := v.(type) {
		case cell:
			out[i] = string(v)
		case string:
			out[i] = Guard(v)
		default:
			panic("annot: cells takes strings and cells")
		}
	}
	return out
}

// Guard returns s with a leading single quote when a spreadsheet would read
// it as a formula: when it starts with =, +, -, @, a tab or a carriage
// return. Other strings are returned unchanged.
func Guard(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// speakers returns a function that gives the id, name and type of the actor
// of d with the given id: the id alone when no actor has it, and nothing for
// nil.
func speakers(d *annot.Document) func(id *string) (string, string, string) {
	byID := make(map[string]*annot.Actor, len(d.Actors))
	for i := range d.Actors {
		if _, dup := byID[d.Actors[i].ID]; !dup {
			byID[d.Actors[i].ID] = &d.Actors[i]
		}
	}
	return func(id *string) (string, string, string) {
		if id == nil {
			return "", "", ""
		}
		if a := byID[*id]; a != nil {
			return a.ID, a.Name, a.Type
		}
		return *id, "", ""
	}
}
