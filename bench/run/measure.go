package main

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/whosaid/whosaid/wasm/enginejs"
)

// result is one engine's figures on one input, as bench/measure.js prints
// them for node and measureNative for Go.
type result struct {
	Engine  string  `json:"engine"`
	Version string  `json:"version"`
	LoadMs  float64 `json:"loadMs"`
	// FirstMs is the time of the first call on the warm-up article.
	FirstMs float64   `json:"firstMs"`
	Found   int       `json:"found"`
	Passes  []int     `json:"passes"`
	PassMs  []float64 `json:"passMs"`
	CPUMs   []float64 `json:"cpuMs"`
	// MedianMs is the median over the runs of the time of one pass.
	MedianMs    float64 `json:"medianMs"`
	MedianCPUMs float64 `json:"medianCpuMs"`
	BaseRSS     int64   `json:"baseRSS"`
	// PeakRSS is the most resident memory the runs added above the
	// baseline; nil where the peak could not be reset.
	PeakRSS *int64 `json:"peakRSS"`
	// Go only: the live heap that one analysed document and its compact
	// form hold (as engine/bench_test.go's heap/input), the most heap live
	// at any collection during a pass (peak-live/input), and the bytes
	// allocated per pass.
	LiveHeap     int64 `json:"liveHeap,omitempty"`
	PeakLive     int64 `json:"peakLive,omitempty"`
	AllocPerPass int64 `json:"allocPerPass,omitempty"`
	// JSONCPUMs (Go only) is the median CPU time of one pass through
	// enginejs.ExtractJSON, the pipeline with annot's JSON encoding in
	// place of the compact form, measured after the other runs.
	JSONCPUMs  float64 `json:"jsonCpuMs,omitempty"`
	GoMaxProcs int     `json:"gomaxprocs,omitempty"`
	Skipped    string  `json:"skipped,omitempty"`
}

// procStatus returns VmRSS and VmHWM of this process in bytes.
func procStatus() (rss, hwm int64) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		n, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			rss = n * 1024
		case "VmHWM:":
			hwm = n * 1024
		}
	}
	return rss, hwm
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// measureNative is the native counterpart of bench/measure.js, run in a
// process of its own: the whole Go pipeline behind whosaid.extract
// (enginejs.ExtractCompact: engine.Analyze, Export, the compact encoding
// without the text), the same Go code that engine.wasm runs for it. Memory is taken the same way:
// peak RSS above a baseline after the warm-up, a GC and a reset of the
// kernel's peak.
func measureNative(runs int, minMs, warmupMs float64, warmup string, files []string) (*result, error) {
	texts := make([]string, len(files))
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		texts[i] = string(b)
	}
	w, err := os.ReadFile(warmup)
	if err != nil {
		return nil, err
	}
	// Go has nothing to load: the lexicons are parsed on the first call,
	// which is the first figure.
	r := &result{Engine: "whosaid-native", Version: "whosaid " + runtime.Version(), GoMaxProcs: runtime.GOMAXPROCS(0)}
	t0 := time.Now()
	for n := 0; n == 0 || float64(time.Since(t0).Milliseconds()) < warmupMs; n++ {
		if _, err := enginejs.ExtractCompact(string(w), enginejs.Options{}, false); err != nil {
			return nil, err
		}
		if n == 0 {
			r.FirstMs = float64(time.Since(t0).Microseconds()) / 1000
		}
	}

	runtime.GC()
	debug.FreeOSMemory()
	peakReset := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
	r.BaseRSS, _ = procStatus()

	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	total := 0
	for range runs {
		runtime.GC()
		c0 := cpuTime()
		start := time.Now()
		n := 0
		var elapsed float64
		for {
			found := 0
			for _, t := range texts {
				out, err := enginejs.ExtractCompact(t, enginejs.Options{}, false)
				if err != nil {
					return nil, err
				}
				found += len(out)
			}
			r.Found = found
			n++
			elapsed = float64(time.Since(start).Nanoseconds()) / 1e6
			if elapsed >= minMs {
				break
			}
		}
		cpu := cpuTime() - c0
		r.PassMs = append(r.PassMs, elapsed/float64(n))
		r.CPUMs = append(r.CPUMs, float64(cpu.Nanoseconds())/1e6/float64(n))
		r.Passes = append(r.Passes, n)
		total += n
	}
	runtime.ReadMemStats(&ms1)
	_, hwm := procStatus()
	if peakReset {
		p := hwm - r.BaseRSS
		r.PeakRSS = &p
	}
	r.AllocPerPass = int64(ms1.TotalAlloc-ms0.TotalAlloc) / int64(total)
	r.MedianMs = median(r.PassMs)
	r.MedianCPUMs = median(r.CPUMs)
	r.LiveHeap = liveHeap(texts)
	r.PeakLive = peakLive(texts)

	var jsonCPU []float64
	for range runs {
		runtime.GC()
		c0 := cpuTime()
		n := 0
		for start := time.Now(); n == 0 || float64(time.Since(start).Milliseconds()) < minMs; n++ {
			for _, t := range texts {
				if _, err := enginejs.ExtractJSON(t, enginejs.Options{}); err != nil {
					return nil, err
				}
			}
		}
		jsonCPU = append(jsonCPU, float64((cpuTime()-c0).Nanoseconds())/1e6/float64(n))
	}
	r.JSONCPUMs = median(jsonCPU)
	return r, nil
}

// liveHeap returns the heap that the analysed documents of texts and their
// compact forms hold after a GC, as engine/bench_test.go's heapFactor does.
func liveHeap(texts []string) int64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var keep []any
	for _, t := range texts {
		d, err := engineAnalyze(t)
		if err != nil {
			return 0
		}
		out, err := d.AppendCompact(nil, false)
		if err != nil {
			return 0
		}
		keep = append(keep, d, out)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	return int64(after.HeapAlloc) - int64(before.HeapAlloc)
}

// peakLive returns the most heap that was live, above the heap before, at
// any collection during one pass of enginejs.ExtractCompact over texts,
// with collections made frequent (GOGC 5) so that one falls near every
// peak. Peak memory is about twice it under the default GOGC of 100.
func peakLive(texts []string) int64 {
	runtime.GC()
	base := heapLive()
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	var most atomic.Uint64
	var arm func()
	var done atomic.Bool
	arm = func() {
		s := new([16]byte)
		runtime.SetFinalizer(s, func(*[16]byte) {
			if v := heapLive(); v > most.Load() {
				most.Store(v)
			}
			if !done.Load() {
				arm()
			}
		})
	}
	arm()
	for _, t := range texts {
		if _, err := enginejs.ExtractCompact(t, enginejs.Options{}, false); err != nil {
			return 0
		}
	}
	done.Store(true)
	runtime.GC()
	runtime.GC()
	return int64(most.Load()) - int64(base)
}

// heapLive is the heap marked live by the last collection.
func heapLive() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func runNativeChild(args []string) int {
	if len(args) < 5 {
		fmt.Fprintln(os.Stderr, "usage: bench -native RUNS MIN_MS WARMUP_MS WARMUP_FILE FILE...")
		return 2
	}
	runs, _ := strconv.Atoi(args[0])
	minMs, _ := strconv.ParseFloat(args[1], 64)
	warmupMs, _ := strconv.ParseFloat(args[2], 64)
	r, err := measureNative(runs, minMs, warmupMs, args[3], args[4:])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	json.NewEncoder(os.Stdout).Encode(r)
	return 0
}
