package maps

import (
	"testing"
	"time"

	"github.com/paulmach/orb"

	"korea1950/geodata"
)

// The overlay is drawn for every day of the data, in both views: no
// keyframe, morph or arc of the shipped data may break a frame.
func TestOverlayEveryDay(t *testing.T) {
	s := shipped(t)
	var o overlay
	for _, v := range Views {
		in := testInput(s, geodata.SpanStart, AllLayers)
		in.vp = FitBound(v.Bound, 320, 200)
		in.geo = embedded(t)
		for d := geodata.SpanStart; d.Before(geodata.SpanEnd); d = d.Add(24 * time.Hour) {
			in.t = d.Add(13 * time.Hour)
			o.frame(in, 320, 200, nil, 0)
			for _, h := range o.sc.hits {
				if h.p0 > h.p1 || int(h.p1) > len(o.sc.pts) {
					t.Fatalf("%s, %s: a hit of %s points outside the frame's points", v.Name, in.t.Format("2006-01-02"), h.f.ID)
				}
			}
		}
	}
}

// Geometry that a user's file may hold, however odd, draws without
// breaking the frame: empty lines and rings, a line of one point, a
// zero-length line, a morph between keyframes of different shapes, and
// positions far off the map or at the poles.
func TestOverlayOddGeometry(t *testing.T) {
	a, b := t0, t0.Add(48*time.Hour)
	front1 := feature("f1", geodata.KindFront, "neutral", orb.LineString{{126, 37}, {126, 37}}, a, b)
	front2 := feature("f2", geodata.KindFront, "neutral", orb.MultiLineString{{}, {{127, 38}}}, b, b.Add(48*time.Hour))
	front1.Series, front2.Series = "f", "f"
	front1.Next, front2.Prev, front2.Interpolate = front2, front1, true
	area1 := feature("a1", geodata.KindArea, "kpa", orb.Polygon{{}}, a, b)
	area2 := feature("a2", geodata.KindArea, "kpa", orb.MultiPolygon{{{{126, 38}, {127, 38}, {127, 39}, {126, 38}}}}, b, b.Add(48*time.Hour))
	area1.Series, area2.Series = "a", "a"
	area1.Next, area2.Prev, area2.Interpolate = area2, area1, true
	s := newStore(t,
		front1, front2, area1, area2,
		feature("m0", geodata.KindMove, "us", orb.LineString{{127, 36}}, a, b),
		feature("m1", geodata.KindMove, "us", orb.LineString{{127, 36}, {127, 36}}, a, b),
		feature("u0", geodata.KindUnit, "kpa", orb.Point{179.9, 89.9}, a, b),
		feature("e0", geodata.KindEvent, "us", orb.Point{-179.9, -89.9}, a, b),
		feature("e1", geodata.KindEvent, "us", nil, a, b),
		place("far", -77, 38.9), place("here", 127, 37.5),
		func() *geodata.Feature {
			f := feature("msg", geodata.KindMessage, "us", nil, a, a) // received as it was sent
			f.Sender, f.Receiver, f.Via = "far", "here", []string{"nowhere"}
			return f
		}(),
	)
	var o overlay
	in := testInput(s, a, AllLayers)
	in.geo = embedded(t)
	for h := 0; h < 120; h += 7 {
		in.t = a.Add(time.Duration(h) * time.Hour)
		o.frame(in, 800, 500, nil, 0)
	}
}

// The selection is painted over whatever shares its place: its symbol is
// the last item of the frame.
func TestSelectionPaintedOnTop(t *testing.T) {
	at := time.Date(1950, 11, 28, 12, 0, 0, 0, geodata.Seoul)
	var o overlay
	o.px = 1
	in := testInput(shipped(t), at, AllLayers)
	in.sel = "cpv-second-offensive-1950-11-25"
	o.build(in)
	n := len(o.sc.items)
	if n == 0 {
		t.Fatal("nothing drawn")
	}
	last := o.sc.items[n-1]
	if last.op != opSprite || !last.spr.sel {
		t.Errorf("the last item painted is %+v, not the selected event's marker", last)
	}
	for _, it := range o.sc.items[:n-1] {
		if it.op == opSprite && it.spr.sel {
			t.Errorf("a selected symbol is painted before other items")
		}
	}
}
