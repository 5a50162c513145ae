package geodata

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

// synthetic makes n features spread evenly over the peninsula and over
// 25 June 1950 to 27 July 1953, each active for span, as points or small
// boxes; every thousandth is a place with no dates.
func synthetic(n int, span time.Duration, seed int64) []*Feature {
	r := rand.New(rand.NewSource(seed))
	t0, t1 := utc("1950-06-25T00:00:00Z"), utc("1953-07-27T00:00:00Z")
	out := make([]*Feature, n)
	for i := range out {
		lon, lat := 124+7*r.Float64(), 33+10*r.Float64()
		f := &Feature{ID: fmt.Sprintf("f%d", i), Kind: KindEvent, Side: "un"}
		size := 0.0
		if i%3 == 0 {
			size = 0.2 * r.Float64()
		}
		f.Bound = orb.Bound{Min: orb.Point{lon, lat}, Max: orb.Point{lon + size, lat + size}}
		if i%1000 == 0 {
			f.Kind, f.From, f.Until = KindPlace, Always, Never
		} else {
			f.From = t0.Add(time.Duration(r.Int63n(int64(t1.Sub(t0)))))
			f.Until = f.From.Add(span)
		}
		out[i] = f
	}
	return out
}

// peninsula is the viewport of the Peninsula view.
var peninsula = orb.Bound{Min: orb.Point{124, 33}, Max: orb.Point{131, 43}}

// TestStoreMatchesScan checks the index against a plain scan: for random
// viewports and instants, Active finds exactly the features that are
// active and meet the viewport.
func TestStoreMatchesScan(t *testing.T) {
	features := synthetic(5000, 20*24*time.Hour, 1)
	s, err := NewStore(features)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r := rand.New(rand.NewSource(2))
	for q := 0; q < 200; q++ {
		lon, lat := 123+8*r.Float64(), 32+11*r.Float64()
		view := orb.Bound{Min: orb.Point{lon, lat}, Max: orb.Point{lon + 3*r.Float64(), lat + 3*r.Float64()}}
		at := features[1+r.Intn(len(features)-1)].From // often exactly on a start: the half-open edge
		if q%2 == 1 {
			at = at.Add(time.Duration(r.Int63n(int64(40 * 24 * time.Hour))))
		}
		var got, want []string
		s.Active(view, at, func(f *Feature) bool { got = append(got, f.ID); return true })
		for _, f := range features {
			if f.Active(at) && f.Bound.Intersects(view) {
				want = append(want, f.ID)
			}
		}
		sort.Strings(got)
		sort.Strings(want)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("query %d (%v at %v): index found %d, scan %d", q, view, at, len(got), len(want))
		}
	}
	// The end of a span is outside it: a feature is not active at its Until.
	f := features[1]
	s.Active(World, f.Until, func(g *Feature) bool {
		if g == f {
			t.Errorf("%s is found at its own end", f.ID)
		}
		return true
	})
}

func TestStoreLookups(t *testing.T) {
	ds := Load(ReadPath(seedFixture))
	s, err := NewStore(ds.Features)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.ByID("beijing") == nil || s.ByID("nowhere") != nil {
		t.Error("ByID")
	}
	if got := s.Series("front"); len(got) != 1 || got[0].ID != "front-1950-06-25" {
		t.Errorf("Series: %v", got)
	}
	// Around midnight of 2–3 October in Beijing, Zhou's warning is in transit.
	var ids []string
	s.Active(World, utc("1950-10-02T16:00:00Z"), func(f *Feature) bool {
		if f.Kind != KindPlace {
			ids = append(ids, f.ID)
		}
		return true
	})
	sort.Strings(ids)
	want := "[dprk-1950-06-25 front-1950-06-25 zhou-panikkar-1950-10-02]"
	if fmt.Sprint(ids) != want {
		t.Errorf("active at 1950-10-02T16:00Z: %v, want %s", ids, want)
	}
}

// BenchmarkStoreQuery measures "what is active in this viewport at this
// instant" over 100,000 synthetic features, about 1,000 of them hits, and
// over the shipped data. It reports the cost per hit and the index build.
func BenchmarkStoreQuery(b *testing.B) {
	b.Run("synthetic-100k", func(b *testing.B) {
		features := synthetic(100000, 11*24*time.Hour, 1)
		s, err := NewStore(features)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		benchQueries(b, s, peninsula)
		b.ReportMetric(float64(s.BuildTime.Milliseconds()), "build-ms")
	})
	b.Run("shipped", func(b *testing.B) {
		s, err := NewStore(Load(Embedded()).Features)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		benchQueries(b, s, peninsula)
	})
	b.Run("empty-query", func(b *testing.B) {
		s, err := NewStore(synthetic(100000, 11*24*time.Hour, 1))
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		far := orb.Bound{Min: orb.Point{-60, -60}, Max: orb.Point{-59, -59}}
		benchQueries(b, s, far) // the fixed cost: a query that finds nothing
	})
}

func benchQueries(b *testing.B, s *Store, view orb.Bound) {
	r := rand.New(rand.NewSource(3))
	t0 := utc("1950-07-01T00:00:00Z")
	instants := make([]time.Time, 64)
	for i := range instants {
		instants[i] = t0.Add(time.Duration(r.Int63n(int64(3 * 365 * 24 * time.Hour))))
	}
	hits := 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Active(view, instants[i%len(instants)], func(*Feature) bool { hits++; return true })
	}
	b.StopTimer()
	per := float64(hits) / float64(b.N)
	b.ReportMetric(per, "hits/query")
	if hits > 0 {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(hits)/1000, "µs/hit")
	}
}

// BenchmarkLoadEmbedded measures reading and checking the embedded data,
// which the window does off the UI goroutine at start and on every reload.
func BenchmarkLoadEmbedded(b *testing.B) {
	in := Embedded()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if ds := Load(in); len(ds.Problems) > 0 {
			b.Fatal(ds.Problems)
		}
	}
}
