package app

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
)

// The ink is painted in three layers of coverage, each in one colour and
// blended over the one below: the white edge, the pen, the laser. Within
// a layer, overlapping segments keep the larger coverage rather than
// adding up, so that a fading trail has no dark beads at its joints.
const (
	layerEdge = iota
	layerPen
	layerLaser
)

var inkLayerColours = [3]color.NRGBA{colorEdge, colorPen, colorLaser}

// paint is the raster's generator: the ink at w×h pixels, transparent
// where there is none.
func (i *ink) paint(w, h int) image.Image {
	if i.img == nil || i.img.Bounds().Dx() != w || i.img.Bounds().Dy() != h {
		i.img = image.NewRGBA(image.Rect(0, 0, w, h))
		for l := range i.masks {
			i.masks[l] = make([]uint8, w*h)
		}
	} else {
		clear(i.img.Pix)
		for l := range i.masks {
			clear(i.masks[l])
		}
	}
	scale := float32(1)
	if sz := i.Size(); sz.Width > 0 {
		scale = float32(w) / sz.Width
	}
	p := inkPainter{w: w, h: h, masks: &i.masks, scale: scale, box: image.Rectangle{}}
	for _, st := range i.strokes {
		p.polyline(layerEdge, st, penWidth+2*inkCasing, 1)
		p.polyline(layerPen, st, penWidth, 1)
	}
	if n := len(i.trail); n > 0 {
		now := i.clock.Now()
		life := func(k int) float32 { // 1 when new, 0 when faded
			return max(0, 1-float32(now.Sub(i.trail[k].t))/float32(inkFade))
		}
		for k := 1; k < n; k++ {
			// Strong for the first part of its life, then fading out.
			a := min(1, 1.6*life(k))
			width := laserWidth * (1 + 2*a) / 3
			seg := []fyne.Position{i.trail[k-1].at, i.trail[k].at}
			p.polyline(layerLaser, seg, width*laserGlowed, a*0.3)
			p.polyline(layerLaser, seg, width, a)
		}
		// The dot holds while the mouse rests, then fades in the second
		// half of inkFade.
		a := min(1, 2*life(n-1))
		dot := []fyne.Position{i.trail[n-1].at}
		p.polyline(layerEdge, dot, 2*(laserDot+inkCasing), a)
		p.polyline(layerLaser, dot, 2*laserDot, a)
	}
	p.composite(i.img)
	return i.img
}

// inkPainter draws coverage into the masks, in pixels.
type inkPainter struct {
	w, h  int
	masks *[3][]uint8
	scale float32         // pixels per device-independent pixel
	box   image.Rectangle // the pixels touched so far
}

// polyline draws a line of the given width (device-independent pixels)
// through pts, with round ends and joins, at coverage alpha; a single
// point is a disc.
func (p *inkPainter) polyline(layer int, pts []fyne.Position, width, alpha float32) {
	if alpha <= 0 || len(pts) == 0 {
		return
	}
	r := width / 2 * p.scale
	if len(pts) == 1 {
		a := pts[0]
		p.segment(layer, a.X*p.scale, a.Y*p.scale, a.X*p.scale, a.Y*p.scale, r, alpha)
		return
	}
	for k := 1; k < len(pts); k++ {
		a, b := pts[k-1], pts[k]
		p.segment(layer, a.X*p.scale, a.Y*p.scale, b.X*p.scale, b.Y*p.scale, r, alpha)
	}
}

// segment draws a capsule of radius r from (ax, ay) to (bx, by), its edge
// anti-aliased over a pixel.
func (p *inkPainter) segment(layer int, ax, ay, bx, by, r, alpha float32) {
	x0 := max(0, int(math.Floor(float64(min(ax, bx)-r-1))))
	y0 := max(0, int(math.Floor(float64(min(ay, by)-r-1))))
	x1 := min(p.w, int(math.Ceil(float64(max(ax, bx)+r+1))))
	y1 := min(p.h, int(math.Ceil(float64(max(ay, by)+r+1))))
	if x0 >= x1 || y0 >= y1 {
		return
	}
	p.box = p.box.Union(image.Rect(x0, y0, x1, y1))
	m := p.masks[layer]
	dx, dy := bx-ax, by-ay
	l2 := dx*dx + dy*dy
	for y := y0; y < y1; y++ {
		py := float32(y) + 0.5
		for x := x0; x < x1; x++ {
			px := float32(x) + 0.5
			t := float32(0)
			if l2 > 0 {
				t = min(1, max(0, ((px-ax)*dx+(py-ay)*dy)/l2))
			}
			qx, qy := ax+t*dx-px, ay+t*dy-py
			d := float32(math.Sqrt(float64(qx*qx + qy*qy)))
			c := min(1, max(0, r+0.5-d)) * alpha
			if v := uint8(c*255 + 0.5); v > m[y*p.w+x] {
				m[y*p.w+x] = v
			}
		}
	}
}

// composite blends the layers' colours by their coverage into img, which
// is clear, over the pixels touched.
func (p *inkPainter) composite(img *image.RGBA) {
	for y := p.box.Min.Y; y < p.box.Max.Y; y++ {
		for x := p.box.Min.X; x < p.box.Max.X; x++ {
			idx := y*p.w + x
			var r, g, b, a float32
			for l, c := range inkLayerColours {
				cov := float32(p.masks[l][idx]) / 255
				if cov == 0 {
					continue
				}
				r = float32(c.R)*cov + r*(1-cov)
				g = float32(c.G)*cov + g*(1-cov)
				b = float32(c.B)*cov + b*(1-cov)
				a = 255*cov + a*(1-cov)
			}
			if a == 0 {
				continue
			}
			o := img.PixOffset(x, y)
			img.Pix[o], img.Pix[o+1], img.Pix[o+2], img.Pix[o+3] = uint8(r+0.5), uint8(g+0.5), uint8(b+0.5), uint8(a+0.5)
		}
	}
}
