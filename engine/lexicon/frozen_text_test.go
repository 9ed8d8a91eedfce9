//go:build !lexpack

package lexicon

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"testing"
)

// builtInFrozen returns the tables in binary form of packed_data.go, which
// this build does not compile (-tags lexpack does), read from its source;
// ok is false when the file has not been generated.
func builtInFrozen(t *testing.T) (words, places, gaz, cues string, ok bool) {
	if _, err := os.Stat("packed_data.go"); err != nil {
		return "", "", "", "", false
	}
	f, err := parser.ParseFile(token.NewFileSet(), "packed_data.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	consts := map[string]string{}
	ast.Inspect(f, func(n ast.Node) bool {
		if v, ok := n.(*ast.ValueSpec); ok && len(v.Names) == 1 && len(v.Values) == 1 {
			if lit, ok := v.Values[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					consts[v.Names[0].Name] = s
				}
			}
		}
		return true
	})
	return consts["wordsFrozen"], consts["placesFrozen"], consts["gazetteerFrozen"], consts["cuesFrozen"], true
}
