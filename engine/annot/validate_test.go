package annot

import (
	"regexp"
	"testing"
)

// TestPatterns checks the hand-written checks against the patterns
// schema.json states.
func TestPatterns(t *testing.T) {
	id := regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)
	lang := regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`)
	ids := []string{"", "sha256:", TextID("x"), TextID("x") + "0", TextID("x")[:70], "SHA256:" + TextID("x")[7:],
		"sha256:" + "A" + TextID("x")[8:], "sha1:" + TextID("x")[7:], "sha256:" + TextID("x")[7:70] + "g"}
	for _, s := range ids {
		if isTextID(s) != id.MatchString(s) {
			t.Errorf("isTextID(%q) = %v", s, isTextID(s))
		}
	}
	tags := []string{"", "e", "en", "EN", "en-GB", "zh-Hant-TW", "es-419", "en-", "-en", "en--GB", "e1", "en-123456789",
		"abcdefgh", "abcdefghi", "sr-Latn-RS", "en_GB", "de-DE-1996", "x-1", "éé"}
	for _, s := range tags {
		if isLanguageTag(s) != lang.MatchString(s) {
			t.Errorf("isLanguageTag(%q) = %v", s, isLanguageTag(s))
		}
	}
}

func FuzzPatterns(f *testing.F) {
	id := regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)
	lang := regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`)
	f.Add(TextID("x"))
	f.Add("en-GB")
	f.Fuzz(func(t *testing.T, s string) {
		if isTextID(s) != id.MatchString(s) || isLanguageTag(s) != lang.MatchString(s) {
			t.Errorf("%q: isTextID %v, isLanguageTag %v", s, isTextID(s), isLanguageTag(s))
		}
	})
}
