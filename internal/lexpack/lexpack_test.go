package lexpack

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// blankComments is what Unpack(Pack(text)) must give: text with every line
// that engine/lexicon skips made empty.
func blankComments(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if t := strings.TrimRight(l, " \r"); t == "" || t[0] == '#' {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n")
}

func TestRoundTrip(t *testing.T) {
	for _, text := range []string{
		"",
		"\n",
		"# only a comment",
		"a\nab\nabc\nabd\nb",
		"# head\n\nabandon\nabandoned\nabandoning\n  \n# mid\nabandons\n",
		"Zoë\nZoé\nZoëlle\nÅngström\nÅngströms\n",                        // shared bytes end inside a rune
		"trailing space \nwith\r\ncrlf\r\n",                              // kept as they are
		strings.Repeat("x", 50) + "\n" + strings.Repeat("x", 49) + "y\n", // more than 35 shared
		"Abu Dhabi\nAbu Dhabi\tcity\n#x\nAbuja",
		"1st\n10th\n#\n2nd",
	} {
		if got, want := Unpack(Pack(text)), blankComments(text); got != want {
			t.Errorf("Unpack(Pack(%q)) = %q, want %q", text, got, want)
		}
	}
}

// TestLexiconFiles packs every lexicon file: each comes back with its lines
// where they were, and packed it is smaller.
func TestLexiconFiles(t *testing.T) {
	files, err := filepath.Glob("../../engine/lexicon/data/*.txt")
	if err != nil || len(files) < 10 {
		t.Fatalf("lexicon files: %v %v", files, err)
	}
	total, packed := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := Pack(string(b))
		if Unpack(p) != blankComments(string(b)) {
			t.Errorf("%s does not come back from Pack", f)
		}
		total += len(b)
		packed += len(p)
	}
	if packed >= total*3/4 {
		t.Errorf("packed %d bytes of %d: not a quarter smaller", packed, total)
	}
}

func FuzzRoundTrip(f *testing.F) {
	f.Add("a\nab\n# c\nabc")
	f.Add("Zoë\nZoé")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Unpack(Pack(text)), blankComments(text); got != want {
			t.Errorf("Unpack(Pack(%q)) = %q, want %q", text, got, want)
		}
	})
}

func BenchmarkUnpack(b *testing.B) {
	data, err := os.ReadFile("../../engine/lexicon/data/common_words.txt")
	if err != nil {
		b.Fatal(err)
	}
	p := Pack(string(data))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Unpack(p)
	}
}
