package geodata

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/paulmach/orb"
	"github.com/tidwall/buntdb"
)

// Store holds every loaded feature in an in-memory buntdb with a spatial
// index over three dimensions: longitude, latitude and time. "What is
// active in this viewport at this instant" is one Intersects query on the
// index, then the exact test (half-open time span, bound) on each hit.
//
// A Store is read-only once built and safe for use from several
// goroutines. A reload builds a new Store and swaps it in.
type Store struct {
	db       *buntdb.DB
	features []*Feature
	byID     map[string]*Feature
	series   map[string][]*Feature
	// BuildTime is how long NewStore took to index the features.
	BuildTime time.Duration
}

const spaceTime = "spacetime"

// farSeconds stands for the open ends of time in the index, whose boxes
// must be finite.
const farSeconds = 1e13

// NewStore indexes the features. The buntdb key of a feature is
// "f:<n>" and its value is n, its position in the store; the index reads
// the feature's box from there rather than parsing it from a string.
func NewStore(features []*Feature) (*Store, error) {
	began := time.Now()
	db, err := buntdb.Open(":memory:")
	if err != nil {
		return nil, fmt.Errorf("geodata: store: %w", err)
	}
	s := &Store{db: db, features: features, byID: map[string]*Feature{}, series: map[string][]*Feature{}}
	if err := db.CreateSpatialIndex(spaceTime, "f:*", s.rect); err != nil {
		return nil, fmt.Errorf("geodata: store: %w", err)
	}
	err = db.Update(func(tx *buntdb.Tx) error {
		for i, f := range features {
			s.byID[f.ID] = f
			if f.Series != "" {
				s.series[f.Series] = append(s.series[f.Series], f)
			}
			n := strconv.Itoa(i)
			if _, _, err := tx.Set("f:"+n, n, nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("geodata: store: %w", err)
	}
	s.BuildTime = time.Since(began)
	return s, nil
}

// rect gives the index its boxes: a feature's value is its position in
// the store; a query is "[lon lat t],[lon lat t]".
func (s *Store) rect(item string) (min, max []float64) {
	if strings.HasPrefix(item, "[") {
		min, max = buntdb.IndexRect(item)
		return min, max
	}
	i, err := strconv.Atoi(item)
	if err != nil || i < 0 || i >= len(s.features) {
		return nil, nil
	}
	f := s.features[i]
	b := f.Bound
	return []float64{b.Min[0], b.Min[1], seconds(f.From)}, []float64{b.Max[0], b.Max[1], seconds(f.Until)}
}

// seconds puts an instant on the index's time axis.
func seconds(t time.Time) float64 {
	switch {
	case !t.After(Always):
		return -farSeconds
	case !t.Before(Never):
		return farSeconds
	}
	return float64(t.Unix()) + float64(t.Nanosecond())/1e9
}

// Close frees the index.
func (s *Store) Close() error { return s.db.Close() }

// Len is the number of features.
func (s *Store) Len() int { return len(s.features) }

// Features returns every feature in start order. The slice is shared:
// do not change it.
func (s *Store) Features() []*Feature { return s.features }

// ByID returns the feature of an id, or nil.
func (s *Store) ByID(id string) *Feature { return s.byID[id] }

// Series returns the keyframes of a series in time order.
func (s *Store) Series(name string) []*Feature { return s.series[name] }

// Active calls fn for every feature active at t whose bound meets view,
// until fn returns false. The order is the index's, not time order.
func (s *Store) Active(view orb.Bound, t time.Time, fn func(*Feature) bool) {
	s.query(view, seconds(t), seconds(t), func(f *Feature) bool {
		if !f.Active(t) {
			return true
		}
		return fn(f)
	})
}

// Overlapping calls fn for every feature active at some moment of
// [from, until) whose bound meets view.
func (s *Store) Overlapping(view orb.Bound, from, until time.Time, fn func(*Feature) bool) {
	s.query(view, seconds(from), seconds(until), func(f *Feature) bool {
		if !f.Overlaps(from, until) {
			return true
		}
		return fn(f)
	})
}

// World is a bound that meets every feature.
var World = orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}

func (s *Store) query(view orb.Bound, t0, t1 float64, fn func(*Feature) bool) {
	q := fmt.Sprintf("[%g %g %g],[%g %g %g]", view.Min[0], view.Min[1], t0, view.Max[0], view.Max[1], t1)
	_ = s.db.View(func(tx *buntdb.Tx) error {
		return tx.Intersects(spaceTime, q, func(_, val string) bool {
			i, err := strconv.Atoi(val)
			if err != nil {
				return true
			}
			f := s.features[i]
			if !f.Bound.Intersects(view) {
				return true
			}
			return fn(f)
		})
	})
}
