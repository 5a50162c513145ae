package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The projector theme is what presenter mode draws its own text in: the
// scene caption and the notes window. A 1080p projector is read from the
// back of a hall, where text must be a thirtieth to a fiftieth of the
// screen's height, 22 to 36 px (../shared/CARTOGRAPHY.md): no text of the
// theme is smaller than 24 px at a scale of 1, headings are 36 px, and
// the colours are white on black, the strongest contrast there is
// (21:1; WCAG asks for 4.5:1).
const (
	projectorText       = 24 // body text and the smallest text
	projectorSubHeading = 30
	projectorHeading    = 36
	// projectorMapText is the map's text scale in presenter mode: its
	// smallest text (the dates of movements, 11 px) becomes 22 px, its
	// place names 26 to 30 px and its date 44 px.
	projectorMapText = 2
)

// Colours of the projector theme.
var (
	projectorBackground = color.NRGBA{0x00, 0x00, 0x00, 0xFF}
	projectorForeground = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
	// projectorDim is for text that matters less (the next scene, the
	// clock): still 10:1 on black.
	projectorDim = color.NRGBA{0xC8, 0xC8, 0xC8, 0xFF}
	// projectorAccent is the scene number and the pressed buttons: the
	// Okabe–Ito yellow, 16:1 on black.
	projectorAccent = color.NRGBA{0xF0, 0xE4, 0x42, 0xFF}
)

// projectorTheme is Fyne's default theme, dark, with large text and
// black and white for the strongest contrast.
type projectorTheme struct{}

var _ fyne.Theme = projectorTheme{}

// Color returns the dark variant of the default colours, with pure black
// behind and pure white in front; the variant asked for is ignored, as
// the projector's contrast must not depend on the desktop's setting.
func (projectorTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameBackground, theme.ColorNameOverlayBackground, theme.ColorNameMenuBackground:
		return projectorBackground
	case theme.ColorNameForeground:
		return projectorForeground
	case theme.ColorNamePlaceHolder, theme.ColorNameDisabled:
		return projectorDim
	case theme.ColorNamePrimary, theme.ColorNameFocus:
		return projectorAccent
	case theme.ColorNameForegroundOnPrimary, theme.ColorNameForegroundOnSuccess, theme.ColorNameForegroundOnWarning:
		return projectorBackground // black on the yellow of a pressed button
	case theme.ColorNameButton:
		return color.NRGBA{0x30, 0x30, 0x30, 0xFF}
	case theme.ColorNameHover:
		return color.NRGBA{0xFF, 0xFF, 0xFF, 0x30}
	}
	return theme.DefaultTheme().Color(n, theme.VariantDark)
}

// Font returns the app theme's font, so that a language's fonts (Hangul,
// Chinese) set there are used here too.
func (projectorTheme) Font(s fyne.TextStyle) fyne.Resource { return appTheme().Font(s) }

// Icon returns the app theme's icon.
func (projectorTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return appTheme().Icon(n) }

// appTheme is the app's theme, or Fyne's default without an app.
func appTheme() fyne.Theme {
	if a := fyne.CurrentApp(); a != nil && a.Settings().Theme() != nil {
		return a.Settings().Theme()
	}
	return theme.DefaultTheme()
}

// Size returns the projector's text sizes, and padding and icons grown
// to match.
func (projectorTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText:
		return projectorText
	case theme.SizeNameSubHeadingText:
		return projectorSubHeading
	case theme.SizeNameHeadingText:
		return projectorHeading
	case theme.SizeNameInlineIcon:
		return 32
	case theme.SizeNamePadding:
		return 6
	case theme.SizeNameInnerPadding:
		return 8
	case theme.SizeNameLineSpacing:
		return 6
	}
	return theme.DefaultTheme().Size(n)
}
