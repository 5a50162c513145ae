package main

import (
	"container/heap"
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// Rivers: the seven named rivers, found as paths through the WDBII network.

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
