package app

import (
	"fmt"

	"korea1950/geodata"
	"korea1950/internal/i18n"
)

// The details panel's words that depend on the data: the keys, in the
// translation table, of the kinds, sides, echelons and precisions.

// detailKinds are the keys of the kinds' names.
var detailKinds = map[geodata.Kind]string{
	geodata.KindPlace: "details.kind.place", geodata.KindFront: "details.kind.front", geodata.KindArea: "details.kind.area",
	geodata.KindUnit: "details.kind.unit", geodata.KindMove: "details.kind.move", geodata.KindEvent: "details.kind.event",
	geodata.KindDecision: "details.kind.decision", geodata.KindMessage: "details.kind.message",
}

// sideLong are the keys of the sides' descriptions, as geodata.Sides
// gives them in English.
var sideLong = map[geodata.Side]string{
	"un": "sidelong.un", "rok": "sidelong.rok", "us": "sidelong.us", "uk": "sidelong.uk",
	"kpa": "sidelong.kpa", "cpv": "sidelong.cpv", "prc": "sidelong.prc", "ussr": "sidelong.ussr",
	"india": "sidelong.india",
}

// echelonKeys are the keys of the echelons' names.
var echelonKeys = map[string]string{
	"regiment": "echelon.regiment", "brigade": "echelon.brigade", "division": "echelon.division",
	"corps": "echelon.corps", "army": "echelon.army", "army group": "echelon.armygroup",
}

// precisionKeys are the keys of the precisions' names.
var precisionKeys = map[geodata.Precision]string{
	geodata.PrecYear: "prec.year", geodata.PrecSeason: "prec.season", geodata.PrecMonth: "prec.month",
	geodata.PrecDay: "prec.day", geodata.PrecMinute: "prec.minute", geodata.PrecSecond: "prec.second",
}

// approximateWords are the keys of what is approximate when a feature is.
var approximateWords = map[geodata.Kind]string{
	geodata.KindPlace: "approx.position", geodata.KindFront: "approx.line",
	geodata.KindArea: "approx.boundary", geodata.KindUnit: "approx.position",
	geodata.KindMove: "approx.route", geodata.KindEvent: "approx.position",
	geodata.KindDecision: "approx.position", geodata.KindMessage: "approx.other",
}

// countWord writes a count of dates, two or more: a word up to six.
func countWord(lang string, n int) string {
	words := []string{"", "", "count.two", "count.three", "count.four", "count.five", "count.six"}
	if n >= 2 && n < len(words) {
		return i18n.T(lang, words[n])
	}
	return fmt.Sprint(n)
}
