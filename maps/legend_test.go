package maps

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"korea1950/internal/golden"
)

func TestLegendGolden(t *testing.T) {
	test.NewTempApp(t)
	l := NewLegend("en")
	win := test.NewWindow(l)
	win.SetPadded(false)
	win.Resize(l.MinSize().Max(fyne.NewSize(420, 100)))
	defer win.Close()
	golden.Assert(t, "legend/en.png", win.Canvas().Capture())
}
