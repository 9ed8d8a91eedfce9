// Command run is make bench: it measures the whole whosaid pipeline natively
// and as WebAssembly under node, and the peers compromise and wink-nlp, on
// the same inputs, and prints one Markdown table with the ratios, the
// targets, the download sizes and the browser figures of the e2e tests.
//
//	go run ./bench/run [flags]
//
// Every engine and input is measured in a process of its own (node for the
// JavaScript engines, this program again with -native for Go), so each
// peak-memory figure belongs to one engine and one input. See
// docs/PERFORMANCE.md for what every number means.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// articles are the texts the project wrote itself; the first one is "the
// article", which repeated makes the 1 MB and 10 MB inputs.
var articles = []string{
	"engine/testdata/harbour-dispute.txt",
	"cmd/whosaid/testdata/budget.txt",
	"cmd/whosaid/testdata/split.txt",
	"cmd/whosaid/testdata/unicode.txt",
	"engine/testdata/edge-cases.txt",
	"engine/eval/testdata/polnear/text/demo-budget.txt",
	"engine/eval/testdata/polnear/text/demo-festival.txt",
}

// input is one row group of the table: a pass reads each file once, each
// as a document of its own.
type input struct {
	Name  string   `json:"name"`
	Files []string `json:"files"`
	Bytes int      `json:"bytes"`
	Words int      `json:"words"`
	Runs  int      `json:"runs"`
	MinMs float64  `json:"minMs"`
}

var engineNames = []string{"whosaid-native", "whosaid-wasm", "wink", "compromise"}

type config struct {
	root, out, node                 string
	runs, runsLarge, compromiseRuns int
	warmupMs                        int
	compromiseLarge                 bool
	e2e                             bool
	e2eCount                        int
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-native" {
		os.Exit(runNativeChild(os.Args[2:]))
	}
	var c config
	flag.StringVar(&c.out, "out", "out/bench", "directory for the inputs, bundles and results.json")
	flag.StringVar(&c.node, "node", "node", "the node binary")
	flag.IntVar(&c.runs, "runs", 5, "runs per engine and input (the median is reported)")
	flag.IntVar(&c.runsLarge, "runs-10mb", 3, "runs on the 10 MB input")
	flag.IntVar(&c.compromiseRuns, "compromise-runs-1mb", 3, "runs of compromise on the 1 MB input (about 20 s each)")
	flag.IntVar(&c.warmupMs, "warmup-ms", 2000, "milliseconds each engine spends on the article before the runs")
	flag.BoolVar(&c.compromiseLarge, "compromise-10mb", false, "also run compromise once on the 10 MB input (2–5 minutes)")
	flag.BoolVar(&c.e2e, "e2e", true, "run the browser measurements of ./e2e (needs Chromium)")
	flag.IntVar(&c.e2eCount, "e2e-count", 3, "repetitions of each browser test (the median is reported)")
	flag.Parse()
	var err error
	if c.root, err = os.Getwd(); err != nil {
		fatal(err)
	}
	if _, err := os.Stat(filepath.Join(c.root, "go.mod")); err != nil {
		fatal(fmt.Errorf("run from the module root (make bench): %w", err))
	}
	// The measuring processes run in bench/, so every path they get is
	// absolute.
	if c.out, err = filepath.Abs(c.out); err != nil {
		fatal(err)
	}
	rep, err := run(c)
	if err != nil {
		fatal(err)
	}
	table := rep.markdown()
	fmt.Print(table)
	if err := os.WriteFile(filepath.Join(c.out, "table.md"), []byte(table), 0o644); err != nil {
		fatal(err)
	}
	js, _ := json.MarshalIndent(rep, "", "  ")
	if err := os.WriteFile(filepath.Join(c.out, "results.json"), js, 0o644); err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// report is everything one make bench measured.
type report struct {
	Started  time.Time            `json:"started"`
	Duration string               `json:"duration"`
	WarmupMs int                  `json:"warmupMs"`
	Machine  machine              `json:"machine"`
	Inputs   []input              `json:"inputs"`
	Results  map[string][]*result `json:"results"` // by input name, in engineNames order
	Sizes    []size               `json:"sizes"`
	Browser  *browser             `json:"browser,omitempty"`
}

func run(c config) (*report, error) {
	rep := &report{Started: time.Now(), Results: map[string][]*result{}, WarmupMs: c.warmupMs}
	rep.Machine = describeMachine(c.node)
	inDir := filepath.Join(c.out, "inputs")
	if err := os.MkdirAll(inDir, 0o755); err != nil {
		return nil, err
	}
	inputs, err := writeInputs(c, inDir)
	if err != nil {
		return nil, err
	}
	rep.Inputs = inputs

	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	warmup := filepath.Join(c.root, articles[0])
	for _, in := range inputs {
		for _, eng := range engineNames {
			runs := in.Runs
			if eng == "compromise" {
				switch in.Name {
				case "1 MB":
					runs = c.compromiseRuns
				case "10 MB":
					if !c.compromiseLarge {
						rep.Results[in.Name] = append(rep.Results[in.Name], &result{Engine: eng, Skipped: "not run by default (2–5 minutes a run, 312 s when measured); make bench BENCH_FLAGS=-compromise-10mb"})
						continue
					}
					runs = 1
				}
			}
			progress("%s on %s: %d runs", eng, in.Name, runs)
			r, err := measure(c, self, eng, runs, in, warmup)
			if err != nil {
				return nil, fmt.Errorf("%s on %s: %w", eng, in.Name, err)
			}
			rep.Results[in.Name] = append(rep.Results[in.Name], r)
		}
	}
	if rep.Sizes, err = sizes(c); err != nil {
		return nil, err
	}
	if c.e2e {
		progress("browser measurements: go test ./e2e")
		rep.Browser = runE2E(c)
	}
	rep.Machine.LoadAfter = loadAvg()
	rep.Duration = time.Since(rep.Started).Round(time.Second).String()
	return rep, nil
}

// writeInputs writes the inputs into dir: the article, the project's
// articles, and the article repeated (with a blank line between copies, as
// engine/bench_test.go does) to at least 1 MiB and 10 MiB.
func writeInputs(c config, dir string) ([]input, error) {
	var all []string
	words, size := 0, 0
	for _, a := range articles {
		b, err := os.ReadFile(filepath.Join(c.root, a))
		if err != nil {
			return nil, err
		}
		all = append(all, filepath.Join(c.root, a))
		words += len(strings.Fields(string(b)))
		size += len(b)
	}
	art, err := os.ReadFile(all[0])
	if err != nil {
		return nil, err
	}
	ins := []input{
		{Name: "article", Files: all[:1], Bytes: len(art), Words: len(strings.Fields(string(art))), Runs: c.runs, MinMs: 500},
		{Name: fmt.Sprintf("%d articles", len(all)), Files: all, Bytes: size, Words: words, Runs: c.runs, MinMs: 500},
	}
	for _, big := range []struct {
		name string
		n    int
		runs int
	}{{"1 MB", 1 << 20, c.runs}, {"10 MB", 10 << 20, c.runsLarge}} {
		var b bytes.Buffer
		for b.Len() < big.n {
			b.Write(art)
			b.WriteString("\n\n")
		}
		f := filepath.Join(dir, strings.ReplaceAll(big.name, " ", "")+".txt")
		if err := os.WriteFile(f, b.Bytes(), 0o644); err != nil {
			return nil, err
		}
		ins = append(ins, input{Name: big.name, Files: []string{f}, Bytes: b.Len(), Words: len(strings.Fields(b.String())), Runs: big.runs})
	}
	return ins, nil
}

// measure runs one engine on one input in a new process and decodes its
// figures.
func measure(c config, self, eng string, runs int, in input, warmup string) (*result, error) {
	args := []string{fmt.Sprint(runs), fmt.Sprint(in.MinMs), fmt.Sprint(c.warmupMs), warmup}
	args = append(args, in.Files...)
	var cmd *exec.Cmd
	if eng == "whosaid-native" {
		cmd = exec.Command(self, append([]string{"-native"}, args...)...)
		cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
	} else {
		cmd = exec.Command(c.node, append([]string{"--expose-gc", "--max-old-space-size=16384",
			filepath.Join(c.root, "bench", "measure.js"), eng}, args...)...)
		cmd.Env = append(os.Environ(),
			"WHOSAID_WASM_EXEC="+filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"),
			"WHOSAID_ENGINE_JS="+filepath.Join(c.root, "web", "engine.js"),
			"WHOSAID_ENGINE_WASM="+filepath.Join(c.root, "web", "engine.wasm"))
	}
	cmd.Dir = filepath.Join(c.root, "bench")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%v\n%s", err, stderr.String())
	}
	var r result
	if err := json.Unmarshal(out, &r); err != nil {
		return nil, fmt.Errorf("decoding %q: %v", out, err)
	}
	if r.Found == 0 {
		return nil, fmt.Errorf("found nothing in %s: the engine did not run", in.Name)
	}
	return &r, nil
}
