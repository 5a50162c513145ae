package app

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
)

// wrapText breaks text into lines no wider than width at text size size:
// between words, and between any two Han, Hangul or kana characters,
// which Chinese and Japanese write without spaces (and Korean may run
// long without one). A word wider than the line gets a line of its own.
func wrapText(text string, size, width float32) []string {
	var lines []string
	line := ""
	for _, w := range wrapTokens(text) {
		try := w.text
		if line != "" {
			try = line + w.sep + w.text
		}
		if line != "" && fyne.MeasureText(try, size, fyne.TextStyle{}).Width > width {
			lines = append(lines, line)
			try = w.text
		}
		line = try
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// wrapToken is a piece that wrapText never breaks, and what joins it to
// the piece before: a space, or nothing between two wide characters.
type wrapToken struct{ sep, text string }

func wrapTokens(text string) []wrapToken {
	var out []wrapToken
	for _, word := range strings.Fields(text) {
		sep := " "
		run := ""
		for _, r := range word {
			if !isWide(r) {
				run += string(r)
				continue
			}
			if run != "" {
				out = append(out, wrapToken{sep, run})
				sep, run = "", ""
			}
			out = append(out, wrapToken{sep, string(r)})
			sep = ""
		}
		if run != "" {
			out = append(out, wrapToken{sep, run})
		}
	}
	return out
}

// isWide reports whether r is a character of a script written without
// spaces between words, where a line may break before it.
func isWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
