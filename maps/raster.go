package maps

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"
)

// Palette of the basemap: quiet land and sea so that the story's layers
// carry the contrast (see CARTOGRAPHY.md).
var (
	ColorSea      = color.NRGBA{0xD6, 0xE6, 0xF0, 0xFF}
	ColorLand     = color.NRGBA{0xF4, 0xF0, 0xE6, 0xFF}
	ColorCoast    = color.NRGBA{0x8F, 0xA8, 0xBA, 0xFF}
	ColorRiver    = color.NRGBA{0x6E, 0x9C, 0xC4, 0xFF}
	ColorBorder   = color.NRGBA{0x8A, 0x6F, 0x8E, 0xFF}
	ColorParallel = color.NRGBA{0x33, 0x33, 0x33, 0xFF}
)

// Layers says which parts of the map are drawn.
type Layers uint

// The map's layers, in drawing order.
const (
	LayerLand Layers = 1 << iota
	LayerRivers
	LayerBorders
	LayerParallel
	LayerLabels
	LayerScale
)

// AllLayers is every layer of the map.
const AllLayers = LayerLand | LayerRivers | LayerBorders | LayerParallel | LayerLabels | LayerScale

// LayerNames maps the names used by the -layers flag to layers.
var LayerNames = map[string]Layers{
	"land":     LayerLand,
	"rivers":   LayerRivers,
	"borders":  LayerBorders,
	"parallel": LayerParallel,
	"labels":   LayerLabels,
	"scale":    LayerScale,
}

// Parallel38 is the latitude of the 38th parallel.
const Parallel38 = 38.0

// renderer draws basemap geometry into an RGBA image. It keeps its
// rasterizer between frames to avoid reallocating the accumulation buffer.
type renderer struct {
	r vector.Rasterizer
}

// draw paints the basemap for viewport vp at pixel density px (image pixels
// per viewport pixel) into dst, whose size is the viewport's size times px.
func (rd *renderer) draw(dst *image.RGBA, vp Viewport, px float64, detail, coarse *Basemap, layers Layers) {
	draw.Draw(dst, dst.Bounds(), image.NewUniform(ColorSea), image.Point{}, draw.Src)
	bm := chooseBasemap(vp, detail, coarse)
	if bm == nil {
		return
	}
	view := vp.WorldBound()
	toPx := func(m orb.Point) (float32, float32) {
		x, y := vp.WorldToPixel(m)
		return float32(x * px), float32(y * px)
	}
	if layers&LayerLand != 0 {
		rd.begin(dst)
		for _, p := range bm.Land {
			if p.Bound.Intersects(view) {
				rd.ring(p.Points, toPx)
			}
		}
		rd.finish(dst, ColorLand)
		rd.begin(dst)
		for _, p := range bm.Land {
			if p.Bound.Intersects(view) {
				rd.stroke(p.Points, toPx, float32(0.9*px), 0)
			}
		}
		rd.finish(dst, ColorCoast)
	}
	if layers&LayerRivers != 0 && detail != nil {
		rd.begin(dst)
		for _, r := range detail.Rivers {
			for _, p := range r.Paths {
				if p.Bound.Intersects(view) {
					dash := float32(0)
					if r.Approximate {
						dash = float32(6 * px)
					}
					rd.stroke(p.Points, toPx, float32(1.8*px), dash)
				}
			}
		}
		rd.finish(dst, ColorRiver)
	}
	if layers&LayerBorders != 0 {
		rd.begin(dst)
		for _, p := range bm.Borders {
			if p.Bound.Intersects(view) {
				rd.stroke(p.Points, toPx, float32(1.6*px), float32(7*px))
			}
		}
		rd.finish(dst, ColorBorder)
	}
	if layers&LayerParallel != 0 {
		rd.begin(dst)
		west, east := vp.ToLonLat(0, 0)[0], vp.ToLonLat(vp.Width, 0)[0]
		line := []orb.Point{Project(orb.Point{west, Parallel38}), Project(orb.Point{east, Parallel38})}
		rd.stroke(line, toPx, float32(2*px), float32(10*px))
		rd.finish(dst, ColorParallel)
	}
}

// chooseBasemap returns the detailed basemap when it covers the whole view,
// and the coarse one otherwise, so that the map never shows an edge of data.
func chooseBasemap(vp Viewport, detail, coarse *Basemap) *Basemap {
	if detail != nil {
		b := vp.Bound()
		if detail.Bound.Contains(b.Min) && detail.Bound.Contains(b.Max) {
			return detail
		}
	}
	if coarse != nil {
		return coarse
	}
	return detail
}

func (rd *renderer) begin(dst *image.RGBA) {
	b := dst.Bounds()
	rd.r.Reset(b.Dx(), b.Dy())
	rd.r.DrawOp = draw.Over
}

func (rd *renderer) finish(dst *image.RGBA, c color.NRGBA) {
	rd.r.Draw(dst, dst.Bounds(), image.NewUniform(c), image.Point{})
}

// ring adds a closed ring to the rasterizer's path.
func (rd *renderer) ring(pts []orb.Point, toPx func(orb.Point) (float32, float32)) {
	x, y := toPx(pts[0])
	rd.r.MoveTo(x, y)
	for _, p := range pts[1:] {
		x, y = toPx(p)
		rd.r.LineTo(x, y)
	}
	rd.r.ClosePath()
}

// stroke adds a polyline of width w as quads, one per segment, all wound
// the same way so that overlaps add up rather than cancel. A dash length
// above zero draws dashes of that length with gaps of half of it.
func (rd *renderer) stroke(pts []orb.Point, toPx func(orb.Point) (float32, float32), w, dash float32) {
	if len(pts) < 2 {
		return
	}
	x0, y0 := toPx(pts[0])
	var along float32 // distance along the dash pattern
	period := dash * 1.5
	for _, p := range pts[1:] {
		x1, y1 := toPx(p)
		if dash <= 0 {
			rd.quad(x0, y0, x1, y1, w)
		} else {
			seg := float32(math.Hypot(float64(x1-x0), float64(y1-y0)))
			var t float32
			for t < seg {
				phase := float32(math.Mod(float64(along+t), float64(period)))
				var step float32
				if phase < dash {
					step = min(dash-phase, seg-t)
					a, b := t/seg, (t+step)/seg
					rd.quad(x0+(x1-x0)*a, y0+(y1-y0)*a, x0+(x1-x0)*b, y0+(y1-y0)*b, w)
				} else {
					step = min(period-phase, seg-t)
				}
				t += step
			}
			along += seg
		}
		x0, y0 = x1, y1
	}
}

// quad adds the rectangle of width w around the segment (x0,y0)-(x1,y1),
// lengthened by half the width at both ends so that joints close.
func (rd *renderer) quad(x0, y0, x1, y1, w float32) {
	dx, dy := x1-x0, y1-y0
	l := float32(math.Hypot(float64(dx), float64(dy)))
	if l == 0 {
		return
	}
	ux, uy := dx/l*w/2, dy/l*w/2
	x0, y0, x1, y1 = x0-ux*0.5, y0-uy*0.5, x1+ux*0.5, y1+uy*0.5
	nx, ny := -uy, ux
	rd.r.MoveTo(x0+nx, y0+ny)
	rd.r.LineTo(x1+nx, y1+ny)
	rd.r.LineTo(x1-nx, y1-ny)
	rd.r.LineTo(x0-nx, y0-ny)
	rd.r.ClosePath()
}
