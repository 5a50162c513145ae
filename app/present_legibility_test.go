package app

import (
	"image/color"
	"math"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"korea1950/internal/leakcheck"
)

// The projector theme keeps every text at 24 px or more and headings at
// 32 to 36 px, at a scale of 1, with white on black.
func TestProjectorTheme(t *testing.T) {
	th := projectorTheme{}
	for _, n := range []fyne.ThemeSizeName{theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameSubHeadingText, theme.SizeNameHeadingText} {
		if s := th.Size(n); s < 24 {
			t.Errorf("the projector theme's %s is %g px, want at least 24", n, s)
		}
	}
	if s := th.Size(theme.SizeNameHeadingText); s < 32 || s > 36 {
		t.Errorf("the projector theme's headings are %g px, want 32 to 36", s)
	}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		fg, bg := th.Color(theme.ColorNameForeground, v), th.Color(theme.ColorNameBackground, v)
		if r := contrast(fg, bg); r < 15 {
			t.Errorf("variant %d: text on the background has a contrast of %.1f:1, want 15:1 or more", v, r)
		}
		if r := contrast(th.Color(theme.ColorNameForegroundOnPrimary, v), th.Color(theme.ColorNamePrimary, v)); r < 7 {
			t.Errorf("variant %d: text on a pressed button has a contrast of %.1f:1, want 7:1 or more", v, r)
		}
	}
	for name, c := range map[string]color.Color{"dim": projectorDim, "accent": projectorAccent} {
		if r := contrast(c, projectorBackground); r < 7 {
			t.Errorf("the %s text has a contrast of %.1f:1 on black, want 7:1 or more", name, r)
		}
	}
}

// In presenter mode on a 1920×1080 screen every text of the caption and
// of the notes window is 24 px or more, the map's smallest 22 px or more
// (../shared/CARTOGRAPHY.md: 22 to 36 px at 1080p), and the caption takes
// at most a fourteenth of the height.
func TestPresenterTextIsLegible(t *testing.T) {
	u, w, _ := newPresenterUI(t)
	w.Resize(fyne.NewSize(1920, 1080))
	press(w, fyne.KeyF5)
	test.TypeOnCanvas(w.Canvas(), "n")
	w.Canvas().Capture()
	u.pres.notes.w.Canvas().Capture()
	check := func(where string, root fyne.CanvasObject, least float32) int {
		n := 0
		walk(root, func(o fyne.CanvasObject) {
			if txt, ok := o.(*canvas.Text); ok && txt.Visible() && txt.Text != "" {
				n++
				if txt.TextSize < least {
					t.Errorf("%s: %q is %g px, want at least %g", where, txt.Text, txt.TextSize, least)
				}
			}
		})
		return n
	}
	if check("caption", u.pres.caption.box, 24) < 3 {
		t.Error("the caption shows fewer than three texts (number, title, dates)")
	}
	if check("notes window", u.pres.notes.w.Content(), 24) < 4 {
		t.Error("the notes window shows fewer than four texts")
	}
	if check("map", u.m, 22) < 10 {
		t.Error("the map shows fewer than ten texts")
	}
	if h := u.pres.caption.box.Size().Height; h > 1080/14 {
		t.Errorf("the caption is %g px high, want at most %d", h, 1080/14)
	}
}

// Presenter mode entered and left many times, with the laser, the pen and
// the notes window used each time, leaves no goroutine behind and does
// not grow the heap.
func TestPresenterDoesNotLeak(t *testing.T) {
	if testing.Short() {
		t.Skip("forty rounds of presenter mode")
	}
	u, w, clock := newPresenterUI(t)
	w.Resize(fyne.NewSize(640, 400))
	cycle := func(int) {
		press(w, fyne.KeyF5)
		for k := 0; k < 10; k++ {
			u.pres.ink.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(50+20*k), 100)}})
			clock.Advance(50 * time.Millisecond)
		}
		test.TypeOnCanvas(w.Canvas(), "pn")
		drawStroke(u.pres.ink, fyne.NewPos(10, 10), fyne.NewPos(200, 150))
		press(w, fyne.KeyPageDown)
		clock.Advance(3 * time.Second)
		w.Canvas().Capture()
		press(w, fyne.KeyEscape)
		clock.Advance(10 * time.Second)
	}
	// A first round fills the caches that a steady state keeps.
	for i := 0; i < 6; i++ {
		cycle(i)
	}
	r := leakcheck.Measure(30, cycle)
	t.Log(r)
	if err := r.Check(0.05); err != nil {
		t.Error(err)
	}
	if clock.Tickers() != 0 {
		t.Errorf("%d tickers left running", clock.Tickers())
	}
}

// contrast is WCAG's contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xFFFF
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
