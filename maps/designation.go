package maps

import (
	"strings"
	"unicode"

	"korea1950/internal/i18n"
)

// shortWords abbreviates or drops the words of a designation, as a map's
// unit label does: the echelon is in the symbol, so "Division" goes.
var shortWords = map[string]string{
	"division": "", "infantry": "", "regiment": "", "brigade": "", "army": "",
	"airborne": "", "(task": "", "force": "", "faith)": "", "rok": "",
	"marine": "Mar", "cavalry": "Cav", "armored": "Armd", "armoured": "Armd",
	"capital": "Cap", "commonwealth": "Cwlth", "british": "Br", "turkish": "Turk",
}

// ordinalWords turns spelled-out ordinals into numbers: "Eighth Army" is 8.
var ordinalWords = map[string]string{
	"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
	"sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
}

// ShortDesignation returns the short form of a unit's designation that the
// map writes beside its symbol: "24th Infantry Division" is "24", "1st
// Marine Division" "1 Mar", "31st Regimental Combat Team" "31 RCT", "I
// Corps" stays "I Corps", "39th Army" is "39", "13th Army Group" "13 AG".
func ShortDesignation(d string) string {
	d = strings.ReplaceAll(d, "Regimental Combat Team", "RCT")
	d = strings.ReplaceAll(d, "Army Group", "AG")
	d = strings.ReplaceAll(d, "British Commonwealth", "Commonwealth")
	if i := strings.IndexByte(d, '('); i > 0 {
		d = d[:i]
	}
	var out []string
	for _, w := range strings.Fields(d) {
		lw := strings.ToLower(w)
		if n, ok := ordinalWords[lw]; ok {
			out = append(out, n)
			continue
		}
		if s, ok := shortWords[lw]; ok {
			if s != "" {
				out = append(out, s)
			}
			continue
		}
		out = append(out, stripOrdinal(w))
	}
	return strings.Join(out, " ")
}

// shortKeys are the keys of the abbreviations' translations.
var shortKeys = map[string]string{
	"Mar": "unit.mar", "Cav": "unit.cav", "Armd": "unit.armd", "Cap": "unit.cap", "Cwlth": "unit.cwlth",
	"Br": "unit.br", "Turk": "unit.turk", "RCT": "unit.rct", "AG": "unit.ag", "Corps": "unit.corps",
}

// ShortDesignationIn is ShortDesignation in lang: its abbreviations in
// Korean or Chinese ("1 Mar" is "1 해병", "X Corps" "X 军"), its numbers
// as they are.
func ShortDesignationIn(d, lang string) string {
	s := ShortDesignation(d)
	if lang == "en" {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		if k, ok := shortKeys[w]; ok {
			words[i] = i18n.T(lang, k)
		}
	}
	return strings.Join(words, " ")
}

// stripOrdinal turns "24th", "1st", "2nd" and "3rd" into their numbers.
func stripOrdinal(w string) string {
	i := 0
	for i < len(w) && unicode.IsDigit(rune(w[i])) {
		i++
	}
	if i == 0 || i == len(w) {
		return w
	}
	switch strings.ToLower(w[i:]) {
	case "st", "nd", "rd", "th":
		return w[:i]
	}
	return w
}
