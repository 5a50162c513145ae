package maps

import (
	"sort"

	"korea1950/geodata"
	"korea1950/internal/palette"
)

// echelonRank orders echelons, the largest first.
func echelonRank(e string) int {
	for i, x := range geodata.Echelons {
		if x == e {
			return i + 1
		}
	}
	return 0
}

// units adds the unit symbols, the largest formations first, each moved
// aside a little if another symbol is in its place, then their
// designations where there is room: a crowded map drops designations
// before it drops symbols.
func (o *overlay) units(in frameInput) {
	sc := &o.sc
	us := o.q.units
	sort.Slice(us, func(i, j int) bool {
		a, b := echelonRank(us[i].Echelon), echelonRank(us[j].Echelon)
		if a != b {
			return a > b
		}
		return us[i].ID < us[j].ID
	})
	// Within an echelon, the camps take turns, so that where symbols
	// crowd neither side's are all the ones left out.
	o.turns = o.turns[:0]
	n := map[string]int{} // small: a few camps by a few echelons
	for _, f := range us {
		c := palette.Camp(f.Side) + "/" + f.Echelon
		o.turns = append(o.turns, n[c])
		n[c]++
	}
	sort.Stable(unitTurns{us, o.turns})
	k := symbolScale(in.vp)
	e := unitExtent()
	e = Rect{e.X * k, e.Y * k, e.W * k, e.H * k}
	o.placed, o.hidden = o.placed[:0], 0
	for _, f := range us {
		parts, _, _ := o.shapes.at(f, in.t)
		if len(parts) == 0 || len(parts[0]) == 0 {
			continue
		}
		x, y := in.vp.WorldToPixel(parts[0][0])
		if x < -unitW || y < -unitH || x > in.vp.Width+unitW || y > in.vp.Height+unitH {
			continue
		}
		// Try the true place, then a ring of places around it; a symbol
		// with no free place is left out, to show when the map is zoomed.
		bx, by, free := x, y, false
		for _, d := range unitNudges {
			nx, ny := x+d[0]*e.W*0.75, y+d[1]*e.H*0.6
			if !sc.syms.overlaps(Rect{nx + e.X, ny + e.Y, e.W, e.H}) {
				bx, by, free = nx, ny, true
				break
			}
		}
		if !free {
			o.hidden++
			continue
		}
		box := Rect{bx + e.X, by + e.Y, e.W, e.H}
		sc.syms.add(box)
		sc.taken.add(box)
		sk := spriteKey{kind: symUnit, side: f.Side, echelon: f.Echelon, approx: f.Approximate, sel: f.ID == in.sel, px: o.px * float32(k)}
		sc.sprite(o.sprites.get(sk), float32(bx), float32(by), 0xFF)
		sc.hits = append(sc.hits, hit{f: f, class: hitUnit, p0: -1, x: float32(bx), y: float32(by + (e.Y + e.H/2)), r: float32(e.W / 2)})
		o.placed = append(o.placed, placedUnit{f, bx, by, k})
	}
}

// designations places each placed unit's short designation beside it,
// where there is room.
func (o *overlay) designations(in frameInput) {
	for _, u := range o.placed {
		text := ShortDesignationIn(u.f.Designation, in.lang)
		if text == "" {
			continue
		}
		o.placeText(in, text, 12, u.x, u.y, unitW/2*u.k+2, palette.Black)
	}
}

// unitTurns sorts units by echelon, largest first, then by their turn
// within their camp, then UN camp before communist.
type unitTurns struct {
	fs    []*geodata.Feature
	turns []int
}

func (u unitTurns) Len() int { return len(u.fs) }
func (u unitTurns) Swap(i, j int) {
	u.fs[i], u.fs[j] = u.fs[j], u.fs[i]
	u.turns[i], u.turns[j] = u.turns[j], u.turns[i]
}
func (u unitTurns) Less(i, j int) bool {
	a, b := echelonRank(u.fs[i].Echelon), echelonRank(u.fs[j].Echelon)
	if a != b {
		return a > b
	}
	if u.turns[i] != u.turns[j] {
		return u.turns[i] < u.turns[j]
	}
	return palette.Camp(u.fs[i].Side) > palette.Camp(u.fs[j].Side)
}

// placedUnit is a unit symbol where it was drawn.
type placedUnit struct {
	f       *geodata.Feature
	x, y, k float64
}

// symbolScale is the size of unit symbols in a view, relative to their
// full size: smaller when the map shows the whole peninsula in a small
// window, so that a corps and its divisions find room.
func symbolScale(vp Viewport) float64 {
	return clamp(vp.Scale/6e-4, 0.8, 1)
}

// unitNudges are the offsets, in symbol sizes, tried for a unit symbol
// whose place is taken.
var unitNudges = [][2]float64{{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {-1, 1}, {1, -1}, {-1, -1}}
