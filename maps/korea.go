package maps

import (
	"image"
	"image/draw"
	"sync"

	"github.com/paulmach/orb"
	"golang.org/x/image/vector"
)

// koreaSea closes the peninsula's outline through the seas around it,
// from the Tumen's mouth round to the Yalu's: east of Ulleungdo, through
// the Korea Strait between Pusan and Tsushima, round Cheju and up the
// Yellow Sea. Tsushima and Kyushu stay outside.
var koreaSea = []orb.Point{
	{131.3, 42.0}, {131.3, 37.0}, {129.9, 35.6}, {128.9, 34.4}, {127.5, 33.8},
	{127.2, 32.9}, {124.0, 32.9}, {124.0, 39.6},
}

var koreaRings sync.Map // *Basemap → []orb.Point

// koreaRing returns Korea, the peninsula south of the Yalu and the Tumen,
// as a projected ring: the basemap's two rivers closed through the seas.
// It is computed once per basemap; nil if the basemap lacks either river.
func koreaRing(bm *Basemap) []orb.Point {
	if bm == nil {
		return nil
	}
	if r, ok := koreaRings.Load(bm); ok {
		return r.([]orb.Point)
	}
	var yalu, tumen []orb.Point
	for _, r := range bm.Rivers {
		if len(r.Paths) == 0 {
			continue
		}
		switch r.Names["en"] {
		case "Yalu":
			yalu = r.Paths[0].Points
		case "Tumen":
			tumen = r.Paths[0].Points
		}
	}
	var ring []orb.Point
	if len(yalu) > 1 && len(tumen) > 1 {
		// The Yalu runs from its source to its mouth: take it upstream.
		for i := len(yalu) - 1; i >= 0; i-- {
			ring = append(ring, yalu[i])
		}
		ring = append(ring, tumen...)
		for _, p := range koreaSea {
			ring = append(ring, Project(p))
		}
		ring = append(ring, ring[0])
	}
	koreaRings.Store(bm, ring)
	return ring
}

// landMask is the coverage of Korea's land in one view at one pixel size:
// where the territory tints may go. It is built when the view changes,
// from the same land polygons the basemap fills, and leaves out the
// rectangles of the labels' plates.
type landMask struct {
	key  maskKey
	a    image.Alpha
	box  image.Rectangle // where a is not zero
	tmp  []uint8
	r    vector.Rasterizer
	rows [][2]int32 // per row, the first and last x + 1 of land
}

type maskKey struct {
	geo   *Geography
	vp    Viewport
	w, h  int
	knock int // version of the knocked-out rectangles
}

// build computes the mask for key k, unless it has it already.
func (lm *landMask) build(k maskKey, knock []Rect) {
	if lm.key == k && lm.a.Pix != nil {
		return
	}
	lm.key = k
	w, h := k.w, k.h
	if cap(lm.a.Pix) < w*h {
		lm.a.Pix = make([]uint8, w*h)
	}
	lm.a = image.Alpha{Pix: lm.a.Pix[:w*h], Stride: w, Rect: image.Rect(0, 0, w, h)}
	clear(lm.a.Pix)
	lm.box = image.Rectangle{}
	if cap(lm.rows) < h {
		lm.rows = make([][2]int32, h)
	}
	lm.rows = lm.rows[:h]
	clear(lm.rows)
	if k.geo == nil || k.geo.Detail == nil {
		return
	}
	vp := k.vp
	px := float32(float64(w) / max(vp.Width, 1))
	ring := koreaRing(k.geo.Detail)
	bm := chooseBasemap(vp, k.geo.Detail, k.geo.Coarse)
	if ring == nil || bm == nil {
		return
	}
	toPx := func(m orb.Point) (float32, float32) {
		x, y := vp.WorldToPixel(m)
		return float32(x) * px, float32(y) * px
	}
	var pts []vec
	for _, p := range ring {
		x, y := toPx(p)
		pts = append(pts, vec{x, y})
	}
	box := boundOf(pts, 1).Intersect(lm.a.Rect)
	if box.Empty() {
		return
	}
	ox, oy := float32(box.Min.X), float32(box.Min.Y)
	raster := func(dst []uint8, add func()) *image.Alpha {
		m := &image.Alpha{Pix: dst, Stride: box.Dx(), Rect: image.Rect(0, 0, box.Dx(), box.Dy())}
		lm.r.Reset(box.Dx(), box.Dy())
		lm.r.DrawOp = draw.Src
		add()
		lm.r.Draw(m, m.Rect, image.Opaque, image.Point{})
		return m
	}
	n := box.Dx() * box.Dy()
	if cap(lm.tmp) < 2*n {
		lm.tmp = make([]uint8, 2*n)
	}
	korea := raster(lm.tmp[:n], func() {
		lm.r.MoveTo(pts[0].X-ox, pts[0].Y-oy)
		for _, p := range pts[1:] {
			lm.r.LineTo(p.X-ox, p.Y-oy)
		}
		lm.r.ClosePath()
	})
	worldBox := orb.Bound{Min: vp.pixelToWorld(float64(box.Min.X)/float64(px), float64(box.Max.Y)/float64(px)),
		Max: vp.pixelToWorld(float64(box.Max.X)/float64(px), float64(box.Min.Y)/float64(px))}
	land := raster(lm.tmp[n:2*n], func() {
		for _, p := range bm.Land {
			if !p.Bound.Intersects(worldBox) {
				continue
			}
			x, y := toPx(p.Points[0])
			lm.r.MoveTo(x-ox, y-oy)
			for _, q := range p.Points[1:] {
				x, y = toPx(q)
				lm.r.LineTo(x-ox, y-oy)
			}
			lm.r.ClosePath()
		}
	})
	for y := 0; y < box.Dy(); y++ {
		first, last := int32(-1), int32(0)
		row := lm.a.Pix[(box.Min.Y+y)*w+box.Min.X:][:box.Dx()]
		for x := range row {
			v := uint32(korea.Pix[y*box.Dx()+x]) * uint32(land.Pix[y*box.Dx()+x]) / 255
			row[x] = uint8(v)
			if v > 0 {
				if first < 0 {
					first = int32(box.Min.X + x)
				}
				last = int32(box.Min.X + x + 1)
			}
		}
		if first >= 0 {
			lm.rows[box.Min.Y+y] = [2]int32{first, last}
		}
	}
	for _, r := range knock {
		kr := image.Rect(int(float32(r.X)*px), int(float32(r.Y)*px), int(ceil32(float32(r.X+r.W)*px)), int(ceil32(float32(r.Y+r.H)*px))).Intersect(lm.a.Rect)
		for y := kr.Min.Y; y < kr.Max.Y; y++ {
			clear(lm.a.Pix[y*w+kr.Min.X : y*w+kr.Max.X])
		}
	}
	lm.box = box
}
