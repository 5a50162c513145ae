package maps

import (
	"image"
	"math"
	"math/rand/v2"
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

// Any view the user can reach draws without a panic: odd sizes, both zoom
// limits, the edges of the data, fractional pixel densities.
func TestRasterSurvivesAnyView(t *testing.T) {
	geo := embedded(t)
	rnd := rand.New(rand.NewPCG(1950, 625))
	var rd renderer
	for i := 0; i < 300; i++ {
		w, h := 1+rnd.IntN(400), 1+rnd.IntN(300)
		vp := FitBound(Views[rnd.IntN(len(Views))].Bound, float64(w), float64(h))
		vp.ZoomAbout(math.Exp(rnd.Float64()*8-4), rnd.Float64()*float64(w), rnd.Float64()*float64(h))
		vp.Pan(rnd.NormFloat64()*2000, rnd.NormFloat64()*2000)
		px := []float64{1, 1.25, 1.5, 2}[rnd.IntN(4)]
		img := image.NewRGBA(image.Rect(0, 0, int(math.Ceil(float64(w)*px)), int(math.Ceil(float64(h)*px))))
		rd.draw(img, vp, px, geo.Detail, geo.Coarse, AllLayers)
	}
}
