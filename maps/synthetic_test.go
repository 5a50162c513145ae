package maps

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"korea1950/geodata"
)

// feature makes a feature of a kind and side active over [from, until).
func feature(id string, k geodata.Kind, side geodata.Side, g orb.Geometry, from, until time.Time) *geodata.Feature {
	f := &geodata.Feature{ID: id, Kind: k, Side: side, Geometry: g, From: from, Until: until, Delivered: true}
	if g != nil {
		f.Bound = g.Bound()
	}
	return f
}

// place makes a place feature, always there.
func place(id string, lon, lat float64) *geodata.Feature {
	f := feature(id, geodata.KindPlace, "neutral", orb.Point{lon, lat}, geodata.Always, geodata.Never)
	f.Title = id
	return f
}

func newStore(t testing.TB, fs ...*geodata.Feature) *geodata.Store {
	t.Helper()
	s, err := geodata.NewStore(fs)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// mix is the share of each kind among synthetic features, in per cent:
// units, events, decisions, moves, messages; the rest are fronts.
type mix struct{ units, events, decisions, moves, messages int }

// lightMix is mostly units and markers: few arrows and arcs.
var lightMix = mix{units: 60, events: 20, decisions: 5, moves: 8, messages: 3}

// arcsMix is heavier in lines: about 160 arrows and 100 arcs among 1,000
// active features.
var arcsMix = mix{units: 40, events: 20, decisions: 4, moves: 16, messages: 10}

// synthetic returns n features over 1950–1953 for the benchmarks, in
// lightMix: units (60 %), events (20 %), decisions (5 %), moves (8 %),
// messages (3 %) and fronts (4 %) in and around Korea, each active for
// about 15 days, so that about 1,000 are active at a time.
func synthetic(n int, seed int64) []*geodata.Feature {
	return syntheticMix(n, seed, lightMix)
}

// syntheticMix is synthetic with the kinds in the shares of m.
func syntheticMix(n int, seed int64, m mix) []*geodata.Feature {
	r := rand.New(rand.NewSource(seed))
	span := geodata.SpanEnd.Sub(geodata.SpanStart)
	places := []*geodata.Feature{place("p-beijing", 116.4, 39.9), place("p-pyongyang", 125.75, 39.02),
		place("p-seoul", 126.98, 37.57), place("p-tokyo", 139.7, 35.7), place("p-moscow", 37.6, 55.75),
		place("p-washington", -77.0, 38.9)}
	out := append([]*geodata.Feature(nil), places...)
	sides := []geodata.Side{"us", "rok", "uk", "un", "kpa", "cpv", "prc"}
	echelons := geodata.Echelons
	pt := func() orb.Point { return orb.Point{125 + r.Float64()*4.5, 34.5 + r.Float64()*7.5} }
	for i := len(out); i < n; i++ {
		from := geodata.SpanStart.Add(time.Duration(r.Int63n(int64(span))))
		until := from.Add(time.Duration(float64(30*24*time.Hour) * r.Float64()))
		side := sides[r.Intn(len(sides))]
		id := fmt.Sprintf("s%06d", i)
		var f *geodata.Feature
		switch k := r.Intn(100); {
		case k < m.units:
			f = feature(id, geodata.KindUnit, side, pt(), from, until)
			f.Echelon = echelons[r.Intn(len(echelons))]
			f.Designation = fmt.Sprintf("%dth Division", r.Intn(99)+1)
		case k < m.units+m.events:
			f = feature(id, geodata.KindEvent, side, pt(), from, until)
		case k < m.units+m.events+m.decisions:
			f = feature(id, geodata.KindDecision, side, pt(), from, until)
		case k < m.units+m.events+m.decisions+m.moves:
			a := pt()
			b := orb.Point{a[0] + r.Float64() - 0.5, a[1] + r.Float64() - 0.5}
			f = feature(id, geodata.KindMove, side, orb.LineString{a, lerpPt(a, b, 0.5), b}, from, until)
		case k < m.units+m.events+m.decisions+m.moves+m.messages:
			a, b := places[r.Intn(len(places))], places[r.Intn(len(places))]
			f = feature(id, geodata.KindMessage, side, nil, from, until)
			f.Sender, f.Receiver = a.ID, b.ID
			f.Bound = a.Bound.Union(b.Bound)
			f.Delivered = r.Intn(5) > 0
		default:
			a := pt()
			f = feature(id, geodata.KindFront, "neutral", orb.LineString{a, {a[0] + 0.3, a[1] + 0.1}, {a[0] + 0.6, a[1] - 0.1}}, from, until)
		}
		f.Approximate = r.Intn(3) > 0
		out = append(out, f)
	}
	return out
}
