package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// kioskTheme is the kiosk's theme: the app's own theme with larger text
// and more room inside every widget, so that each button, check and radio
// item is at least touchTarget pixels both ways at a scale of 1 (a 1920×1080
// touch screen), and the type reads from a step back. Colours, fonts and
// icons are the base theme's.
type kioskTheme struct{ base fyne.Theme }

// touchTarget is the smallest size of anything a visitor taps, in pixels
// at a scale of 1: WCAG 2.5.5 asks for 44, Material Design for 48.
const touchTarget = 48

func (t kioskTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return 18
	case theme.SizeNameSubHeadingText:
		return 22
	case theme.SizeNameHeadingText:
		return 30
	case theme.SizeNameInlineIcon:
		return 24
	case theme.SizeNameInnerPadding:
		return 13
	case theme.SizeNamePadding:
		return 6
	case theme.SizeNameScrollBar:
		return 20
	}
	return t.base.Size(n)
}

func (t kioskTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.base.Color(n, v)
}

func (t kioskTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

func (t kioskTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }
