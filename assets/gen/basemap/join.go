package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
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
