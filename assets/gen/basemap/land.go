package main

import (
	"fmt"
	"math"
	"os"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"
)

// Land: shoreline pieces closed into rings along the region edge.

type bbox struct{ minX, minY, maxX, maxY float64 }

const eps = 1e-6

// perim returns the CCW perimeter coordinate of a point on the boundary,
// starting at the south-west corner.
func (b bbox) perim(p orb.Point) (float64, bool) {
	w, h := b.maxX-b.minX, b.maxY-b.minY
	switch {
	case math.Abs(p[1]-b.minY) < eps:
		return p[0] - b.minX, true
	case math.Abs(p[0]-b.maxX) < eps:
		return w + (p[1] - b.minY), true
	case math.Abs(p[1]-b.maxY) < eps:
		return w + h + (b.maxX - p[0]), true
	case math.Abs(p[0]-b.minX) < eps:
		return 2*w + h + (b.maxY - p[1]), true
	}
	return 0, false
}

// corners strictly after t0 up to t1 walking CCW (t1 may wrap).
func (b bbox) cornersBetween(t0, t1 float64) []orb.Point {
	w, h := b.maxX-b.minX, b.maxY-b.minY
	P := 2 * (w + h)
	cs := []struct {
		t float64
		p orb.Point
	}{
		{0, orb.Point{b.minX, b.minY}},
		{w, orb.Point{b.maxX, b.minY}},
		{w + h, orb.Point{b.maxX, b.maxY}},
		{2*w + h, orb.Point{b.minX, b.maxY}},
	}
	d := math.Mod(t1-t0+P, P)
	type tp struct {
		d float64
		p orb.Point
	}
	var hits []tp
	for _, c := range cs {
		dc := math.Mod(c.t-t0+P, P)
		if dc > eps && dc < d-eps {
			hits = append(hits, tp{dc, c.p})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].d < hits[j].d })
	var out []orb.Point
	for _, h := range hits {
		out = append(out, h.p)
	}
	return out
}

// closeOnBox turns open coast lines (land on the left, ends on the box) into
// closed CCW rings by walking the box boundary CCW.
func closeOnBox(open [][]orb.Point, b bbox) [][]orb.Point {
	P := 2 * ((b.maxX - b.minX) + (b.maxY - b.minY))
	type ln struct {
		pts    []orb.Point
		ts, te float64
	}
	var ls []ln
	for _, l := range open {
		ts, ok1 := b.perim(l[0])
		te, ok2 := b.perim(l[len(l)-1])
		if !ok1 || !ok2 {
			fmt.Fprintf(os.Stderr, "warning: open coast line with %d pts not ending on the region edge (%v .. %v); closing it directly\n", len(l), l[0], l[len(l)-1])
			ls = append(ls, ln{pts: l, ts: -1, te: -1})
			continue
		}
		ls = append(ls, ln{l, ts, te})
	}
	used := make([]bool, len(ls))
	var rings [][]orb.Point
	for i := range ls {
		if used[i] {
			continue
		}
		if ls[i].ts < 0 {
			used[i] = true
			r := append([]orb.Point(nil), ls[i].pts...)
			rings = append(rings, append(r, r[0]))
			continue
		}
		var ring []orb.Point
		cur := i
		for steps := 0; ; steps++ {
			if steps > len(ls)+1 {
				fatal(fmt.Errorf("closeOnBox: no convergence"))
			}
			used[cur] = true
			ring = append(ring, ls[cur].pts...)
			te := ls[cur].te
			// next start CCW from te
			best, bestD := -1, math.Inf(1)
			for j := range ls {
				if ls[j].ts < 0 || (used[j] && j != i) {
					continue
				}
				d := math.Mod(ls[j].ts-te+P, P)
				if d < bestD {
					best, bestD = j, d
				}
			}
			if best < 0 {
				fatal(fmt.Errorf("closeOnBox: dangling line"))
			}
			ring = append(ring, b.cornersBetween(te, ls[best].ts)...)
			if best == i {
				ring = append(ring, ring[0])
				break
			}
			cur = best
		}
		rings = append(rings, ring)
	}
	return rings
}

func signedArea(r []orb.Point) float64 {
	a := 0.0
	for i := 0; i+1 < len(r); i++ {
		a += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	return a / 2
}

func pointInRing(p orb.Point, r []orb.Point) bool {
	in := false
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		a, b := r[i], r[j]
		if (a[1] > p[1]) != (b[1] > p[1]) &&
			p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
			in = !in
		}
	}
	return in
}

func roundPts(pts []orb.Point, prec int) []orb.Point {
	m := math.Pow(10, float64(prec))
	out := make([]orb.Point, 0, len(pts))
	for _, p := range pts {
		q := orb.Point{math.Round(p[0]*m) / m, math.Round(p[1]*m) / m}
		if n := len(out); n > 0 && out[n-1] == q {
			continue
		}
		out = append(out, q)
	}
	return out
}

func dp(pts []orb.Point, tol float64) []orb.Point {
	if len(pts) < 3 {
		return pts
	}
	ls := orb.LineString(append([]orb.Point(nil), pts...))
	return simplify.DouglasPeucker(tol).LineString(ls)
}

// simplifyRing simplifies a closed ring, keeping the two vertices that are
// farthest apart fixed so the ring does not collapse.
func simplifyRing(r []orb.Point, tol float64) []orb.Point {
	n := len(r) - 1
	if n < 4 {
		return r
	}
	far, fd := 0, -1.0
	for i := 1; i < n; i++ {
		d := (r[i][0]-r[0][0])*(r[i][0]-r[0][0]) + (r[i][1]-r[0][1])*(r[i][1]-r[0][1])
		if d > fd {
			far, fd = i, d
		}
	}
	a := dp(r[:far+1], tol)
	b := dp(r[far:], tol)
	return append(append([]orb.Point(nil), a...), b[1:]...)
}

type landOpts struct {
	box       bbox
	tol       float64
	prec      int
	minArea   float64 // deg², rings smaller than this are dropped after simplification
	name      string
	landFile  string
	lakesFile string
}

func buildLand(o landOpts) orb.MultiPolygon {
	segs := readDump(o.landFile)
	if o.lakesFile != "" {
		segs = append(segs, readDump(o.lakesFile)...)
	}
	rings, open := joinDirected(segs)
	// Simplify open lines before closing so the region edge stays exact.
	for i := range open {
		open[i] = dp(open[i], o.tol)
	}
	for i := range rings {
		rings[i] = simplifyRing(rings[i], o.tol)
	}
	rings = append(rings, closeOnBox(open, o.box)...)

	var outers, holes [][]orb.Point
	for _, r := range rings {
		r = roundPts(r, o.prec)
		if len(r) < 4 || r[0] != r[len(r)-1] {
			if len(r) >= 3 {
				r = append(r, r[0])
			}
			if len(r) < 4 {
				continue
			}
		}
		a := signedArea(r)
		if math.Abs(a) < o.minArea {
			continue
		}
		if a > 0 {
			outers = append(outers, r)
		} else {
			holes = append(holes, r)
		}
	}
	sort.SliceStable(outers, func(i, j int) bool { return signedArea(outers[i]) > signedArea(outers[j]) })
	polys := make([]orb.Polygon, len(outers))
	for i, r := range outers {
		polys[i] = orb.Polygon{orb.Ring(r)}
	}
	orphan := 0
	for _, h := range holes {
		best, bestA := -1, math.Inf(1)
		for i, r := range outers {
			a := signedArea(r)
			if a < bestA && a > -signedArea(h) && pointInRing(h[0], r) && pointInRing(h[len(h)/2], r) {
				best, bestA = i, a
			}
		}
		if best < 0 {
			orphan++
			continue
		}
		polys[best] = append(polys[best], orb.Ring(h))
	}
	if orphan > 0 {
		fmt.Fprintf(os.Stderr, "%s: %d lake rings without a containing land ring dropped\n", o.name, orphan)
	}
	return orb.MultiPolygon(polys)
}
