package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/engine/annot"
)

// runes returns the text of p's fragments, joined by " | ".
func runes(text string, p Part) string {
	rs := []rune(text)
	var out []string
	for _, f := range p {
		out = append(out, string(rs[f.Start:f.End]))
	}
	return strings.Join(out, " | ")
}

func TestReadPolNeAR(t *testing.T) {
	pn, err := ReadPolNeAR("testdata/polnear")
	if err != nil {
		t.Fatal(err)
	}
	if len(pn.Articles) != 2 || pn.Extra != 1 || pn.Incomplete != 1 {
		t.Fatalf("articles %d, extra %d, incomplete %d; want 2, 1, 1", len(pn.Articles), pn.Extra, pn.Incomplete)
	}
	a := pn.Articles[0]
	if a.Name != "demo-budget" || a.Annotator != "a1b2" {
		t.Errorf("first article %q by %q, want demo-budget by a1b2 (the first file in sorted order)", a.Name, a.Annotator)
	}
	type att struct{ source, cue, content string }
	want := []att{
		{"Mayor Lena Ortiz", "said", "that the harbor budget would grow by 4 percent next year"},
		{"Ortiz", "told", "“We are not cutting a single school,”"},
		{"Ortiz", "adding", "that the plan | “protects every classroom.”"},
		{"The city’s finance office", "reported", "a surplus | a smaller debt"},
		{"", "was expected", "that taxes would stay flat"},
	}
	if len(a.Attributions) != len(want) {
		t.Fatalf("got %d attributions, want %d", len(a.Attributions), len(want))
	}
	for i, w := range want {
		at := a.Attributions[i]
		got := att{runes(a.Text, at.Source), runes(a.Text, at.Cue), runes(a.Text, at.Content)}
		if got != w {
			t.Errorf("attribution %d = %+v, want %+v", i+1, got, w)
		}
	}
	if a.Attributions[4].Source != nil {
		t.Errorf("a relation without a source has source %v", a.Attributions[4].Source)
	}
	// Code points, not bytes: the second article has é and ’ before its spans.
	b := pn.Articles[1]
	if got := runes(b.Text, b.Attributions[0].Content); got != "that tickets sold out within an hour" {
		t.Errorf("content after non-ASCII text = %q", got)
	}
	// Fragments that only white space (here a line break) separates are one
	// span; fragments with words between them ("a surplus | a smaller debt")
	// stay apart.
	if got := runes(b.Text, b.Attributions[2].Content); got != "that more dates would follow.\nOrganisers would decide in May." {
		t.Errorf("content split at a line break = %q, want one span", got)
	}
	if pn.Joined != 1 {
		t.Errorf("Joined = %d, want 1", pn.Joined)
	}
}

func TestPolNeARGold(t *testing.T) {
	pn, err := ReadPolNeAR("testdata/polnear")
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for i := range pn.Articles {
		for _, it := range pn.Articles[i].Gold(i) {
			count[it.Label]++
		}
	}
	// "Ortiz" is the source of two relations and counts once.
	want := map[string]int{KindSource: 6, KindCue: 8, KindContent: 8, KindAttribution: 8}
	for k, v := range want {
		if count[k] != v {
			t.Errorf("%d gold %s items, want %d", count[k], k, v)
		}
	}
}

// claimsOf builds an export whose claims have exactly the gold spans of a,
// as a perfect engine would.
func claimsOf(a PolNeARArticle) *annot.Document {
	d := &annot.Document{}
	span := func(p Part) *annot.Span {
		if len(p) == 0 {
			return nil
		}
		return &annot.Span{Start: p[0].Start, End: p[len(p)-1].End}
	}
	for _, at := range a.Attributions {
		d.Claims = append(d.Claims, annot.Claim{Source: span(at.Source), Cue: span(at.Cue), Content: span(at.Content)})
	}
	return d
}

func TestPolNeARPredictions(t *testing.T) {
	pn, err := ReadPolNeAR("testdata/polnear")
	if err != nil {
		t.Fatal(err)
	}
	var gold, pred []Item
	for i, a := range pn.Articles {
		gold = append(gold, a.Gold(i)...)
		pred = append(pred, PolNeARPredictions(i, claimsOf(a))...)
	}
	rows, _ := Score(PolNeARLabels, gold, pred)
	byLabel := map[string]Row{}
	for _, r := range rows {
		byLabel[r.Label] = r
	}
	// Contents with two fragments become one span from the first to the
	// last: overlapping, never exact (the content split at a line break was
	// read as one span, so it matches).
	if r := byLabel[KindContent]; r.Exact != (Counts{TP: 6, FP: 2, FN: 2}) || r.Overlap != (Counts{TP: 8}) {
		t.Errorf("content %+v", r)
	}
	for _, k := range []string{KindSource, KindCue} {
		if r := byLabel[k]; r.Exact.FP+r.Exact.FN != 0 || r.Exact.TP != r.Gold {
			t.Errorf("%s %+v, want all exact", k, r)
		}
	}
	if r := byLabel[KindAttribution]; r.Exact.TP != 6 || r.Overlap.TP != 8 {
		t.Errorf("attribution %+v", r)
	}
}

// splitClaimsOf builds an export with one claim per content fragment, all
// with the relation's source and cue, as the engine gives a split quote.
func splitClaimsOf(a PolNeARArticle) *annot.Document {
	d := &annot.Document{}
	span := func(p Part) *annot.Span {
		if len(p) == 0 {
			return nil
		}
		return &annot.Span{Start: p[0].Start, End: p[0].End}
	}
	for _, at := range a.Attributions {
		for _, f := range at.Content {
			d.Claims = append(d.Claims, annot.Claim{Source: span(at.Source), Cue: span(at.Cue), Content: &annot.Span{Start: f.Start, End: f.End}})
		}
	}
	return d
}

func TestPolNeARSplitClaims(t *testing.T) {
	pn, err := ReadPolNeAR("testdata/polnear")
	if err != nil {
		t.Fatal(err)
	}
	var gold, pred []Item
	for i, a := range pn.Articles {
		gold = append(gold, a.Gold(i)...)
		pred = append(pred, PolNeARPredictions(i, splitClaimsOf(a))...)
	}
	rows, _ := Score(PolNeARLabels, gold, pred)
	// Claims sharing a source and a cue are one attribution whose content
	// has their contents as fragments: every relation matches exactly.
	for _, r := range rows {
		if r.Exact.TP != r.Gold || r.Exact.FP != 0 {
			t.Errorf("%s %+v, want all %d exact", r.Label, r.Exact, r.Gold)
		}
	}
}

// copyTree copies the fixture directory src to a temporary directory.
func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// replaceLine replaces line n (from 1) of file with s.
func replaceLine(t *testing.T, file string, n int, s string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	lines[n-1] = s
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReadPolNeARErrors(t *testing.T) {
	tests := []struct {
		name string
		line int
		with string
		want string
	}{
		{"unknown T id", 5, "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T99", "demo-budget_a1b2.ann:5: Source refers to T99"},
		{"offsets past the text", 1, "T1\tSource 46 9000\tMayor Lena Ortiz", "demo-budget_a1b2.ann:1: range \"46 9000\" ends after"},
		{"offsets in bytes", 12, "T10\tContent 205 218;249 276\tthat the plan “protects every classroom.”", "demo-budget_a1b2.ann:12: offsets"},
		{"not a range", 2, "T2\tCue 63\tsaid", "demo-budget_a1b2.ann:2: range \"63\""},
		{"not an argument", 5, "E1\tAttribution-T4", "demo-budget_a1b2.ann:5: argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyTree(t, "testdata/polnear")
			replaceLine(t, filepath.Join(dir, "attributions", "demo-budget_a1b2.ann"), tt.line, tt.with)
			_, err := ReadPolNeAR(dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
	dir := copyTree(t, "testdata/polnear")
	if err := os.Remove(filepath.Join(dir, "text", "demo-festival.txt")); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadPolNeAR(dir); err == nil || !strings.Contains(err.Error(), "demo-festival.txt") {
		t.Errorf("missing text: error %v", err)
	}
	if _, err := ReadPolNeAR(t.TempDir()); err == nil {
		t.Error("an empty directory gave no error")
	}
}

// A relation whose cue is a span of another type ("Discuss") is incomplete,
// not an error that stops the whole split.
func TestReadPolNeARArgumentOfOtherType(t *testing.T) {
	dir := copyTree(t, "testdata/polnear")
	replaceLine(t, filepath.Join(dir, "attributions", "demo-budget_a1b2.ann"), 27, "E6\tAttribution-no-source:T21 Cue:T20 Content:T3")
	pn, err := ReadPolNeAR(dir)
	if err != nil {
		t.Fatal(err)
	}
	if pn.Incomplete != 1 || len(pn.Articles[0].Attributions) != 5 {
		t.Errorf("incomplete %d, attributions %d; want 1, 5", pn.Incomplete, len(pn.Articles[0].Attributions))
	}
}

// A split claim whose content fragments only white space separates gives
// one content span, as the gold reader does; words between keep two.
func TestPolNeARPredictionsJoinBlankGaps(t *testing.T) {
	text := "“Rates will rise.” “Soon.” she said. “Later,” she said, “more.”"
	rs := []rune(text)
	at := func(s string, from int) annot.Span {
		i := strings.Index(string(rs[from:]), s)
		start := from + len([]rune(string(rs[from:])[:i]))
		return annot.Span{Start: start, End: start + len([]rune(s))}
	}
	src1, cue1 := at("she", 0), at("said", 0)
	src2 := at("she", cue1.End)
	cue2 := at("said", src2.End)
	c := []annot.Span{at("“Rates will rise.”", 0), at("“Soon.”", 0), at("“Later,”", 0), at("“more.”", 0)}
	d := &annot.Document{Document: annot.Text{Text: text}}
	for i, sp := range c {
		src, cue := src1, cue1
		if i >= 2 {
			src, cue = src2, cue2
		}
		d.Claims = append(d.Claims, annot.Claim{Source: &src, Cue: &cue, Content: &sp})
	}
	var got []string
	for _, it := range PolNeARPredictions(0, d) {
		if it.Label == KindContent {
			got = append(got, runes(text, it.Parts[0]))
		}
	}
	want := []string{"“Rates will rise.” “Soon.”", "“Later,” | “more.”"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("contents %q, want %q", got, want)
	}
}
