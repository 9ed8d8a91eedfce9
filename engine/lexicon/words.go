package lexicon

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/strtab"
)

// wordFlag marks the word classes a word belongs to.
type wordFlag uint16

const (
	flagTitle wordFlag = 1 << iota
	flagTitleModifier
	flagHonorific
	flagGivenName
	flagCommon
	flagGroupNoun
	flagOrgSuffix
	flagNotName
	flagDescriptor
	flagPlace
	flagFemale // a given name found only in the female list
	flagMale   // a given name found only in the male list
)

// wordInfo is what the word table knows about one word as written.
type wordInfo struct {
	flags wordFlag
	desc  uint8 // index into descriptorTypes when flagDescriptor is set
}

// descriptorTypes are the actor types a descriptor can have; wordInfo.desc
// indexes it.
var descriptorTypes = []string{TypePerson, TypeOrganization, TypeMedia, TypeCountry, TypeGroup}

// wordTable maps each word as written to its wordInfo.
type wordTable struct {
	keys strtab.Table
	info []wordInfo // by key number
}

// get returns the wordInfo of w, zero for a word not in the table.
func (t *wordTable) get(w string) wordInfo {
	if k := t.keys.Find(w); k >= 0 {
		return t.info[k]
	}
	return wordInfo{}
}

// at returns the wordInfo of w to change, adding w when new.
func (t *wordTable) at(w string) *wordInfo {
	k, added := t.keys.Add(w)
	if added {
		t.info = append(t.info, wordInfo{})
	}
	return &t.info[k]
}

var (
	wordsOnce  sync.Once
	wordsReady atomic.Bool // set once words is built; never reset
	words      *wordTable
)

// variants says which spellings of a listed word are added to the table.
type variants uint8

const (
	asWritten  variants = iota
	bothCases           // "Minister" also as "minister", "spokesman" as "Spokesman", "Secretary-General" as "secretary-general" and "Secretary-general"
	allCapital          // "The" also as "THE"
)

// wordFile is a one-word-a-line list, with the class it gives and the
// spellings it adds.
type wordFile struct {
	dataFile
	flag wordFlag
	vars variants
}

// loadWords returns the word table, built at the first call; like
// loadCues, its fast path is one inlined atomic load.
func loadWords() *wordTable {
	if !wordsReady.Load() {
		initWords()
	}
	return words
}

func initWords() {
	wordsOnce.Do(func() { words = loadWordTable() })
	wordsReady.Store(true)
}

// parseWords builds the word table from the text of the word lists, with
// the one-word places of pl.
func parseWords(src *sources, pl *placeTable, ps *problems) *wordTable {
	w := buildWords(src.words, src.descriptors, ps)
	for _, p := range pl.single {
		w.at(p).flags |= flagPlace
	}
	return w
}

// upperFirst capitalises the first letter of w.
func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

func buildWords(files []wordFile, desc dataFile, ps *problems) *wordTable {
	m := &wordTable{info: make([]wordInfo, 0, 40000)}
	m.keys.Grow(40000, 320000)
	dups := false
	add := func(file string, n int, w string, flag wordFlag, desc uint8) {
		wi := m.at(w)
		if wi.flags&flag != 0 {
			dups = true
			return
		}
		wi.flags |= flag
		if flag == flagDescriptor {
			wi.desc = desc
		}
	}
	eachWord(files, desc, add, ps)
	if dups {
		reportDuplicateWords(files, desc, ps)
	}
	// A word cannot be both a given name and a word that never starts a name.
	for k, wi := range m.info {
		if wi.flags&flagGivenName != 0 && wi.flags&flagNotName != 0 {
			w := m.keys.Key(k)
			eachWord(files, desc, func(file string, n int, v string, flag wordFlag, _ uint8) {
				if v == w && flag == flagNotName {
					ps.add(file, n, "%q is also a given name", w)
				}
			}, nil)
		}
	}
	return m
}

// reportDuplicateWords reports each word listed twice in one class, with
// where it was first listed. It runs only when loading found a repeat.
func reportDuplicateWords(files []wordFile, desc dataFile, ps *problems) {
	type key struct {
		w    string
		flag wordFlag
	}
	first := map[key]pos{}
	eachWord(files, desc, func(file string, n int, w string, flag wordFlag, _ uint8) {
		k := key{w, flag}
		if p, ok := first[k]; ok {
			ps.add(file, n, "duplicate word %q (first at %v)", w, p)
			return
		}
		first[k] = pos{file, n}
	}, nil)
}

// eachWord calls fn for every word of the word lists and the descriptors,
// with the spellings each list adds, and reports malformed lines to ps
// unless ps is nil.
func eachWord(files []wordFile, desc dataFile, fn func(file string, n int, w string, flag wordFlag, desc uint8), ps *problems) {
	bad := func(file string, n int, format string, args ...any) {
		if ps != nil {
			ps.add(file, n, format, args...)
		}
	}
	for _, f := range files {
		eachLine(f.text, func(n int, line string) {
			w, exact := strings.CutSuffix(line, "!")
			var gender wordFlag
			if f.flag == flagGivenName {
				if v, ok := strings.CutSuffix(w, "/f"); ok {
					w, gender = v, flagFemale
				} else if v, ok := strings.CutSuffix(w, "/m"); ok {
					w, gender = v, flagMale
				}
			}
			if !wellSpaced(w) || strings.ContainsRune(w, ' ') {
				bad(f.name, n, "want one word, got %q", line)
				return
			}
			if exact && f.vars != bothCases {
				bad(f.name, n, "\"!\" is only for lists matched in both cases")
			}
			switch f.flag {
			case flagCommon, flagGroupNoun:
				if w != strings.ToLower(w) {
					bad(f.name, n, "%q is not lower case", w)
					return
				}
			case flagGivenName:
				if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
					bad(f.name, n, "%q is not capitalised", w)
					return
				}
			}
			fn(f.name, n, w, f.flag, 0)
			if gender != 0 {
				fn(f.name, n, w, gender, 0)
			}
			switch {
			case f.vars == bothCases && !exact && !strings.ContainsRune(w, '.') && !isUpperWord(w):
				l := strings.ToLower(w)
				if l != w {
					fn(f.name, n, l, f.flag, 0)
				}
				if u := upperFirst(l); u != w {
					fn(f.name, n, u, f.flag, 0)
				}
			case f.vars == allCapital:
				if u := strings.ToUpper(w); u != w {
					fn(f.name, n, u, f.flag, 0)
				}
			}
		})
	}
	eachLine(desc.text, func(n int, line string) {
		w, typ, ok := strings.Cut(line, "\t")
		idx := -1
		for i, t := range descriptorTypes {
			if t == typ {
				idx = i
			}
		}
		if !ok || idx < 0 || !wellSpaced(w) || strings.ContainsRune(w, ' ') || w != strings.ToLower(w) {
			bad(desc.name, n, "want a lower-case noun, a tab and a type, got %q", line)
			return
		}
		fn(desc.name, n, w, flagDescriptor, uint8(idx))
	})
}

func hasFlag(w string, f wordFlag) bool { return loadWords().get(w).flags&f != 0 }

// Classes is the set of word classes of one word as written. Classify
// returns it with a single lookup, for callers that ask several questions of
// the same token; each method answers like the function of the same name.
type Classes struct{ wi wordInfo }

// Classify returns the word classes of w as written. It does not allocate.
func Classify(w string) Classes { return Classes{loadWords().get(w)} }

func (c Classes) has(f wordFlag) bool { return c.wi.flags&f != 0 }

// TitleWord is IsTitleWord.
func (c Classes) TitleWord() bool { return c.has(flagTitle | flagHonorific) }

// TitleModifier is IsTitleModifier.
func (c Classes) TitleModifier() bool { return c.has(flagTitleModifier) }

// Honorific is IsHonorific.
func (c Classes) Honorific() bool { return c.has(flagHonorific) }

// GivenName is IsGivenName.
func (c Classes) GivenName() bool { return c.has(flagGivenName) }

// CommonWord is IsCommonWord (true only for the lower-case spelling).
func (c Classes) CommonWord() bool { return c.has(flagCommon) }

// GroupNoun is GroupNoun.
func (c Classes) GroupNoun() bool { return c.has(flagGroupNoun) }

// OrgSuffix is OrgSuffix.
func (c Classes) OrgSuffix() bool { return c.has(flagOrgSuffix) }

// NotName is NotName.
func (c Classes) NotName() bool { return c.has(flagNotName) }

// Place is IsPlace for one word.
func (c Classes) Place() bool { return c.has(flagPlace) }

// Female and Male report a given name listed only as a woman's or only as a
// man's name; a name in both lists is neither.
func (c Classes) Female() bool { return c.has(flagFemale) }

// Male: see Female.
func (c Classes) Male() bool { return c.has(flagMale) }

// Descriptor is Descriptor.
func (c Classes) Descriptor() (actorType string, ok bool) {
	if !c.has(flagDescriptor) {
		return "", false
	}
	return descriptorTypes[c.wi.desc], true
}

// IsTitleWord reports whether w, as written, can head or form a title or
// role before a person's name: "Minister", "Secretary", "President", "Sen.",
// "Gov.", "spokesman", "candidate", and the honorifics ("Mr.", "Dr.").
// Words without a dot match capitalised or in lower case.
func IsTitleWord(w string) bool { return hasFlag(w, flagTitle|flagHonorific) }

// IsTitleModifier reports whether w, as written, extends a title: "Finance",
// "Treasury", "Trade", "Vice", "Deputy", "Managing", "Foreign", "Prime",
// "Chief", "Executive", "General", "Attorney" (and their lower-case forms).
func IsTitleModifier(w string) bool { return hasFlag(w, flagTitleModifier) }

// IsHonorific reports whether w, as written, is a form of address that is not
// part of a role: Mr., Mrs., Ms., Dr., Sir, Dame, Prof. and the like.
func IsHonorific(w string) bool { return hasFlag(w, flagHonorific) }

// IsGivenName reports whether w, capitalised as written, is a common given
// name (English, and international names frequent in news).
func IsGivenName(w string) bool { return hasFlag(w, flagGivenName) }

// IsCommonWord reports whether the lower-case word w is a frequent English
// word (20,000 general words and a few hundred of news), leaving out words
// that are mostly names.
func IsCommonWord(lower string) bool { return hasFlag(lower, flagCommon) }

// Descriptor returns the actor type ("person", "organization", "media",
// "country" or "group") of a lower-case head noun that can refer back to an
// actor: "president", "minister", "company", "ministry", "newspaper",
// "government".
func Descriptor(lowerNoun string) (actorType string, ok bool) {
	return Classify(lowerNoun).Descriptor()
}

// GroupNoun reports whether lower is a plural noun naming a collective that
// speaks: analysts, officials, experts, critics, protesters, shareholders.
func GroupNoun(lower string) bool { return hasFlag(lower, flagGroupNoun) }

// OrgSuffix reports whether the capitalised word w marks an organisation
// when it ends a capitalised sequence: Party, Ministry, Bank, Corp., Inc.,
// University, Times, News.
func OrgSuffix(w string) bool { return hasFlag(w, flagOrgSuffix) }

// NotName reports whether the capitalised word w never starts a person's
// name: articles, pronouns, conjunctions, prepositions, sentence adverbs,
// weekdays and most months.
func NotName(w string) bool { return hasFlag(w, flagNotName) }
