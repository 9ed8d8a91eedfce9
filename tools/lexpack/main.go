// Command lexpack writes the compact form (package internal/lexpack) of
// every lexicon file of engine/lexicon/data to engine/lexicon/packed, which
// engine/lexicon embeds instead of the text when built with -tags lexpack, as
// make wasm builds engine.wasm. A file is rewritten only when its packed
// form changes, and packed files without a source are removed.
//
// Usage, from the repository root (make wasm runs it):
//
//	go run ./tools/lexpack
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/whosaid/whosaid/internal/lexpack"
)

const (
	dataDir   = "engine/lexicon/data"
	packedDir = "engine/lexicon/packed"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "lexpack:", err)
		os.Exit(1)
	}
}

func run() error {
	files, err := filepath.Glob(filepath.Join(dataDir, "*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no %s/*.txt (run lexpack from the repository root)", dataDir)
	}
	if err := os.MkdirAll(packedDir, 0o755); err != nil {
		return err
	}
	keep := map[string]bool{}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		name := filepath.Base(f)
		keep[name] = true
		out := filepath.Join(packedDir, name)
		packed := []byte(lexpack.Pack(string(text)))
		if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, packed) {
			continue
		}
		if err := os.WriteFile(out+".tmp", packed, 0o644); err != nil {
			return err
		}
		if err := os.Rename(out+".tmp", out); err != nil {
			return err
		}
	}
	stale, err := filepath.Glob(filepath.Join(packedDir, "*"))
	if err != nil {
		return err
	}
	for _, f := range stale {
		if !keep[filepath.Base(f)] {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	return nil
}
