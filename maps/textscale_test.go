package maps

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"korea1950/internal/golden"
)

// textSizes returns the size of the map's date and of each place label
// and overlay text, by text.
func textSizes(m *Map) (date float32, texts map[string]float32) {
	r := test.WidgetRenderer(m).(*mapRenderer)
	texts = map[string]float32{}
	for _, c := range []*fyne.Container{r.labels, r.texts} {
		for _, o := range c.Objects {
			if t, ok := o.(*canvas.Text); ok && t.Visible() {
				texts[t.Text] = t.TextSize
			}
		}
	}
	return r.dateText.TextSize, texts
}

// SetTextScale multiplies every text of the map, for a projector: the
// date, the place labels and the overlay's text, which are laid out again
// at their new size without overlapping; back at 1 they are as before.
func TestTextScale(t *testing.T) {
	m, win := newDataMap(t, Peninsula, 1600, 1000, day(10, 19))
	win.Canvas().Capture()
	date1, texts1 := textSizes(m)
	if date1 != dateSize || texts1["Seoul"] != 15 {
		t.Fatalf("at scale 1 the date is %g px and Seoul %g px, want %d and 15", date1, texts1["Seoul"], dateSize)
	}
	m.SetTextScale(2)
	win.Canvas().Capture()
	date2, texts2 := textSizes(m)
	if date2 != 2*dateSize {
		t.Errorf("at scale 2 the date is %g px, want %d", date2, 2*dateSize)
	}
	smallest := float32(1000)
	for text, size := range texts2 {
		smallest = min(smallest, size)
		if s1, ok := texts1[text]; ok && size != 2*s1 {
			t.Errorf("%q is %g px at scale 2, %g at scale 1", text, size, s1)
		}
	}
	if smallest < 22 {
		t.Errorf("the smallest text at scale 2 is %g px, want at least 22 (a projector's back row)", smallest)
	}
	r := test.WidgetRenderer(m).(*mapRenderer)
	for i, a := range r.placed {
		for _, b := range r.placed[i+1:] {
			if a.Box.Overlaps(b.Box) {
				t.Errorf("at scale 2 the labels %q and %q overlap", a.Text, b.Text)
			}
		}
	}
	m.SetTextScale(1)
	win.Canvas().Capture()
	date3, texts3 := textSizes(m)
	if date3 != date1 || len(texts3) != len(texts1) {
		t.Errorf("back at scale 1: date %g px and %d texts, want %g and %d", date3, len(texts3), date1, len(texts1))
	}
}

// The map as a projector shows it: text at twice its size.
func TestTextScaleGolden(t *testing.T) {
	m, win := newDataMap(t, Peninsula, 960, 540, day(10, 19))
	m.SetTextScale(2)
	golden.Assert(t, "map/peninsula-text2.png", win.Canvas().Capture())
}
