package maps

import (
	"image"
	"runtime"
	"sync"

	"korea1950/geodata"
	"korea1950/internal/palette"
)

// overlay draws what the geodata holds at one instant over the basemap:
// territory, fronts, arrows, messages, events and units. Its scene is
// built from the store on the UI goroutine, then painted in horizontal
// bands at the same time into a transparent raster above the basemap's.
// Every buffer is kept from frame to frame.
type overlay struct {
	sc      scene
	q       scratch
	shapes  shapes
	sprites spriteCache
	mask    landMask
	bands   []oband
	px      float32 // image pixels per view pixel of the last build

	// scratch for building
	ranges              [][2]int32
	tmp, tmp2           []vec
	ids                 []string
	stops, arcPts, far  []vec
	places              []*geodata.Feature
	named               []*geodata.Feature // places named at an edge this frame
	placed              []placedUnit
	hidden              int // units left out for want of room
	turns               []int
	itemTmp             []item
	img                 *image.RGBA
	painted, generation int
}

// oband is one horizontal strip of the overlay image: its brush, and the
// pixels it drew last time, to be cleared before the next frame.
type oband struct {
	y0, y1 int
	b      brush
	tl     tiler
	dirty  image.Rectangle
}

// image returns the overlay's image for w×h pixels, reallocated only when
// the size changes.
func (o *overlay) image(w, h int) *image.RGBA {
	if o.img == nil || o.img.Rect.Dx() != w || o.img.Rect.Dy() != h {
		o.img = image.NewRGBA(image.Rect(0, 0, w, h))
		o.bands = nil
	}
	n := max(1, min(runtime.GOMAXPROCS(0), 4, h))
	if len(o.bands) != n {
		o.bands = make([]oband, n)
		for i := range o.bands {
			o.bands[i].y0, o.bands[i].y1 = h*i/n, h*(i+1)/n
			o.bands[i].dirty = image.Rect(0, o.bands[i].y0, w, o.bands[i].y1)
		}
	}
	return o.img
}

// paint draws the scene into dst at px image pixels per view pixel; the
// land mask must be built for the same view and size.
func (o *overlay) paint(dst *image.RGBA, px float32) {
	var wg sync.WaitGroup
	for i := range o.bands {
		ob := &o.bands[i]
		wg.Add(1)
		go func() {
			defer wg.Done()
			o.paintBand(dst, ob, px)
		}()
	}
	wg.Wait()
}

func (o *overlay) paintBand(dst *image.RGBA, ob *oband, px float32) {
	own := image.Rect(0, ob.y0, dst.Rect.Dx(), ob.y1)
	d := ob.dirty.Intersect(own)
	for y := d.Min.Y; y < d.Max.Y; y++ {
		clear(dst.Pix[dst.PixOffset(d.Min.X, y):dst.PixOffset(d.Max.X, y)])
	}
	b := &ob.b
	b.target(dst, own)
	b.dirty = image.Rectangle{}
	sc := &o.sc
	if sc.tint {
		o.tintBand(dst, b, px)
	}
	scaled := func(r Rect) image.Rectangle {
		return image.Rect(int(floor32(float32(r.X)*px)), int(floor32(float32(r.Y)*px)), int(ceil32(float32(r.X+r.W)*px)), int(ceil32(float32(r.Y+r.H)*px)))
	}
	for i := range sc.items {
		it := &sc.items[i]
		switch it.op {
		case opFill:
			if !b.begin(scaled(it.box)) {
				continue
			}
			pts := sc.pts[it.p0:it.p1]
			b.moveTo(pts[0].X*px, pts[0].Y*px)
			for _, p := range pts[1:] {
				b.lineTo(p.X*px, p.Y*px)
			}
			b.closePath()
			b.end(it.col)
		case opStroke:
			if scaled(it.box).Intersect(b.clip).Empty() {
				continue
			}
			strokeTiled(b, &ob.tl, sc.pts[it.p0:it.p1], px, it.width, it.dash, it.col)
		case opSprite:
			at := image.Pt(int(it.x*px+0.5)-it.spr.ax, int(it.y*px+0.5)-it.spr.ay)
			b.dirty = b.dirty.Union(compose(dst, own, it.spr.img, at, uint32(it.alpha)))
		}
	}
	ob.dirty = b.dirty
}

// tintBand tints Korea's land within the band: the communist-held areas
// in HeldCommunist, the rest in HeldUN, through the land mask.
func (o *overlay) tintBand(dst *image.RGBA, b *brush, px float32) {
	lm := &o.mask
	area := lm.box.Intersect(b.clip)
	if area.Empty() {
		return
	}
	sc := &o.sc
	b.begin(area)
	for _, r := range sc.rings {
		pts := sc.pts[r[0]:r[1]]
		if len(pts) < 3 {
			continue
		}
		b.moveTo(pts[0].X*px, pts[0].Y*px)
		for _, p := range pts[1:] {
			b.lineTo(p.X*px, p.Y*px)
		}
		b.closePath()
	}
	held := b.mask()
	premul := func(c [4]uint8) [4]uint32 {
		a := uint32(c[3])
		return [4]uint32{uint32(c[0]) * a / 255, uint32(c[1]) * a / 255, uint32(c[2]) * a / 255, a}
	}
	hc, hu := palette.HeldCommunist, palette.HeldUN
	cm := premul([4]uint8{hc.R, hc.G, hc.B, hc.A})
	un := premul([4]uint8{hu.R, hu.G, hu.B, hu.A})
	for y := area.Min.Y; y < area.Max.Y; y++ {
		span := lm.rows[y]
		x0, x1 := max(int(span[0]), area.Min.X), min(int(span[1]), area.Max.X)
		if x0 >= x1 {
			continue
		}
		land := lm.a.Pix[y*lm.a.Stride:]
		hm := held.Pix[(y-area.Min.Y)*held.Stride:]
		d := dst.Pix[dst.PixOffset(0, y):]
		for x := x0; x < x1; x++ {
			l := uint32(land[x])
			if l == 0 {
				continue
			}
			a := uint32(hm[x-area.Min.X])
			na := 255 - a
			i := 4 * x
			d[i] = uint8(((cm[0]*a + un[0]*na) * l) / 65025)
			d[i+1] = uint8(((cm[1]*a + un[1]*na) * l) / 65025)
			d[i+2] = uint8(((cm[2]*a + un[2]*na) * l) / 65025)
			d[i+3] = uint8(((cm[3]*a + un[3]*na) * l) / 65025)
		}
	}
	b.dirty = b.dirty.Union(area)
}

// frame builds the scene for in and paints it into the overlay's image of
// w×h pixels, which it returns: everything a date change costs.
func (o *overlay) frame(in frameInput, w, h int, knock []Rect, knockVersion int) *image.RGBA {
	o.px = float32(float64(w) / max(in.vp.Width, 1))
	o.build(in)
	return o.draw(in.geo, in.vp, w, h, knock, knockVersion)
}

// draw paints the scene built last into the overlay's image of w×h pixels.
func (o *overlay) draw(geo *Geography, vp Viewport, w, h int, knock []Rect, knockVersion int) *image.RGBA {
	img := o.image(w, h)
	if o.sc.tint {
		o.mask.build(maskKey{geo: geo, vp: vp, w: w, h: h, knock: knockVersion}, knock)
	}
	o.paint(img, float32(float64(w)/max(vp.Width, 1)))
	return img
}
