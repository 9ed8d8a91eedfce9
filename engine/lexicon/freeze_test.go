package lexicon

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/whosaid/whosaid/internal/strtab"
	"github.com/whosaid/whosaid/internal/strtab/keytest"
)

// diskSources returns the data files as they are in data/, whatever the
// build embeds.
func diskSources(tb testing.TB) *sources {
	return newSources(func(name string) string {
		b, err := os.ReadFile(filepath.Join("data", name))
		if err != nil {
			tb.Fatal(err)
		}
		return string(b)
	})
}

// TestSourcesListEveryFile requires every file of data/ to be read.
func TestSourcesListEveryFile(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("data", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, f := range diskSources(t).files() {
		listed = append(listed, filepath.Join("data", f.name))
	}
	slices.Sort(listed)
	if !reflect.DeepEqual(names, listed) {
		t.Errorf("data/ holds %q\nsources list %q", names, listed)
	}
}

// parsedFromDisk parses the files of data/, which must have no problem.
func parsedFromDisk(t *testing.T) *tables {
	var ps problems
	tab := parse(diskSources(t), &ps)
	for _, p := range ps.list {
		t.Error(p)
	}
	return tab
}

// TestFrozenMatchesText requires the binary form to thaw into tables that
// answer every lookup as the tables parsed from the text of data/ do, and,
// in the build that embeds it (-tags lexpack: make test-js), the embedded
// form to be the one those tables freeze to: a data file changed without
// go generate ./engine/lexicon fails there.
func TestFrozenMatchesText(t *testing.T) {
	want := parsedFromDisk(t)
	words, places, gaz, cues, err := freeze(want)
	if err != nil {
		t.Fatal(err)
	}
	if w, p, g, c, ok := builtInFrozen(t); ok && (w != words || p != places || g != gaz || c != cues) {
		t.Errorf("the embedded tables (%d, %d, %d, %d bytes) are not those of data/ (%d, %d, %d, %d bytes): run go generate ./engine/lexicon",
			len(w), len(p), len(g), len(c), len(words), len(places), len(gaz), len(cues))
	}
	compareWords(t, want.words, thawWords(words))
	comparePlaces(t, want.places, thawPlaces(places))
	comparePhrases(t, want.gaz, thawGazetteer(gaz))
	compareCues(t, want.cues, thawCues(cues))
}

func compareCues(t *testing.T, want, got *cueTables) {
	t.Helper()
	for _, c := range []struct {
		name      string
		want, got *strtab.Table
		wv, gv    []cueRef
	}{{"nouns", &want.nounKeys, &got.nounKeys, want.nouns, got.nouns}, {"phrases", &want.phraseKeys, &got.phraseKeys, want.phrases, got.phrases}} {
		if c.want.Len() != c.got.Len() || len(c.gv) != c.got.Len() {
			t.Errorf("cue %s: %d thawed, want %d", c.name, c.got.Len(), c.want.Len())
		}
		for k, r := range c.wv {
			w, cue := c.want.Key(k), want.cue(r)
			if g := c.got.Find(w); g < 0 || got.cue(c.gv[g]) != cue {
				t.Errorf("cue %s: %q thawed as %d, want %+v", c.name, w, g, cue)
			}
		}
	}
	if want.wordKeys.Len() != got.wordKeys.Len() {
		t.Errorf("cue words: %d thawed, want %d", got.wordKeys.Len(), want.wordKeys.Len())
	}
	for k := range want.words {
		w, cw := want.wordKeys.Key(k), &want.words[k]
		g := got.word(w)
		if got.cue(g.cue) != want.cue(cw.cue) || (g.cue != 0) != (cw.cue != 0) || g.maxPhrase != cw.maxPhrase || !reflect.DeepEqual(got.secondsOf(g), want.secondsOf(cw)) {
			t.Errorf("cue word %q thawed as %+v %q, want %+v %q", w, got.cue(g.cue), got.secondsOf(g), want.cue(cw.cue), want.secondsOf(cw))
		}
	}
}

func compareWords(t *testing.T, want, got *wordTable) {
	t.Helper()
	if want.keys.Len() != got.keys.Len() || len(got.info) != got.keys.Len() {
		t.Errorf("words: %d keys thawed (%d infos), want %d", got.keys.Len(), len(got.info), want.keys.Len())
	}
	for k, wi := range want.info {
		if w := want.keys.Key(k); got.get(w) != wi {
			t.Errorf("words: %q thawed as %+v, want %+v", w, got.get(w), wi)
		}
	}
	if wi := got.get("xyzzy"); wi != (wordInfo{}) {
		t.Errorf("words: xyzzy thawed as %+v", wi)
	}
}

func comparePlaces(t *testing.T, want, got *placeTable) {
	t.Helper()
	if want.phrases.Len() != got.phrases.Len() || want.firsts.Len() != got.firsts.Len() {
		t.Errorf("places: %d phrases, %d first words thawed; want %d, %d", got.phrases.Len(), got.firsts.Len(), want.phrases.Len(), want.firsts.Len())
	}
	for k := range want.phrases.Len() {
		if p := want.phrases.Key(k); got.phrases.Find(p) < 0 {
			t.Errorf("places: %q not thawed", p)
		}
	}
	for f := range want.firsts.Len() {
		w := want.firsts.Key(f)
		if g := got.firsts.Find(w); g < 0 || got.maxWords[g] != want.maxWords[f] {
			t.Errorf("places: first word %q thawed as %d, want max %d", w, g, want.maxWords[f])
		}
	}
}

func comparePhrases(t *testing.T, want, got *Phrases) {
	t.Helper()
	if want.Len() != got.Len() || want.firsts.Len() != got.firsts.Len() {
		t.Errorf("gazetteer: %d phrases, %d first words thawed; want %d, %d", got.Len(), got.firsts.Len(), want.Len(), want.firsts.Len())
		return
	}
	for k := range want.entries {
		if e := want.entry(k); want.keys.Key(k) != got.keys.Key(k) || got.entry(k) != e {
			t.Errorf("gazetteer: phrase %d thawed as %q %+v, want %q %+v", k, got.keys.Key(k), got.entry(k), want.keys.Key(k), e)
		}
	}
	for f := range want.firsts.Len() {
		w := want.firsts.Key(f)
		if got.firsts.Key(f) != w || !reflect.DeepEqual(got.starts[f], want.starts[f]) {
			t.Errorf("gazetteer: first word %q thawed as %q %+v, want %+v", w, got.firsts.Key(f), got.starts[f], want.starts[f])
		}
	}
}

// FuzzKeyList requires a key list to read back as written: the keys of
// the lines of text, sorted, none with a 0 byte.
func FuzzKeyList(f *testing.F) {
	keytest.Fuzz(f, func(t *testing.T, text string, keys []string) {
		var w frozenWriter
		if err := w.keys(keys); err != nil {
			t.Fatal(err)
		}
		r := &frozenReader{s: string(w.b)}
		var tab strtab.Table
		if n := r.readKeys(&tab); n != len(keys) || r.i != len(r.s) {
			t.Fatalf("read %d keys of %d, %d bytes of %d", n, len(keys), r.i, len(r.s))
		}
		keytest.Check(t, &tab, keys)
	})
}
