package maps

import (
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"korea1950/geodata"
	"korea1950/internal/golden"
)

// shippedStore is the embedded dataset's store, built once for the tests.
var shippedStore = sync.OnceValues(func() (*geodata.Store, error) {
	ds := geodata.Load(geodata.Embedded())
	return geodata.NewStore(ds.Features)
})

func shipped(t testing.TB) *geodata.Store {
	t.Helper()
	s, err := shippedStore()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// day returns noon in Korea on a day of 1950.
func day(m time.Month, d int) time.Time {
	return time.Date(1950, m, d, 12, 0, 0, 0, geodata.Seoul)
}

// newDataMap opens a map of the shipped data at a date.
func newDataMap(t *testing.T, v View, w, h float32, at time.Time) (*Map, fyne.Window) {
	t.Helper()
	m, win := newTestMap(t, v, w, h)
	m.SetData(shipped(t))
	m.SetDate(at)
	return m, win
}

// The overlays on the dates a historian checks first: the Pusan
// perimeter, Inchon, the crossing of the parallel, Pyongyang's fall and
// the Chinese in Korea, the Chinese offensive; and the telegrams of 2
// October on the East Asia view.
func TestOverlayGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		view View
		at   time.Time
	}{
		{"1950-08-15", Peninsula, day(8, 15)},
		{"1950-09-15", Peninsula, day(9, 15)},
		{"1950-10-02", Peninsula, day(10, 2)},
		{"1950-10-19", Peninsula, day(10, 19)},
		{"1950-11-28", Peninsula, day(11, 28)},
		{"eastasia-1950-10-02", EastAsia, day(10, 2)},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, win := newDataMap(t, c.view, 800, 500, c.at)
			golden.Assert(t, "overlay/"+c.name+".png", win.Canvas().Capture())
		})
	}
}
