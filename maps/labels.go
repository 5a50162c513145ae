package maps

import (
	"fmt"
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// Place is a labelled point of the basemap: a city, a body of water, a
// river's label anchor, or a far capital shown at the map's edge.
type Place struct {
	// ID is the id of the same place in the geodata ("inchon"), whose
	// position the label takes: the map's names and the data's places are
	// one list (a test keeps them equal). Rivers have none.
	ID string
	// Names holds the label by language: "en", "ko", "zh".
	Names map[string]string
	// Kind is "city", "water", "river" or "edge".
	Kind string
	// Rank orders labels: 1 is shown at every zoom, 2 and 3 only from
	// DetailScale on, and 3 gives way to the others.
	Rank int
	// At is the place's lon/lat.
	At orb.Point
	// Approximate marks a position that is only roughly known.
	Approximate bool
	// Side is where the label goes first, "left" or "right" (the default),
	// as a cartographer places a label by hand to keep an area clear.
	Side string
}

// DetailScale is the zoom (pixels per Web Mercator metre) from which places
// of rank 2 and 3 are labelled.
const DetailScale = 3e-4

// Name returns the place's name in lang, falling back to English.
func (p Place) Name(lang string) string {
	if s := p.Names[lang]; s != "" {
		return s
	}
	return p.Names["en"]
}

// ParsePlaces reads the label file, a GeoJSON FeatureCollection of points.
func ParsePlaces(name string, data []byte) ([]Place, error) {
	fc, err := geojson.UnmarshalFeatureCollection(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	places := make([]Place, 0, len(fc.Features))
	for i, f := range fc.Features {
		pt, ok := f.Geometry.(orb.Point)
		if !ok {
			return nil, fmt.Errorf("%s: feature %d: geometry: must be a Point", name, i)
		}
		p := Place{
			ID:          f.Properties.MustString("place", ""),
			Names:       map[string]string{},
			Kind:        f.Properties.MustString("kind", ""),
			Rank:        f.Properties.MustInt("rank", 0),
			At:          pt,
			Approximate: f.Properties.MustBool("approximate", false),
			Side:        f.Properties.MustString("side", "right"),
		}
		for lang, key := range map[string]string{"en": "name", "ko": "name_ko", "zh": "name_zh"} {
			if s := f.Properties.MustString(key, ""); s != "" {
				p.Names[lang] = s
			}
		}
		switch {
		case p.Names["en"] == "":
			return nil, fmt.Errorf("%s: feature %d: name: missing", name, i)
		case p.Kind != "city" && p.Kind != "water" && p.Kind != "river" && p.Kind != "edge":
			return nil, fmt.Errorf("%s: feature %d (%s): kind: %q is not city, water, river or edge", name, i, p.Names["en"], p.Kind)
		case p.Side != "left" && p.Side != "right":
			return nil, fmt.Errorf("%s: feature %d (%s): side: %q is not left or right", name, i, p.Names["en"], p.Side)
		case p.Rank < 1 || p.Rank > 3:
			return nil, fmt.Errorf("%s: feature %d (%s): rank: %d is not 1, 2 or 3", name, i, p.Names["en"], p.Rank)
		}
		places = append(places, p)
	}
	return places, nil
}

// Rect is an axis-aligned rectangle in view pixels.
type Rect struct{ X, Y, W, H float64 }

// Overlaps reports whether two rectangles share any area.
func (a Rect) Overlaps(b Rect) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

func (a Rect) inside(w, h float64) bool {
	return a.X >= 0 && a.Y >= 0 && a.X+a.W <= w && a.Y+a.H <= h
}

// Label is a place's label as laid out in one view.
type Label struct {
	Place *Place
	Text  string
	// X, Y is the place's pixel position; for an edge marker, the point on
	// the map's edge where the marker sits.
	X, Y float64
	// Box is the label plate, text plus padding.
	Box Rect
	// Edge is true for a marker of a place outside the view; DX, DY is
	// the unit direction in which the place lies.
	Edge   bool
	DX, DY float64
}

// Measure returns the size of a place's label text.
type Measure func(p *Place, text string) (w, h float64)

const (
	labelPad   = 3  // padding around the text inside the plate
	labelGap   = 5  // gap between the dot and the plate
	edgeMargin = 22 // distance of an edge marker from the map's edge
)

// LayoutLabels places the labels of places for view vp in language lang.
// Labels are placed in order of importance (edge markers, then rank);
// each takes the first of several positions around its point where it
// overlaps no label already placed and no reserved rectangle and lies
// inside the view. A label with no such position is left out, so no two
// labels ever overlap.
func LayoutLabels(places []Place, vp Viewport, lang string, measure Measure, reserved []Rect) []Label {
	order := make([]int, len(places))
	for i := range order {
		order[i] = i
	}
	prio := func(p Place) int {
		if p.Kind == "edge" {
			return 0
		}
		return p.Rank
	}
	sort.SliceStable(order, func(a, b int) bool { return prio(places[order[a]]) < prio(places[order[b]]) })

	// No label may cover the dot of a city shown in the view.
	taken := append([]Rect(nil), reserved...)
	for _, p := range places {
		if p.Kind != "city" || (p.Rank > 1 && vp.Scale < DetailScale) {
			continue
		}
		x, y := vp.ToPixel(p.At)
		taken = append(taken, Rect{x - dotRadius - 1, y - dotRadius - 1, 2*dotRadius + 2, 2*dotRadius + 2})
	}
	var out []Label
	for _, i := range order {
		p := &places[i]
		if p.Rank > 1 && vp.Scale < DetailScale {
			continue
		}
		text := p.Name(lang)
		tw, th := measure(p, text)
		bw, bh := tw+2*labelPad, th+2*labelPad
		at := p.At
		if p.Kind == "edge" {
			at = nearestWrap(at, vp)
		}
		x, y := vp.ToPixel(at)
		onView := x >= 0 && y >= 0 && x <= vp.Width && y <= vp.Height
		var l Label
		var ok bool
		switch {
		case onView:
			l, ok = placeNear(x, y, bw, bh, p.Kind == "river", p.Side == "left", vp, taken)
		case p.Kind == "edge":
			l, ok = placeAtEdge(x, y, bw, bh, vp, taken)
		}
		if !ok {
			continue
		}
		l.Place, l.Text = p, text
		taken = append(taken, l.Box)
		out = append(out, l)
	}
	return out
}

// placeNear tries the positions around a point: right, left, above, below
// and the four corners, left first where the place asks for it; a river
// label is centred on its anchor first.
func placeNear(x, y, w, h float64, centred, left bool, vp Viewport, taken []Rect) (Label, bool) {
	g := float64(labelGap)
	cands := [][2]float64{
		{x + g, y - h/2}, {x - g - w, y - h/2},
		{x - w/2, y - g - h}, {x - w/2, y + g},
		{x + g*0.7, y - g*0.7 - h}, {x + g*0.7, y + g*0.7},
		{x - g*0.7 - w, y - g*0.7 - h}, {x - g*0.7 - w, y + g*0.7},
	}
	if left {
		cands[0], cands[1] = cands[1], cands[0]
	}
	if centred {
		cands = append([][2]float64{{x - w/2, y - h/2}}, cands...)
	}
	for _, c := range cands {
		r := Rect{c[0], c[1], w, h}
		if r.inside(vp.Width, vp.Height) && !overlapsAny(r, taken) {
			return Label{X: x, Y: y, Box: r}, true
		}
	}
	return Label{}, false
}

// placeAtEdge puts a marker where the line from the view's centre towards
// (x, y) meets the view's edge, less a margin, with its plate inward of it.
func placeAtEdge(x, y, w, h float64, vp Viewport, taken []Rect) (Label, bool) {
	cx, cy := vp.Width/2, vp.Height/2
	dx, dy := x-cx, y-cy
	d := math.Hypot(dx, dy)
	if d == 0 {
		return Label{}, false
	}
	dx, dy = dx/d, dy/d
	hw, hh := cx-edgeMargin, cy-edgeMargin
	if hw <= 0 || hh <= 0 {
		return Label{}, false
	}
	t := math.Inf(1)
	if dx != 0 {
		t = math.Min(t, hw/math.Abs(dx))
	}
	if dy != 0 {
		t = math.Min(t, hh/math.Abs(dy))
	}
	ex, ey := cx+dx*t, cy+dy*t
	// The plate sits inward of the marker: left of it when the place lies
	// east, right of it when west, and below or above at the top or bottom.
	bx := ex - w/2 - dx*(w/2+labelGap)
	by := ey - h/2 - dy*(h/2+labelGap)
	r := Rect{clamp(bx, 0, vp.Width-w), clamp(by, 0, vp.Height-h), w, h}
	if !r.inside(vp.Width, vp.Height) || overlapsAny(r, taken) {
		return Label{}, false
	}
	return Label{X: ex, Y: ey, Box: r, Edge: true, DX: dx, DY: dy}, true
}

// nearestWrap shifts a longitude by whole turns so that it lies within
// 180° of the view's centre: Washington is east of Korea across the Pacific.
func nearestWrap(p orb.Point, vp Viewport) orb.Point {
	c := unproject(vp.Center)[0]
	for p[0]-c > 180 {
		p[0] -= 360
	}
	for p[0]-c < -180 {
		p[0] += 360
	}
	return p
}

func overlapsAny(r Rect, rs []Rect) bool {
	for _, o := range rs {
		if r.Overlaps(o) {
			return true
		}
	}
	return false
}
