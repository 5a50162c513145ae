package maps

import (
	"image"
	"image/color"
	"math"
)

// strokeTile is the side, in image pixels, of the square tiles a line is
// rasterized in.
const strokeTile = 16

// tiler keeps the buffers of strokeTiled from one line to the next.
type tiler struct {
	quads   [][4]vec
	heads   []int32 // per tile of the stroke's bound: its first entry, or -1
	next    []int32 // per entry: the next entry of the same tile, or -1
	quadOf  []int32 // per entry: its quad
	touched []int32 // the tiles with entries, in the order first met
}

// strokeTiled draws a polyline of width w, dashed if dash > 0, its points
// scaled by px, in colour c. The line is cut into quads no longer than a
// tile; each tile of strokeTile pixels that quads touch is rasterized
// once, with every quad that touches it. A long thin line so costs about
// its own area rather than its bound's, and where quads overlap (at
// joints, and between the pieces of a long segment) each pixel is
// covered once, so that a translucent line is even.
func strokeTiled(b *brush, tl *tiler, pts []vec, px, w, dash float32, c color.NRGBA) {
	if len(pts) < 2 || c.A == 0 {
		return
	}
	w, dash = w*px, dash*px
	pad := w/2 + 1
	sb := image.Rectangle{}
	for i, p := range pts {
		r := image.Rect(int(floor32(p.X*px-pad)), int(floor32(p.Y*px-pad)), int(ceil32(p.X*px+pad)), int(ceil32(p.Y*px+pad)))
		if i == 0 {
			sb = r
		} else {
			sb = sb.Union(r)
		}
	}
	sb = sb.Intersect(b.clip)
	if sb.Empty() {
		return
	}
	tl.quads = strokeQuads(tl.quads[:0], pts, px, w, dash)
	if len(tl.quads) == 0 {
		return
	}
	// Index the quads by tile, over the tiles of the stroke's bound.
	tx0, ty0 := sb.Min.X/strokeTile, sb.Min.Y/strokeTile
	ntx, nty := (sb.Max.X-1)/strokeTile-tx0+1, (sb.Max.Y-1)/strokeTile-ty0+1
	if n := ntx * nty; cap(tl.heads) < n {
		tl.heads = make([]int32, n)
		for i := range tl.heads {
			tl.heads[i] = -1
		}
	}
	heads := tl.heads[:ntx*nty]
	tl.next, tl.quadOf, tl.touched = tl.next[:0], tl.quadOf[:0], tl.touched[:0]
	for qi, q := range tl.quads {
		x0, y0, x1, y1 := q[0].X, q[0].Y, q[0].X, q[0].Y
		for _, p := range q[1:] {
			x0, y0, x1, y1 = min(x0, p.X), min(y0, p.Y), max(x1, p.X), max(y1, p.Y)
		}
		c0 := max(int(floor32(x0-1)), sb.Min.X)/strokeTile - tx0
		r0 := max(int(floor32(y0-1)), sb.Min.Y)/strokeTile - ty0
		c1 := min(int(ceil32(x1+1)), sb.Max.X-1)/strokeTile - tx0
		r1 := min(int(ceil32(y1+1)), sb.Max.Y-1)/strokeTile - ty0
		for ty := r0; ty <= r1; ty++ {
			for tx := c0; tx <= c1; tx++ {
				t := ty*ntx + tx
				if heads[t] < 0 {
					tl.touched = append(tl.touched, int32(t))
				}
				tl.next = append(tl.next, heads[t])
				tl.quadOf = append(tl.quadOf, int32(qi))
				heads[t] = int32(len(tl.next) - 1)
			}
		}
	}
	for _, t := range tl.touched {
		tx, ty := int(t)%ntx+tx0, int(t)/ntx+ty0
		area := image.Rect(tx*strokeTile, ty*strokeTile, (tx+1)*strokeTile, (ty+1)*strokeTile).Intersect(sb)
		if b.begin(area) {
			for e := heads[t]; e >= 0; e = tl.next[e] {
				q := &tl.quads[tl.quadOf[e]]
				b.moveTo(q[0].X, q[0].Y)
				b.lineTo(q[1].X, q[1].Y)
				b.lineTo(q[2].X, q[2].Y)
				b.lineTo(q[3].X, q[3].Y)
				b.closePath()
			}
			b.end(c)
		}
		heads[t] = -1
	}
}

// strokeQuads appends the quads of a polyline of width w (in image
// pixels, as is dash), its points scaled by px: one per segment, or per
// dash with gaps of half a dash, each lengthened by half the width at
// both ends so that joints close, and cut into pieces of at most a tile.
func strokeQuads(out [][4]vec, pts []vec, px, w, dash float32) [][4]vec {
	emit := func(x0, y0, x1, y1 float32) {
		dx, dy := x1-x0, y1-y0
		l := float32(math.Hypot(float64(dx), float64(dy)))
		if l == 0 {
			return
		}
		ux, uy := dx/l, dy/l
		nx, ny := -uy*w/2, ux*w/2
		n := int(math.Ceil(float64(l / strokeTile)))
		for i := 0; i < n; i++ {
			a, e := l*float32(i)/float32(n)-w/2, l*float32(i+1)/float32(n)+w/2
			ax, ay, ex, ey := x0+ux*a, y0+uy*a, x0+ux*e, y0+uy*e
			out = append(out, [4]vec{{ax + nx, ay + ny}, {ex + nx, ey + ny}, {ex - nx, ey - ny}, {ax - nx, ay - ny}})
		}
	}
	d := float64(dash)
	period := d * 1.5
	along := 0.0
	for i := 1; i < len(pts); i++ {
		x0, y0, x1, y1 := pts[i-1].X*px, pts[i-1].Y*px, pts[i].X*px, pts[i].Y*px
		seg := math.Hypot(float64(x1-x0), float64(y1-y0))
		if dash <= 0 {
			emit(x0, y0, x1, y1)
			continue
		}
		for t := 0.0; t < seg; {
			phase := math.Mod(along+t, period)
			var step float64
			if phase < d {
				step = min(d-phase, seg-t)
				a, c := float32(t/seg), float32((t+step)/seg)
				emit(x0+(x1-x0)*a, y0+(y1-y0)*a, x0+(x1-x0)*c, y0+(y1-y0)*c)
			} else {
				step = min(period-phase, seg-t)
			}
			t += max(step, 1e-3) // rounding must not stall the walk
		}
		along += seg
	}
	return out
}
