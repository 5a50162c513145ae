package maps

import (
	"image"
	"image/color"

	"github.com/paulmach/orb"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"korea1950/geodata"
	"korea1950/internal/golden"
)

func newTestMap(t *testing.T, v View, w, h float32) (*Map, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	m := NewMap(embedded(t), v)
	win := test.NewWindow(m)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	t.Cleanup(win.Close)
	return m, win
}

// The basemap raster is drawn once per view: a hundred date changes with
// the view fixed must not redraw it, though the date shown follows.
func TestDateChangesDoNotRedrawTheBasemap(t *testing.T) {
	m, win := newTestMap(t, Peninsula, 400, 300)
	win.Canvas().Capture()
	before := m.Redraws()
	if before == 0 {
		t.Fatal("the first frame did not draw the basemap")
	}
	for i := 1; i <= 100; i++ {
		m.SetDate(geodata.Opening.AddDate(0, 0, i))
		win.Canvas().Capture()
	}
	if got := m.Redraws() - before; got != 0 {
		t.Errorf("100 date changes redrew the basemap %d times, want 0", got)
	}
	r := test.WidgetRenderer(m).(*mapRenderer)
	if want := geodata.FormatDay(geodata.Opening.AddDate(0, 0, 100), "en"); r.dateText.Text != want {
		t.Errorf("map shows %q, want %q", r.dateText.Text, want)
	}
}

func TestPanAndZoomRedraw(t *testing.T) {
	m, win := newTestMap(t, Peninsula, 400, 300)
	win.Canvas().Capture()
	n := m.Redraws()
	seoul := geoPoint(126.978, 37.566)
	x0, y0 := m.Viewport().ToPixel(seoul)
	m.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 30, DY: 10}})
	win.Canvas().Capture()
	if m.Redraws() != n+1 {
		t.Errorf("a drag redrew %d times, want 1", m.Redraws()-n)
	}
	x1, y1 := m.Viewport().ToPixel(seoul)
	if x1-x0 < 29.9 || x1-x0 > 30.1 || y1-y0 < 9.9 || y1-y0 > 10.1 {
		t.Errorf("Seoul moved by (%.1f, %.1f) after a drag of (30, 10)", x1-x0, y1-y0)
	}
	s := m.Viewport().Scale
	m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(100, 100)}, Scrolled: fyne.Delta{DY: 10}})
	if m.Viewport().Scale <= s {
		t.Errorf("scrolling up did not zoom in: scale %g -> %g", s, m.Viewport().Scale)
	}
	m.ResetView()
	if got, want := m.Viewport(), FitBound(Peninsula.Bound, 400, 300); got != want {
		t.Errorf("reset view gave %+v, want %+v", got, want)
	}
}

// A resize keeps the place at the centre and the zoom once the user has
// moved the map, and refits the view while they have not.
func TestResize(t *testing.T) {
	m, win := newTestMap(t, Peninsula, 400, 300)
	win.Resize(fyne.NewSize(600, 450))
	if got, want := m.Viewport(), FitBound(Peninsula.Bound, 600, 450); got != want {
		t.Errorf("untouched map after resize: %+v, want the refit %+v", got, want)
	}
	m.ZoomIn()
	before := m.Viewport()
	win.Resize(fyne.NewSize(500, 400))
	after := m.Viewport()
	if after.Scale != before.Scale || after.Center != before.Center {
		t.Errorf("zoomed map after resize: %+v, want centre and scale of %+v", after, before)
	}
}

func TestMapGolden(t *testing.T) {
	for _, v := range Views {
		t.Run(v.Name, func(t *testing.T) {
			_, win := newTestMap(t, v, 480, 360)
			golden.Assert(t, "map/"+v.Name+".png", win.Canvas().Capture())
		})
	}
}

func BenchmarkBasemapRedraw1920x1080(b *testing.B) {
	geo := embedded(b)
	for _, v := range Views {
		b.Run(v.Name, func(b *testing.B) {
			vp := FitBound(v.Bound, 1920, 1080)
			img := newRGBA(1920, 1080)
			var rd renderer
			b.ReportAllocs()
			for b.Loop() {
				rd.draw(img, vp, 1, geo.Detail, geo.Coarse, AllLayers)
			}
		})
	}
}

func geoPoint(lon, lat float64) orb.Point { return orb.Point{lon, lat} }

func newRGBA(w, h int) *image.RGBA { return image.NewRGBA(image.Rect(0, 0, w, h)) }

// The window opens before the geography is parsed: the map shows the sea,
// then draws the land once SetGeography hands it over.
func TestMapWithoutGeographyYet(t *testing.T) {
	test.NewTempApp(t)
	m := NewMap(nil, Peninsula)
	win := test.NewWindow(m)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(400, 300))
	defer win.Close()
	img := win.Canvas().Capture()
	x, y := m.Viewport().ToPixel(geoPoint(127.5, 36.5))
	if c := colorAt(img, x, y); c != ColorSea {
		t.Errorf("before the geography, inland Korea shows %v, want the sea %v", c, ColorSea)
	}
	if m.Ready() {
		t.Error("a map without geography says it is ready")
	}
	m.SetGeography(embedded(t))
	img = win.Canvas().Capture()
	if c := colorAt(img, x, y); c != ColorLand {
		t.Errorf("after SetGeography, inland Korea shows %v, want land %v", c, ColorLand)
	}
	if !m.Ready() {
		t.Error("the map drew its geography but is not ready")
	}
}

func colorAt(img image.Image, x, y float64) color.NRGBA {
	return color.NRGBAModel.Convert(img.At(int(x), int(y))).(color.NRGBA)
}
