package maps

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"korea1950/geodata"
	"korea1950/internal/palette"
)

// overlayAt returns the overlay's own pixel at a lon/lat point.
func overlayAt(m *Map, p orb.Point) (r, g, b, a uint8) {
	x, y := m.Viewport().ToPixel(p)
	img := m.ov.img
	i := img.PixOffset(int(x), int(y))
	return img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3]
}

// The tints stay on land: sea pixels inside the held area (which runs out
// over the sea) are untouched, land pixels tinted by who held them; and
// the 38th parallel is drawn over the tint.
func TestTerritoryOnLandAndParallelOnTop(t *testing.T) {
	m, win := newDataMap(t, Peninsula, 800, 500, day(8, 15))
	win.Canvas().Capture()
	for _, sea := range []orb.Point{{124.6, 38.6}, {125.2, 36.3}, {129.9, 38.9}, {128.5, 34.2}, {130.5, 40.5}} {
		if _, _, _, a := overlayAt(m, sea); a != 0 {
			t.Errorf("sea at %v: overlay alpha %d, want 0", sea, a)
		}
	}
	for _, c := range []struct {
		at   orb.Point
		want uint8 // the tint's alpha
	}{{orb.Point{127.0, 40.0}, palette.HeldCommunist.A}, {orb.Point{126.9, 35.0}, palette.HeldCommunist.A}} {
		if _, _, _, a := overlayAt(m, c.at); a != c.want {
			t.Errorf("land at %v: overlay alpha %d, want the tint's %d", c.at, a, c.want)
		}
	}
	// Inside the Pusan perimeter the UN's tint: bluer than red.
	if r, _, b, a := overlayAt(m, orb.Point{128.95, 35.25}); a != palette.HeldUN.A || b <= r {
		t.Errorf("Pusan: overlay (%d, _, %d, %d), want the UN's tint", r, b, a)
	}
	// Along the parallel across Korea's tinted land, the dashes are dark.
	vp := m.Viewport()
	x0, y := vp.ToPixel(orb.Point{126.2, Parallel38})
	x1, _ := vp.ToPixel(orb.Point{128.3, Parallel38})
	dark := 0
	for x := int(x0); x < int(x1); x++ {
		i := m.ov.img.PixOffset(x, int(y))
		if p := m.ov.img.Pix[i:]; p[3] > 200 && p[0] < 90 {
			dark++
		}
	}
	if span := int(x1 - x0); dark < span/3 {
		t.Errorf("the parallel is dark on %d of %d pixels over the tint, want a third or more", dark, span)
	}
}

func TestTerritoryNotBeforeTheWar(t *testing.T) {
	m, win := newDataMap(t, Peninsula, 800, 500, day(6, 1))
	win.Canvas().Capture()
	if m.ov.sc.tint {
		t.Error("territory is tinted before the war began")
	}
}

func TestFeatureAtAndSelect(t *testing.T) {
	m, win := newDataMap(t, Peninsula, 800, 500, day(8, 15))
	win.Canvas().Capture()
	var unit *hit
	for i, h := range m.ov.sc.hits {
		if h.class == hitUnit {
			unit = &m.ov.sc.hits[i]
			break
		}
	}
	if unit == nil {
		t.Fatal("no unit drawn on 15 August")
	}
	if f := m.FeatureAt(fyne.NewPos(unit.x+2, unit.y+1)); f != unit.f {
		t.Errorf("FeatureAt the unit %s gave %v", unit.f.ID, f)
	}
	if f := m.FeatureAt(fyne.NewPos(700, 470)); f != nil { // the sea off Japan
		t.Errorf("FeatureAt the open sea gave %s", f.ID)
	}
	var picked *geodata.Feature
	calls := 0
	m.OnSelect = func(f *geodata.Feature) { picked, calls = f, calls+1 }
	test.Tap(m) // the middle of the map
	m.Tapped(&fyne.PointEvent{Position: fyne.NewPos(unit.x, unit.y)})
	if picked != unit.f || m.Selected() != unit.f.ID {
		t.Errorf("tap on the unit: OnSelect got %v, selected %q", picked, m.Selected())
	}
	win.Canvas().Capture()
	x, y := int(unit.x), int(unit.y)
	haloed := false
	for dx := -20; dx <= 20 && !haloed; dx++ {
		for dy := -25; dy <= 20; dy++ {
			i := m.ov.img.PixOffset(x+dx, y+dy)
			p := m.ov.img.Pix[i:]
			if p[0] > 200 && p[1] > 190 && p[2] < 120 && p[3] > 200 {
				haloed = true
				break
			}
		}
	}
	if !haloed {
		t.Error("the selected unit has no yellow halo")
	}
	m.Tapped(&fyne.PointEvent{Position: fyne.NewPos(700, 470)})
	if picked != nil || m.Selected() != "" || calls != 3 {
		t.Errorf("tap on nothing: OnSelect got %v after %d calls, selected %q", picked, calls, m.Selected())
	}
}

func TestRevealAndSetViewport(t *testing.T) {
	m, win := newDataMap(t, Peninsula, 800, 500, day(10, 2))
	win.Canvas().Capture()
	for range 4 {
		m.ZoomIn()
	}
	pusan := shipped(t).ByID("pusan")
	if pusan == nil {
		t.Skip("no place pusan in the data")
	}
	m.Reveal(pusan)
	x, y := m.Viewport().ToPixel(pusan.Geometry.(orb.Point))
	if x < 0 || y < 0 || x > 800 || y > 500 {
		t.Errorf("after Reveal, Pusan is at (%.0f, %.0f), off the map", x, y)
	}
	scale := m.Viewport().Scale
	m.Reveal(pusan) // already on screen: nothing moves
	if m.Viewport().Scale != scale {
		t.Error("Reveal changed the zoom")
	}

	other, _ := newTestMap(t, Peninsula, 800, 500)
	calls := 0
	m.OnViewChanged = func() { calls++; other.SetViewport(m.Viewport()) }
	other.OnViewChanged = func() { calls++; m.SetViewport(other.Viewport()) }
	m.ZoomOut()
	if calls > 4 {
		t.Errorf("two maps in step called back %d times for one zoom", calls)
	}
	if a, b := m.Viewport(), other.Viewport(); a.Center != b.Center || a.Scale != b.Scale {
		t.Errorf("maps out of step: %+v and %+v", a, b)
	}
}
