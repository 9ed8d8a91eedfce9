package engine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/lexicon"
)

// TestWordTable checks that the table answers as a scan of each list
// would, for every word of every list, parts of words and words joined by
// bars.
func TestWordTable(t *testing.T) {
	var probes []string
	for _, l := range wordTable.lists {
		ws := strings.Split(strings.Trim(l.bars, "|"), "|")
		for i, w := range ws {
			probes = append(probes, w, w[:len(w)/2], strings.ToUpper(w), w+"s", "|"+w, w+"|", "x"+w)
			if i+1 < len(ws) {
				probes = append(probes, w+"|"+ws[i+1])
			}
		}
	}
	for _, l := range wordTable.lists {
		if l.bit == 0 {
			t.Fatalf("list %q not registered", l.bars)
		}
		for _, w := range probes {
			if got, want := inList(l, w), w != "" && scanList(l.bars, w); got != want {
				t.Errorf("inList(%.30q, %q) = %v, want %v", l.bars, w, got, want)
			}
		}
	}
}

// TestWordListsComplete checks that every word list declared in the
// package is named in the array of init that wordTable is built from.
func TestWordListsComplete(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]token.Position{}
	listed := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, v := range n.Values {
					if u, ok := v.(*ast.UnaryExpr); ok {
						if c, ok := u.X.(*ast.CompositeLit); ok && isIdent(c.Type, "wordList") {
							declared[n.Names[i].Name] = fset.Position(n.Pos())
						}
					}
				}
			case *ast.CompositeLit:
				if at, ok := n.Type.(*ast.ArrayType); ok {
					if st, ok := at.Elt.(*ast.StarExpr); ok && isIdent(st.X, "wordList") {
						for _, e := range n.Elts {
							listed[e.(*ast.Ident).Name] = true
						}
					}
				}
			}
			return true
		})
	}
	if len(declared) == 0 || len(listed) != len(wordTable.lists) {
		t.Fatalf("found %d lists declared, %d named; %d in the table", len(declared), len(listed), len(wordTable.lists))
	}
	for name, pos := range declared {
		if !listed[name] {
			t.Errorf("%s: word list %s is not named in init", pos, name)
		}
	}
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// TestInListAllocs checks that inList does not allocate, for a registered
// wordList or one it scans.
func TestInListAllocs(t *testing.T) {
	w := strings.Repeat("x", 3)
	if n := testing.AllocsPerRun(100, func() { inList(nounForms, w); inList(&wordList{bars: "|a|xxx|"}, w) }); n != 0 {
		t.Errorf("inList allocates %v times", n)
	}
}

// TestLowerIn checks that lowerIn answers as inList of the token's lower
// case, for every list and every token of a text that has list words in
// both cases, words of no list, punctuation and more tokens than the cache
// of recent tokens holds, asked in an order that reuses and evicts slots.
func TestLowerIn(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 40000; i++ {
		for _, l := range wordTable.lists[i%len(wordTable.lists) : i%len(wordTable.lists)+1] {
			ws := strings.Split(strings.Trim(l.bars, "|"), "|")
			w := ws[i%len(ws)]
			if i%3 == 0 {
				w = strings.ToUpper(w)
			}
			b.WriteString(w + " zork, | \"İstanbul\" ")
		}
	}
	d := &Document{Text: b.String()}
	normalize(d)
	segment(d)
	a := &attributor{d: d, s: d.norm.s, toks: d.Tokens}
	if len(d.Tokens) <= 2*clsSlots {
		t.Fatalf("only %d tokens", len(d.Tokens))
	}
	// A list not named in init (bit 0) is answered by a scan, not the cache.
	unnamed := &wordList{bars: "|zork|istanbul|"}
	lists := append(wordTable.lists[:len(wordTable.lists):len(wordTable.lists)], unnamed)
	for _, step := range []int{1, clsSlots + 1, 7} {
		for i := range d.Tokens {
			k := i * step % len(d.Tokens)
			for _, l := range lists {
				if got, want := a.lowerIn(l, k), inList(l, a.lower(k)); got != want {
					t.Fatalf("token %d %q, list %.30q: lowerIn = %v, want %v", k, a.lower(k), l.bars, got, want)
				}
			}
		}
	}
}

// TestClassesCache checks that the cache of recent tokens answers classes,
// lowerClasses and mayCue as the lexicon does, whichever of them is asked
// first: words of the lists and cue words (whose classes come from tokTable) in
// lower, upper and mixed case, words of no list, cue words, odd letters and
// more tokens than the cache holds.
func TestClassesCache(t *testing.T) {
	var b strings.Builder
	extra := []string{"said", "Said", "according", "told", "criticism", "eBay", "oF", "tHe", "İstanbul", "Ruiz", "zork", "|", "claims", "Washington", "reportedly"}
	for i := 0; b.Len() < 40000; i++ {
		l := wordTable.lists[i%len(wordTable.lists)]
		ws := strings.Split(strings.Trim(l.bars, "|"), "|")
		w := ws[i%len(ws)]
		switch i % 4 {
		case 1:
			w = strings.ToUpper(w)
		case 2:
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w + " " + extra[i%len(extra)] + ", ")
	}
	d := &Document{Text: b.String()}
	normalize(d)
	segment(d)
	if len(d.Tokens) <= 2*clsSlots {
		t.Fatalf("only %d tokens", len(d.Tokens))
	}
	for order := range 3 {
		for k, tok := range d.Tokens {
			k = (k*(clsSlots+1) + order) % len(d.Tokens)
			tok = d.Tokens[k]
			w := d.norm.s[tok.Start:tok.End]
			low := strings.ToLower(w)
			var c, lc lexicon.Classes
			var mayCue bool
			switch order {
			case 0:
				c, lc, mayCue = d.classes(k), d.lowerClasses(k), d.mayCue(k)
			case 1:
				lc, c, mayCue = d.lowerClasses(k), d.classes(k), d.mayCue(k)
			case 2:
				mayCue, c, lc = d.mayCue(k), d.classes(k), d.lowerClasses(k)
			}
			if want := lexicon.Classify(w); c != want {
				t.Fatalf("order %d, token %d %q: classes = %v, want %v", order, k, w, c, want)
			}
			if want := lexicon.Classify(low); lc != want {
				t.Fatalf("order %d, token %d %q: lowerClasses = %v, want %v", order, k, w, lc, want)
			}
			if cue, ok, n, seconds := lexicon.CueWordNext(low); !mayCue && (ok || n != 0 || len(seconds) > 0 || cue != (lexicon.Cue{})) {
				t.Fatalf("order %d, token %d %q: no cue, but CueWordNext = %v %v %d %v", order, k, w, cue, ok, n, seconds)
			}
		}
	}
}
