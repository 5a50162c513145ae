package maps

import (
	"image/color"
	"math"
	"sort"
	"time"

	"github.com/paulmach/orb"

	"korea1950/geodata"
	"korea1950/internal/palette"
)

// frontCasing edges a front line in white, to part it from what it
// crosses.
var frontCasing = color.NRGBA{0xFF, 0xFF, 0xFF, 0xB0}

// eventFade is how long an event's or a decision's marker takes to fade
// out after its end.
const eventFade = 3 * 24 * time.Hour

// opKind says how an item of the overlay is painted.
type opKind uint8

const (
	opStroke opKind = iota // a polyline of a width, maybe dashed
	opFill                 // a closed polygon
	opSprite               // a symbol drawn once and copied
)

// item is one thing the overlay paints, in view pixels. Lines and
// polygons are ranges of the scene's points.
type item struct {
	op          opKind
	p0, p1      int32
	width, dash float32
	col         color.NRGBA
	spr         *sprite
	x, y        float32
	alpha       uint8
	box         Rect // the pixels it may touch
}

// textItem is a piece of text the overlay places over the map: a unit's
// designation, a front line's date, the name at an edge marker.
type textItem struct {
	Text  string
	Box   Rect // the plate; the text sits inside it, padded by labelPad
	Size  float32
	Color color.NRGBA
}

// hitClass orders what a tap picks when several things lie under it.
type hitClass uint8

const (
	hitUnit hitClass = iota
	hitMarker
	hitMessage
	hitMove
	hitFront
	hitTerritory
	hitClasses
)

// hit is the shape of a feature as drawn, for the tap's hit test: a
// polyline of the scene's points, or a point with a radius.
type hit struct {
	f      *geodata.Feature
	class  hitClass
	p0, p1 int32
	x, y   float32
	r      float32
}

// scene is everything the overlay shows at one instant in one view, in
// view pixels. Its slices are reused from frame to frame.
type scene struct {
	pts   []vec
	rings [][2]int32 // the rings of the communist-held areas, in pts
	tint  bool       // territory is drawn
	items []item
	texts []textItem
	hits  []hit
	taken grid // what text must not cover
	syms  grid // the unit symbols placed
	// pending holds the text waiting to be placed once every symbol is.
	pending []pendingText
}

// pendingText is text to place after the symbols: a line's date on the
// line, a place's name inward of its edge marker, or a note beside a
// point.
type pendingText struct {
	kind   uint8 // pendLine, pendEdge, pendPoint
	text   string
	size   float32
	color  color.NRGBA
	line   [2]int32
	e      vec
	ux, uy float32
	x, y   float64
	r      float64
}

const (
	pendLine uint8 = iota
	pendEdge
	pendPoint
	pendMove // an arrow's dates, placed after the rest
)

func (sc *scene) reset(w, h float64) {
	sc.pts, sc.rings, sc.items, sc.texts, sc.hits = sc.pts[:0], sc.rings[:0], sc.items[:0], sc.texts[:0], sc.hits[:0]
	sc.tint = false
	sc.taken.reset(w, h)
	sc.syms.reset(w, h)
	sc.pending = sc.pending[:0]
}

// addPts appends points and returns their range.
func (sc *scene) addPts(pts ...vec) (int32, int32) {
	p0 := int32(len(sc.pts))
	sc.pts = append(sc.pts, pts...)
	return p0, int32(len(sc.pts))
}

// project appends a projected polyline in view pixels.
func (sc *scene) project(vp Viewport, line []orb.Point) (int32, int32) {
	p0 := int32(len(sc.pts))
	for _, m := range line {
		x, y := vp.WorldToPixel(m)
		sc.pts = append(sc.pts, vec{float32(x), float32(y)})
	}
	return p0, int32(len(sc.pts))
}

func (sc *scene) stroke(p0, p1 int32, w, dash float32, c color.NRGBA) {
	if p1-p0 < 2 {
		return
	}
	b := boundOf(sc.pts[p0:p1], w/2+1)
	sc.items = append(sc.items, item{op: opStroke, p0: p0, p1: p1, width: w, dash: dash, col: c,
		box: Rect{float64(b.Min.X), float64(b.Min.Y), float64(b.Dx()), float64(b.Dy())}})
}

func (sc *scene) fill(p0, p1 int32, c color.NRGBA) {
	b := boundOf(sc.pts[p0:p1], 1)
	sc.items = append(sc.items, item{op: opFill, p0: p0, p1: p1, col: c,
		box: Rect{float64(b.Min.X), float64(b.Min.Y), float64(b.Dx()), float64(b.Dy())}})
}

func (sc *scene) sprite(s *sprite, x, y float32, alpha uint8) {
	sc.items = append(sc.items, item{op: opSprite, spr: s, x: x, y: y, alpha: alpha})
}

// frameInput is what a frame of the overlay depends on.
type frameInput struct {
	store    *geodata.Store
	geo      *Geography
	vp       Viewport
	t        time.Time
	layers   Layers
	sel      string
	lang     string
	reserved []Rect  // rectangles text must leave free: controls, place labels
	labels   []Label // the basemap's labels shown, which edge markers must not repeat
	measure  func(text string, size float32) (w, h float64)
}

// scratch holds the features of one frame by kind, reused between frames.
type scratch struct {
	areas, fronts, units, moves, msgs, events []*geodata.Feature
}

func (s *scratch) reset() {
	s.areas, s.fronts, s.units, s.moves, s.msgs, s.events = s.areas[:0], s.fronts[:0], s.units[:0], s.moves[:0], s.msgs[:0], s.events[:0]
}

func byID(fs []*geodata.Feature) {
	sort.Slice(fs, func(i, j int) bool { return fs[i].ID < fs[j].ID })
}

// build computes the scene of a frame: it queries the store, morphs the
// keyframes, projects everything to view pixels and places the text.
func (o *overlay) build(in frameInput) {
	sc := &o.sc
	vp := in.vp
	sc.reset(vp.Width, vp.Height)
	for _, r := range in.reserved {
		sc.taken.add(r)
	}
	if in.store == nil || vp.Width <= 0 || vp.Height <= 0 {
		return
	}
	q := &o.q
	q.reset()
	view := vp.Bound()
	dx, dy := (view.Max[0]-view.Min[0])*0.05, (view.Max[1]-view.Min[1])*0.05
	view.Min, view.Max = orb.Point{view.Min[0] - dx, view.Min[1] - dy}, orb.Point{view.Max[0] + dx, view.Max[1] + dy}
	in.store.Active(view, in.t, func(f *geodata.Feature) bool {
		if !in.layers.Shows(f) {
			return true
		}
		switch f.Kind {
		case geodata.KindArea:
			q.areas = append(q.areas, f)
		case geodata.KindFront:
			q.fronts = append(q.fronts, f)
		case geodata.KindUnit:
			q.units = append(q.units, f)
		case geodata.KindMove:
			q.moves = append(q.moves, f)
		case geodata.KindMessage:
			q.msgs = append(q.msgs, f)
		}
		return true
	})
	if in.layers&LayerEvents != 0 {
		in.store.Overlapping(view, in.t.Add(-eventFade), in.t.Add(time.Nanosecond), func(f *geodata.Feature) bool {
			if (f.Kind == geodata.KindEvent || f.Kind == geodata.KindDecision) && in.layers.Shows(f) && f.Geometry != nil {
				q.events = append(q.events, f)
			}
			return true
		})
	}
	for _, fs := range [][]*geodata.Feature{q.areas, q.fronts, q.moves, q.msgs, q.events} {
		byID(fs)
	}
	o.territory(in)
	// The fronts come first so that their dates find room before the
	// symbols take it, but are painted last, over the symbols, so that a
	// crowded front still reads.
	f0 := len(sc.items)
	o.fronts(in)
	f1 := len(sc.items)
	o.placePending(in)
	sc.pending = sc.pending[:0]
	o.moves(in)
	o.messages(in)
	o.events(in)
	o.units(in)
	o.itemTmp = append(o.itemTmp[:0], sc.items[f0:f1]...)
	copy(sc.items[f0:], sc.items[f1:])
	copy(sc.items[len(sc.items)-len(o.itemTmp):], o.itemTmp)
	o.selectedOnTop()
	o.hiddenNote(in)
	o.placePending(in)
	o.designations(in)
}

// selectedOnTop moves the symbols of the selection to the end of the
// items, so that it is painted over what shares its place: an event
// selected at Kunu-ri is not hidden under the formations there.
func (o *overlay) selectedOnTop() {
	sc := &o.sc
	o.itemTmp = o.itemTmp[:0]
	kept := sc.items[:0]
	for _, it := range sc.items {
		if it.op == opSprite && it.spr.sel {
			o.itemTmp = append(o.itemTmp, it)
		} else {
			kept = append(kept, it)
		}
	}
	sc.items = append(kept, o.itemTmp...)
}

// placePending places the text that waited for the symbols; the dates of
// arrows, of which there may be many, come last.
func (o *overlay) placePending(in frameInput) {
	for _, p := range o.sc.pending {
		switch p.kind {
		case pendLine:
			o.lineLabel(in, p.text, p.line)
		case pendEdge:
			o.edgeLabel(in, p)
		case pendPoint:
			o.placeText(in, p.text, p.size, p.x, p.y, p.r, p.color)
		}
	}
	for _, p := range o.sc.pending {
		if p.kind == pendMove {
			o.moveLabel(in, p)
		}
	}
}

// territory adds the communist-held areas, which the painter tints, with
// the rest of Korea's land in the UN's tint, and the 38th parallel over
// both.
func (o *overlay) territory(in frameInput) {
	sc := &o.sc
	for _, f := range o.q.areas {
		parts, _, _ := o.shapes.at(f, in.t)
		for _, p := range parts {
			p0, p1 := sc.project(in.vp, p)
			sc.rings = append(sc.rings, [2]int32{p0, p1})
		}
		sc.tint = true
		sc.hits = append(sc.hits, hit{f: f, class: hitTerritory, p0: int32(len(sc.rings) - len(parts)), p1: int32(len(sc.rings))})
	}
	if sc.tint && in.layers&LayerParallel != 0 {
		_, y := in.vp.ToPixel(orb.Point{unproject(in.vp.Center)[0], Parallel38})
		p0, p1 := sc.addPts(vec{0, float32(y)}, vec{float32(in.vp.Width), float32(y)})
		sc.stroke(p0, p1, 2, 10, ColorParallel)
	}
}

// fronts adds the front lines: heavy, solid where interpolated, dashed
// where a keyframe is held, each with the date it shows.
func (o *overlay) fronts(in frameInput) {
	sc := &o.sc
	for _, f := range o.q.fronts {
		parts, _, morphed := o.shapes.at(f, in.t)
		dash := float32(0)
		if !morphed {
			dash = frontDash
		}
		col := palette.Black
		if f.Approximate {
			col = palette.WithAlpha(col, 0.85)
		}
		o.ranges = o.ranges[:0]
		var longest [2]int32
		for _, p := range parts {
			p0, p1 := sc.project(in.vp, p)
			o.ranges = append(o.ranges, [2]int32{p0, p1})
			if p1-p0 > longest[1]-longest[0] {
				longest = [2]int32{p0, p1}
			}
		}
		if f.ID == in.sel {
			for _, r := range o.ranges {
				sc.stroke(r[0], r[1], frontW+2*haloW, 0, palette.Selected)
			}
		}
		for _, r := range o.ranges {
			sc.stroke(r[0], r[1], frontW+3, 0, frontCasing)
		}
		for _, r := range o.ranges {
			sc.stroke(r[0], r[1], frontW, dash, col)
			sc.hits = append(sc.hits, hit{f: f, class: hitFront, p0: r[0], p1: r[1]})
		}
		sc.pending = append(sc.pending, pendingText{kind: pendLine, text: f.ShownIn(in.lang), size: 12, color: palette.Black, line: longest})
	}
}

// lineLabel places a front line's date on the line, where it is in view
// and free.
func (o *overlay) lineLabel(in frameInput, text string, r [2]int32) {
	sc := &o.sc
	line := sc.pts[r[0]:r[1]]
	if len(line) < 2 {
		return
	}
	const size = 12
	w, h := in.measure(text, size)
	w, h = w+2*labelPad, h+2*labelPad
	total := 0.0
	for i := 1; i < len(line); i++ {
		total += math.Hypot(float64(line[i].X-line[i-1].X), float64(line[i].Y-line[i-1].Y))
	}
	for _, frac := range []float64{0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9, 0, 1} {
		x, y := along(line, total*frac)
		for _, off := range [][2]float64{{6, -h - 6}, {6, 6}, {-w - 6, -h - 6}, {-w - 6, 6}} {
			box := Rect{x + off[0], y + off[1], w, h}
			if box.inside(in.vp.Width, in.vp.Height) && !sc.taken.overlaps(box) {
				sc.taken.add(box)
				sc.syms.add(box) // symbols leave a line's date free
				sc.texts = append(sc.texts, textItem{Text: text, Box: box, Size: size, Color: palette.Black})
				return
			}
		}
	}
}

// along returns the point at distance d along a polyline.
func along(line []vec, d float64) (float64, float64) {
	for i := 1; i < len(line); i++ {
		a, b := line[i-1], line[i]
		l := math.Hypot(float64(b.X-a.X), float64(b.Y-a.Y))
		if d <= l || i == len(line)-1 {
			f := 0.0
			if l > 0 {
				f = min(max(d/l, 0), 1)
			}
			return float64(a.X) + float64(b.X-a.X)*f, float64(a.Y) + float64(b.Y-a.Y)*f
		}
		d -= l
	}
	return float64(line[0].X), float64(line[0].Y)
}

// cut returns the part of a polyline within distance d of its start, into
// out, and the direction of its last segment.
func cut(line []vec, d float64, out []vec) ([]vec, vec) {
	out = append(out[:0], line[0])
	var dir vec
	for i := 1; i < len(line); i++ {
		a, b := line[i-1], line[i]
		l := math.Hypot(float64(b.X-a.X), float64(b.Y-a.Y))
		if l == 0 {
			continue
		}
		dir = vec{float32(float64(b.X-a.X) / l), float32(float64(b.Y-a.Y) / l)}
		if d <= l {
			f := float32(d / l)
			return append(out, vec{a.X + (b.X-a.X)*f, a.Y + (b.Y-a.Y)*f}), dir
		}
		out = append(out, b)
		d -= l
	}
	return out, dir
}

func polylineLength(line []vec) float64 {
	t := 0.0
	for i := 1; i < len(line); i++ {
		t += math.Hypot(float64(line[i].X-line[i-1].X), float64(line[i].Y-line[i-1].Y))
	}
	return t
}
