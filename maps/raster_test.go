package maps

import (
	"image"
	"testing"

	"korea1950/internal/golden"
)

// Cutting the image into bands drawn at once must not show: one band and
// several give the same picture, coastline seams included.
func TestBandsDoNotShow(t *testing.T) {
	geo := embedded(t)
	for _, v := range Views {
		vp := FitBound(v.Bound, 640, 480)
		draw := func(n int) *image.RGBA {
			img := image.NewRGBA(image.Rect(0, 0, 640, 480))
			var rd renderer
			rd.split(640, 480, n)
			rd.paintBands(img, vp, 1, geo.Detail, geo.Coarse, AllLayers)
			return img
		}
		one, three := draw(1), draw(3)
		if msg := golden.Diff(one, three); msg != "" {
			t.Errorf("%s: one band and three differ: %s", v.Name, msg)
		}
		if golden.Diff(one, image.NewRGBA(one.Rect)) == "" {
			t.Errorf("%s: the basemap drew nothing", v.Name)
		}
	}
}

// On a HiDPI screen the raster has more pixels than the view: the same
// map, drawn at twice the density, keeps Seoul on its pixel.
func TestRasterAtDoubleDensity(t *testing.T) {
	geo := embedded(t)
	vp := FitBound(Peninsula.Bound, 400, 300)
	img := image.NewRGBA(image.Rect(0, 0, 800, 600))
	var rd renderer
	rd.draw(img, vp, 2, geo.Detail, geo.Coarse, LayerLand)
	x, y := vp.ToPixel(geoPoint(127.5, 36.5))
	if c := img.RGBAAt(int(2*x), int(2*y)); c.R != ColorLand.R || c.G != ColorLand.G || c.B != ColorLand.B {
		t.Errorf("land at double density is %v, want %v", c, ColorLand)
	}
	x, y = vp.ToPixel(geoPoint(130.5, 37.5))
	if c := img.RGBAAt(int(2*x), int(2*y)); c.R != ColorSea.R || c.G != ColorSea.G || c.B != ColorSea.B {
		t.Errorf("sea at double density is %v, want %v", c, ColorSea)
	}
}
