package maps

import (
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// vec is a point in pixels.
type vec struct{ X, Y float32 }

// brush rasterizes one shape at a time into a premultiplied RGBA image,
// within a clip rectangle: a band of the overlay, or a symbol's sprite.
// The shape's coverage goes into a mask the size of the shape's bound,
// which is then blended in one colour. A brush keeps its buffers between
// shapes, so drawing allocates nothing once they have grown.
type brush struct {
	r     vector.Rasterizer
	buf   []uint8
	alpha image.Alpha // the coverage mask over buf
	dst   *image.RGBA
	clip  image.Rectangle
	area  image.Rectangle // the current shape's bound within clip
	ox    float32         // area's origin, subtracted from every point
	oy    float32
	dirty image.Rectangle // everything blended since reset
}

// target sets the image and the clip rectangle the brush draws into.
func (b *brush) target(dst *image.RGBA, clip image.Rectangle) {
	b.dst, b.clip = dst, clip.Intersect(dst.Rect)
}

// begin starts a shape whose pixels lie within bound; it returns false if
// nothing of it falls within the clip.
func (b *brush) begin(bound image.Rectangle) bool {
	b.area = bound.Intersect(b.clip)
	if b.area.Empty() {
		return false
	}
	b.ox, b.oy = float32(b.area.Min.X), float32(b.area.Min.Y)
	b.r.Reset(b.area.Dx(), b.area.Dy())
	b.r.DrawOp = draw.Src
	return true
}

func (b *brush) moveTo(x, y float32) { b.r.MoveTo(x-b.ox, y-b.oy) }
func (b *brush) lineTo(x, y float32) { b.r.LineTo(x-b.ox, y-b.oy) }
func (b *brush) closePath()          { b.r.ClosePath() }

// mask rasterizes the shape begun and returns its coverage over area.
func (b *brush) mask() *image.Alpha {
	n := b.area.Dx() * b.area.Dy()
	if cap(b.buf) < n {
		b.buf = make([]uint8, n)
	}
	m := &b.alpha // kept in the brush: a new one would escape to the heap
	*m = image.Alpha{Pix: b.buf[:n], Stride: b.area.Dx(), Rect: image.Rect(0, 0, b.area.Dx(), b.area.Dy())}
	b.r.Draw(m, m.Rect, image.Opaque, image.Point{})
	return m
}

// end rasterizes the shape and blends it in colour c over what is there.
func (b *brush) end(c color.NRGBA) {
	if c.A == 0 {
		return
	}
	blendOver(b.dst, b.area.Min, b.mask(), c)
	b.dirty = b.dirty.Union(b.area)
}

// ring adds a closed polygon.
func (b *brush) ring(pts []vec) {
	if len(pts) < 3 {
		return
	}
	b.moveTo(pts[0].X, pts[0].Y)
	for _, p := range pts[1:] {
		b.lineTo(p.X, p.Y)
	}
	b.closePath()
}

// polyline adds a line of width w as one quad per segment (or per dash:
// a dash length above zero draws dashes with gaps of half their length).
func (b *brush) polyline(pts []vec, w, dash float32) {
	b.polylineFrom(pts, w, dash, 0)
}

// polylineFrom is polyline with the dash pattern starting at along; it
// returns where the pattern ends, for the next piece of the same line.
func (b *brush) polylineFrom(pts []vec, w, dash float32, along float64) float64 {
	if len(pts) < 2 {
		return along
	}
	d := float64(dash)
	period := d * 1.5
	for i := 1; i < len(pts); i++ {
		x0, y0, x1, y1 := pts[i-1].X, pts[i-1].Y, pts[i].X, pts[i].Y
		seg := math.Hypot(float64(x1-x0), float64(y1-y0))
		if dash <= 0 {
			b.quad(x0, y0, x1, y1, w)
			along += seg
			continue
		}
		seg = math.Hypot(float64(x1-x0), float64(y1-y0))
		for t := 0.0; t < seg; {
			phase := math.Mod(along+t, period)
			var step float64
			if phase < d {
				step = min(d-phase, seg-t)
				a, c := float32(t/seg), float32((t+step)/seg)
				b.quad(x0+(x1-x0)*a, y0+(y1-y0)*a, x0+(x1-x0)*c, y0+(y1-y0)*c, w)
			} else {
				step = min(period-phase, seg-t)
			}
			t += max(step, 1e-3) // rounding must not stall the walk
		}
		along += seg
	}
	return along
}

// quad adds the rectangle of width w around a segment, lengthened by half
// the width at each end so that joints close.
func (b *brush) quad(x0, y0, x1, y1, w float32) {
	dx, dy := x1-x0, y1-y0
	l := float32(math.Hypot(float64(dx), float64(dy)))
	if l == 0 {
		return
	}
	ux, uy := dx/l*w/2, dy/l*w/2
	x0, y0, x1, y1 = x0-ux, y0-uy, x1+ux, y1+uy
	nx, ny := -uy, ux
	b.moveTo(x0+nx, y0+ny)
	b.lineTo(x1+nx, y1+ny)
	b.lineTo(x1-nx, y1-ny)
	b.lineTo(x0-nx, y0-ny)
	b.closePath()
}

// circle adds a disc of radius r, or a ring of width w when w > 0.
func (b *brush) circle(cx, cy, r, w float32) {
	const n = 28
	pt := func(i int, r float32) (float32, float32) {
		a := float64(i) * 2 * math.Pi / n
		return cx + r*float32(math.Cos(a)), cy + r*float32(math.Sin(a))
	}
	if w <= 0 {
		b.moveTo(pt(0, r))
		for i := 1; i < n; i++ {
			b.lineTo(pt(i, r))
		}
		b.closePath()
		return
	}
	var ring [n + 1]vec
	for i := range ring {
		x, y := pt(i, r-w/2)
		ring[i] = vec{x, y}
	}
	b.polyline(ring[:], w, 0)
}

// boundOf returns the pixel rectangle around points, padded by pad.
func boundOf(pts []vec, pad float32) image.Rectangle {
	if len(pts) == 0 {
		return image.Rectangle{}
	}
	x0, y0, x1, y1 := pts[0].X, pts[0].Y, pts[0].X, pts[0].Y
	for _, p := range pts[1:] {
		x0, y0, x1, y1 = min(x0, p.X), min(y0, p.Y), max(x1, p.X), max(y1, p.Y)
	}
	return image.Rect(int(floor32(x0-pad)), int(floor32(y0-pad)), int(ceil32(x1+pad)), int(ceil32(y1+pad)))
}

func floor32(x float32) float32 { return float32(math.Floor(float64(max(min(x, 1e6), -1e6)))) }
func ceil32(x float32) float32  { return float32(math.Ceil(float64(max(min(x, 1e6), -1e6)))) }

// blendOver paints colour c through the coverage mask, whose top-left
// pixel lies at dst's pixel at, over dst's premultiplied pixels.
func blendOver(dst *image.RGBA, at image.Point, mask *image.Alpha, c color.NRGBA) {
	w := mask.Rect.Dx()
	ca := uint32(c.A)
	pr, pg, pb := uint32(c.R)*ca, uint32(c.G)*ca, uint32(c.B)*ca // premultiplied, ×255
	for y := 0; y < mask.Rect.Dy(); y++ {
		m := mask.Pix[y*mask.Stride:][:w]
		d := dst.Pix[dst.PixOffset(at.X, at.Y+y):][:4*w]
		for x := 0; x < w; x++ {
			// Most of a stroke's mask is empty: skip it eight at a time.
			if x+8 <= w && binary.LittleEndian.Uint64(m[x:]) == 0 {
				x += 7
				continue
			}
			cov := m[x]
			if cov == 0 {
				continue
			}
			a := uint32(cov) * ca // alpha ×255
			na := 255*255 - a
			i := 4 * x
			d[i] = uint8((pr*uint32(cov) + uint32(d[i])*na + 32512) / 65025)
			d[i+1] = uint8((pg*uint32(cov) + uint32(d[i+1])*na + 32512) / 65025)
			d[i+2] = uint8((pb*uint32(cov) + uint32(d[i+2])*na + 32512) / 65025)
			d[i+3] = uint8((a*255 + uint32(d[i+3])*na + 32512) / 65025)
		}
	}
}

// compose draws the premultiplied image src with its origin at dst's
// pixel at, at opacity alpha (0..255), over dst, within clip.
func compose(dst *image.RGBA, clip image.Rectangle, src *image.RGBA, at image.Point, alpha uint32) image.Rectangle {
	r := src.Rect.Sub(src.Rect.Min).Add(at).Intersect(clip)
	if r.Empty() || alpha == 0 {
		return image.Rectangle{}
	}
	w := r.Dx()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		s := src.Pix[src.PixOffset(src.Rect.Min.X+r.Min.X-at.X, src.Rect.Min.Y+y-at.Y):][:4*w]
		d := dst.Pix[dst.PixOffset(r.Min.X, y):][:4*w]
		for i := 0; i < 4*w; i += 4 {
			sa := uint32(s[i+3]) * alpha
			if sa == 0 {
				continue
			}
			na := 255*255 - sa
			d[i] = uint8((uint32(s[i])*alpha + uint32(d[i])*na/255 + 127) / 255)
			d[i+1] = uint8((uint32(s[i+1])*alpha + uint32(d[i+1])*na/255 + 127) / 255)
			d[i+2] = uint8((uint32(s[i+2])*alpha + uint32(d[i+2])*na/255 + 127) / 255)
			d[i+3] = uint8((sa + uint32(d[i+3])*na/255 + 127) / 255)
		}
	}
	return r
}
