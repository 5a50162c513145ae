package maps

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"korea1950/geodata"
)

// hitRadius is how far from a feature, in device-independent pixels, a
// tap still picks it.
const hitRadius = 12

// featureAt returns the feature drawn under the view pixel (x, y): the
// first class of hitClass that has one within hitRadius, and in it the
// nearest; a territory only where the point is on its land.
func (o *overlay) featureAt(x, y float32) *geodata.Feature {
	sc := &o.sc
	var best [hitClasses]*geodata.Feature
	var bestD [hitClasses]float32
	for i := range bestD {
		bestD[i] = math.MaxFloat32
	}
	for _, h := range sc.hits {
		var d float32
		switch {
		case h.class == hitTerritory:
			if !o.inArea(h, x, y) {
				continue
			}
		case h.p0 < 0:
			d = max(float32(math.Hypot(float64(x-h.x), float64(y-h.y)))-h.r, 0)
		default:
			d = distToLine(sc.pts[h.p0:h.p1], x, y)
		}
		if d <= hitRadius && d < bestD[h.class] {
			best[h.class], bestD[h.class] = h.f, d
		}
	}
	for _, f := range best {
		if f != nil {
			return f
		}
	}
	return nil
}

// inArea reports whether (x, y) lies in a territory's rings and on land.
func (o *overlay) inArea(h hit, x, y float32) bool {
	sc := &o.sc
	n := 0
	for _, r := range sc.rings[h.p0:h.p1] {
		pts := sc.pts[r[0]:r[1]]
		for i, j := 0, len(pts)-1; i < len(pts); j, i = i, i+1 {
			a, b := pts[i], pts[j]
			if (a.Y > y) != (b.Y > y) && x < (b.X-a.X)*(y-a.Y)/(b.Y-a.Y)+a.X {
				n++
			}
		}
	}
	if n%2 == 0 {
		return false
	}
	m := &o.mask
	if m.a.Pix == nil {
		return true
	}
	px := o.px
	mx, my := int(x*px), int(y*px)
	if mx < 0 || my < 0 || mx >= m.a.Rect.Dx() || my >= m.a.Rect.Dy() {
		return false
	}
	return m.a.Pix[my*m.a.Stride+mx] > 0
}

// distToLine returns the distance from (x, y) to a polyline.
func distToLine(pts []vec, x, y float32) float32 {
	best := float32(math.MaxFloat32)
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		dx, dy := b.X-a.X, b.Y-a.Y
		t := float32(0)
		if l := dx*dx + dy*dy; l > 0 {
			t = min(max(((x-a.X)*dx+(y-a.Y)*dy)/l, 0), 1)
		}
		px, py := a.X+dx*t-x, a.Y+dy*t-y
		best = min(best, float32(math.Sqrt(float64(px*px+py*py))))
	}
	return best
}

// FeatureAt returns the feature drawn under the point p of the map, as a
// tap picks it: a unit, then a marker, a message, an arrow, a front line,
// and last a territory; the nearest within about 12 pixels. It returns
// nil where there is none.
func (m *Map) FeatureAt(p fyne.Position) *geodata.Feature {
	m.ensureScene()
	return m.ov.featureAt(p.X, p.Y)
}

// Tapped picks the feature under the tap, highlights it and reports it
// through OnSelect (nil for a tap on nothing).
func (m *Map) Tapped(e *fyne.PointEvent) {
	f := m.FeatureAt(e.Position)
	id := ""
	if f != nil {
		id = f.ID
	}
	m.Select(id)
	if m.OnSelect != nil {
		m.OnSelect(f)
	}
}

// Select highlights the feature of id with a halo; "" highlights none.
func (m *Map) Select(id string) {
	if id == m.sel {
		return
	}
	m.sel = id
	m.Refresh()
}

// Selected returns the id of the highlighted feature, or "".
func (m *Map) Selected() string { return m.sel }

// Reveal pans the map, keeping its zoom, so that where f is at the map's
// date lies on screen, if it does not already.
func (m *Map) Reveal(f *geodata.Feature) {
	if f == nil {
		return
	}
	w, ok := m.positionAt(f, m.date)
	if !ok {
		return
	}
	x, y := m.vp.WorldToPixel(w)
	const inset = 40
	if x >= inset && y >= inset && x <= m.vp.Width-inset && y <= m.vp.Height-inset {
		return
	}
	m.vp.Center = w
	m.vp.clampCenter()
	m.fitted = false
	m.viewChanged()
}

// positionAt returns where f is at t in Web Mercator: for a keyframe, its
// series' keyframe at t; a point's place; the middle of a line or area; a
// message's sender and receiver midway.
func (m *Map) positionAt(f *geodata.Feature, t time.Time) (orb.Point, bool) {
	if f.Series != "" && m.store != nil {
		for _, k := range m.store.Series(f.Series) {
			if k.Active(t) {
				f = k
				break
			}
		}
	}
	if f.Kind == geodata.KindMessage {
		if m.store == nil {
			return orb.Point{}, false
		}
		a, _, ok1 := placePoint(m.store, f.Sender, m.vp)
		b, _, ok2 := placePoint(m.store, f.Receiver, m.vp)
		if !ok1 || !ok2 {
			return orb.Point{}, false
		}
		return lerpPt(a, b, 0.5), true
	}
	if f.Geometry == nil {
		return orb.Point{}, false
	}
	if p, ok := f.Geometry.(orb.Point); ok {
		return Project(nearestWrap(p, m.vp)), true
	}
	c, _ := planar.CentroidArea(f.Geometry)
	if math.IsNaN(c[0]) || (c == orb.Point{}) {
		c = f.Bound.Center()
	}
	return Project(c), true
}

// SetViewport sets the map's centre and scale to those of vp, keeping its
// own size: a second map kept in step with the first. Nothing happens,
// and OnViewChanged is not called, when they are the same already, so
// two maps that follow each other do not loop.
func (m *Map) SetViewport(vp Viewport) {
	next := m.vp
	next.Center, next.Scale = vp.Center, clamp(vp.Scale, MinScale, MaxScale)
	next.clampCenter()
	if next.Center == m.vp.Center && next.Scale == m.vp.Scale {
		return
	}
	m.vp = next
	m.fitted = false
	m.viewChanged()
}
