//go:build !(js && wasm)

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/whosaid/whosaid/engine/eval"
)

func init() {
	commands["eval"] = command{
		summary: "precision, recall and F1 on annotated corpora",
		run:     runEval,
	}
}

// runEval scores the engine on any of PolNeAR, CoNLL-2003, re3d and GUM.
// It exits 0 when every corpus given was scored, 1 when one could not be
// read or the engine failed on a document (the scores are still printed,
// with that document scored as empty), 2 on a usage error.
func runEval(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	polnear := fs.String("polnear", "", "PolNeAR split `DIR` (text/ and attributions/)")
	conll := fs.String("conll", "", "CoNLL-2003 `FILE`")
	re3d := fs.String("re3d", "", "re3d `DIR` of per-source folders")
	gum := fs.String("gum", "", "`DIR` of GUM *.conllu files")
	misses := fs.Int("misses", 0, "list up to `N` false negatives and N false positives per label, in context (table output only)")
	asJSON := fs.Bool("json", false, "print the numbers as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: whosaid eval [--polnear DIR] [--conll FILE] [--re3d DIR] [--gum DIR] [--misses N] [--json]")
		fmt.Fprintln(stderr, "\nRuns the engine on annotated corpora and prints precision, recall and F1,")
		fmt.Fprintln(stderr, "exact and overlap match, with tp/fp/fn counts. Give at least one corpus.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "whosaid eval: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	if *misses < 0 {
		fmt.Fprintln(stderr, "whosaid eval: --misses must be 0 or more")
		return 2
	}
	type job struct {
		path string
		run  func(string, eval.Analyzer) (*eval.Report, error)
	}
	var jobs []job
	for _, j := range []job{{*polnear, eval.EvalPolNeAR}, {*conll, eval.EvalCoNLL}, {*re3d, eval.EvalRe3d}, {*gum, eval.EvalGUM}} {
		if j.path != "" {
			jobs = append(jobs, j)
		}
	}
	if len(jobs) == 0 {
		fmt.Fprintln(stderr, "whosaid eval: give at least one of --polnear, --conll, --re3d, --gum")
		fs.Usage()
		return 2
	}
	var reports []*eval.Report
	for _, j := range jobs {
		r, err := j.run(j.path, eval.Engine)
		if err != nil {
			fmt.Fprintf(stderr, "whosaid eval: %v\n", err)
			return 1
		}
		reports = append(reports, r)
	}
	failed := 0
	for _, r := range reports {
		failed += len(r.Failures)
	}
	defer func() {
		if failed > 0 {
			fmt.Fprintf(stderr, "whosaid eval: the engine failed on %d documents, scored as empty:\n", failed)
			for _, r := range reports {
				for _, f := range r.Failures {
					fmt.Fprintf(stderr, "  %s: %s\n", r.Corpus, f)
				}
			}
		}
	}()
	status := 0
	if failed > 0 {
		status = 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Reports []*eval.Report `json:"reports"`
		}{reports}); err != nil {
			fmt.Fprintf(stderr, "whosaid eval: %v\n", err)
			return 1
		}
		return status
	}
	for i, r := range reports {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		printReport(stdout, r, *misses)
	}
	return status
}

// printReport writes one corpus's table, its notes and up to n misses per
// label and side.
func printReport(w io.Writer, r *eval.Report, n int) {
	fmt.Fprintf(w, "%s  %s  (%d documents)\n", r.Corpus, r.Path, r.Docs)
	if len(r.Failures) > 0 {
		fmt.Fprintf(w, "  ENGINE FAILED on %d documents, scored as empty (see stderr)\n", len(r.Failures))
	}
	for _, note := range r.Notes {
		fmt.Fprintf(w, "  note: %s\n", note)
	}
	fmt.Fprintf(w, "%-14s %6s %6s | %-33s | %-33s\n", "", "", "", "exact match", "overlap match")
	fmt.Fprintf(w, "%-14s %6s %6s | %5s %5s %5s %5s %5s %5s | %5s %5s %5s %5s %5s %5s\n",
		"label", "gold", "pred", "P", "R", "F1", "tp", "fp", "fn", "P", "R", "F1", "tp", "fp", "fn")
	for _, row := range r.Rows {
		fmt.Fprintf(w, "%-14s %6d %6d | %s | %s\n", row.Label, row.Gold, row.Pred, counts(row.Exact), counts(row.Overlap))
	}
	for _, c := range r.Coref {
		fmt.Fprintf(w, "coref %s: %d of %d gold mentions found exactly\n", c.Label, c.Matched, c.Mentions)
		fmt.Fprintf(w, "  pairwise links  %s\n", counts(c.Pairwise))
		fmt.Fprintf(w, "  B-cubed         %5.1f %5.1f %5.1f\n", 100*c.B3P, 100*c.B3R, 100*c.B3F1())
	}
	for _, l := range r.Links {
		fmt.Fprintf(w, "%s: %d gold links, both ends found in %d, in one actor %d (recall %.1f)\n",
			l.Label, l.Gold, l.Mentioned, l.Found, 100*l.Recall())
	}
	if n > 0 {
		printMisses(w, r, n)
	}
}

func counts(c eval.Counts) string {
	return fmt.Sprintf("%5.1f %5.1f %5.1f %5d %5d %5d", 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.TP, c.FP, c.FN)
}

// printMisses lists up to n false negatives and n false positives of exact
// matching per label, spread evenly over the corpus.
func printMisses(w io.Writer, r *eval.Report, n int) {
	type key struct {
		label string
		fn    bool
	}
	groups := map[key][]eval.Miss{}
	for _, m := range r.Misses {
		k := key{m.Label, m.FN}
		groups[k] = append(groups[k], m)
	}
	for _, row := range r.Rows {
		l := row.Label
		for _, fn := range []bool{true, false} {
			ms := groups[key{l, fn}]
			if len(ms) == 0 {
				continue
			}
			side := "false positives (engine only)"
			if fn {
				side = "false negatives (gold only)"
			}
			fmt.Fprintf(w, "\n%s %s: %d, showing %d\n", l, side, len(ms), min(n, len(ms)))
			for _, m := range spread(ms, n) {
				name, ctx := r.Context(m.Item, 60)
				fmt.Fprintf(w, "  %s: %s\n", name, ctx)
				if m.Near != nil {
					other := "engine"
					if !fn {
						other = "gold"
					}
					fmt.Fprintf(w, "      %s has «%s»\n", other, markBreaks(r.Text(*m.Near)))
				}
			}
		}
	}
}

// spread returns up to n of ms, evenly spaced, in order.
func spread(ms []eval.Miss, n int) []eval.Miss {
	if len(ms) <= n {
		return ms
	}
	out := make([]eval.Miss, 0, n)
	for i := range n {
		out = append(out, ms[i*len(ms)/n])
	}
	return out
}

// markBreaks shows line breaks in a context snippet as ⏎.
func markBreaks(s string) string {
	return strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\r", "⏎").Replace(s)
}
