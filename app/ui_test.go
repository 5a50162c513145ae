package app

import (
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"korea1950/geodata"
	"korea1950/maps"
	"korea1950/timeline"
)

// shippedStore is the embedded data, indexed once for the app's tests.
var shippedStore = sync.OnceValue(func() *geodata.Store {
	ds := geodata.Load(geodata.Embedded())
	s, err := geodata.NewStore(ds.Features)
	if err != nil {
		panic(err)
	}
	return s
})

// newTestUI is the window's content in a test window, on the shipped data.
func newTestUI(t *testing.T, args ...string) (*ui, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	geo, err := maps.EmbeddedGeography()
	if err != nil {
		t.Fatal(err)
	}
	o, err := ParseArgs(args)
	if err != nil {
		t.Fatal(err)
	}
	u := newUI(geo, o)
	w := test.NewWindow(u.content)
	w.Resize(fyne.NewSize(1280, 800))
	u.canvas = w.Canvas()
	u.setStore(shippedStore())
	t.Cleanup(func() { u.player.Close(); w.Close() })
	return u, w
}

func mustFeature(t *testing.T, id string) *geodata.Feature {
	t.Helper()
	f := shippedStore().ByID(id)
	if f == nil {
		t.Fatalf("no feature %s in the shipped data", id)
	}
	return f
}

// Selected on the map, a feature moves the timeline to its date; selected
// on the timeline, it brings the map to it.
func TestSelectionIsLinkedBothWays(t *testing.T) {
	u, _ := newTestUI(t, "-date", "1950-08-15")
	zhou := mustFeature(t, "zhou-panikkar-1950-10-02")
	u.selectFeature(zhou, fromMap)
	if !zhou.Active(u.tl.Value()) || !u.m.Date().Equal(u.tl.Value()) {
		t.Errorf("selected on the map, the timeline is at %v: Zhou's warning is not showing", u.tl.Value())
	}
	if !u.right.Visible() || len(u.right.Objects) == 0 {
		t.Error("the details panel is not shown")
	}
	// A feature showing now keeps the date.
	at := u.tl.Value()
	u.selectFeature(zhou, fromMap)
	if !u.tl.Value().Equal(at) {
		t.Errorf("reselecting a feature that shows moved the date to %v", u.tl.Value())
	}

	// The map looks at Pusan; a Chinese army near the Yalu is chosen on
	// the timeline: the map must pan to it.
	u.m.SetCentre(orb.Point{129.04, 35.10}, 300)
	cpv := firstUnitOf(t, "cpv-39th-army", geodata.Noon(time.Date(1950, 10, 28, 0, 0, 0, 0, geodata.Seoul)))
	u.tl.SetValue(cpv.From)
	u.selectFeature(cpv, fromTimeline)
	p := cpv.Geometry.Bound().Center()
	if !u.m.Viewport().Bound().Contains(p) {
		t.Errorf("the map at %v does not show the selected unit at %v", u.m.Viewport().Bound(), p)
	}
	u.escape()
	if u.selected != nil || u.right.Visible() {
		t.Error("Escape did not clear the selection")
	}
}

// firstUnitOf is the keyframe of a unit series active at t.
func firstUnitOf(t *testing.T, series string, at time.Time) *geodata.Feature {
	t.Helper()
	for _, f := range shippedStore().Series(series) {
		if f.Active(at) {
			return f
		}
	}
	t.Fatalf("no keyframe of %s at %v", series, at)
	return nil
}

// The compare view's two maps pan and zoom together, whichever is moved.
func TestCompareMapsMoveTogether(t *testing.T) {
	u, w := newTestUI(t, "-date", "1950-10-19", "-compare", "1950-09-15")
	if u.cmp == nil {
		t.Fatal("-compare opened no second map")
	}
	w.Resize(fyne.NewSize(1400, 800))
	if !u.cmp.Date().Equal(geodata.Noon(time.Date(1950, 9, 15, 0, 0, 0, 0, geodata.Seoul))) {
		t.Errorf("the second map shows %v", u.cmp.Date())
	}
	same := func(a, b maps.Viewport) bool { return a.Center == b.Center && a.Scale == b.Scale }
	u.m.ZoomIn()
	if !same(u.m.Viewport(), u.cmp.Viewport()) {
		t.Errorf("after zooming the left map: %+v and %+v", u.m.Viewport(), u.cmp.Viewport())
	}
	u.cmp.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 40, DY: -25}})
	if !same(u.m.Viewport(), u.cmp.Viewport()) {
		t.Errorf("after panning the right map: %+v and %+v", u.m.Viewport(), u.cmp.Viewport())
	}
	// The timeline moves the left map only.
	u.tl.StepDays(1)
	if u.cmp.Date().Equal(u.m.Date()) {
		t.Error("the timeline moved the compare map")
	}
	u.toggleCompare()
	if u.cmp != nil {
		t.Error("compare did not close")
	}
}

func TestLayerShows(t *testing.T) {
	kpaUnit := &geodata.Feature{Kind: geodata.KindUnit, Side: "kpa"}
	event := &geodata.Feature{Kind: geodata.KindEvent, Side: "us"}
	decision := &geodata.Feature{Kind: geodata.KindDecision, Side: "prc"}
	place := &geodata.Feature{Kind: geodata.KindPlace, Side: "neutral"}
	for _, tc := range []struct {
		layers string
		f      *geodata.Feature
		want   bool
	}{
		{"all", kpaUnit, true},
		{"all,-kpa", kpaUnit, false},
		{"all,-units", kpaUnit, false},
		{"all,-cpv", kpaUnit, true},
		{"all,-events", event, false},
		{"all,-events", decision, false},
		{"all,-prc", decision, false},
		{"all,-us", event, false},
		{"all,-kpa", place, true},
		{"all,-labels", place, false},
	} {
		l, err := parseLayers(tc.layers)
		if err != nil {
			t.Fatal(err)
		}
		if got := l.Shows(tc.f); got != tc.want {
			t.Errorf("%s shows a %s of %s: %v, want %v", tc.layers, tc.f.Kind, tc.f.Side, got, tc.want)
		}
	}
}

func TestParseJump(t *testing.T) {
	seoul := func(y int, m time.Month, d, h, min int) time.Time {
		return time.Date(y, m, d, h, min, 0, 0, geodata.Seoul)
	}
	for _, tc := range []struct {
		in   string
		want time.Time
		err  bool
	}{
		{"1950-10-02", seoul(1950, 10, 2, 12, 0), false},
		{" 1950-10-02 ", seoul(1950, 10, 2, 12, 0), false},
		{"1950-10-02 23:00", seoul(1950, 10, 2, 23, 0), false},
		{"1950-10-02T23:00", seoul(1950, 10, 2, 23, 0), false},
		{"1950-10-02T23:00+08:00", time.Date(1950, 10, 2, 15, 0, 0, 0, time.UTC), false},
		{"1950-02-30", time.Time{}, true},
		{"1948-01-01", time.Time{}, true},
		{"1950-10-02 25:00", time.Time{}, true},
		{"October", time.Time{}, true},
	} {
		got, err := parseJump(tc.in)
		if (err != nil) != tc.err || (!tc.err && !got.Equal(tc.want)) {
			t.Errorf("parseJump(%q) = %v, %v; want %v (error %v)", tc.in, got, err, tc.want, tc.err)
		}
	}
}

// The new keys of issue 5 drive the timeline, the player and the views.
func TestTimelineKeys(t *testing.T) {
	u, _ := newTestUI(t, "-date", "1950-10-01")
	start := u.tl.Value()
	u.typedRune('n')
	if !u.tl.Value().After(start) {
		t.Error("n did not move to a later event")
	}
	next := u.tl.Value()
	u.typedRune('p')
	if !u.tl.Value().Before(next) {
		t.Error("p did not move to an earlier event")
	}
	at := u.tl.Value()
	u.typedRune('k')
	if got := u.tl.Value().Sub(at); got != time.Hour {
		t.Errorf("k moved %v, want an hour", got)
	}
	from, to := u.tl.Window()
	u.typedRune(']')
	if f2, t2 := u.tl.Window(); t2.Sub(f2) >= to.Sub(from) {
		t.Error("] did not zoom the timeline in")
	}
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if !u.player.Playing() {
		t.Error("Space did not start playback")
	}
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if u.player.Playing() {
		t.Error("Space did not pause playback")
	}
	u.typedRune('s')
	if u.tl.Mode() != timeline.ModeSignals {
		t.Error("s did not open the signals view")
	}
	u.typedRune('s')
	if u.tl.Mode() != timeline.ModeEvents {
		t.Error("s did not go back to the events view")
	}
	u.typedRune('c')
	if u.cmp == nil {
		t.Error("c did not open the compare view")
	}
	u.typedRune('c')
	if u.cmp != nil {
		t.Error("c did not close the compare view")
	}
}

// Typing in the search box lists what matches; Enter selects the first,
// which the map, the timeline and the details then show.
func TestSearchBoxSelects(t *testing.T) {
	u, _ := newTestUI(t, "-date", "1950-08-15")
	test.Type(u.find.entry, "panikkar")
	if len(u.find.hits) == 0 {
		t.Fatal("no results for panikkar")
	}
	if !u.right.Visible() || u.right.Objects[0] != u.find.panel {
		t.Error("the results are not shown in the side panel")
	}
	// Escape empties the box and closes the results.
	u.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.find.entry.Text != "" || u.right.Visible() {
		t.Errorf("after Escape the box holds %q and the panel shows: %v", u.find.entry.Text, u.right.Visible())
	}
	test.Type(u.find.entry, "panikkar")
	u.find.entry.OnSubmitted(u.find.entry.Text)
	if u.selected == nil {
		t.Fatal("Enter selected nothing")
	}
	if u.m.Selected() != u.selected.ID || u.tl.Selected() != u.selected.ID {
		t.Errorf("map selects %q and timeline %q, want %q", u.m.Selected(), u.tl.Selected(), u.selected.ID)
	}
	if u.selected.Kind != geodata.KindPlace && !u.selected.Active(u.tl.Value()) {
		t.Errorf("the timeline at %v does not show %s", u.tl.Value(), u.selected.ID)
	}
	if u.find.entry.Text != "" {
		t.Error("the box was not cleared")
	}
}
