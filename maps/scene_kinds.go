package maps

import (
	"image/color"
	"math"
	"time"

	"github.com/paulmach/orb"

	"korea1950/geodata"
	"korea1950/internal/i18n"
	"korea1950/internal/palette"
)

// Sizes of a movement arrow's head, in device-independent pixels.
const (
	headLen = 17
	headW   = 21
)

// moves adds the movement arrows, each grown along its path by the
// fraction of its span that has passed.
func (o *overlay) moves(in frameInput) {
	sc := &o.sc
	for _, f := range o.q.moves {
		s := o.shapes.of(f)
		if s == nil || len(s.parts) == 0 || s.point {
			continue
		}
		p := fraction(in.t, f.From, f.Until)
		l0, l1 := sc.project(in.vp, s.parts[0])
		full := sc.pts[l0:l1]
		total := polylineLength(full)
		o.tmp, _ = cut(full, total*p, o.tmp)
		sc.pts = sc.pts[:l0] // the full path is not kept
		if r, ok := o.arrow(in, f, o.tmp, p); ok {
			sc.pending = append(sc.pending, pendingText{kind: pendMove, text: moveDates(f, in.lang), size: moveDateSize, color: moveDateColor, line: r})
		}
	}
}

// arrow adds a broad arrow along path, its head at the path's end, and
// returns the range of the path in the scene's points, if it drew one.
func (o *overlay) arrow(in frameInput, f *geodata.Feature, path []vec, p float64) ([2]int32, bool) {
	sc := &o.sc
	if len(path) < 2 || polylineLength(path) < 1 {
		return [2]int32{}, false
	}
	tip := path[len(path)-1]
	_, dir := cut(path, polylineLength(path), o.tmp2[:0])
	total := polylineLength(path)
	// The shaft stops where the head begins.
	shaft, _ := cut(path, math.Max(total-headLen*0.8, 0), o.tmp2[:0])
	o.tmp2 = shaft
	col := sideColor(f.Side)
	if f.Approximate {
		col = palette.WithAlpha(col, softAlpha+0.15)
	}
	nx, ny := -dir.Y, dir.X
	bx, by := tip.X-dir.X*headLen, tip.Y-dir.Y*headLen
	head := []vec{tip, {bx + nx*headW/2, by + ny*headW/2}, {bx - nx*headW/2, by - ny*headW/2}, tip}
	if f.ID == in.sel {
		s0, s1 := sc.addPts(shaft...)
		sc.stroke(s0, s1, moveW+2*haloW, 0, palette.Selected)
		h0, h1 := sc.addPts(head...)
		sc.stroke(h0, h1, 2*haloW, 0, palette.Selected)
	}
	s0, s1 := sc.addPts(shaft...)
	dash := float32(0)
	if f.Approximate {
		dash = 16
	}
	sc.stroke(s0, s1, moveW, dash, col)
	h0, h1 := sc.addPts(head...)
	sc.fill(h0, h1, col)
	p0, p1 := sc.addPts(path...)
	sc.hits = append(sc.hits, hit{f: f, class: hitMove, p0: p0, p1: p1})
	return [2]int32{p0, p1}, true
}

// placePoint returns a place's projected point, its longitude shifted to
// lie within 180° of the view's centre.
func placePoint(s *geodata.Store, id string, vp Viewport) (orb.Point, *geodata.Feature, bool) {
	p := s.ByID(id)
	if p == nil {
		return orb.Point{}, nil, false
	}
	pt, ok := p.Geometry.(orb.Point)
	if !ok {
		return orb.Point{}, nil, false
	}
	return Project(nearestWrap(pt, vp)), p, true
}

// messages adds the messages in transit: an arc from the sender through
// each intermediary to the receiver, curved in screen space, with a marker
// at the fraction of the way that time has reached. An arc leaving the map
// is cut at its edge, where a marker names the place it goes to or comes
// from. A draft never sent is dashed, its marker hollow.
func (o *overlay) messages(in frameInput) {
	sc := &o.sc
	vp := in.vp
	o.named = o.named[:0]
	for _, f := range o.q.msgs {
		ids := append(append(append(o.ids[:0], f.Sender), f.Via...), f.Receiver)
		o.ids = ids
		stops, places := o.stops[:0], o.places[:0]
		for _, id := range ids {
			m, pf, ok := placePoint(in.store, id, vp)
			if !ok {
				continue
			}
			x, y := vp.WorldToPixel(m)
			stops, places = append(stops, vec{float32(x), float32(y)}), append(places, pf)
		}
		// A place off the map is drawn on the map's edge, where the line
		// from the map's centre towards it leaves the map, so that every
		// arc to it ends at one marker, whichever way it bows; one that
		// the basemap already marks (Moscow, Washington) is drawn at the
		// basemap's marker.
		far := o.far[:0]
		for i := range stops {
			far = append(far, stops[i])
			if inView(vp, stops[i]) {
				continue
			}
			if at, ok := edgeLabelOf(in, places[i], stops[i]); ok {
				stops[i] = at
				continue
			}
			stops[i] = edgeCross(stops[i], vec{float32(vp.Width / 2), float32(vp.Height / 2)}, vp, edgeMargin)
		}
		o.far = far
		o.stops, o.places = stops, places
		arc := o.arcPts[:0]
		for i := 1; i < len(stops); i++ {
			arc = bezierArc(arc, stops[i-1], stops[i])
		}
		o.arcPts = arc
		if len(arc) < 2 || polylineLength(arc) < 2 {
			continue
		}
		col := sideColor(f.Side)
		if f.Approximate {
			col = palette.WithAlpha(col, softAlpha+0.15)
		}
		m := float32(edgeMargin)
		inside := func(v vec) bool {
			return v.X >= m && v.Y >= m && v.X <= float32(vp.Width)-m && v.Y <= float32(vp.Height)-m
		}
		first, last := -1, -1
		for i, v := range arc {
			if inside(v) {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first < 0 {
			continue // the whole arc lies off the map
		}
		p0 := int32(len(sc.pts))
		if first > 0 {
			e := edgeCross(arc[first-1], arc[first], vp, m)
			sc.pts = append(sc.pts, e)
			if !o.placeShown(in, places[0], stops[0]) {
				o.edgeMarker(in, f, places[0], e, arc[first-1])
			}
		}
		sc.pts = append(sc.pts, arc[first:last+1]...)
		if last < len(arc)-1 {
			e := edgeCross(arc[last+1], arc[last], vp, m)
			sc.pts = append(sc.pts, e)
			if !o.placeShown(in, places[len(places)-1], stops[len(stops)-1]) {
				o.edgeMarker(in, f, places[len(places)-1], e, arc[last+1])
			}
		}
		p1 := int32(len(sc.pts))
		for i := range stops {
			if stops[i] != far[i] && !o.placeShown(in, places[i], far[i]) {
				o.edgeMarker(in, f, places[i], stops[i], far[i])
			}
		}
		if f.ID == in.sel {
			sc.stroke(p0, p1, arcW+2*haloW, 0, palette.Selected)
		}
		dash := float32(0)
		if !f.Delivered {
			dash = arcDash
		}
		sc.stroke(p0, p1, arcW, dash, col)
		sc.hits = append(sc.hits, hit{f: f, class: hitMessage, p0: p0, p1: p1})
		// The marker travels the whole arc, off the map included.
		x, y := along(arc, polylineLength(arc)*fraction(in.t, f.From, f.Until))
		if x < 0 || y < 0 || x > vp.Width || y > vp.Height {
			continue
		}
		k := spriteKey{kind: symMessage, side: f.Side, approx: f.Approximate, sel: f.ID == in.sel, hollow: !f.Delivered, px: o.px}
		sc.sprite(o.sprites.get(k), float32(x), float32(y), 0xFF)
		sc.hits = append(sc.hits, hit{f: f, class: hitMessage, p0: -1, x: float32(x), y: float32(y), r: messageR})
		sc.taken.add(Rect{x - messageR, y - messageR, 2 * messageR, 2 * messageR})
		if !f.Delivered {
			text := i18n.T(in.lang, "map.draft")
			sc.pending = append(sc.pending, pendingText{kind: pendPoint, text: text, size: 12, color: sideColor(f.Side), x: x, y: y, r: messageR + 3})
		}
	}
}

// bezierArc appends the arc from a to b, bowed to the left of its way by
// a fifth of its length, as a quadratic Bézier curve.
func bezierArc(out []vec, a, b vec) []vec {
	dx, dy := b.X-a.X, b.Y-a.Y
	if dx == 0 && dy == 0 {
		return out
	}
	cx, cy := (a.X+b.X)/2+dy*0.2, (a.Y+b.Y)/2-dx*0.2
	const n = 32
	start := 0
	if len(out) > 0 {
		start = 1 // the previous leg ends where this one starts
	}
	for i := start; i <= n; i++ {
		t := float32(i) / n
		u := 1 - t
		out = append(out, vec{u*u*a.X + 2*u*t*cx + t*t*b.X, u*u*a.Y + 2*u*t*cy + t*t*b.Y})
	}
	return out
}

// edgeCross returns where the segment from out (off the map) to in (on
// it) crosses the map's edge less margin m.
func edgeCross(out, in vec, vp Viewport, m float32) vec {
	lo, hi := float32(0), float32(1)
	for range 24 {
		mid := (lo + hi) / 2
		p := vec{out.X + (in.X-out.X)*mid, out.Y + (in.Y-out.Y)*mid}
		if p.X >= m && p.Y >= m && p.X <= float32(vp.Width)-m && p.Y <= float32(vp.Height)-m {
			hi = mid
		} else {
			lo = mid
		}
	}
	return vec{out.X + (in.X-out.X)*hi, out.Y + (in.Y-out.Y)*hi}
}

// inView reports whether the pixel v lies on the map.
func inView(vp Viewport, v vec) bool {
	return v.X >= 0 && v.Y >= 0 && float64(v.X) <= vp.Width && float64(v.Y) <= vp.Height
}

// edgeMarker adds a triangle at e pointing towards the place off the map,
// which lies past toward, and a label naming the place.
func (o *overlay) edgeMarker(in frameInput, f, place *geodata.Feature, e, toward vec) {
	sc := &o.sc
	dx, dy := float64(toward.X-e.X), float64(toward.Y-e.Y)
	d := math.Hypot(dx, dy)
	if d == 0 {
		return
	}
	ux, uy := float32(dx/d), float32(dy/d)
	s := float32(edgeMarkerSize)
	tip := vec{e.X + ux*s, e.Y + uy*s}
	nx, ny := -uy, ux
	p0, p1 := sc.addPts(tip, vec{e.X - ux*s*0.4 + nx*s*0.8, e.Y - uy*s*0.4 + ny*s*0.8}, vec{e.X - ux*s*0.4 - nx*s*0.8, e.Y - uy*s*0.4 - ny*s*0.8}, tip)
	sc.fill(p0, p1, palette.Black)
	sc.hits = append(sc.hits, hit{f: f, class: hitMessage, p0: -1, x: e.X, y: e.Y, r: s})
	for _, named := range o.named {
		if named == place {
			return // one name per place: another arc's marker gives it
		}
	}
	o.named = append(o.named, place)
	sc.pending = append(sc.pending, pendingText{kind: pendEdge, text: place.TitleIn(in.lang), size: 13, color: palette.Black, e: e, ux: ux, uy: uy, r: float64(s)})
}

// edgeLabel places the name of a place off the map inward of its edge
// marker, or a little along the edge if that is taken.
func (o *overlay) edgeLabel(in frameInput, p pendingText) {
	sc := &o.sc
	w, h := in.measure(p.text, p.size)
	w, h = w+2*labelPad, h+2*labelPad
	e, ux, uy := p.e, float64(p.ux), float64(p.uy)
	bx := float64(e.X) - w/2 - ux*(w/2+labelGap+p.r)
	by := float64(e.Y) - h/2 - uy*(h/2+labelGap+p.r)
	for _, shift := range []float64{0, h + 2, -h - 2, 2*h + 4, -2*h - 4} {
		box := Rect{clamp(bx-uy*shift, 0, in.vp.Width-w), clamp(by+ux*shift, 0, in.vp.Height-h), w, h}
		if !sc.taken.overlaps(box) {
			sc.taken.add(box)
			sc.texts = append(sc.texts, textItem{Text: p.text, Box: box, Size: p.size, Color: p.color})
			return
		}
	}
}

// placeText places a short text beside a point at distance r: right,
// left, below or above, the first that is free; or not at all.
func (o *overlay) placeText(in frameInput, text string, size float32, x, y, r float64, c color.NRGBA) bool {
	sc := &o.sc
	w, h := in.measure(text, size)
	w, h = w+2*labelPad, h+2*labelPad
	for _, p := range [][2]float64{{x + r, y - h/2}, {x - r - w, y - h/2}, {x - w/2, y + r}, {x - w/2, y - r - h}} {
		box := Rect{p[0], p[1], w, h}
		if box.inside(in.vp.Width, in.vp.Height) && !sc.taken.overlaps(box) {
			sc.taken.add(box)
			sc.texts = append(sc.texts, textItem{Text: text, Box: box, Size: size, Color: c})
			return true
		}
	}
	return false
}

// events adds the markers of events (discs) and decisions (diamonds),
// which appear at their start and fade out over eventFade after their end.
func (o *overlay) events(in frameInput) {
	sc := &o.sc
	for _, f := range o.q.events {
		pt, ok := f.Geometry.(orb.Point)
		if !ok {
			continue
		}
		a := eventAlpha(f, in.t)
		if a <= 0 {
			continue
		}
		x, y := in.vp.ToPixel(nearestWrap(pt, in.vp))
		kind := symEvent
		if f.Kind == geodata.KindDecision {
			kind = symDecision
		}
		k := spriteKey{kind: kind, side: f.Side, approx: f.Approximate, sel: f.ID == in.sel, px: o.px}
		sc.sprite(o.sprites.get(k), float32(x), float32(y), uint8(a*255+0.5))
		sc.hits = append(sc.hits, hit{f: f, class: hitMarker, p0: -1, x: float32(x), y: float32(y), r: markerR})
		sc.taken.add(Rect{x - markerR, y - markerR, 2 * markerR, 2 * markerR})
	}
}

// eventAlpha is the opacity of an event's marker at t: whole while it is
// active, then fading to nothing over eventFade.
func eventAlpha(f *geodata.Feature, t time.Time) float64 {
	switch {
	case t.Before(f.From):
		return 0
	case t.Before(f.Until):
		return 1
	}
	return max(0, 1-float64(t.Sub(f.Until))/float64(eventFade))
}
