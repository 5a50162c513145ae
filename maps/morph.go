package maps

import (
	"math"
	"time"

	"github.com/paulmach/orb"

	"korea1950/geodata"
)

// shape is a keyframe's geometry projected to Web Mercator once: its
// lines or rings as parts, with, for polygons, how many rings each polygon
// has (its outer ring first).
type shape struct {
	parts [][]orb.Point
	polys []int
	point bool
}

// shapeOf projects a geometry into parts; it returns nil for a geometry
// the overlay does not draw as lines or areas.
func shapeOf(g orb.Geometry) *shape {
	s := &shape{}
	add := func(pts []orb.Point) {
		p := make([]orb.Point, len(pts))
		for i, q := range pts {
			p[i] = Project(q)
		}
		s.parts = append(s.parts, p)
	}
	switch g := g.(type) {
	case orb.Point:
		add([]orb.Point{g})
		s.point = true
	case orb.LineString:
		add(g)
	case orb.MultiLineString:
		for _, l := range g {
			add(l)
		}
	case orb.Polygon:
		for _, r := range g {
			add(r)
		}
		s.polys = []int{len(g)}
	case orb.MultiPolygon:
		for _, poly := range g {
			for _, r := range poly {
				add(r)
			}
			s.polys = append(s.polys, len(poly))
		}
	default:
		return nil
	}
	return s
}

// morph carries a keyframe's shape towards the next one's: both resampled
// to the same number of points part by part, so that the shape at a
// fraction of the way is a plain interpolation of the two.
type morph struct {
	a, b  [][]orb.Point
	polys []int
}

// newMorph returns the morph from shape a to shape b, or nil when their
// structure differs (another number of lines, polygons or rings), in which
// case the earlier keyframe is held.
func newMorph(a, b *shape) *morph {
	if a == nil || b == nil || a.point != b.point || len(a.parts) != len(b.parts) || len(a.polys) != len(b.polys) {
		return nil
	}
	for i := range a.polys {
		if a.polys[i] != b.polys[i] {
			return nil
		}
	}
	m := &morph{polys: a.polys}
	for i := range a.parts {
		pa, pb := a.parts[i], b.parts[i]
		if a.point {
			m.a, m.b = append(m.a, pa), append(m.b, pb)
			continue
		}
		n := min(max(len(pa), len(pb), 16)*2, 512)
		if a.polys == nil {
			m.a = append(m.a, resample(pa, n))
			m.b = append(m.b, resample(pb, n))
			continue
		}
		ra, rb := resampleRing(pa, n), resampleRing(pb, n)
		if signedArea(ra)*signedArea(rb) < 0 {
			for l, r := 0, len(rb)-1; l < r; l, r = l+1, r-1 {
				rb[l], rb[r] = rb[r], rb[l]
			}
		}
		m.a, m.b = append(m.a, ra), append(m.b, align(ra, rb))
	}
	return m
}

// at writes the shape at fraction f of the way from a to b into out,
// reusing its buffers, and returns it.
func (m *morph) at(f float64, out [][]orb.Point) [][]orb.Point {
	out = out[:0]
	for i, pa := range m.a {
		pb := m.b[i]
		var buf []orb.Point
		if i < cap(out) {
			buf = out[:i+1][i][:0]
		}
		for j := range pa {
			buf = append(buf, orb.Point{pa[j][0] + (pb[j][0]-pa[j][0])*f, pa[j][1] + (pb[j][1]-pa[j][1])*f})
		}
		out = append(out, buf)
	}
	return out
}

// resample returns n points spaced evenly by length along the line.
func resample(pts []orb.Point, n int) []orb.Point {
	out := make([]orb.Point, 0, n)
	total := pathLength(pts)
	if len(pts) < 2 || total == 0 {
		for range n {
			out = append(out, pts[0])
		}
		return out
	}
	seg, done := 0, 0.0
	for i := range n {
		want := total * float64(i) / float64(n-1)
		for seg < len(pts)-2 && done+dist(pts[seg], pts[seg+1]) < want {
			done += dist(pts[seg], pts[seg+1])
			seg++
		}
		l := dist(pts[seg], pts[seg+1])
		f := 0.0
		if l > 0 {
			f = min(max((want-done)/l, 0), 1)
		}
		out = append(out, lerpPt(pts[seg], pts[seg+1], f))
	}
	return out
}

// resampleRing returns n points spaced evenly around a closed ring, the
// closing point left out.
func resampleRing(ring []orb.Point, n int) []orb.Point {
	closed := ring
	if len(ring) > 1 && ring[0] != ring[len(ring)-1] {
		closed = append(append([]orb.Point(nil), ring...), ring[0])
	}
	return resample(closed, n+1)[:n]
}

// align rotates ring b so that its points lie as close as they can to
// a's, point for point, so that a morph does not spin the ring.
func align(a, b []orb.Point) []orb.Point {
	n := len(a)
	best, bestD := 0, math.Inf(1)
	step := max(1, n/64) // compare a sample of points for each rotation
	for r := range n {
		d := 0.0
		for i := 0; i < n && d < bestD; i += step {
			q := b[(i+r)%n]
			d += (a[i][0]-q[0])*(a[i][0]-q[0]) + (a[i][1]-q[1])*(a[i][1]-q[1])
		}
		if d < bestD {
			best, bestD = r, d
		}
	}
	out := make([]orb.Point, n)
	for i := range out {
		out[i] = b[(i+best)%n]
	}
	return out
}

func signedArea(r []orb.Point) float64 {
	s := 0.0
	for i := range r {
		j := (i + 1) % len(r)
		s += r[i][0]*r[j][1] - r[j][0]*r[i][1]
	}
	return s / 2
}

func pathLength(pts []orb.Point) float64 {
	l := 0.0
	for i := 1; i < len(pts); i++ {
		l += dist(pts[i-1], pts[i])
	}
	return l
}

func dist(a, b orb.Point) float64 { return math.Hypot(b[0]-a[0], b[1]-a[1]) }

func lerpPt(a, b orb.Point, f float64) orb.Point {
	return orb.Point{a[0] + (b[0]-a[0])*f, a[1] + (b[1]-a[1])*f}
}

// fraction returns how far t lies through [from, until), from 0 to 1.
func fraction(t, from, until time.Time) float64 {
	d := until.Sub(from)
	if d <= 0 {
		return 1
	}
	return min(max(float64(t.Sub(from))/float64(d), 0), 1)
}

// shapes caches the projected shape of each keyframe and its morph
// towards the next, which never change once the data is loaded.
type shapes struct {
	shape map[*geodata.Feature]*shape
	morph map[*geodata.Feature]*morph
	buf   [][]orb.Point
}

func (c *shapes) of(f *geodata.Feature) *shape {
	if c.shape == nil {
		c.shape, c.morph = map[*geodata.Feature]*shape{}, map[*geodata.Feature]*morph{}
	}
	s, ok := c.shape[f]
	if !ok {
		s = shapeOf(f.Geometry)
		c.shape[f] = s
	}
	return s
}

// at returns the parts of keyframe f at t, morphed towards the next
// keyframe when that one asks for it and the two can be morphed, and
// whether they were. The slice is reused by the next call.
func (c *shapes) at(f *geodata.Feature, t time.Time) (parts [][]orb.Point, polys []int, morphed bool) {
	s := c.of(f)
	if s == nil {
		return nil, nil, false
	}
	if f.Next == nil || !f.Next.Interpolate {
		return s.parts, s.polys, false
	}
	m, ok := c.morph[f]
	if !ok {
		m = newMorph(s, c.of(f.Next))
		c.morph[f] = m
	}
	if m == nil {
		return s.parts, s.polys, false
	}
	c.buf = m.at(fraction(t, f.From, f.Next.From), c.buf)
	return c.buf, m.polys, true
}
