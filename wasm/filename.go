package wasm

import (
	"errors"
	"strings"
	"unicode"
)

// cleanFilename makes filename safe to offer as a download: no directories,
// no control characters, none of the characters Windows forbids. It fails
// only when nothing is left.
func cleanFilename(filename string) (string, error) {
	clean := strings.Map(func(r rune) rune {
		switch {
		case unicode.IsControl(r), strings.ContainsRune(`/\:*?"<>|`, r):
			return '_'
		}
		return r
	}, filename)
	clean = strings.Trim(clean, " .")
	if strings.Trim(clean, "_") == "" {
		return "", errors.New("download: the file needs a name")
	}
	return clean, nil
}
