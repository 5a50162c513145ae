// Package palette holds the colours the map, the timeline and the legend
// share, so that a side has one colour everywhere. It follows the
// Okabe–Ito palette, which stays distinct under the common forms of colour
// blindness (see ../shared/CARTOGRAPHY.md); shape and pattern are always a
// second cue, never colour alone.
package palette

import (
	"image/color"

	"korea1950/geodata"
)

// Okabe–Ito colours.
var (
	Blue          = color.NRGBA{0x00, 0x72, 0xB2, 0xFF}
	Vermillion    = color.NRGBA{0xD5, 0x5E, 0x00, 0xFF}
	BluishGreen   = color.NRGBA{0x00, 0x9E, 0x73, 0xFF}
	Orange        = color.NRGBA{0xE6, 0x9F, 0x00, 0xFF}
	ReddishPurple = color.NRGBA{0xCC, 0x79, 0xA7, 0xFF}
	SkyBlue       = color.NRGBA{0x56, 0xB4, 0xE9, 0xFF}
	Yellow        = color.NRGBA{0xF0, 0xE4, 0x42, 0xFF}
	Black         = color.NRGBA{0x1A, 0x1A, 0x1A, 0xFF}
	Grey          = color.NRGBA{0x6B, 0x6B, 0x6B, 0xFF}
	DarkGrey      = color.NRGBA{0x44, 0x44, 0x44, 0xFF}
)

// sides gives each side its colour: the UN camp in blues, North Korea in
// vermillion, the Chinese in reddish purple (the volunteers) and orange
// (the government in Beijing), the Soviet Union in dark grey, India, the
// go-between, in bluish green.
var sides = map[geodata.Side]color.NRGBA{
	"un":      Blue,
	"us":      Blue,
	"uk":      Blue,
	"rok":     SkyBlue,
	"kpa":     Vermillion,
	"cpv":     ReddishPurple,
	"prc":     Orange,
	"ussr":    DarkGrey,
	"india":   BluishGreen,
	"neutral": Grey,
}

// Side returns the colour of a side; an unknown side is grey.
func Side(s geodata.Side) color.NRGBA {
	if c, ok := sides[s]; ok {
		return c
	}
	return Grey
}

// Camp says which camp of the war a side belongs to: "un" for the UN
// Command and its members, "communist" for North Korea, China and the
// Soviet Union, "" for India and the neutral.
func Camp(s geodata.Side) string {
	switch s {
	case "un", "us", "uk", "rok":
		return "un"
	case "kpa", "cpv", "prc", "ussr":
		return "communist"
	}
	return ""
}

// Territory fills: held ground tinted by camp, light enough that the
// basemap's rivers and the labels read through.
var (
	HeldUN        = color.NRGBA{0x00, 0x72, 0xB2, 0x30}
	HeldCommunist = color.NRGBA{0xD5, 0x5E, 0x00, 0x38}
)

// Selected is the halo of the item selected on the map or the timeline.
var Selected = color.NRGBA{0xF0, 0xE4, 0x42, 0xFF}

// WithAlpha returns c with its alpha scaled by a (0..1).
func WithAlpha(c color.NRGBA, a float64) color.NRGBA {
	a = min(max(a, 0), 1)
	c.A = uint8(float64(c.A)*a + 0.5)
	return c
}
