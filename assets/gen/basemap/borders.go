package main

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
)

// Borders: WDBII national borders, clipped, without the inter-Korean line.

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
