// Package probe checks a picture of the map against geography: it projects
// known points through the map's viewport and samples the pixels there.
// The headless render test and the real-window smoke test both use it.
package probe

import (
	"fmt"
	"image"
	"image/color"

	"github.com/paulmach/orb"

	"korea1950/internal/palette"
	"korea1950/maps"
)

// Known points: open sea in the East Sea, and land in the middle of South
// Korea's interior, away from any label.
var (
	Sea  = orb.Point{130.5, 37.5}
	Land = orb.Point{127.5, 36.5}
)

// Picture is an image of the map: the image, where the map's top-left
// corner lies in it, its pixels per map unit, and the map's viewport.
type Picture struct {
	Image  image.Image
	Origin image.Point
	Scale  float64
	View   maps.Viewport
}

// pixel returns the image pixel under a lon/lat point.
func (p Picture) pixel(ll orb.Point) image.Point {
	x, y := p.View.ToPixel(ll)
	return image.Pt(p.Origin.X+int(x*p.Scale), p.Origin.Y+int(y*p.Scale))
}

// Check samples the sea, the land and the 38th parallel, and returns what
// does not look as it should; nil means the picture passed.
func Check(p Picture) []string {
	var bad []string
	if c, pt := p.at(Sea); !near(c, maps.ColorSea) {
		bad = append(bad, fmt.Sprintf("sea at %v (pixel %v) is %v, want about %v", Sea, pt, c, maps.ColorSea))
	}
	if c, pt := p.at(Land); !near(c, maps.ColorLand) && !near(c, over(palette.HeldUN, maps.ColorLand)) && !near(c, over(palette.HeldCommunist, maps.ColorLand)) {
		bad = append(bad, fmt.Sprintf("land at %v (pixel %v) is %v, want about %v, or that tinted as held by either side", Land, pt, c, maps.ColorLand))
	}
	bad = append(bad, p.checkParallel()...)
	return bad
}

func (p Picture) at(ll orb.Point) (color.NRGBA, image.Point) {
	pt := p.pixel(ll)
	return color.NRGBAModel.Convert(p.Image.At(pt.X, pt.Y)).(color.NRGBA), pt
}

// checkParallel walks the computed row of 38°N across the open sea east of
// Korea (129.6°E to 131.5°E, in the East Sea), where nothing but the
// dashed line is drawn, and expects the dashes there and not a few pixels
// above or below.
func (p Picture) checkParallel() []string {
	row := p.pixel(orb.Point{130, maps.Parallel38}).Y
	from, to := p.pixel(orb.Point{129.6, 38}).X, p.pixel(orb.Point{131.5, 38}).X
	if to-from < 20 {
		return []string{fmt.Sprintf("the East Sea at 38°N is only %d pixels wide here", to-from)}
	}
	count := func(y int) int {
		n := 0
		for x := from; x < to; x++ {
			if dark(p.Image.At(x, y)) {
				n++
			}
		}
		return n
	}
	on := max(count(row-1), count(row), count(row+1))
	off := max(count(row-8), count(row+8))
	w := to - from
	var bad []string
	if on < w*40/100 {
		bad = append(bad, fmt.Sprintf("38th parallel: only %d of %d pixels on row %d are dark", on, w, row))
	}
	if off > w*5/100 {
		bad = append(bad, fmt.Sprintf("38th parallel: %d of %d pixels 8 rows away from row %d are dark too", off, w, row))
	}
	return bad
}

// over is the colour of src drawn over the opaque dst.
func over(src, dst color.NRGBA) color.NRGBA {
	a := float64(src.A) / 255
	mix := func(s, d uint8) uint8 { return uint8(float64(s)*a + float64(d)*(1-a) + 0.5) }
	return color.NRGBA{mix(src.R, dst.R), mix(src.G, dst.G), mix(src.B, dst.B), 0xFF}
}

func dark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return (r+g+b)/3 < 0x6000
}

func near(a, b color.NRGBA) bool {
	d := func(x, y uint8) int {
		if x > y {
			return int(x - y)
		}
		return int(y - x)
	}
	return d(a.R, b.R) <= 6 && d(a.G, b.G) <= 6 && d(a.B, b.B) <= 6
}
