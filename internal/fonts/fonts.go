// Package fonts holds the fonts of Korean and Chinese text and the theme
// that draws the app's text in them: Noto Sans CJK KR for Korean, SC for
// Simplified Chinese (each region's forms of the shared characters), cut
// to the characters the app writes by assets/gen/fonts.sh and embedded,
// so that the window and the golden images look the same on every
// machine, with or without CJK fonts installed. English keeps Fyne's own
// font.
package fonts

import (
	"fyne.io/fyne/v2"

	"korea1950/assets"
)

var (
	kr     = fyne.NewStaticResource("NotoSansCJKkr-Regular.subset.otf", assets.FontKR)
	krBold = fyne.NewStaticResource("NotoSansCJKkr-Bold.subset.otf", assets.FontKRBold)
	sc     = fyne.NewStaticResource("NotoSansCJKsc-Regular.subset.otf", assets.FontSC)
	scBold = fyne.NewStaticResource("NotoSansCJKsc-Bold.subset.otf", assets.FontSCBold)
)

// For returns the font of lang's text, bold or regular: Noto Sans CJK KR
// for "ko", SC for "zh", and nil for any other language, which keeps the
// theme's font. canvas.Text's FontSource takes it, to name a language in
// its own script whatever the window's language.
func For(lang string, bold bool) fyne.Resource {
	switch {
	case lang == "ko" && bold:
		return krBold
	case lang == "ko":
		return kr
	case lang == "zh" && bold:
		return scBold
	case lang == "zh":
		return sc
	}
	return nil
}

// Theme returns base with its text in lang's font. Monospaced text (file
// names and problems) keeps base's font, and, as CJK fonts have no
// italics, italic text is upright. For English it returns base itself.
func Theme(base fyne.Theme, lang string) fyne.Theme {
	if For(lang, false) == nil {
		return base
	}
	return &langTheme{Theme: base, lang: lang}
}

// Unwrap returns the theme that Theme wrapped to make t, or t itself if
// Theme did not make it: the theme to give another language's fonts.
func Unwrap(t fyne.Theme) fyne.Theme {
	if l, ok := t.(*langTheme); ok {
		return l.Theme
	}
	return t
}

// langTheme is a theme whose text is in a language's font.
type langTheme struct {
	fyne.Theme
	lang string
}

// Font is the language's font but for monospaced and symbol text.
func (t *langTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return t.Theme.Font(s)
	}
	return For(t.lang, s.Bold)
}
