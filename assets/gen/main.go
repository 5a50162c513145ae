//go:build ignore

// Command gen turns GMT/GSHHG text dumps into the compact GeoJSON basemaps
// shipped in assets/basemap. It is not part of the app build; run it through
// assets/gen/gen.sh, which produces the dumps and then calls
//
//	go run assets/gen/main.go -dumps DIR -out assets/basemap
//
// Input (in -dumps DIR, written by gen.sh with `gmt coast ... -M`):
//
//	pen_land.txt pen_lakes.txt pen_rivers.txt pen_borders.txt
//	ea_land.txt  ea_lakes.txt  ea_borders.txt
//
// Land: GSHHG shorelines come as pieces cut at 2° bins, stored with land on
// the left of the direction of travel. Pieces are joined end to end; closed
// rings are CCW for land and CW for lakes; lines cut by the region rectangle
// are closed by walking the rectangle CCW. Lines are simplified
// (Douglas–Peucker) before closing, so the region edge stays exact.
//
// Rivers: WDBII rivers are unnamed. Each of the seven rivers is the shortest
// path through the river network between hand-checked waypoints (source to
// mouth), crossing reservoirs along the border line or by short bridges, plus
// a few hand-placed points where GSHHG maps the estuary as sea. The
// Chongchon is not in WDBII and is traced from known places (approximate).
//
// Borders: WDBII national borders, clipped to the region, with every vertex
// inside 124–131°E × 33–39.5°N removed (no inter-Korean boundary in 1950).
//
// The output is deterministic: same dumps in, byte-identical files out.
package main

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
	"github.com/paulmach/orb/simplify"
)

type seg struct {
	level int
	pts   []orb.Point
}

func readDump(path string) []seg {
	f, err := os.Open(path)
	if err != nil {
		fatal(err)
	}
	defer f.Close()
	var out []seg
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	cur := -1
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if line[0] == '>' {
			lvl := 0
			if i := strings.LastIndex(line, "Level"); i >= 0 {
				lvl, _ = strconv.Atoi(strings.TrimSpace(line[i+5:]))
			}
			out = append(out, seg{level: lvl})
			cur = len(out) - 1
			continue
		}
		if cur < 0 {
			out = append(out, seg{})
			cur = 0
		}
		fs := strings.Fields(line)
		if len(fs) < 2 {
			continue
		}
		x, err1 := strconv.ParseFloat(fs[0], 64)
		y, err2 := strconv.ParseFloat(fs[1], 64)
		if err1 != nil || err2 != nil {
			fatal(fmt.Errorf("%s: bad line %q", path, line))
		}
		p := orb.Point{x, y}
		s := &out[cur]
		if n := len(s.pts); n > 0 && s.pts[n-1] == p {
			continue
		}
		s.pts = append(s.pts, p)
	}
	if err := sc.Err(); err != nil {
		fatal(err)
	}
	res := out[:0]
	for _, s := range out {
		if len(s.pts) >= 2 {
			res = append(res, s)
		}
	}
	return res
}

func key(p orb.Point) [2]int64 {
	return [2]int64{int64(math.Round(p[0] * 1e6)), int64(math.Round(p[1] * 1e6))}
}

// joinDirected joins segments whose end equals another's start (GSHHG bin
// pieces). Returns closed rings and open lines.
func joinDirected(segs []seg) (rings, open [][]orb.Point) {
	byStart := map[[2]int64][]int{}
	for i, s := range segs {
		if key(s.pts[0]) == key(s.pts[len(s.pts)-1]) {
			continue
		}
		k := key(s.pts[0])
		byStart[k] = append(byStart[k], i)
	}
	used := make([]bool, len(segs))
	takeStart := func(k [2]int64) int {
		for _, j := range byStart[k] {
			if !used[j] {
				return j
			}
		}
		return -1
	}
	byEnd := map[[2]int64][]int{}
	for i, s := range segs {
		k := key(s.pts[len(s.pts)-1])
		byEnd[k] = append(byEnd[k], i)
	}
	takeEnd := func(k [2]int64) int {
		for _, j := range byEnd[k] {
			if !used[j] && key(segs[j].pts[0]) != key(segs[j].pts[len(segs[j].pts)-1]) {
				return j
			}
		}
		return -1
	}
	for i, s := range segs {
		if used[i] {
			continue
		}
		used[i] = true
		line := append([]orb.Point(nil), s.pts...)
		if key(line[0]) == key(line[len(line)-1]) {
			line[len(line)-1] = line[0]
			rings = append(rings, line)
			continue
		}
		// extend forward
		for key(line[0]) != key(line[len(line)-1]) {
			j := takeStart(key(line[len(line)-1]))
			if j < 0 {
				break
			}
			used[j] = true
			line = append(line, segs[j].pts[1:]...)
		}
		if key(line[0]) == key(line[len(line)-1]) {
			line[len(line)-1] = line[0]
			rings = append(rings, line)
			continue
		}
		// extend backward
		for {
			j := takeEnd(key(line[0]))
			if j < 0 {
				break
			}
			used[j] = true
			p := segs[j].pts
			line = append(append([]orb.Point(nil), p[:len(p)-1]...), line...)
		}
		open = append(open, line)
	}
	return
}

// joinUndirected joins lines through nodes shared by exactly two line ends.
func joinUndirected(lines [][]orb.Point) [][]orb.Point {
	deg := map[[2]int64]int{}
	ends := map[[2]int64][]int{}
	for i, l := range lines {
		for _, p := range []orb.Point{l[0], l[len(l)-1]} {
			deg[key(p)]++
			ends[key(p)] = append(ends[key(p)], i)
		}
	}
	used := make([]bool, len(lines))
	other := func(k [2]int64) int {
		if deg[k] != 2 {
			return -1
		}
		for _, j := range ends[k] {
			if !used[j] {
				return j
			}
		}
		return -1
	}
	var out [][]orb.Point
	for i, l := range lines {
		if used[i] {
			continue
		}
		used[i] = true
		line := append([]orb.Point(nil), l...)
		for pass := 0; pass < 2; pass++ {
			for key(line[0]) != key(line[len(line)-1]) {
				k := key(line[len(line)-1])
				j := other(k)
				if j < 0 {
					break
				}
				used[j] = true
				p := lines[j]
				if key(p[0]) != k {
					p = reversed(p)
				}
				line = append(line, p[1:]...)
			}
			line = reversed(line)
		}
		out = append(out, line)
	}
	return out
}

func reversed(p []orb.Point) []orb.Point {
	r := make([]orb.Point, len(p))
	for i := range p {
		r[len(p)-1-i] = p[i]
	}
	return r
}

// ---------------------------------------------------------------- land

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

// ---------------------------------------------------------------- borders

type boxF struct{ minX, minY, maxX, maxY float64 }

func (b boxF) contains(p orb.Point) bool {
	return p[0] >= b.minX && p[0] <= b.maxX && p[1] >= b.minY && p[1] <= b.maxY
}

// No inter-Korean boundary existed as an international border in 1950 (the
// 38th parallel was an occupation line, the DMZ is from 1953): drop every
// border vertex inside this box.
var noBorder = boxF{124, 33, 131, 39.5}

func buildBorders(file string, b bbox, tol float64, prec int) [][]orb.Point {
	segs := readDump(file)
	var lines [][]orb.Point
	for _, s := range segs {
		lines = append(lines, s.pts)
	}
	lines = joinUndirected(lines)
	// gmt coast returns whole bins for borders: clip to the region.
	bound := orb.Bound{Min: orb.Point{b.minX, b.minY}, Max: orb.Point{b.maxX, b.maxY}}
	var clipped [][]orb.Point
	for _, l := range lines {
		for _, c := range clip.LineString(bound, orb.LineString(append([]orb.Point(nil), l...))) {
			if len(c) >= 2 {
				clipped = append(clipped, c)
			}
		}
	}
	var out [][]orb.Point
	for _, l := range clipped {
		var cur []orb.Point
		flush := func() {
			if len(cur) >= 2 {
				c := roundPts(dp(cur, tol), prec)
				if len(c) >= 2 {
					out = append(out, c)
				}
			}
			cur = nil
		}
		for _, p := range l {
			if noBorder.contains(p) {
				flush()
				continue
			}
			cur = append(cur, p)
		}
		flush()
	}
	return out
}

// ---------------------------------------------------------------- rivers

type river struct {
	name, nameKo, nameZh string
	// Waypoints from source to mouth; consecutive ones are connected by the
	// shortest path through the WDBII river network. Each must lie within
	// snapTol of a river vertex.
	via []orb.Point
	// Points appended after the network path (e.g. across an estuary that
	// GSHHG maps as sea, down to the mouth).
	tail []orb.Point
	// For a traced river: the polyline itself (no network lookup).
	trace  []orb.Point
	source string
	approx bool
	// Reference points (the brief's "known points") for the report.
	known []orb.Point
}

const wdbSource = "GSHHG 2.3.7 WDBII rivers (high resolution)"

var rivers = []river{
	{
		name: "Yalu", nameKo: "압록강", nameZh: "鸭绿江",
		via: []orb.Point{{128.099, 41.963}, {128.18, 41.40}, {126.9, 41.78}, {126.29, 41.15}, {124.92, 40.45}, {124.372, 40.093}},
		// GSHHG maps the lower Yalu as sea: follow the channel to the mouth.
		tail:   []orb.Point{{124.355, 40.052}, {124.346, 39.988}, {124.31, 39.946}, {124.286, 39.91}, {124.28, 39.854}},
		source: wdbSource + "; estuary to the mouth added from reference points",
		known:  []orb.Point{{128.05, 41.95}, {128.18, 41.40}, {126.9, 41.78}, {126.29, 41.15}, {124.92, 40.45}, {124.39, 40.10}, {124.30, 39.85}},
	},
	{
		name: "Tumen", nameKo: "두만강", nameZh: "图们江",
		via:    []orb.Point{{128.3255, 41.974}, {129.2, 42.23}, {129.75, 42.45}, {129.85, 42.97}, {130.0, 42.95}, {130.69, 42.295}},
		source: wdbSource,
		known:  []orb.Point{{128.3, 42.0}, {129.2, 42.23}, {129.75, 42.45}, {129.85, 42.97}, {130.0, 42.95}, {130.70, 42.29}},
	},
	{
		name: "Han", nameKo: "한강", nameZh: "汉江",
		// From the South Han's source near Taebaek (Geomryongso) via Chungju.
		via: []orb.Point{{128.930, 37.212}, {127.93, 36.99}, {127.31, 37.54}, {126.98, 37.52}, {126.747, 37.635}},
		// The tidal Han below Haengju is sea in GSHHG: follow the channel
		// past the Imjin confluence to the mouth north of Ganghwa.
		tail:   []orb.Point{{126.70, 37.66}, {126.68, 37.70}, {126.68, 37.76}, {126.68, 37.805}, {126.632, 37.783}, {126.59, 37.783}, {126.55, 37.79}, {126.50, 37.805}},
		source: wdbSource + "; estuary to the mouth added from reference points",
		known:  []orb.Point{{127.93, 36.99}, {127.31, 37.54}, {126.98, 37.52}, {126.68, 37.75}, {126.52, 37.75}},
	},
	{
		name: "Imjin", nameKo: "임진강", nameZh: "临津江",
		// WDBII's Imjin rises north of Ichon (127.25E 39.05N), not near the
		// brief's (127.6, 38.9), which lies on the North Han.
		via:    []orb.Point{{127.245, 39.054}, {127.07, 38.10}, {126.78, 37.86}, {126.693, 37.823}},
		tail:   []orb.Point{{126.68, 37.805}},
		source: wdbSource,
		known:  []orb.Point{{127.6, 38.9}, {127.07, 38.10}, {126.78, 37.86}, {126.68, 37.75}},
	},
	{
		name: "Naktong", nameKo: "낙동강", nameZh: "洛东江",
		via:    []orb.Point{{128.98, 37.17}, {128.73, 36.56}, {128.25, 36.42}, {128.40, 35.99}, {128.45, 35.85}, {128.47, 35.38}, {128.85, 35.39}, {128.971, 35.134}},
		tail:   []orb.Point{{128.95, 35.08}},
		source: wdbSource + "; estuary to the mouth added from reference points",
		known:  []orb.Point{{128.98, 37.17}, {128.73, 36.56}, {128.25, 36.42}, {128.40, 35.99}, {128.45, 35.85}, {128.47, 35.38}, {128.85, 35.39}, {128.95, 35.08}},
	},
	{
		name: "Taedong", nameKo: "대동강", nameZh: "大同江",
		// WDBII continues above Tokchon to the source in the Rangrim mountains.
		via: []orb.Point{{127.116, 40.463}, {126.3, 39.75}, {125.75, 39.02}, {125.528, 38.821}},
		// The Taedong estuary below Songnim is sea in GSHHG: follow it to the mouth.
		tail:   []orb.Point{{125.48, 38.78}, {125.45, 38.752}, {125.42, 38.728}, {125.38, 38.712}, {125.32, 38.702}, {125.25, 38.697}, {125.15, 38.695}},
		source: wdbSource + "; estuary to the mouth added from reference points",
		known:  []orb.Point{{126.3, 39.75}, {126.2, 39.25}, {125.75, 39.02}, {125.40, 38.72}, {125.15, 38.70}},
	},
	{
		name: "Chongchon", nameKo: "청천강", nameZh: "清川江",
		trace:  []orb.Point{{126.75, 40.45}, {126.28, 40.17}, {126.08, 39.87}, {125.92, 39.70}, {125.67, 39.62}, {125.60, 39.60}, {125.45, 39.55}},
		source: "traced from well-known places (approximate)",
		approx: true,
		known:  []orb.Point{{126.75, 40.45}, {126.28, 40.17}, {126.08, 39.87}, {125.92, 39.70}, {125.67, 39.62}, {125.60, 39.60}, {125.45, 39.55}},
	},
}

// distance in degrees of latitude (longitude scaled by cos(lat)).
func gdist(a, b orb.Point) float64 {
	c := math.Cos((a[1] + b[1]) / 2 * math.Pi / 180)
	dx, dy := (a[0]-b[0])*c, a[1]-b[1]
	return math.Hypot(dx, dy)
}

type graph struct {
	pts     []orb.Point
	adj     [][]int
	bridges int
	bridge  map[[2]int]bool
	penal   map[[2]int]bool
}

const (
	bridgePenalty = 4
	borderPenalty = 1.5
)

func (g *graph) weight(a, b int) float64 {
	d := gdist(g.pts[a], g.pts[b])
	if g.bridge[[2]int{a, b}] {
		d *= bridgePenalty
	} else if g.penal[[2]int{a, b}] {
		d *= borderPenalty
	}
	return d
}

// buildGraph makes the river network. extra lines (the national borders,
// which follow the Yalu and Tumen thalwegs, also through the reservoirs where
// WDBII rivers stop) are added as edges costing borderPenalty times their
// length, so they are only used to cross gaps in the river lines.
func buildGraph(segs []seg, extra []seg) *graph {
	g := &graph{bridge: map[[2]int]bool{}, penal: map[[2]int]bool{}}
	idx := map[[2]int64]int{}
	node := func(p orb.Point) int {
		k := key(p)
		if i, ok := idx[k]; ok {
			return i
		}
		idx[k] = len(g.pts)
		g.pts = append(g.pts, p)
		g.adj = append(g.adj, nil)
		return len(g.pts) - 1
	}
	for si, s := range append(append([]seg(nil), segs...), extra...) {
		prev := -1
		for _, p := range s.pts {
			n := node(p)
			if prev >= 0 && prev != n {
				g.adj[prev] = append(g.adj[prev], n)
				g.adj[n] = append(g.adj[n], prev)
				if si >= len(segs) {
					g.penal[[2]int{prev, n}] = true
					g.penal[[2]int{n, prev}] = true
				}
			}
			prev = n
		}
	}
	g.bridgeGaps(0.4)
	return g
}

// bridgeGaps links each dangling end of a river line to the nearest vertex of
// another connected piece within tol degrees. WDBII rivers stop at lakes and
// reservoirs (e.g. the Sup'ung reservoir on the Yalu); such a bridge is a
// straight line across the water. Bridges cost bridgePenalty times their
// length, so the path search only uses them where the network has a gap.
func (g *graph) bridgeGaps(tol float64) {
	comp := make([]int, len(g.pts))
	for i := range comp {
		comp[i] = -1
	}
	nc := 0
	for i := range g.pts {
		if comp[i] >= 0 {
			continue
		}
		stack := []int{i}
		comp[i] = nc
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, m := range g.adj[n] {
				if comp[m] < 0 {
					comp[m] = nc
					stack = append(stack, m)
				}
			}
		}
		nc++
	}
	type edge struct{ a, b int }
	var add []edge
	for i := range g.pts {
		if len(g.adj[i]) != 1 {
			continue
		}
		best, bd := -1, tol
		for j, q := range g.pts {
			if comp[j] == comp[i] {
				continue
			}
			if d := gdist(g.pts[i], q); d < bd {
				best, bd = j, d
			}
		}
		if best >= 0 {
			add = append(add, edge{i, best})
		}
	}
	for _, e := range add {
		g.adj[e.a] = append(g.adj[e.a], e.b)
		g.adj[e.b] = append(g.adj[e.b], e.a)
		g.bridge[[2]int{e.a, e.b}] = true
		g.bridge[[2]int{e.b, e.a}] = true
	}
	g.bridges = len(add)
}

func (g *graph) nearest(p orb.Point) (int, float64) {
	best, bd := -1, math.Inf(1)
	for i, q := range g.pts {
		if d := gdist(p, q); d < bd {
			best, bd = i, d
		}
	}
	return best, bd
}

type pqItem struct {
	n int
	d float64
}
type pq []pqItem

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].d != q[j].d {
		return q[i].d < q[j].d
	}
	return q[i].n < q[j].n
}
func (q pq) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x interface{}) { *q = append(*q, x.(pqItem)) }
func (q *pq) Pop() interface{} {
	o := *q
	it := o[len(o)-1]
	*q = o[:len(o)-1]
	return it
}

func (g *graph) path(a, b int) []orb.Point {
	dist := make([]float64, len(g.pts))
	prev := make([]int, len(g.pts))
	for i := range dist {
		dist[i] = math.Inf(1)
		prev[i] = -1
	}
	dist[a] = 0
	q := &pq{{a, 0}}
	for q.Len() > 0 {
		it := heap.Pop(q).(pqItem)
		if it.d > dist[it.n] {
			continue
		}
		if it.n == b {
			break
		}
		for _, m := range g.adj[it.n] {
			nd := it.d + g.weight(it.n, m)
			if nd < dist[m] {
				dist[m] = nd
				prev[m] = it.n
				heap.Push(q, pqItem{m, nd})
			}
		}
	}
	if math.IsInf(dist[b], 1) {
		return nil
	}
	var rev []orb.Point
	for n := b; n >= 0; n = prev[n] {
		rev = append(rev, g.pts[n])
	}
	return reversed(rev)
}

// smoothTrace densifies a polyline with a Catmull-Rom spline.
func smoothTrace(p []orb.Point, steps int) []orb.Point {
	var out []orb.Point
	at := func(i int) orb.Point {
		if i < 0 {
			i = 0
		}
		if i >= len(p) {
			i = len(p) - 1
		}
		return p[i]
	}
	for i := 0; i+1 < len(p); i++ {
		p0, p1, p2, p3 := at(i-1), at(i), at(i+1), at(i+2)
		for s := 0; s < steps; s++ {
			t := float64(s) / float64(steps)
			t2, t3 := t*t, t*t*t
			var q orb.Point
			for k := 0; k < 2; k++ {
				q[k] = 0.5 * (2*p1[k] + (-p0[k]+p2[k])*t + (2*p0[k]-5*p1[k]+4*p2[k]-p3[k])*t2 + (-p0[k]+3*p1[k]-3*p2[k]+p3[k])*t3)
			}
			out = append(out, q)
		}
	}
	return append(out, p[len(p)-1])
}

func buildRivers(file, borderFile string, tol float64, prec int) [][]orb.Point {
	g := buildGraph(readDump(file), readDump(borderFile))
	const snapTol = 0.06
	out := make([][]orb.Point, len(rivers))
	for ri, r := range rivers {
		var line []orb.Point
		if r.trace != nil {
			line = smoothTrace(r.trace, 6)
		} else {
			var nodes []int
			for _, v := range r.via {
				n, d := g.nearest(v)
				if d > snapTol {
					fatal(fmt.Errorf("river %s: waypoint %v is %.3f° from the river network", r.name, v, d))
				}
				nodes = append(nodes, n)
			}
			line = []orb.Point{g.pts[nodes[0]]}
			for i := 0; i+1 < len(nodes); i++ {
				p := g.path(nodes[i], nodes[i+1])
				if p == nil {
					fatal(fmt.Errorf("river %s: no network path from %v to %v", r.name, r.via[i], r.via[i+1]))
				}
				line = append(line, p[1:]...)
			}
			line = dp(line, tol)
			line = append(line, r.tail...)
		}
		out[ri] = roundPts(line, prec)
	}
	return out
}

// ---------------------------------------------------------------- output

type writer struct {
	buf   bytes.Buffer
	prec  int
	first bool
}

func (w *writer) num(v float64) {
	s := strconv.FormatFloat(v, 'f', w.prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	w.buf.WriteString(s)
}

func (w *writer) pts(p []orb.Point) {
	w.buf.WriteByte('[')
	for i, q := range p {
		if i > 0 {
			w.buf.WriteByte(',')
		}
		w.buf.WriteByte('[')
		w.num(q[0])
		w.buf.WriteByte(',')
		w.num(q[1])
		w.buf.WriteByte(']')
	}
	w.buf.WriteByte(']')
}

func (w *writer) feature(props string, geomType string, body func()) {
	if !w.first {
		w.buf.WriteByte(',')
	}
	w.first = false
	w.buf.WriteString(`{"type":"Feature","properties":` + props + `,"geometry":{"type":"` + geomType + `","coordinates":`)
	body()
	w.buf.WriteString(`}}`)
}

func (w *writer) land(mp orb.MultiPolygon) {
	w.feature(`{"layer":"land"}`, "MultiPolygon", func() {
		w.buf.WriteByte('[')
		for i, poly := range mp {
			if i > 0 {
				w.buf.WriteByte(',')
			}
			w.buf.WriteByte('[')
			for j, r := range poly {
				if j > 0 {
					w.buf.WriteByte(',')
				}
				w.pts(r)
			}
			w.buf.WriteByte(']')
		}
		w.buf.WriteByte(']')
	})
}

func (w *writer) borders(ls [][]orb.Point) {
	for _, l := range ls {
		w.feature(`{"layer":"border"}`, "LineString", func() { w.pts(l) })
	}
}

func jstr(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func (w *writer) rivers(lines [][]orb.Point) {
	for i, r := range rivers {
		props := fmt.Sprintf(`{"layer":"river","name":%s,"name_ko":%s,"name_zh":%s,"approximate":%t,"source":%s}`,
			jstr(r.name), jstr(r.nameKo), jstr(r.nameZh), r.approx, jstr(r.source))
		w.feature(props, "LineString", func() { w.pts(lines[i]) })
	}
}

func (w *writer) save(path string) {
	var out bytes.Buffer
	out.WriteString(`{"type":"FeatureCollection","features":[`)
	out.Write(w.buf.Bytes())
	out.WriteString("]}\n")
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		fatal(err)
	}
	fmt.Printf("wrote %s (%d bytes)\n", path, out.Len())
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}

func main() {
	dumps := flag.String("dumps", "", "directory with the gmt coast dumps")
	outDir := flag.String("out", "assets/basemap", "output directory")
	flag.Parse()
	if *dumps == "" {
		fatal(fmt.Errorf("-dumps is required"))
	}
	in := func(n string) string { return filepath.Join(*dumps, n) }
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		fatal(err)
	}

	// Peninsula: 112–142°E × 28–47°N, GSHHG high, DP 0.002°, 3 decimals.
	{
		const tol, prec = 0.002, 3
		land := buildLand(landOpts{
			box: bbox{112, 28, 142, 47}, tol: tol, prec: prec, minArea: 2e-4, name: "peninsula",
			landFile: in("pen_land.txt"), lakesFile: in("pen_lakes.txt"),
		})
		w := &writer{prec: prec, first: true}
		w.land(land)
		w.borders(buildBorders(in("pen_borders.txt"), bbox{112, 28, 142, 47}, tol, prec))
		w.rivers(buildRivers(in("pen_rivers.txt"), in("pen_borders.txt"), tol, prec))
		w.save(filepath.Join(*outDir, "peninsula.geojson"))
	}
	// East Asia: 60–180°E × 0–65°N, GSHHG intermediate, DP 0.02°, 2 decimals.
	{
		const tol, prec = 0.02, 2
		land := buildLand(landOpts{
			box: bbox{60, 0, 180, 65}, tol: tol, prec: prec, minArea: 4e-3, name: "eastasia",
			landFile: in("ea_land.txt"), lakesFile: in("ea_lakes.txt"),
		})
		w := &writer{prec: prec, first: true}
		w.land(land)
		w.borders(buildBorders(in("ea_borders.txt"), bbox{60, 0, 180, 65}, tol, prec))
		w.save(filepath.Join(*outDir, "eastasia.geojson"))
	}
}
