// Package i18n is the app's own translation table: every text of the
// window, the map and the timeline in English, Korean and Simplified
// Chinese, one row per key in table.tsv. The app looks texts up by key at
// the moment it shows them, so that a change of language shows at once.
//
// The Korean and Chinese texts are draft translations: no native-speaking
// historian has reviewed them yet (Draft says so, and the window shows it).
// docs/terms.md gives the glossary of the war's terms they follow.
package i18n

import (
	_ "embed"
	"fmt"
	"strings"
)

// Languages are the languages of the app, in the order it offers them.
var Languages = []string{"en", "ko", "zh"}

// TableFile is the table's path in the repository, for error messages.
const TableFile = "internal/i18n/table.tsv"

//go:embed table.tsv
var tableTSV string

// Row is one key's text in each language, indexed as Languages.
type Row [3]string

var table, keys = mustParse(tableTSV)

func mustParse(src string) (map[string]Row, []string) {
	t, k, err := Parse(src)
	if err != nil {
		panic(err)
	}
	return t, k
}

// Parse reads a table: one row a line, "key<TAB>en<TAB>ko<TAB>zh"; lines
// that are empty or begin with "#" are comments. In a text, \n stands for
// a new line, \t for a tab and \\ for a backslash. It returns the rows
// and the keys in the order written; an error names the line.
func Parse(src string) (map[string]Row, []string, error) {
	t := map[string]Row{}
	var order []string
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cells := strings.Split(line, "\t")
		if len(cells) != 1+len(Languages) {
			return nil, nil, fmt.Errorf("%s:%d: %d cells, want key and %d languages", TableFile, i+1, len(cells), len(Languages))
		}
		key := cells[0]
		if _, dup := t[key]; dup {
			return nil, nil, fmt.Errorf("%s:%d: key %q given twice", TableFile, i+1, key)
		}
		var r Row
		for j := range r {
			r[j] = unescape(cells[j+1])
		}
		t[key] = r
		order = append(order, key)
	}
	return t, order, nil
}

func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case 'n':
				b.WriteByte('\n')
				i++
				continue
			case 't':
				b.WriteByte('\t')
				i++
				continue
			case '\\':
				b.WriteByte('\\')
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func index(lang string) int {
	for i, l := range Languages {
		if l == lang {
			return i
		}
	}
	return 0
}

// T returns the text of key in lang. A language the table lacks, or an
// empty cell, falls back to English; a key the table lacks returns the
// key itself, so that a text is never empty (a test keeps every key used
// in the code in the table).
func T(lang, key string) string {
	r, ok := table[key]
	if !ok {
		return key
	}
	if s := r[index(lang)]; s != "" {
		return s
	}
	if r[0] != "" {
		return r[0]
	}
	return key
}

// Tf formats the text of key in lang with a, as fmt.Sprintf does. Texts
// may number their verbs (%[2]s) where a language orders the parts
// differently; a test checks that every language's verbs agree.
func Tf(lang, key string, a ...any) string {
	return fmt.Sprintf(T(lang, key), a...)
}

// Draft reports whether lang's texts are draft translations that no
// native-speaking historian has reviewed: true for Korean and Chinese.
func Draft(lang string) bool { return lang == "ko" || lang == "zh" }

// Valid reports whether lang is one of Languages.
func Valid(lang string) bool {
	for _, l := range Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// Native is the name of lang in itself: "English", "한국어", "中文".
func Native(lang string) string {
	switch lang {
	case "ko":
		return T("ko", "lang.ko")
	case "zh":
		return T("zh", "lang.zh.native")
	}
	return T("en", "lang.en")
}

// Has reports whether the table has key.
func Has(key string) bool {
	_, ok := table[key]
	return ok
}

// Keys returns the table's keys in the order of the table.
func Keys() []string { return append([]string(nil), keys...) }

// Lookup returns key's row and whether there is one.
func Lookup(key string) (Row, bool) {
	r, ok := table[key]
	return r, ok
}
