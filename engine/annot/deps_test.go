package annot

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// internalPrefix is the import path of the module's own internal
// packages; annot may import one only when it too imports nothing but the
// standard library.
const internalPrefix = "github.com/whosaid/whosaid/internal/"

// TestStandardLibraryOnly keeps the package free of modules outside the
// standard library: the app compiles it into app.wasm, and the schema
// validator the tests use must not follow it there.
func TestStandardLibraryOnly(t *testing.T) {
	for _, path := range imports(t, ".") {
		if rest, ok := strings.CutPrefix(path, internalPrefix); ok {
			for _, p := range imports(t, filepath.Join("..", "..", "internal", rest)) {
				if !standard(p) {
					t.Errorf("annot imports %s, which imports %s, not in the standard library", path, p)
				}
			}
			continue
		}
		if !standard(path) {
			t.Errorf("annot imports %s, which is not in the standard library", path)
		}
	}
}

// standard reports whether path names a package of the standard library:
// its first element has no dot.
func standard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// imports lists the imports of the non-test Go files in dir.
func imports(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	fset := token.NewFileSet()
	var out []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			out = append(out, path)
		}
	}
	return out
}
