package maps

import (
	"math"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"korea1950/geodata"
)

func TestShortDesignation(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"24th Infantry Division", "24"},
		{"1st Marine Division", "1 Mar"},
		{"1st Cavalry Division", "1 Cav"},
		{"31st Regimental Combat Team (Task Force Faith)", "31 RCT"},
		{"187th Airborne Regimental Combat Team", "187 RCT"},
		{"I Corps", "I Corps"},
		{"ROK II Corps", "II Corps"},
		{"39th Army", "39"},
		{"13th Army Group", "13 AG"},
		{"Eighth Army", "8"},
		{"ROK Capital Division", "Cap"},
		{"27th British Commonwealth Brigade", "27 Cwlth"},
		{"29th British Infantry Brigade", "29 Br"},
		{"105th Armored Division", "105 Armd"},
		{"Turkish Brigade", "Turk"},
		{"239th Regiment", "239"},
	} {
		if got := ShortDesignation(c.in); got != c.want {
			t.Errorf("ShortDesignation(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := ShortDesignationIn(c.in, "en"); got != c.want {
			t.Errorf("ShortDesignationIn(%q, en) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, lang, want string }{
		{"1st Marine Division", "ko", "1 해병"},
		{"X Corps", "zh", "X 军"},
		{"ROK Capital Division", "zh", "首都"},
		{"13th Army Group", "zh", "13 兵团"},
		{"24th Infantry Division", "ko", "24"},
	} {
		if got := ShortDesignationIn(c.in, c.lang); got != c.want {
			t.Errorf("ShortDesignationIn(%q, %s) = %q, want %q", c.in, c.lang, got, c.want)
		}
	}
}

var (
	t0 = time.Date(1950, 9, 1, 0, 0, 0, 0, time.UTC)
	t1 = t0.Add(96 * time.Hour)
)

// keyframes links two keyframes as the loader does.
func keyframes(a, b orb.Geometry, interpolate bool) (*geodata.Feature, *geodata.Feature) {
	f := feature("a", geodata.KindFront, "neutral", a, t0, t1)
	g := feature("b", geodata.KindFront, "neutral", b, t1, geodata.Never)
	f.Series, g.Series, f.Next, g.Prev, g.Interpolate = "s", "s", g, f, interpolate
	return f, g
}

func TestMorph(t *testing.T) {
	south := orb.LineString{{126, 36}, {127, 36}, {128, 36}}
	north := orb.LineString{{126, 38}, {128, 38}}
	half := t0.Add(48 * time.Hour)
	t.Run("halfway", func(t *testing.T) {
		f, _ := keyframes(south, north, true)
		var c shapes
		parts, _, morphed := c.at(f, half)
		if !morphed || len(parts) != 1 {
			t.Fatalf("morphed %v, %d parts; want a morph of one line", morphed, len(parts))
		}
		mid := Project(orb.Point{127, 37})[1]
		for _, p := range parts[0] {
			if math.Abs(p[1]-mid)/math.Abs(mid) > 0.01 {
				t.Fatalf("halfway point at y %.0f, want about %.0f (lat 37)", p[1], mid)
			}
		}
		first, last := unproject(parts[0][0]), unproject(parts[0][len(parts[0])-1])
		if math.Abs(first[0]-126) > 1e-6 || math.Abs(last[0]-128) > 1e-6 {
			t.Errorf("halfway line runs %v to %v, want 126°E to 128°E", first, last)
		}
	})
	t.Run("held when not interpolated", func(t *testing.T) {
		f, _ := keyframes(south, north, false)
		var c shapes
		parts, _, morphed := c.at(f, half)
		if morphed || unproject(parts[0][0])[1] > 36.001 {
			t.Errorf("a held keyframe was morphed to %v", unproject(parts[0][0]))
		}
	})
	t.Run("held when the structure differs", func(t *testing.T) {
		f, _ := keyframes(south, orb.MultiLineString{north, {{129, 38}, {130, 38}}}, true)
		var c shapes
		if _, _, morphed := c.at(f, half); morphed {
			t.Error("a line was morphed into two lines")
		}
	})
	t.Run("polygon", func(t *testing.T) {
		sq := func(d float64) orb.Polygon {
			return orb.Polygon{{{126 - d, 36 - d}, {126 + d, 36 - d}, {126 + d, 36 + d}, {126 - d, 36 + d}, {126 - d, 36 - d}}}
		}
		f, _ := keyframes(sq(1), sq(2), true)
		f.Kind = geodata.KindArea
		var c shapes
		parts, polys, morphed := c.at(f, half)
		if !morphed || len(polys) != 1 {
			t.Fatal("a square was not morphed into a square")
		}
		b := orb.MultiPoint(parts[0]).Bound()
		lo, hi := unproject(b.Min), unproject(b.Max)
		if math.Abs(lo[0]-124.5) > 0.01 || math.Abs(hi[0]-127.5) > 0.01 {
			t.Errorf("halfway square spans %.2f to %.2f°E, want 124.5 to 127.5", lo[0], hi[0])
		}
	})
}

// testInput is a frame of a 800×500 peninsula view of s at t.
func testInput(s *geodata.Store, at time.Time, layers Layers) frameInput {
	return frameInput{store: s, vp: FitBound(Peninsula.Bound, 800, 500), t: at, layers: layers, lang: "en",
		measure: func(s string, size float32) (float64, float64) { return float64(len(s)) * 7, 16 }}
}

func TestMoveArrowGrows(t *testing.T) {
	path := orb.LineString{{126, 36}, {127, 36}, {128, 36}}
	s := newStore(t, feature("m", geodata.KindMove, "us", path, t0, t1))
	var full float64
	for _, c := range []struct{ frac, want float64 }{{0.25, 0.25}, {0.75, 0.75}, {0.999, 1}} {
		var o overlay
		o.px = 1
		o.build(testInput(s, t0.Add(time.Duration(c.frac*float64(t1.Sub(t0)))), AllLayers))
		var got float64
		for _, h := range o.sc.hits {
			if h.f.ID == "m" {
				got = polylineLength(o.sc.pts[h.p0:h.p1])
			}
		}
		if c.frac > 0.99 {
			full = got
			continue
		}
		x0, _ := FitBound(Peninsula.Bound, 800, 500).ToPixel(orb.Point{126, 36})
		x1, _ := FitBound(Peninsula.Bound, 800, 500).ToPixel(orb.Point{128, 36})
		if want := (x1 - x0) * c.want; math.Abs(got-want) > 1 {
			t.Errorf("at %.0f%% the arrow is %.1f px long, want %.1f", c.frac*100, got, want)
		}
	}
	if full == 0 {
		t.Error("no arrow at the end of its span")
	}
}

func TestMessageMarkerAndEdge(t *testing.T) {
	seoul, tokyo, moscow := place("seoul", 126.98, 37.57), place("tokyo", 139.7, 35.7), place("moscow", 37.6, 55.75)
	msg := feature("msg", geodata.KindMessage, "us", nil, t0, t1)
	msg.Sender, msg.Receiver, msg.Bound = "seoul", "tokyo", seoul.Bound.Union(tokyo.Bound)
	far := feature("far", geodata.KindMessage, "ussr", nil, t0, t1)
	far.Sender, far.Receiver, far.Bound, far.Delivered = "moscow", "seoul", moscow.Bound.Union(seoul.Bound), false
	s := newStore(t, seoul, tokyo, moscow, msg, far)
	for _, frac := range []float64{0.1, 0.5, 0.9} {
		in := testInput(s, t0.Add(time.Duration(frac*float64(t1.Sub(t0)))), AllLayers)
		in.vp = FitBound(EastAsia.Bound, 800, 500)
		var o overlay
		o.px = 1
		o.build(in)
		a, _ := in.vp.ToPixel(seoul.Geometry.(orb.Point))
		ay := 0.0
		_, ay = in.vp.ToPixel(seoul.Geometry.(orb.Point))
		b, by := in.vp.ToPixel(tokyo.Geometry.(orb.Point))
		arc := bezierArc(nil, vec{float32(a), float32(ay)}, vec{float32(b), float32(by)})
		wx, wy := along(arc, polylineLength(arc)*frac)
		found := false
		for _, h := range o.sc.hits {
			if h.f.ID == "msg" && h.p0 < 0 && math.Hypot(float64(h.x)-wx, float64(h.y)-wy) < 0.5 {
				found = true
			}
		}
		if !found {
			t.Errorf("at %.0f%%: no marker at (%.0f, %.0f)", frac*100, wx, wy)
		}
		named := false
		for _, tx := range o.sc.texts {
			named = named || tx.Text == "moscow"
		}
		if !named {
			t.Errorf("at %.0f%%: the arc from Moscow, off the map, has no edge marker naming it: %v", frac*100, o.sc.texts)
		}
	}
}

func TestEventFades(t *testing.T) {
	f := feature("e", geodata.KindEvent, "kpa", orb.Point{127, 37}, t0, t1)
	prev := 2.0
	for _, d := range []time.Duration{-time.Hour, time.Hour, 24 * time.Hour, 48 * time.Hour, 70 * time.Hour} {
		a := eventAlpha(f, t1.Add(d))
		if d < 0 && a != 1 {
			t.Errorf("alpha %.2f while active, want 1", a)
		}
		if d > 0 && a >= prev {
			t.Errorf("alpha %.2f at %v after the end, not below %.2f before", a, d, prev)
		}
		prev = a
	}
	if a := eventAlpha(f, t1.Add(eventFade+time.Hour)); a != 0 {
		t.Errorf("alpha %.2f after the fade, want 0", a)
	}
	// And in a scene: the marker is drawn fainter a day after the end.
	s := newStore(t, f)
	alphaAt := func(at time.Time) uint8 {
		var o overlay
		o.px = 1
		o.build(testInput(s, at, AllLayers))
		for _, it := range o.sc.items {
			if it.op == opSprite {
				return it.alpha
			}
		}
		return 0
	}
	if a, b := alphaAt(t1.Add(-time.Hour)), alphaAt(t1.Add(36*time.Hour)); !(a == 255 && b < a && b > 0) {
		t.Errorf("marker alpha %d while active, %d a day and a half later", a, b)
	}
}

func TestLayersHide(t *testing.T) {
	at := time.Date(1950, 8, 15, 12, 0, 0, 0, geodata.Seoul)
	count := func(l Layers) (units map[geodata.Side]int, tint bool, fronts int) {
		var o overlay
		o.px = 1
		o.build(testInput(shipped(t), at, l))
		units = map[geodata.Side]int{}
		for _, h := range o.sc.hits {
			switch h.class {
			case hitUnit:
				units[h.f.Side]++
			case hitFront:
				fronts++
			}
		}
		return units, o.sc.tint, fronts
	}
	all, tint, fronts := count(AllLayers)
	if all["kpa"] == 0 || all["us"] == 0 || !tint || fronts == 0 {
		t.Fatalf("all layers: units %v, tint %v, %d fronts; want KPA and US units, the tint and a front", all, tint, fronts)
	}
	if u, _, _ := count(AllLayers &^ LayerUnits); len(u) != 0 {
		t.Errorf("without the units layer: units %v", u)
	}
	if u, _, _ := count(AllLayers &^ LayerKPA); u["kpa"] != 0 || u["us"] == 0 {
		t.Errorf("without the KPA: units %v, want US units and no KPA", u)
	}
	if _, tint, f := count(AllLayers &^ LayerTerritory); tint || f == 0 {
		t.Errorf("without territory: tint %v, %d fronts", tint, f)
	}
	if _, _, f := count(AllLayers &^ LayerFronts); f != 0 {
		t.Errorf("without fronts: %d fronts", f)
	}
	for _, n := range append(append([]string(nil), LayerKinds...), LayerSides...) {
		if LayerNames[n] == 0 || AllLayers&LayerNames[n] == 0 {
			t.Errorf("layer %q is not named or not in AllLayers", n)
		}
	}
}
