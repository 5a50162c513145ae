package app

import (
	"image"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"korea1950/internal/golden"
	"korea1950/maps"
	"korea1950/timeline/playback"
)

// newTestInk puts an ink layer over a plain patch of the map's land and
// its sea, in a 320×200 test window, on a fake clock.
func newTestInk(t *testing.T) (*ink, fyne.Window, *playback.FakeClock) {
	t.Helper()
	test.NewTempApp(t)
	clock := playback.NewFakeClock(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	i := newInk(clock, func(f func()) { f() })
	land := canvas.NewRectangle(maps.ColorLand)
	land.Resize(fyne.NewSize(160, 200))
	sea := canvas.NewRectangle(maps.ColorSea)
	sea.Move(fyne.NewPos(160, 0))
	sea.Resize(fyne.NewSize(160, 200))
	bg := container.NewWithoutLayout(land, sea)
	w := test.NewWindow(container.NewStack(bg, i))
	w.SetPadded(false)
	w.Resize(fyne.NewSize(320, 200))
	t.Cleanup(func() {
		i.Stop()
		w.Close()
	})
	return i, w, clock
}

// drawStroke draws a pen stroke through pts as a drag does, one event per
// point.
func drawStroke(i *ink, pts ...fyne.Position) {
	for k := 1; k < len(pts); k++ {
		d := pts[k].Subtract(pts[k-1])
		i.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pts[k]}, Dragged: fyne.Delta{DX: d.X, DY: d.Y}})
	}
	i.DragEnd()
}

// With the pen on, a drag draws a stroke that stays: a curve across the
// land and the sea, and a straight one below it. (Fyne's GL driver gives a
// drag's event the pointer's new position, as drawStroke does; the test
// driver's Drag gives the old one, so it is not used to draw here.)
func TestInkPenGolden(t *testing.T) {
	i, w, clock := newTestInk(t)
	i.SetPen(true)
	drawStroke(i, fyne.NewPos(30, 150), fyne.NewPos(70, 90), fyne.NewPos(120, 60), fyne.NewPos(180, 60),
		fyne.NewPos(230, 90), fyne.NewPos(280, 150))
	drawStroke(i, fyne.NewPos(60, 175), fyne.NewPos(260, 175))
	if i.Strokes() != 2 {
		t.Fatalf("%d strokes drawn, want 2", i.Strokes())
	}
	clock.Advance(10 * time.Second)
	if clock.Tickers() != 0 {
		t.Errorf("the pen left %d tickers running: pen ink does not fade", clock.Tickers())
	}
	golden.Assert(t, "ink/pen.png", w.Canvas().Capture())
	i.Clear()
	if i.Strokes() != 0 {
		t.Error("Clear left the pen's strokes")
	}
	if img := w.Canvas().Capture(); inkPixels(img) != 0 {
		t.Errorf("after Clear %d pixels of ink are left", inkPixels(img))
	}
}

// The laser follows the mouse: its trail fades over three seconds, so
// that halfway through its oldest part is faint and its newest strong;
// once all of it has faded the ticker that drove the fade is gone.
func TestInkLaserGolden(t *testing.T) {
	i, w, clock := newTestInk(t)
	for k := 0; k <= 20; k++ {
		x := 20 + float32(k)*13
		y := 100 - 60*float32(k%10)/10
		if k >= 10 {
			y = 40 + 60*float32(k-10)/10
		}
		test.MoveMouse(w.Canvas(), fyne.NewPos(x, y))
		clock.Advance(100 * time.Millisecond)
	}
	if clock.Tickers() != 1 {
		t.Fatalf("%d tickers while the trail fades, want 1", clock.Tickers())
	}
	mid := w.Canvas().Capture()
	golden.Assert(t, "ink/laser-fading.png", mid)
	// A second later the points older than three seconds are gone.
	clock.Advance(time.Second)
	if got := i.Trail(); got >= 21 || got < 5 {
		t.Errorf("%d points of the trail left 3.1 s after the first, want only the newer ones", got)
	}
	clock.Advance(inkFade)
	if i.Trail() != 0 {
		t.Errorf("%d points of the trail left after it should have faded", i.Trail())
	}
	if clock.Tickers() != 0 {
		t.Errorf("%d tickers left running with nothing to fade, want 0", clock.Tickers())
	}
	if n := inkPixels(w.Canvas().Capture()); n != 0 {
		t.Errorf("%d pixels of laser ink left once faded", n)
	}
	// It starts again when the mouse moves.
	test.MoveMouse(w.Canvas(), fyne.NewPos(100, 100))
	if clock.Tickers() != 1 || i.Trail() != 1 {
		t.Errorf("moving again: %d tickers and %d points, want 1 and 1", clock.Tickers(), i.Trail())
	}
}

// With the pen off a drag is the map's: it pans; the mouse leaves no ink
// with the pen on.
func TestInkPansWithThePenOff(t *testing.T) {
	i, w, _ := newTestInk(t)
	var panned fyne.Delta
	i.OnPan = func(e *fyne.DragEvent) { panned.DX, panned.DY = panned.DX+e.Dragged.DX, panned.DY+e.Dragged.DY }
	test.Drag(w.Canvas(), fyne.NewPos(100, 100), 40, -10)
	if panned != (fyne.Delta{DX: 40, DY: -10}) || i.Strokes() != 0 {
		t.Errorf("a drag with the pen off panned by %v and drew %d strokes, want (40, -10) and none", panned, i.Strokes())
	}
	i.SetPen(true)
	i.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(50, 50)}})
	if i.Trail() != 0 {
		t.Error("the laser drew with the pen on")
	}
	if i.Cursor() != desktop.CrosshairCursor {
		t.Error("the pen's cursor is not a crosshair")
	}
}

// inkPixels counts the pixels of an image that are neither the land nor
// the sea of the test's background.
func inkPixels(img image.Image) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			c := [3]uint32{r >> 8, g >> 8, bl >> 8}
			if c != [3]uint32{uint32(maps.ColorLand.R), uint32(maps.ColorLand.G), uint32(maps.ColorLand.B)} &&
				c != [3]uint32{uint32(maps.ColorSea.R), uint32(maps.ColorSea.G), uint32(maps.ColorSea.B)} {
				n++
			}
		}
	}
	return n
}
