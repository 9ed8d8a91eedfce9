//go:build !(js && wasm)

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const fixtures = "../../engine/eval/testdata"

func evalArgs() []string {
	return []string{
		"--polnear", filepath.Join(fixtures, "polnear"),
		"--conll", filepath.Join(fixtures, "conll", "demo.txt"),
		"--re3d", filepath.Join(fixtures, "re3d"),
		"--gum", filepath.Join(fixtures, "gum"),
	}
}

func runCmd(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := dispatch(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestEvalTable(t *testing.T) {
	code, out, errs := runCmd(append([]string{"eval", "--misses", "2"}, evalArgs()...)...)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	for _, want := range []string{"polnear ", "conll ", "re3d ", "gum ", "exact match", "overlap match", "coref person+organization", "aliases (IsSynonymOf): 2 gold links"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Every row: gold = tp+fn and pred = tp+fp in both modes.
	row := regexp.MustCompile(`(?m)^(\S[^|]*?)\s+(\d+)\s+(\d+) \|\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(\d+)\s+(\d+)\s+(\d+) \|\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(\d+)\s+(\d+)\s+(\d+)$`)
	gold := map[string]int{}
	rows := row.FindAllStringSubmatch(out, -1)
	if len(rows) < 4+7+4+4 {
		t.Fatalf("found %d table rows:\n%s", len(rows), out)
	}
	for _, m := range rows {
		n := make([]int, 8)
		for i := range n {
			n[i] = atoi(m[i+2])
		}
		if n[0] != n[2]+n[4] || n[1] != n[2]+n[3] || n[0] != n[5]+n[7] || n[1] != n[5]+n[6] {
			t.Errorf("inconsistent row %q", m[0])
		}
		if _, dup := gold[m[1]]; !dup {
			gold[m[1]] = n[0]
		}
	}
	for label, want := range map[string]int{"source": 6, "cue": 8, "content": 8, "attribution": 8, "PER": 2, "MISC": 2, "PER+ORG+LOC": 6, "Person": 5, "Organisation": 7, "person": 5} {
		if gold[label] != want {
			t.Errorf("%s: gold %d, want %d", label, gold[label], want)
		}
	}
	if !strings.Contains(out, "false negatives (gold only)") || !strings.Contains(out, "⟦") {
		t.Errorf("--misses 2 listed no misses in context:\n%s", out)
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func TestEvalJSON(t *testing.T) {
	code, out, errs := runCmd(append([]string{"eval", "--json"}, evalArgs()...)...)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	var got struct {
		Reports []struct {
			Corpus string
			Docs   int `json:"documents"`
			Rows   []struct {
				Label string
				Gold  int
				Exact struct {
					TP, FN    int
					Precision float64
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	var corpora []string
	for _, r := range got.Reports {
		corpora = append(corpora, r.Corpus)
	}
	if strings.Join(corpora, " ") != "polnear conll re3d gum" {
		t.Fatalf("corpora %v", corpora)
	}
	if r := got.Reports[0]; r.Docs != 2 || r.Rows[0].Label != "source" || r.Rows[0].Gold != 6 || r.Rows[0].Exact.TP+r.Rows[0].Exact.FN != 6 {
		t.Errorf("polnear report %+v", r)
	}
	if r := got.Reports[1]; r.Docs != 2 || r.Rows[3].Label != "MISC" || r.Rows[3].Gold != 2 {
		t.Errorf("conll report %+v", r)
	}
}

func TestEvalSubset(t *testing.T) {
	code, out, _ := runCmd("eval", "--conll", filepath.Join(fixtures, "conll", "demo.txt"))
	if code != 0 || !strings.Contains(out, "conll ") || strings.Contains(out, "polnear") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

func TestEvalErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("Harbor NN B-NP O\nTalks NN I-NP Q-ORG\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no corpus", nil, 2, "give at least one of"},
		{"unknown flag", []string{"--nope"}, 2, "nope"},
		{"stray argument", []string{"--gum", fixtures, "extra"}, 2, "unexpected argument"},
		{"missing directory", []string{"--polnear", filepath.Join(dir, "none")}, 1, "none"},
		{"bad line", []string{"--conll", bad}, 1, "bad.txt:2: NER tag"},
		{"missing file", []string{"--conll", filepath.Join(dir, "gone.txt")}, 1, "gone.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(append([]string{"eval"}, tt.args...)...)
			if code != tt.code || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errs, tt.code, tt.want)
			}
			if out != "" {
				t.Errorf("stdout %q on error", out)
			}
		})
	}
}
