package main

import (
	"fmt"
	"math"
	"strings"
)

// The targets of the performance issue.
const (
	targetWasmOverWink       = 2.0
	targetWasmOverCompromise = 50.0
	targetNativeWordsPerSec  = 1_500_000
	targetMemPerInput        = 20.0
	targetScale10MB          = 11.0
	targetAppGzip            = 2_200_000
	targetEngineGzip         = 1_000_000
)

func (r *result) wordsPerSec(in input) float64 {
	if r == nil || r.Skipped != "" || r.MedianMs <= 0 {
		return 0
	}
	return float64(in.Words) / (r.MedianMs / 1000)
}

func (rep *report) get(in, engine string) *result {
	for _, r := range rep.Results[in] {
		if r.Engine == engine {
			return r
		}
	}
	return nil
}

// group writes n with thousands separators.
func group(n int64) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + group(-n)
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func ms(v float64) string {
	switch {
	case v == 0:
		return "0"
	case v >= 10_000:
		return fmt.Sprintf("%.1f s", v/1000)
	case v >= 1000:
		return fmt.Sprintf("%.2f s", v/1000)
	case v >= 10:
		return fmt.Sprintf("%.0f ms", v)
	default:
		return fmt.Sprintf("%.2f ms", v)
	}
}

func mb(v int64) string { return fmt.Sprintf("%.1f MB", float64(v)/1e6) }

func ratio(v float64) string {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return "–"
	}
	if v >= 10 {
		return fmt.Sprintf("%.0f×", v)
	}
	return fmt.Sprintf("%.2f×", v)
}

func verdict(ok bool) string {
	if ok {
		return "**met**"
	}
	return "**not met**"
}

var engineLabel = map[string]string{
	"whosaid-native": "whosaid, native Go (1 core)",
	"whosaid-wasm":   "whosaid, engine.wasm in node",
	"wink":           "wink-nlp + web model",
	"compromise":     "compromise",
}

// isLarge tells the inputs whose size makes memory per input byte
// meaningful; on a 1 KB article the baseline noise dominates.
func isLarge(in input) bool { return in.Bytes >= 1<<20 }

func (rep *report) markdown() string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	m := rep.Machine
	p("## whosaid performance (make bench, %s)\n\n", rep.Started.UTC().Format("2006-01-02 15:04 UTC"))
	p("Machine: %s, %d cores, %s RAM, Linux %s; %s, node %s. Load average %s at the start, %s at the end; the whole run took %s.\n\n",
		m.CPU, m.Cores, m.MemTotal, m.Kernel, m.Go, m.Node, m.LoadStart, m.LoadAfter, rep.Duration)
	p("Inputs: ")
	for i, in := range rep.Inputs {
		if i > 0 {
			p("; ")
		}
		p("%s = %s bytes, %s words", in.Name, group(int64(in.Bytes)), group(int64(in.Words)))
	}
	p(". Words are whitespace-separated fields (Go's strings.Fields), the same count for every engine.\n\n")

	p("### Throughput and memory\n\n")
	p("Median of the runs; time is the wall-clock time of one pass over the input, CPU time the process's user + system time for it (all threads, so GC and JIT helper threads count). Ratios are whosaid's words/s divided by the peer's. Peak memory is the peak resident memory the runs added above the loaded, warmed-up process (Linux VmHWM after a reset); MB = 10^6 bytes.\n\n")
	p("| input | engine | runs | time | words/s | whosaid wasm ÷ it | whosaid native ÷ it | CPU time | words/s by CPU time | peak memory | peak ÷ input |\n")
	p("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n")
	for _, in := range rep.Inputs {
		wasm := rep.get(in.Name, "whosaid-wasm").wordsPerSec(in)
		native := rep.get(in.Name, "whosaid-native").wordsPerSec(in)
		for _, r := range rep.Results[in.Name] {
			if r.Skipped != "" {
				p("| %s | %s | – | – | – | – | – | – | – | – | – |\n", in.Name, engineLabel[r.Engine])
				continue
			}
			wps := r.wordsPerSec(in)
			rw, rn := "", ""
			if !strings.HasPrefix(r.Engine, "whosaid") {
				rw, rn = ratio(wasm/wps), ratio(native/wps)
			} else if r.Engine == "whosaid-wasm" {
				rn = ratio(native/wps) + " (native ÷ wasm)"
			}
			peak, per := "–", "–"
			if r.PeakRSS != nil {
				peak = mb(max(*r.PeakRSS, 0))
				if isLarge(in) {
					per = fmt.Sprintf("%.1f×", float64(*r.PeakRSS)/float64(in.Bytes))
				}
			}
			p("| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n", in.Name, engineLabel[r.Engine], len(r.PassMs),
				ms(r.MedianMs), group(int64(wps)), rw, rn, ms(r.MedianCPUMs), group(int64(float64(in.Words)/(r.MedianCPUMs/1000))), peak, per)
		}
	}
	for _, in := range rep.Inputs {
		for _, r := range rep.Results[in.Name] {
			if r.Skipped != "" {
				p("\n%s on %s: %s.\n", engineLabel[r.Engine], in.Name, r.Skipped)
			}
		}
	}

	p("\nGo heap of the native pipeline (runtime.MemStats): ")
	for i, in := range rep.Inputs {
		r := rep.get(in.Name, "whosaid-native")
		if r == nil {
			continue
		}
		if i > 0 {
			p("; ")
		}
		p("%s: live heap of the analysed document and its compact form %s (%.1f× input), most live during a pass %s (%.1f× input), allocated per pass %s (%.1f× input)",
			in.Name, mb(r.LiveHeap), float64(r.LiveHeap)/float64(in.Bytes), mb(r.PeakLive), float64(r.PeakLive)/float64(in.Bytes),
			mb(r.AllocPerPass), float64(r.AllocPerPass)/float64(in.Bytes))
	}
	p(".\n\nThe native row runs the compact form that whosaid.extract decodes; with annot's JSON encoding instead (whosaid extract, whosaid.extractJSON before engine.js wrote it), CPU time per pass: ")
	for i, in := range rep.Inputs {
		r := rep.get(in.Name, "whosaid-native")
		if r == nil || r.JSONCPUMs == 0 {
			continue
		}
		if i > 0 {
			p("; ")
		}
		p("%s %s (compact %s)", in.Name, ms(r.JSONCPUMs), ms(r.MedianCPUMs))
	}
	p(".\n\nCold start, in the article's processes: ")
	if in := rep.Inputs[0]; true {
		for i, r := range rep.Results[in.Name] {
			if i > 0 {
				p("; ")
			}
			p("%s: load %s, first call on the article %s", engineLabel[r.Engine], ms(r.LoadMs), ms(r.FirstMs))
		}
	}
	p(". The runs come after a warm-up of %d ms on the article.\n\n", rep.WarmupMs)

	// Scaling.
	p("### 10 MB against 1 MB\n\n")
	p("| engine | 1 MB | 10 MB | time ratio (input ratio %.2f) |\n|---|--:|--:|--:|\n", float64(rep.Inputs[3].Bytes)/float64(rep.Inputs[2].Bytes))
	scale := map[string]float64{}
	for _, eng := range engineNames {
		a, z := rep.get("1 MB", eng), rep.get("10 MB", eng)
		if a == nil || z == nil || a.Skipped != "" || z.Skipped != "" {
			p("| %s | – | – | not measured |\n", engineLabel[eng])
			continue
		}
		scale[eng] = z.MedianMs / a.MedianMs
		p("| %s | %s | %s | %.2f× |\n", engineLabel[eng], ms(a.MedianMs), ms(z.MedianMs), scale[eng])
	}

	// Targets.
	p("\n### Targets\n\n| target | measured | |\n|---|---|---|\n")
	ratios := func(peer string) (string, bool) {
		var parts []string
		ok, any := true, false
		for _, in := range rep.Inputs {
			w, q := rep.get(in.Name, "whosaid-wasm").wordsPerSec(in), rep.get(in.Name, peer).wordsPerSec(in)
			if w == 0 || q == 0 {
				continue
			}
			any = true
			v := w / q
			parts = append(parts, fmt.Sprintf("%s %s", in.Name, ratio(v)))
			limit := targetWasmOverWink
			if peer == "compromise" {
				limit = targetWasmOverCompromise
			}
			ok = ok && v >= limit
		}
		return strings.Join(parts, ", "), ok && any
	}
	s, ok := ratios("wink")
	p("| whosaid wasm (node) ≥ 2× wink-nlp's words/s | %s | %s |\n", s, verdict(ok))
	s, ok = ratios("compromise")
	p("| whosaid wasm (node) ≥ 50× compromise's words/s | %s | %s |\n", s, verdict(ok))
	var parts []string
	ok = true
	for _, in := range rep.Inputs {
		v := rep.get(in.Name, "whosaid-native").wordsPerSec(in)
		parts = append(parts, fmt.Sprintf("%s %s", in.Name, group(int64(v))))
		ok = ok && v >= targetNativeWordsPerSec
	}
	p("| native ≥ 1,500,000 words/s on one core | %s | %s |\n", strings.Join(parts, ", "), verdict(ok))
	parts, ok = nil, true
	for _, eng := range []string{"whosaid-native", "whosaid-wasm"} {
		for _, in := range rep.Inputs {
			r := rep.get(in.Name, eng)
			if !isLarge(in) || r == nil || r.PeakRSS == nil {
				continue
			}
			v := float64(*r.PeakRSS) / float64(in.Bytes)
			parts = append(parts, fmt.Sprintf("%s %s %.1f×", strings.TrimPrefix(eng, "whosaid-"), in.Name, v))
			ok = ok && v <= targetMemPerInput
		}
	}
	p("| peak memory ≤ 20× input (1 MB, 10 MB) | %s | %s |\n", strings.Join(parts, ", "), verdict(ok))
	parts, ok = nil, true
	for _, eng := range []string{"whosaid-native", "whosaid-wasm"} {
		if v, has := scale[eng]; has {
			parts = append(parts, fmt.Sprintf("%s %.2f×", strings.TrimPrefix(eng, "whosaid-"), v))
			ok = ok && v <= targetScale10MB
		} else {
			ok = false
		}
	}
	p("| 10 MB takes ≤ 11× the time of 1 MB | %s | %s |\n", strings.Join(parts, ", "), verdict(ok))
	for _, sz := range rep.Sizes {
		switch sz.Name {
		case "app.wasm":
			p("| app.wasm ≤ 2.2 MB gzip | %s bytes | %s |\n", group(sz.Gzip), verdict(sz.Gzip <= targetAppGzip))
		case "engine.wasm":
			p("| engine.wasm ≤ 1.0 MB gzip | %s bytes | %s |\n", group(sz.Gzip), verdict(sz.Gzip <= targetEngineGzip))
		}
	}

	// Sizes.
	p("\n### Download sizes (bytes)\n\n| file | what | raw | gzip (.wasm: zopfli, others: gzip -9) | brotli -q 11 |\n|---|---|--:|--:|--:|\n")
	for _, sz := range rep.Sizes {
		br := "–"
		if sz.Brotli > 0 {
			br = group(sz.Brotli)
		}
		p("| %s | %s | %s | %s | %s |\n", sz.Name, sz.What, group(sz.Raw), group(sz.Gzip), br)
	}

	// Browser.
	p("\n### In the browser (headless Chromium, from the e2e tests)\n\n")
	if br := rep.Browser; br == nil {
		p("Not run (make bench BENCH_FLAGS=-e2e=false).\n")
	} else {
		f := func(v *float64) string {
			if v == nil {
				return "not reported"
			}
			return ms(*v)
		}
		p("| figure | value | test |\n|---|--:|---|\n")
		p("| first visit, navigation to interactive | %s | TestPageLoads (%s) |\n", f(br.FirstVisit), br.Status["TestPageLoads"])
		p("| offline reload to interactive, the moment the service worker is in control | %s | TestOffline (%s) |\n", f(br.OfflineReload), br.Status["TestOffline"])
		p("| offline reload to interactive, once the page settled (its engine reported itself warm) | %s | same |\n", f(br.SettledReload))
		p("| Annotate → highlights, 5,000 words | %s | TestUIRenderArticle5000Words (%s) |\n", f(br.Words5000), br.Status["TestUIRenderArticle5000Words"])
		p("| longest stall meanwhile, 5,000 words | %s | same |\n", f(br.Stall5000))
		p("| Annotate → highlights, 5,000 words, engine warm (pasted once the engine reported itself warm) | %s | TestUIRenderArticle5000WordsWarmEngine (%s) |\n", f(br.Warm5000), br.Status["TestUIRenderArticle5000WordsWarmEngine"])
		p("| longest stall meanwhile, engine warm | %s | same |\n", f(br.WarmStall5000))
		p("| Annotate → highlights, 1 MB | %s | TestUILargeDocumentDoesNotFreeze (%s) |\n", f(br.MB1), br.Status["TestUILargeDocumentDoesNotFreeze"])
		p("| longest stall meanwhile, 1 MB | %s | same |\n", f(br.Stall1MB))
		mb := func(v *float64) string {
			if v == nil {
				return "not reported"
			}
			return fmt.Sprintf("%.1f MB", *v)
		}
		p("| after the 1 MB run and a GC: JS heap in use | %s | same |\n", mb(br.HeapJS))
		p("| … Blink's heap in use (the DOM) | %s | same |\n", mb(br.HeapDOM))
		p("| … app.wasm's linear memory (the UI's Go heap at its largest) | %s | same |\n", mb(br.HeapWasm))
		p("\nEach figure is the median of %d repetitions of the test; the e2e tests took %.0f s.", br.Count, br.Seconds)
		if br.Err != "" {
			p(" go test: %s (see out/bench/e2e.log).", strings.ReplaceAll(br.Err, "\n", " "))
		}
		p("\n")
	}
	return b.String()
}
