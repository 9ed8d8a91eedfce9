package lexicon

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/whosaid/whosaid/internal/strtab"
)

// Actor types of gazetteer entries and descriptors.
const (
	TypePerson       = "person"
	TypeOrganization = "organization"
	TypeMedia        = "media"
	TypeCountry      = "country"
	TypeGroup        = "group"
)

// Kinds of gazetteer phrases.
const (
	KindName    = "name"    // the canonical name itself
	KindAcronym = "acronym" // letters, often dotted: "IMF", "U.S."
	KindAlias   = "alias"   // another name or short form: "Britain", "World Court"
	KindMetonym = "metonym" // a capital or seat standing for a country or body: "Beijing", "Kremlin"
	KindDemonym = "demonym" // an adjective or nationality noun: "Chinese", "Britons"
)

// Entry is one gazetteer phrase.
type Entry struct {
	Name string // canonical actor name, e.g. "United States", "International Monetary Fund", "Xinhua"
	Type string // "country", "organization", "media", "group"
	Kind string // "name" | "acronym" | "alias" | "metonym" | "demonym"
}

// Phrases is a phrase table: each phrase, as written in text with single
// spaces between its words, maps to one Entry. It is read-only once built.
type Phrases struct {
	keys    strtab.Table
	entries []entryRef // by number in keys
	// names holds the canonical names that are not phrases of keys (only
	// in data with problems).
	names strtab.Table
	// firsts numbers the first words of the phrases; starts, by that
	// number, holds the largest word count of the phrases starting with
	// each and their second words, each once.
	firsts strtab.Table
	starts []phraseStart
}

// entryRef is an Entry without pointers, which the collector need not scan:
// name is the canonical name's number in keys, or -1 minus its number in
// names; typ and kind index entryTypes and entryKinds.
type entryRef struct {
	name      int32
	typ, kind uint8
}

// entry returns the Entry of phrase number k.
func (p *Phrases) entry(k int) Entry {
	r := p.entries[k]
	var name string
	if r.name >= 0 {
		name = p.keys.Key(int(r.name))
	} else {
		name = p.names.Key(int(-1 - r.name))
	}
	return Entry{name, entryTypes[r.typ], entryKinds[r.kind]}
}

// ref returns the entryRef of e, whose type and kind are valid.
func (p *Phrases) ref(e Entry) entryRef {
	name := int32(p.keys.Find(e.Name))
	if name < 0 {
		k, _ := p.names.Add(e.Name)
		name = int32(-1 - k)
	}
	return entryRef{name, uint8(slices.Index(entryTypes, e.Type)), uint8(slices.Index(entryKinds, e.Kind))}
}

type phraseStart struct {
	maxWords uint8
	seconds  []string
}

var noStart phraseStart

// start returns what p knows of the phrases starting with the word first.
func (p *Phrases) start(first string) *phraseStart {
	if k := p.firsts.Find(first); k >= 0 {
		return &p.starts[k]
	}
	return &noStart
}

// Lookup returns the entry of a phrase written exactly as in text
// ("New York Times", "U.S."). It does not allocate.
func (p *Phrases) Lookup(phrase string) (Entry, bool) {
	if k := p.keys.Find(phrase); k >= 0 {
		return p.entry(k), true
	}
	return Entry{}, false
}

// MaxWords returns the largest number of words of any phrase starting with
// the word first (0 if none), so callers try only useful lengths.
func (p *Phrases) MaxWords(first string) int { return int(p.start(first).maxWords) }

// Seconds returns the second words of the phrases that start with the word
// first: a phrase of two or more words can start at first only if the next
// word is one of them.
func (p *Phrases) Seconds(first string) []string { return p.start(first).seconds }

// Start returns MaxWords and Seconds of first with one look-up.
func (p *Phrases) Start(first string) (maxWords int, seconds []string) {
	st := p.start(first)
	return int(st.maxWords), st.seconds
}

// Len returns the number of phrases.
func (p *Phrases) Len() int { return len(p.entries) }

// Each calls fn for every phrase and its entry, in the order they were
// defined.
func (p *Phrases) Each(fn func(phrase string, e Entry)) {
	for k := range p.entries {
		fn(p.keys.Key(k), p.entry(k))
	}
}

var (
	gazOnce  sync.Once
	gazReady atomic.Bool // set once gaz is built; never reset
	gaz      *Phrases
)

// Gazetteer returns the phrase table of countries (names, short forms such as
// "US", "U.S.", "Britain"), their capitals and seats of government as
// metonyms ("Beijing", "Kremlin", "Downing Street"), demonyms ("Chinese"),
// international organisations and their acronyms, government bodies,
// political parties, major companies and news media. Phrases match
// case-sensitively; a leading "the" is not part of a phrase, except in a few
// media names that are ambiguous without it ("The Hill").
//
// The gazetteer files have one canonical name a line, followed by
// tab-separated phrases for it:
//
//	@type country
//	@kind auto
//	United States	US	U.S.	America	metonym:Washington
//
// "@type T" sets the actor type of the lines that follow; "@kind K" sets the
// kind of unmarked phrases (auto: acronym when the phrase has no lower-case
// letter, alias otherwise); "kind:phrase" marks one phrase. The canonical
// name is itself a phrase of kind name.
func Gazetteer() *Phrases {
	if !gazReady.Load() {
		initGazetteer()
	}
	return gaz
}

func initGazetteer() {
	gazOnce.Do(func() {
		gaz = loadGazetteer()
	})
	gazReady.Store(true)
}

var (
	validTypes = map[string]bool{TypeCountry: true, TypeOrganization: true, TypeMedia: true, TypeGroup: true}
	validKinds = map[string]bool{KindName: true, KindAcronym: true, KindAlias: true, KindMetonym: true, KindDemonym: true}
	// entryTypes and entryKinds number the types and kinds of entries in
	// the binary form of the tables (freeze.go).
	entryTypes = []string{TypeCountry, TypeOrganization, TypeMedia, TypeGroup}
	entryKinds = []string{KindName, KindAcronym, KindAlias, KindMetonym, KindDemonym}
)

// addStart enters the first and second words of phrase, the last phrase
// added to p, in p.starts; it reports false for a phrase of more than 255
// words, entered as 255.
func (p *Phrases) addStart(phrase string) bool {
	w := wordCount(phrase)
	ok := w <= 255
	w = min(w, 255)
	first := firstWord(phrase)
	f, added := p.firsts.Add(first)
	if added {
		p.starts = append(p.starts, phraseStart{})
	}
	st := &p.starts[f]
	if uint8(w) > st.maxWords {
		st.maxWords = uint8(w)
	}
	if w > 1 {
		if second := firstWord(phrase[len(first)+1:]); !slices.Contains(st.seconds, second) {
			st.seconds = append(st.seconds, second)
		}
	}
	return ok
}

// newPhrases returns an empty phrase table with room for the gazetteer.
func newPhrases() *Phrases {
	p := &Phrases{entries: make([]entryRef, 0, 4096), starts: make([]phraseStart, 0, 2048)}
	p.firsts.Grow(2048, 16*1024)
	return p
}

func buildPhrases(files []dataFile, ps *problems) *Phrases {
	p := newPhrases()
	p.keys.Grow(4096, 64*1024)
	origin := make([]pos, 0, 4096) // by phrase number
	define := func(file string, n int, phrase string, e Entry) {
		if !wellSpaced(phrase) {
			ps.add(file, n, "phrase %q has stray spaces", phrase)
			return
		}
		if strings.HasPrefix(phrase, "the ") {
			ps.add(file, n, "phrase %q starts with \"the\"", phrase)
			return
		}
		k, added := p.keys.Add(phrase)
		if !added {
			if old := p.entry(k); old == e {
				ps.add(file, n, "duplicate phrase %q (first at %v)", phrase, origin[k])
			} else {
				ps.add(file, n, "phrase %q as %s %s of %q conflicts with %s %s of %q at %v",
					phrase, e.Type, e.Kind, e.Name, old.Type, old.Kind, old.Name, origin[k])
			}
			return
		}
		p.entries = append(p.entries, p.ref(e))
		origin = append(origin, pos{file, n})
		if !p.addStart(phrase) {
			ps.add(file, n, "phrase %q has too many words", phrase)
		}
	}
	// names records the type of each canonical name, to catch a name used
	// with two types.
	names := make(map[string]string, 2048)
	for _, f := range files {
		typ, defKind := "", "auto"
		eachLine(f.text, func(n int, line string) {
			if line[0] == '@' {
				key, val, _ := strings.Cut(line[1:], " ")
				switch {
				case key == "type" && validTypes[val]:
					typ = val
				case key == "kind" && (val == "auto" || validKinds[val]):
					defKind = val
				default:
					ps.add(f.name, n, "unknown directive %q", line)
				}
				return
			}
			if typ == "" {
				ps.add(f.name, n, "line before any @type directive")
				return
			}
			fields := strings.Split(line, "\t")
			name := fields[0]
			if t, ok := names[name]; !ok {
				names[name] = typ
				define(f.name, n, name, Entry{name, typ, KindName})
			} else if t != typ {
				ps.add(f.name, n, "name %q has type %s here and %s before", name, typ, t)
				return
			}
			for _, fld := range fields[1:] {
				kind := defKind
				if k, rest, ok := strings.Cut(fld, ":"); ok && validKinds[k] {
					kind, fld = k, rest
				}
				if kind == "auto" {
					kind = KindAlias
					if isUpperWord(fld) {
						kind = KindAcronym
					}
				}
				if fld == name {
					ps.add(f.name, n, "phrase %q repeats its canonical name", fld)
					continue
				}
				define(f.name, n, fld, Entry{name, typ, kind})
			}
		})
	}
	return p
}
