package maps

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"runtime"
	"sync"

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

// Parallel38 is the latitude of the 38th parallel.
const Parallel38 = 38.0

// renderer draws basemap geometry into an RGBA image. The image is cut
// into horizontal bands drawn at the same time, one per core; each band
// keeps its rasterizer and coverage buffer between frames, so a redraw
// allocates only its short list of layers.
type renderer struct {
	bands []band
	width int
}

// band is one horizontal strip of the image and its drawing state.
type band struct {
	y0, y1 int
	r      vector.Rasterizer
	buf    []uint8 // coverage of the layer being drawn
}

// layerPaint is one layer of the basemap: its colour, its geometry, and
// whether it is filled or stroked (with a width and a dash length in image
// pixels; no dash draws a solid line).
type layerPaint struct {
	color       color.NRGBA
	paths       []Path
	fill        bool
	width, dash float32
	// outline, if set, edges a filled layer: the coast around the land.
	outline *color.NRGBA
}

// draw paints the basemap for viewport vp at pixel density px (image pixels
// per viewport pixel) into dst, whose size is the viewport's size times px.
func (rd *renderer) draw(dst *image.RGBA, vp Viewport, px float64, detail, coarse *Basemap, layers Layers) {
	rd.split(dst.Bounds().Dx(), dst.Bounds().Dy(), runtime.GOMAXPROCS(0))
	rd.paintBands(dst, vp, px, detail, coarse, layers)
}

// paintBands draws the layers into the bands as split, all at once.
func (rd *renderer) paintBands(dst *image.RGBA, vp Viewport, px float64, detail, coarse *Basemap, layers Layers) {
	var paints []layerPaint
	if bm := chooseBasemap(vp, detail, coarse); bm != nil {
		paints = basemapLayers(vp, px, bm, detail, layers)
	}
	var wg sync.WaitGroup
	for i := range rd.bands {
		b := &rd.bands[i]
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.paint(dst, vp, px, paints)
		}()
	}
	wg.Wait()
}

// basemapLayers lists the layers to draw, in order, with the geometry of
// each that meets the view.
func basemapLayers(vp Viewport, px float64, bm, detail *Basemap, layers Layers) []layerPaint {
	view := vp.WorldBound()
	visible := func(ps []Path) []Path {
		var out []Path
		for _, p := range ps {
			if p.Bound.Intersects(view) {
				out = append(out, p)
			}
		}
		return out
	}
	var out []layerPaint
	if layers&LayerLand != 0 {
		out = append(out, layerPaint{color: ColorLand, paths: visible(bm.Land), fill: true, outline: &ColorCoast})
	}
	if layers&LayerRivers != 0 && detail != nil {
		var surveyed, traced []Path
		for _, r := range detail.Rivers {
			if r.Approximate {
				traced = append(traced, visible(r.Paths)...)
			} else {
				surveyed = append(surveyed, visible(r.Paths)...)
			}
		}
		out = append(out,
			layerPaint{color: ColorRiver, paths: surveyed, width: float32(1.8 * px)},
			layerPaint{color: ColorRiver, paths: traced, width: float32(1.8 * px), dash: float32(6 * px)})
	}
	if layers&LayerBorders != 0 {
		out = append(out, layerPaint{color: ColorBorder, paths: visible(bm.Borders), width: float32(1.6 * px), dash: float32(7 * px)})
	}
	if layers&LayerParallel != 0 {
		west, east := vp.ToLonLat(0, 0)[0], vp.ToLonLat(vp.Width, 0)[0]
		line := newPath([]orb.Point{{west, Parallel38}, {east, Parallel38}})
		out = append(out, layerPaint{color: ColorParallel, paths: []Path{line}, width: float32(2 * px), dash: float32(10 * px)})
	}
	return out
}

// split cuts an image of w×h pixels into n bands, one per core, at most 4.
func (rd *renderer) split(w, h, n int) {
	n = max(1, min(n, 4, h))
	if len(rd.bands) == n && rd.bands[n-1].y1 == h && rd.width == w {
		return
	}
	rd.bands, rd.width = make([]band, n), w
	for i := range rd.bands {
		rd.bands[i].y0, rd.bands[i].y1 = h*i/n, h*(i+1)/n
	}
}

// paint draws every layer into the band's rows of dst. Each layer's
// coverage goes into the band's mask, over only the rectangle that its
// geometry touches, then is blended there in the layer's colour.
func (b *band) paint(dst *image.RGBA, vp Viewport, px float64, paints []layerPaint) {
	w, h := dst.Rect.Dx(), b.y1-b.y0
	own := image.Rect(0, b.y0, w, b.y1).Add(dst.Rect.Min)
	draw.Draw(dst, own, image.NewUniform(ColorSea), image.Point{}, draw.Src)
	for _, lp := range paints {
		// The layer's pixel rectangle within the band, padded for the stroke.
		var area image.Rectangle
		pad := float64(lp.width) + 1
		for _, p := range lp.paths {
			x0, y0 := vp.WorldToPixel(p.Bound.Min)
			x1, y1 := vp.WorldToPixel(p.Bound.Max)
			r := image.Rect(int(math.Floor(x0*px-pad)), int(math.Floor(y1*px-pad))-b.y0,
				int(math.Ceil(x1*px+pad)), int(math.Ceil(y0*px+pad))-b.y0)
			area = area.Union(r)
		}
		// A fill reaches one row into the next band, so that its outline
		// can see the row below its last.
		limit := image.Rect(0, 0, w, h)
		if lp.fill && b.y1 < dst.Rect.Dy() {
			limit.Max.Y++
		}
		area = area.Intersect(limit)
		if area.Empty() {
			continue
		}
		ox, oy := float32(area.Min.X), float32(b.y0+area.Min.Y)
		toPx := func(m orb.Point) (float32, float32) {
			x, y := vp.WorldToPixel(m)
			return float32(x*px) - ox, float32(y*px) - oy
		}
		b.r.Reset(area.Dx(), area.Dy())
		b.r.DrawOp = draw.Src
		for _, p := range lp.paths {
			if lp.fill {
				b.ring(p.Points, toPx)
			} else {
				b.stroke(p.Points, toPx, lp.width, lp.dash)
			}
		}
		// A mask of exactly the area's size lets the rasterizer write its
		// coverage straight into it.
		n := area.Dx() * area.Dy()
		if cap(b.buf) < n {
			b.buf = make([]uint8, n)
		}
		mask := &image.Alpha{Pix: b.buf[:n], Stride: area.Dx(), Rect: image.Rect(0, 0, area.Dx(), area.Dy())}
		b.r.Draw(mask, mask.Rect, image.Opaque, image.Point{})
		at := image.Pt(area.Min.X, b.y0+area.Min.Y)
		rows := min(area.Dy(), h-area.Min.Y) // the extra row of a fill is not drawn
		blend(dst, at, mask, rows, lp.color)
		if lp.outline != nil {
			outline(dst, at, mask, rows, *lp.outline)
		}
	}
}

// outline draws an edge of about one pixel in colour c wherever the
// coverage in mask changes between neighbouring pixels: the coastline of a
// land fill, found in the image rather than stroked along thousands of
// segments. The mask's top-left pixel lies at dst's pixel at; only its
// first rows rows are drawn, and a row after them, if any, is looked at.
func outline(dst *image.RGBA, at image.Point, mask *image.Alpha, rows int, c color.NRGBA) {
	w, h := mask.Rect.Dx(), mask.Rect.Dy()
	cr, cg, cb := uint32(c.R), uint32(c.G), uint32(c.B)
	for y := 0; y < rows; y++ {
		row := mask.Pix[y*mask.Stride:][:w]
		var below []uint8
		if y+1 < h {
			below = mask.Pix[(y+1)*mask.Stride:][:w]
		}
		d := dst.Pix[dst.PixOffset(at.X, at.Y+y):][:4*w]
		for x, a := range row {
			e := 0
			if x+1 < w {
				e = absDiff(a, row[x+1])
			}
			if below != nil {
				e = max(e, absDiff(a, below[x]))
			}
			if e == 0 {
				continue
			}
			ea := uint32(min(e*5/4, 0xFF))
			na := 0xFF - ea
			d[4*x] = uint8((cr*ea + uint32(d[4*x])*na + 127) / 0xFF)
			d[4*x+1] = uint8((cg*ea + uint32(d[4*x+1])*na + 127) / 0xFF)
			d[4*x+2] = uint8((cb*ea + uint32(d[4*x+2])*na + 127) / 0xFF)
		}
	}
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

// blend paints colour c into dst through the coverage mask, whose top-left
// pixel lies at dst's pixel at, over the mask's first rows rows. Most of a
// stroke's mask is empty, and is skipped.
func blend(dst *image.RGBA, at image.Point, mask *image.Alpha, rows int, c color.NRGBA) {
	w := mask.Rect.Dx()
	cr, cg, cb := uint32(c.R), uint32(c.G), uint32(c.B)
	for y := 0; y < rows; y++ {
		m := mask.Pix[y*mask.Stride:][:w]
		d := dst.Pix[dst.PixOffset(at.X, at.Y+y):][:4*w]
		for x, a := range m {
			switch a {
			case 0:
			case 0xFF:
				d[4*x], d[4*x+1], d[4*x+2], d[4*x+3] = c.R, c.G, c.B, 0xFF
			default:
				a := uint32(a)
				na := 0xFF - a
				d[4*x] = uint8((cr*a + uint32(d[4*x])*na + 127) / 0xFF)
				d[4*x+1] = uint8((cg*a + uint32(d[4*x+1])*na + 127) / 0xFF)
				d[4*x+2] = uint8((cb*a + uint32(d[4*x+2])*na + 127) / 0xFF)
				d[4*x+3] = 0xFF
			}
		}
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

// ring adds a closed ring to the rasterizer's path.
func (rd *band) ring(pts []orb.Point, toPx func(orb.Point) (float32, float32)) {
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
func (rd *band) stroke(pts []orb.Point, toPx func(orb.Point) (float32, float32), w, dash float32) {
	if len(pts) < 2 {
		return
	}
	x0, y0 := toPx(pts[0])
	// The pattern is walked in float64, its phase kept within one period,
	// and each step moves on by at least minDashStep: in float32 a step
	// to a dash's end could round to nothing and the loop never end (it
	// hung the map at 800 m a pixel over Pyongyang).
	const minDashStep = 1e-3
	var along float64 // where the segment starts in the dash pattern
	d, period := float64(dash), float64(dash)*1.5
	for _, p := range pts[1:] {
		x1, y1 := toPx(p)
		if dash <= 0 {
			rd.quad(x0, y0, x1, y1, w)
		} else {
			seg := math.Hypot(float64(x1-x0), float64(y1-y0))
			for t := 0.0; t < seg; {
				phase := math.Mod(along+t, period)
				var step float64
				if phase < d {
					step = min(d-phase, seg-t)
					a, b := float32(t/seg), float32(min(seg, t+step)/seg)
					rd.quad(x0+(x1-x0)*a, y0+(y1-y0)*a, x0+(x1-x0)*b, y0+(y1-y0)*b, w)
				} else {
					step = min(period-phase, seg-t)
				}
				t += max(step, minDashStep)
			}
			if !math.IsInf(seg, 0) && !math.IsNaN(seg) {
				along = math.Mod(along+seg, period)
			}
		}
		x0, y0 = x1, y1
	}
}

// quad adds the rectangle of width w around the segment (x0,y0)-(x1,y1),
// lengthened by half the width at both ends so that joints close.
func (rd *band) quad(x0, y0, x1, y1, w float32) {
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
