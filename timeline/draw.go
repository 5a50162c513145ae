package timeline

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"fyne.io/fyne/v2"
	"golang.org/x/image/vector"

	"korea1950/internal/palette"
)

// paint draws the scene's shapes into one image of w×h pixels: the
// ruler's ticks, the era bands, the lanes, the density strip, the spans,
// the arrows and the markers, in that order. Texts are left to the
// renderer's canvas.Text objects.
func paint(s *scene, w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	if s == nil || s.size.Width <= 0 {
		return img
	}
	p := &painter{img: img, k: float32(w) / s.size.Width}
	for _, r := range s.rects {
		p.rect(r)
	}
	for _, a := range s.arrows {
		p.arrow(a)
	}
	for _, m := range s.markers {
		p.marker(m)
	}
	return img
}

// painter fills anti-aliased paths given in device-independent pixels;
// each path is rasterized over its own bounding box only.
type painter struct {
	img  *image.RGBA
	k    float32 // pixels per device-independent pixel
	z    vector.Rasterizer
	box  image.Rectangle
	open bool
}

// begin starts a path that lies within the given bounds.
func (p *painter) begin(x0, y0, x1, y1 float32) bool {
	r := image.Rect(int(math.Floor(float64(x0*p.k)))-1, int(math.Floor(float64(y0*p.k)))-1,
		int(math.Ceil(float64(x1*p.k)))+1, int(math.Ceil(float64(y1*p.k)))+1)
	p.box = r.Intersect(p.img.Bounds())
	if p.box.Empty() {
		return false
	}
	p.z.Reset(r.Dx(), r.Dy())
	p.z.DrawOp = draw.Over
	p.box = r
	return true
}

func (p *painter) moveTo(x, y float32) {
	p.z.MoveTo(x*p.k-float32(p.box.Min.X), y*p.k-float32(p.box.Min.Y))
}

func (p *painter) lineTo(x, y float32) {
	p.z.LineTo(x*p.k-float32(p.box.Min.X), y*p.k-float32(p.box.Min.Y))
}

// polygon adds a closed polygon to the path.
func (p *painter) polygon(pts ...[2]float32) {
	p.moveTo(pts[0][0], pts[0][1])
	for _, q := range pts[1:] {
		p.lineTo(q[0], q[1])
	}
	p.z.ClosePath()
}

// end fills the path with c. Parts outside the image are left out.
func (p *painter) end(c color.NRGBA) {
	clip := p.box.Intersect(p.img.Bounds())
	if clip.Empty() {
		return
	}
	if clip != p.box {
		// Rasterize whole, then copy the part inside the image.
		tmp := image.NewRGBA(image.Rect(0, 0, p.box.Dx(), p.box.Dy()))
		p.z.Draw(tmp, tmp.Bounds(), image.NewUniform(c), image.Point{})
		blendOver(p.img, clip, tmp, clip.Min.Sub(p.box.Min))
		return
	}
	p.z.Draw(p.img, p.box, image.NewUniform(c), image.Point{})
}

// blendOver composites src (premultiplied) over dst in r, src's origin at sp.
func blendOver(dst *image.RGBA, r image.Rectangle, src *image.RGBA, sp image.Point) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			si := src.PixOffset(sp.X+x-r.Min.X, sp.Y+y-r.Min.Y)
			a := uint32(src.Pix[si+3])
			if a == 0 {
				continue
			}
			di := dst.PixOffset(x, y)
			for c := 0; c < 4; c++ {
				dst.Pix[di+c] = uint8(uint32(src.Pix[si+c]) + uint32(dst.Pix[di+c])*(255-a)/255)
			}
		}
	}
}

// rect fills an axis-aligned rectangle, its edges on whole pixels
// (at least one pixel wide, so that a tick never vanishes).
func (p *painter) rect(r rect) {
	x0, x1 := int(math.Round(float64(r.x0*p.k))), int(math.Round(float64(r.x1*p.k)))
	y0, y1 := int(math.Round(float64(r.y0*p.k))), int(math.Round(float64(r.y1*p.k)))
	x1, y1 = max(x1, x0+1), max(y1, y0+1)
	draw.Draw(p.img, image.Rect(x0, y0, x1, y1), image.NewUniform(r.col), image.Point{}, draw.Over)
}

// chunk is the width, in pixels, of the column strips a long polygon is
// rasterized in, each over the polygon's own height in that strip, so
// that a long diagonal arrow costs its length, not its bounding box.
const chunk = 64

// convex fills a convex polygon strip by strip.
func (p *painter) convex(c color.NRGBA, pts ...[2]float32) {
	minX, maxX := pts[0][0], pts[0][0]
	for _, q := range pts {
		minX, maxX = min(minX, q[0]), max(maxX, q[0])
	}
	step := chunk / p.k
	for x := float32(math.Floor(float64(minX))); x < maxX; x += step {
		y0, y1, ok := columnRange(pts, x, x+step)
		if !ok || !p.begin(x, y0, x+step, y1) {
			continue
		}
		p.polygon(pts...)
		p.end(c)
	}
}

// columnRange is the vertical extent of a convex polygon between x0 and x1.
func columnRange(pts [][2]float32, x0, x1 float32) (lo, hi float32, ok bool) {
	lo, hi = float32(math.MaxFloat32), -float32(math.MaxFloat32)
	see := func(y float32) { lo, hi, ok = min(lo, y), max(hi, y), true }
	for i, a := range pts {
		b := pts[(i+1)%len(pts)]
		if a[0] >= x0 && a[0] <= x1 {
			see(a[1])
		}
		for _, x := range []float32{x0, x1} {
			if (a[0]-x)*(b[0]-x) < 0 {
				see(a[1] + (b[1]-a[1])*(x-a[0])/(b[0]-a[0]))
			}
		}
	}
	return lo, hi, ok
}

// disc fills a circle.
func (p *painter) disc(x, y, r float32, c color.NRGBA) {
	if p.begin(x-r, y-r, x+r, y+r) {
		p.circlePath(x, y, r)
		p.end(c)
	}
}

func (p *painter) circlePath(x, y, r float32) {
	const n = 20
	pts := make([][2]float32, n)
	for i := range pts {
		a := -2 * math.Pi * float64(i) / n
		pts[i] = [2]float32{x + r*float32(math.Cos(a)), y + r*float32(math.Sin(a))}
	}
	p.polygon(pts...)
}

// outline is the dark edge drawn around every marker, so that a marker
// reads on any lane or band and light colours keep their shape; casing is
// a light edge outside it, so that dark colours (the Soviet Union's) read
// on a dark theme too.
var (
	outline = color.NRGBA{0x20, 0x20, 0x20, 0xE0}
	casing  = color.NRGBA{0xFF, 0xFF, 0xFF, 0xA0}
)

// shapePts returns the corners of a diamond or triangle of radius r.
func shapePts(sh shape, x, y, r float32) [][2]float32 {
	if sh == diamond {
		return [][2]float32{{x, y - r}, {x + r, y}, {x, y + r}, {x - r, y}}
	}
	return [][2]float32{{x - r*0.8, y - r}, {x + r, y}, {x - r*0.8, y + r}}
}

func (p *painter) marker(m marker) {
	if m.selected {
		p.disc(m.x, m.y, m.r+5, palette.Selected)
	}
	if m.shape == circle {
		p.disc(m.x, m.y, m.r+2, casing)
		p.disc(m.x, m.y, m.r+1, outline)
		if m.hollow {
			p.disc(m.x, m.y, m.r-1, color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF})
		} else {
			p.disc(m.x, m.y, m.r, m.col)
		}
		return
	}
	if !p.begin(m.x-m.r-4, m.y-m.r-4, m.x+m.r+4, m.y+m.r+4) {
		return
	}
	p.polygon(shapePts(m.shape, m.x, m.y, m.r+2.6)...)
	p.end(casing)
	p.begin(m.x-m.r-2, m.y-m.r-2, m.x+m.r+2, m.y+m.r+2)
	p.polygon(shapePts(m.shape, m.x, m.y, m.r+1.3)...)
	p.end(outline)
	p.begin(m.x-m.r-2, m.y-m.r-2, m.x+m.r+2, m.y+m.r+2)
	inner := m.col
	if m.hollow { // an unsent draft: an empty shape
		inner = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
	}
	p.polygon(shapePts(m.shape, m.x, m.y, m.r-0.2)...)
	p.end(inner)
}

// stroke draws a polyline of width w, segment by segment, with a round
// join at each bend.
func (p *painter) stroke(pts []fyne.Position, w float32, c color.NRGBA) {
	h := w / 2
	for i := 0; i+1 < len(pts); i++ {
		a, b := pts[i], pts[i+1]
		dx, dy := b.X-a.X, b.Y-a.Y
		l := float32(math.Hypot(float64(dx), float64(dy)))
		if l == 0 {
			continue
		}
		nx, ny := -dy/l*h, dx/l*h
		p.convex(c, [2]float32{a.X + nx, a.Y + ny}, [2]float32{b.X + nx, b.Y + ny},
			[2]float32{b.X - nx, b.Y - ny}, [2]float32{a.X - nx, a.Y - ny})
		if i > 0 {
			p.disc(a.X, a.Y, h, c)
		}
	}
}

// dashes cuts a polyline into dashes of on pixels with gaps of off.
func dashes(pts []fyne.Position, on, off float32) [][]fyne.Position {
	var out [][]fyne.Position
	var cur []fyne.Position
	drawing, left := true, on
	cur = append(cur, pts[0])
	for i := 0; i+1 < len(pts); i++ {
		a, b := pts[i], pts[i+1]
		l := float32(math.Hypot(float64(b.X-a.X), float64(b.Y-a.Y)))
		pos := float32(0)
		for l-pos > left {
			pos += left
			q := fyne.NewPos(a.X+(b.X-a.X)*pos/l, a.Y+(b.Y-a.Y)*pos/l)
			if drawing {
				out = append(out, append(cur, q))
				cur = nil
				left = off
			} else {
				cur = []fyne.Position{q}
				left = on
			}
			drawing = !drawing
		}
		left -= l - pos
		if drawing {
			cur = append(cur, b)
		}
	}
	if drawing && len(cur) > 1 {
		out = append(out, cur)
	}
	return out
}

func (p *painter) arrow(a arrow) {
	col := a.col
	if a.soft {
		col = palette.WithAlpha(col, 0.5)
	}
	if a.selected {
		p.stroke(a.pts, 8, palette.Selected)
	}
	if a.dashed {
		for _, d := range dashes(a.pts, 6, 4) {
			p.stroke(d, 2, col)
		}
	} else {
		p.stroke(a.pts, 2, col)
	}
	first := a.pts[0]
	p.disc(first.X, first.Y, 3, col)
	if !a.head {
		return
	}
	b, c := a.pts[len(a.pts)-2], a.pts[len(a.pts)-1]
	dx, dy := c.X-b.X, c.Y-b.Y
	l := float32(math.Hypot(float64(dx), float64(dy)))
	if l == 0 {
		return
	}
	ux, uy := dx/l, dy/l
	const hl, hw = 9, 4.5
	if p.begin(c.X-hl-1, c.Y-hl-1, c.X+hl+1, c.Y+hl+1) {
		p.polygon([2]float32{c.X, c.Y},
			[2]float32{c.X - ux*hl - uy*hw, c.Y - uy*hl + ux*hw},
			[2]float32{c.X - ux*hl + uy*hw, c.Y - uy*hl - ux*hw})
		p.end(col)
	}
}
