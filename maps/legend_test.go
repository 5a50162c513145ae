package maps

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"korea1950/internal/fonts"
	"korea1950/internal/golden"
	"korea1950/internal/i18n"
)

func TestLegendGolden(t *testing.T) {
	for _, lang := range []string{"en", "ko", "zh"} {
		t.Run(lang, func(t *testing.T) {
			test.NewTempApp(t)
			// Korean and Chinese in the app's embedded fonts, so that the
			// image does not depend on the fonts the machine has.
			fyne.CurrentApp().Settings().SetTheme(fonts.Theme(test.Theme(), lang))
			l := NewLegend(lang)
			win := test.NewWindow(l)
			win.SetPadded(false)
			win.Resize(l.MinSize().Max(fyne.NewSize(420, 100)))
			defer win.Close()
			golden.Assert(t, "legend/"+lang+".png", win.Canvas().Capture())
		})
	}
}

// legendTexts returns every text of a legend, in order.
func legendTexts(o fyne.CanvasObject) []string {
	switch o := o.(type) {
	case *canvas.Text:
		return []string{o.Text}
	case *fyne.Container:
		var out []string
		for _, c := range o.Objects {
			out = append(out, legendTexts(c)...)
		}
		return out
	}
	return nil
}

// The legend speaks Korean and Chinese: every text differs from the
// English one, and English stays as it was.
func TestLegendTranslated(t *testing.T) {
	test.NewTempApp(t)
	en := legendTexts(NewLegend("en"))
	if len(en) < 30 {
		t.Fatalf("the English legend has %d texts", len(en))
	}
	for i, s := range en {
		if i18n.Has(s) || s == "" {
			t.Errorf("English text %d is %q, a key rather than its text", i, s)
		}
	}
	for _, lang := range []string{"ko", "zh"} {
		got := legendTexts(NewLegend(lang))
		if len(got) != len(en) {
			t.Fatalf("%s: %d texts, want %d", lang, len(got), len(en))
		}
		for i := range got {
			if got[i] == en[i] || got[i] == "" {
				t.Errorf("%s: text %d is %q, untranslated", lang, i, got[i])
			}
		}
	}
	if got := legendTexts(NewLegend("fr")); len(got) != len(en) || got[0] != en[0] {
		t.Errorf("an unknown language does not fall back to English: %q", got[0])
	}
}
