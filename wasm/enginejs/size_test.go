//go:build !js

package enginejs

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// engineGzipLimit is the most bytes web/engine.wasm.gz may have (project
// issue 4): engine.wasm as make wasm builds it, compressed by zopfli.
const engineGzipLimit = 1_000_000

// leftOut are the packages, or functions, that engine.wasm must not hold:
// fmt's printer (about 90 KB gzip) and encoding/json (14 KB; annot's Parse,
// the one user, is not in engine.wasm's build: tag engineonly), and the
// packages whose initialisers run whether or not their code is called: os,
// io/fs, time (time.now is the runtime's clock, which stays) and
// internal/godebug, with internal/bisect and the runtime's metrics table
// (about 65 KB gzip together; see tools/lexpack). A package engine.wasm does
// not build (tag engineonly) may import fmt; a stray fmt.Sprintf, or an
// import of runtime/debug, embed or os, on the extraction path brings them
// back.
var leftOut = []string{"fmt.", "internal/fmtsort.", "encoding/json.", "os.", "io/fs.", "time.init",
	"internal/godebug.", "internal/bisect.", "runtime.initMetrics"}

// builtEngine is engine.wasm as make wasm builds it (the Makefile's
// ENGINEFLAGS and WASMFLAGS), stripped, and the same build with its name
// section; built once for the tests of this file.
var builtEngine struct {
	once            sync.Once
	stripped, named []byte
	err             error
}

// engineWasm returns builtEngine, building it on first use. The packed
// lexicons come from tools/lexpack written to a temporary file and laid over
// engine/lexicon/packed_data.go (go build -overlay), so the build is that of
// the data in the tree whether or not make lexpack ran.
func engineWasm(t *testing.T) (stripped, named []byte) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds engine.wasm")
	}
	b := &builtEngine
	b.once.Do(func() { b.stripped, b.named, b.err = buildEngine() })
	if b.err != nil {
		t.Fatal(b.err)
	}
	return b.stripped, b.named
}

func buildEngine() (stripped, named []byte, err error) {
	root, err := filepath.Abs("../..")
	if err != nil {
		return nil, nil, err
	}
	flags, err := makeVars(filepath.Join(root, "Makefile"))
	if err != nil {
		return nil, nil, err
	}
	if flags["WASMFLAGS"] != "-trimpath -ldflags='-s -w'" {
		return nil, nil, fmt.Errorf("the Makefile's WASMFLAGS are %q: update buildEngine", flags["WASMFLAGS"])
	}
	tmp, err := os.MkdirTemp("", "enginesize")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(tmp)
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	run := func(env []string, args ...string) error {
		cmd := exec.Command(goBin, args...)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return nil
	}
	packed := filepath.Join(tmp, "packed_data.go")
	if err := run(nil, "run", "./tools/lexpack", "-o", packed); err != nil {
		return nil, nil, err
	}
	overlay, err := json.Marshal(map[string]map[string]string{
		"Replace": {filepath.Join(root, "engine", "lexicon", "packed_data.go"): packed},
	})
	if err != nil {
		return nil, nil, err
	}
	overlayFile := filepath.Join(tmp, "overlay.json")
	if err := os.WriteFile(overlayFile, overlay, 0o644); err != nil {
		return nil, nil, err
	}
	wasmEnv := []string{"GOOS=js", "GOARCH=wasm"}
	base := append([]string{"build"}, strings.Fields(flags["ENGINEFLAGS"])...)
	base = append(base, "-trimpath", "-overlay="+overlayFile)
	for _, b := range []struct {
		out  *[]byte
		args []string
	}{
		{&stripped, []string{"-ldflags=-s -w"}},
		{&named, nil},
	} {
		f := filepath.Join(tmp, "engine.wasm")
		args := append(append(append([]string{}, base...), b.args...), "-o", f, "./wasm/cmd/engine")
		if err := run(wasmEnv, args...); err != nil {
			return nil, nil, err
		}
		if *b.out, err = os.ReadFile(f); err != nil {
			return nil, nil, err
		}
	}
	return stripped, named, nil
}

// makeVars returns the values of the simple "NAME := value" assignments of
// a Makefile.
func makeVars(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	vars := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		name, val, ok := strings.Cut(line, ":=")
		name = strings.TrimRight(name, " ")
		if ok && name != "" && !strings.ContainsAny(name, " \t#") {
			vars[name] = strings.TrimSpace(val)
		}
	}
	return vars, nil
}

// TestEngineWasmLeavesOutFmt fails when a function of a leftOut package is
// in engine.wasm.
func TestEngineWasmLeavesOutFmt(t *testing.T) {
	_, data := engineWasm(t)
	names, err := wasmFuncNames(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 1000 {
		t.Fatalf("only %d function names in engine.wasm: is the name section gone?", len(names))
	}
	bad := 0
	for _, n := range names {
		// The name section writes "/" as "_" in package paths and
		// "(*T)" as "__T_".
		for _, p := range leftOut {
			p = strings.NewReplacer("/", "_", "(*", "__", ")", "_").Replace(p)
			if strings.HasPrefix(n, p) {
				if bad++; bad <= 10 {
					t.Errorf("engine.wasm holds %s", n)
				}
			}
		}
	}
	if bad > 10 {
		t.Errorf("and %d more functions of %v", bad-10, leftOut)
	}
}

// TestEngineWasmGzipSize fails when web/engine.wasm.gz, as make wasm writes
// it, would exceed engineGzipLimit. The verdict is zopfli's, make wasm's
// compressor, except when compress/flate at BestCompression already fits:
// zopfli searches what flate does and more, and writes engine.wasm about 5%
// smaller (937,269 against 984,985 bytes on 2026-11-28), so a flate size
// within the limit is one zopfli is within too; this saves the 20 s of CPU
// that zopfli takes. Near the limit it runs zopfli --i15 (the Makefile's
// ZOPFLI_I), and without zopfli it fails rather than guess.
func TestEngineWasmGzipSize(t *testing.T) {
	data, _ := engineWasm(t)
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(data)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	const gzipFraming = 18 // gzip's header and trailer, without a file name
	flateSize := buf.Len() + gzipFraming
	t.Logf("engine.wasm: %d bytes raw, %d gzip by compress/flate level 9 (limit %d for zopfli)", len(data), flateSize, engineGzipLimit)
	if flateSize <= engineGzipLimit {
		return
	}
	zopfli, err := exec.LookPath("zopfli")
	if err != nil {
		t.Fatalf("engine.wasm gzip by compress/flate is %d bytes, over the %d limit; zopfli, which decides, is not installed (make zopfli)", flateSize, engineGzipLimit)
	}
	f := filepath.Join(t.TempDir(), "engine.wasm")
	if err := os.WriteFile(f, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(zopfli, "--i15", "-c", f).Output()
	if err != nil {
		t.Fatalf("zopfli: %v", err)
	}
	if len(out) > engineGzipLimit {
		t.Errorf("engine.wasm gzip (zopfli --i15) is %d bytes, %d over the %d limit (project issue 4)", len(out), len(out)-engineGzipLimit, engineGzipLimit)
	} else {
		t.Logf("engine.wasm gzip (zopfli --i15): %d bytes, %d under the limit", len(out), engineGzipLimit-len(out))
	}
}

// wasmFuncNames returns the function names of the name section of a
// WebAssembly module.
func wasmFuncNames(b []byte) ([]string, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, os.ErrInvalid
	}
	p := 8
	uleb := func() int {
		v, n := binary.Uvarint(b[p:])
		if n <= 0 {
			p = len(b)
			return 0
		}
		p += n
		return int(v)
	}
	var names []string
	for p < len(b) {
		id := b[p]
		p++
		size := uleb()
		end := p + size
		if end > len(b) {
			return nil, os.ErrInvalid
		}
		if id == 0 {
			l := uleb()
			if p+l <= end && string(b[p:p+l]) == "name" {
				p += l
				for p < end {
					sub := b[p]
					p++
					subEnd := p + uleb()
					if sub == 1 { // function names
						for n := uleb(); n > 0 && p < subEnd; n-- {
							uleb() // function index
							l := uleb()
							names = append(names, string(b[p:p+l]))
							p += l
						}
					}
					p = subEnd
				}
			}
		}
		p = end
	}
	return names, nil
}
