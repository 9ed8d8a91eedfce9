//go:build !js

package enginejs

import (
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// leftOut are the packages whose code engine.wasm must not hold: fmt's
// printer (about 90 KB gzip) and encoding/json (14 KB; annot's Parse, the
// one user, is not in engine.wasm's build: tag engineonly). fmt may be
// imported (annot imports it for Validate) as long as the engine never
// reaches its code; a stray fmt.Sprintf on the extraction path brings it
// all back.
var leftOut = []string{"fmt.", "internal/fmtsort.", "encoding/json."}

// TestEngineWasmLeavesOutFmt builds engine.wasm with its symbol names and
// fails when a function of a leftOut package is in it.
func TestEngineWasmLeavesOutFmt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds engine.wasm")
	}
	out := filepath.Join(t.TempDir(), "engine.wasm")
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-trimpath", "-tags=engineonly", "-o", out, "../cmd/engine")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
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
