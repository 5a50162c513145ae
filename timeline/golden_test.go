package timeline

import (
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"korea1950/geodata"
	"korea1950/internal/golden"
)

// shipped is the embedded dataset, loaded once.
var shipped = sync.OnceValue(func() *geodata.Dataset { return geodata.Load(geodata.Embedded()) })

// at is an instant in Seoul.
func at(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, geodata.Seoul)
}

// newTestTimeline shows a timeline of the shipped data in a test window
// of width w and the mode's least height.
func newTestTimeline(t testing.TB, w float32, mode Mode) (*Timeline, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	// The app's theme is light (app/render.go): the goldens show what it shows.
	fyne.CurrentApp().Settings().SetTheme(theme.LightTheme())
	tl := NewTimeline(geodata.SpanStart, geodata.SpanEnd, geodata.Opening)
	tl.SetFeatures(shipped().Features)
	tl.SetMode(mode)
	win := test.NewWindow(tl)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, tl.MinSize().Height))
	t.Cleanup(win.Close)
	return tl, win
}

func TestTimelineGolden(t *testing.T) {
	for _, tc := range []struct {
		name     string
		mode     Mode
		w        float32
		from, to time.Time
		value    time.Time
	}{
		{"events-whole-span", ModeEvents, 1280, geodata.SpanStart, geodata.SpanEnd, at(1950, 10, 19, 12, 0)},
		{"events-october-1950", ModeEvents, 1280, at(1950, 10, 1, 0, 0), at(1950, 11, 1, 0, 0), at(1950, 10, 19, 12, 0)},
		{"signals-1-20-october", ModeSignals, 1600, at(1950, 10, 1, 0, 0), at(1950, 10, 20, 0, 0), at(1950, 10, 3, 0, 0)},
		{"signals-1-3-october", ModeSignals, 1600, at(1950, 9, 30, 22, 0), at(1950, 10, 3, 4, 0), at(1950, 10, 2, 23, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl, win := newTestTimeline(t, tc.w, tc.mode)
			tl.SetWindow(tc.from, tc.to)
			tl.SetValue(tc.value)
			golden.Assert(t, "timeline/"+tc.name+".png", win.Canvas().Capture())
		})
	}
}
