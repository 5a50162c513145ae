package maps

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestViewportRoundTrip(t *testing.T) {
	vp := FitBound(Peninsula.Bound, 1000, 800)
	for _, p := range []orb.Point{{126.978, 37.566}, {124.4, 40.1}, {129.08, 35.18}, {130.5, 37.5}} {
		x, y := vp.ToPixel(p)
		back := vp.ToLonLat(x, y)
		if math.Abs(back[0]-p[0]) > 1e-9 || math.Abs(back[1]-p[1]) > 1e-9 {
			t.Errorf("%v -> (%g,%g) -> %v", p, x, y, back)
		}
	}
}

func TestFitBoundShowsTheWholeView(t *testing.T) {
	for _, v := range Views {
		for _, size := range [][2]float64{{1280, 660}, {800, 500}, {600, 900}, {1920, 950}} {
			vp := FitBound(v.Bound, size[0], size[1])
			for _, corner := range []orb.Point{v.Bound.Min, v.Bound.Max, v.Bound.LeftTop(), v.Bound.RightBottom()} {
				x, y := vp.ToPixel(corner)
				if x < -0.5 || y < -0.5 || x > size[0]+0.5 || y > size[1]+0.5 {
					t.Errorf("%s at %v: corner %v falls at (%.1f, %.1f), outside the view", v.Name, size, corner, x, y)
				}
			}
		}
	}
}

func TestToPixelDirections(t *testing.T) {
	vp := FitBound(Peninsula.Bound, 1000, 800)
	sx, sy := vp.ToPixel(orb.Point{126.978, 37.566}) // Seoul
	px, py := vp.ToPixel(orb.Point{125.762, 39.039}) // Pyongyang: north-west of Seoul
	bx, _ := vp.ToPixel(orb.Point{129.076, 35.180})  // Pusan: east of Seoul
	if !(py < sy && px < sx && bx > sx) {
		t.Errorf("north must be up and east right: Seoul (%.0f,%.0f), Pyongyang (%.0f,%.0f), Pusan x %.0f", sx, sy, px, py, bx)
	}
}

func TestZoomAboutKeepsThePointUnderTheCursor(t *testing.T) {
	tests := []struct {
		name         string
		factor, x, y float64
	}{
		{"in at centre", 2, 500, 400},
		{"in at corner", 1.5, 100, 700},
		{"out at corner", 0.8, 900, 50},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			vp := FitBound(Peninsula.Bound, 1000, 800)
			before := vp.ToLonLat(tc.x, tc.y)
			vp.ZoomAbout(tc.factor, tc.x, tc.y)
			x, y := vp.ToPixel(before)
			if math.Abs(x-tc.x) > 1e-6 || math.Abs(y-tc.y) > 1e-6 {
				t.Errorf("point under cursor moved to (%g,%g)", x, y)
			}
		})
	}
}

func TestZoomIsClamped(t *testing.T) {
	vp := FitBound(Peninsula.Bound, 1000, 800)
	for i := 0; i < 100; i++ {
		vp.ZoomAbout(2, 500, 400)
	}
	if vp.Scale != MaxScale {
		t.Errorf("scale %g after zooming in far, want MaxScale %g", vp.Scale, MaxScale)
	}
	for i := 0; i < 100; i++ {
		vp.ZoomAbout(0.5, 500, 400)
	}
	if vp.Scale != MinScale {
		t.Errorf("scale %g after zooming out far, want MinScale %g", vp.Scale, MinScale)
	}
}

func TestPanFollowsTheDrag(t *testing.T) {
	vp := FitBound(Peninsula.Bound, 1000, 800)
	seoul := orb.Point{126.978, 37.566}
	x0, y0 := vp.ToPixel(seoul)
	vp.Pan(40, -25)
	x1, y1 := vp.ToPixel(seoul)
	if math.Abs(x1-x0-40) > 1e-6 || math.Abs(y1-y0+25) > 1e-6 {
		t.Errorf("Seoul moved by (%g,%g), want (40,-25)", x1-x0, y1-y0)
	}
	for i := 0; i < 1000; i++ {
		vp.Pan(1000, 1000)
	}
	b := vp.Bound()
	lim := panLimit.Pad(1e-9)
	if !lim.Contains(b.Min) || !lim.Contains(b.Max) {
		t.Errorf("view %v left the area the basemap covers, %v", b, panLimit)
	}
}

func TestMetresPerPixel(t *testing.T) {
	// At 38°N one degree of longitude is about 87.8 km.
	vp := FitBound(Peninsula.Bound, 1000, 800)
	vp.Center = Project(orb.Point{127, 38})
	x0, _ := vp.ToPixel(orb.Point{127, 38})
	x1, _ := vp.ToPixel(orb.Point{128, 38})
	got := (x1 - x0) * vp.MetresPerPixel()
	if math.Abs(got-87_800) > 500 {
		t.Errorf("one degree at 38°N measures %.0f m, want about 87 800", got)
	}
}
