// Package maps draws the map of Korea and East Asia: the viewport that turns
// longitude and latitude into pixels, the cached basemap raster, and the map
// widget with its labels, scale bar and controls.
package maps

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/project"
)

// Zoom limits, in pixels per Web Mercator metre. They do not depend on the
// window size: MinScale fits the East Asia view into 800×500 px, MaxScale is
// about twenty times closer than the peninsula view.
const (
	MinScale = 1.35e-4
	MaxScale = 1.0e-2
)

// Project turns a lon/lat point into Web Mercator metres. It is the first
// half of the only path from geography to pixels; Viewport.WorldToPixel is the
// second. Geometry that is drawn often is projected once with Project and
// then placed with WorldToPixel.
func Project(p orb.Point) orb.Point {
	return project.WGS84.ToMercator(p)
}

// unproject turns Web Mercator metres back into lon/lat.
func unproject(m orb.Point) orb.Point {
	return project.Mercator.ToWGS84(m)
}

// Viewport is a Web Mercator window onto the world: a centre, a scale and a
// size in device-independent pixels. It is a value type; methods that change
// it return nothing and mutate the receiver.
type Viewport struct {
	// Center is the Web Mercator point at the middle of the view, in metres.
	Center orb.Point
	// Scale is pixels per Web Mercator metre.
	Scale float64
	// Width and Height are the view's size in pixels.
	Width, Height float64
}

// FitBound returns the viewport of size w×h that shows the lon/lat bound b
// whole, centred.
func FitBound(b orb.Bound, w, h float64) Viewport {
	lo, hi := Project(b.Min), Project(b.Max)
	vp := Viewport{
		Center: orb.Point{(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2},
		Width:  w,
		Height: h,
	}
	if w <= 0 || h <= 0 {
		vp.Scale = MinScale
		return vp
	}
	vp.Scale = clamp(math.Min(w/(hi[0]-lo[0]), h/(hi[1]-lo[1])), MinScale, MaxScale)
	vp.clampCenter()
	return vp
}

// ToPixel returns where the lon/lat point p falls in the view.
func (v Viewport) ToPixel(p orb.Point) (x, y float64) {
	return v.WorldToPixel(Project(p))
}

// WorldToPixel returns where the Web Mercator point m falls in the view.
func (v Viewport) WorldToPixel(m orb.Point) (x, y float64) {
	return v.Width/2 + (m[0]-v.Center[0])*v.Scale, v.Height/2 - (m[1]-v.Center[1])*v.Scale
}

// ToLonLat returns the lon/lat point under the pixel (x, y).
func (v Viewport) ToLonLat(x, y float64) orb.Point {
	return unproject(v.pixelToWorld(x, y))
}

func (v Viewport) pixelToWorld(x, y float64) orb.Point {
	return orb.Point{v.Center[0] + (x-v.Width/2)/v.Scale, v.Center[1] - (y-v.Height/2)/v.Scale}
}

// Bound returns the lon/lat rectangle that the view shows.
func (v Viewport) Bound() orb.Bound {
	a, b := v.ToLonLat(0, v.Height), v.ToLonLat(v.Width, 0)
	return orb.Bound{Min: a, Max: b}
}

// WorldBound returns the Web Mercator rectangle that the view shows.
func (v Viewport) WorldBound() orb.Bound {
	a, b := v.pixelToWorld(0, v.Height), v.pixelToWorld(v.Width, 0)
	return orb.Bound{Min: a, Max: b}
}

// Pan moves the view so that the map follows a drag of (dx, dy) pixels.
func (v *Viewport) Pan(dx, dy float64) {
	v.Center[0] -= dx / v.Scale
	v.Center[1] += dy / v.Scale
	v.clampCenter()
}

// ZoomAbout multiplies the scale by factor, keeping the place under the
// pixel (x, y) where it is. The scale stays within MinScale and MaxScale.
func (v *Viewport) ZoomAbout(factor, x, y float64) {
	before := v.pixelToWorld(x, y)
	v.Scale = clamp(v.Scale*factor, MinScale, MaxScale)
	after := v.pixelToWorld(x, y)
	v.Center[0] += before[0] - after[0]
	v.Center[1] += before[1] - after[1]
	v.clampCenter()
}

// Resize changes the view's size, keeping its centre and scale, so that a
// resized window shows the same place at the same zoom.
func (v *Viewport) Resize(w, h float64) {
	v.Width, v.Height = w, h
	v.clampCenter()
}

// MetresPerPixel is the true ground distance of one pixel at the latitude
// of the view's centre.
func (v Viewport) MetresPerPixel() float64 {
	lat := unproject(v.Center)[1]
	return math.Cos(lat*math.Pi/180) / v.Scale
}

// panLimit is the area that the coarse basemap covers. The view is kept
// inside it, so that a drag can never lose the map or show the data's edge;
// a view larger than the area is centred on it.
var panLimit = orb.Bound{Min: orb.Point{61, 1}, Max: orb.Point{179, 63}}

func (v *Viewport) clampCenter() {
	if v.Scale <= 0 {
		return
	}
	lo, hi := Project(panLimit.Min), Project(panLimit.Max)
	hw, hh := v.Width/2/v.Scale, v.Height/2/v.Scale
	v.Center[0] = clampAxis(v.Center[0], lo[0]+hw, hi[0]-hw)
	v.Center[1] = clampAxis(v.Center[1], lo[1]+hh, hi[1]-hh)
}

func clampAxis(x, lo, hi float64) float64 {
	if lo > hi {
		return (lo + hi) / 2
	}
	return clamp(x, lo, hi)
}

func clamp(x, lo, hi float64) float64 {
	return math.Max(lo, math.Min(hi, x))
}
