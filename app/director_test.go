package app

import (
	"math"
	"runtime"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"korea1950/app/story"
	"korea1950/geodata"
	"korea1950/maps"
	"korea1950/timeline/playback"
)

func day(m time.Month, d int) time.Time {
	return geodata.Noon(time.Date(1950, m, d, 0, 0, 0, 0, geodata.Seoul))
}

// testStory has a single date at a centre, a range on a named view, and a
// date with layers and a highlight.
func testStory() *story.Story {
	return &story.Story{Name: "test", Title: story.Text{"en": "Test"}, Scenes: []story.Scene{
		{Title: story.Text{"en": "Seoul"}, From: day(9, 15), To: day(9, 15),
			View: story.View{Lon: 126.9, Lat: 37.5, MetresPerPixel: 300}, Seconds: 3},
		{Title: story.Text{"en": "The first days of October"}, From: day(10, 1), To: day(10, 5),
			View: story.View{Name: "peninsula"}, Seconds: 4},
		{Title: story.Text{"en": "Pyongyang"}, From: day(10, 19), To: day(10, 19),
			View: story.View{Lon: 125.75, Lat: 39.02, MetresPerPixel: 800}, Layers: "all,-kpa",
			Highlight: []string{"pyongyang-falls-1950-10-19"}, Seconds: 2},
	}}
}

// newDirectorUI is a test window on the shipped data with a director on
// a fake clock.
func newDirectorUI(t *testing.T) (*ui, *director, *playback.FakeClock) {
	t.Helper()
	u, _ := newTestUI(t, "-date", "1950-09-01")
	clock := newDirectorOn(t, u)
	return u, u.director, clock
}

// newDirectorOn gives u a director on a fake clock, stopped at the end.
func newDirectorOn(t *testing.T, u *ui) *playback.FakeClock {
	clock := playback.NewFakeClock(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	u.director = newDirector(u, clock)
	t.Cleanup(u.director.Stop)
	return clock
}

// PageDown and PageUp step through the story that -story opened.
func TestStoryKeys(t *testing.T) {
	u, d, clock := newDirectorUI(t)
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown}) // no story: nothing happens
	if d.Active() || clock.Tickers() != 0 {
		t.Fatal("PageDown without a story started something")
	}
	d.Start(testStory(), false)
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if d.Index() != 2 {
		t.Errorf("two PageDowns: scene %d, want 2", d.Index())
	}
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	if d.Index() != 1 {
		t.Errorf("PageUp: scene %d, want 1", d.Index())
	}
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b)) }

func checkAtCentre(t *testing.T, u *ui, v story.View) {
	t.Helper()
	c := u.m.Centre()
	if mpp := u.m.Viewport().MetresPerPixel(); !near(c[0], v.Lon) || !near(c[1], v.Lat) || !near(mpp, v.MetresPerPixel) {
		t.Errorf("the map is at %.5f %.5f, %.2f m/px; want %v %v, %v", c[0], c[1], mpp, v.Lon, v.Lat, v.MetresPerPixel)
	}
}

// Stepping through a story brings the view and the date exactly to each
// scene's, through the views and dates in between.
func TestDirectorStepsThroughScenes(t *testing.T) {
	u, d, clock := newDirectorUI(t)
	st := testStory()
	var seen []int
	d.OnScene = func(i int, sc *story.Scene) { seen = append(seen, i) }
	d.Start(st, false)
	if !d.Active() || d.Index() != 0 || clock.Tickers() != 1 {
		t.Fatalf("started: active %v, index %d, %d tickers", d.Active(), d.Index(), clock.Tickers())
	}
	clock.Advance(d.Transition + d.FrameInterval)
	checkAtCentre(t, u, st.Scenes[0].View)
	if !u.tl.Value().Equal(day(9, 15)) || !u.m.Date().Equal(day(9, 15)) {
		t.Errorf("date %v, want 15 September", u.tl.Value())
	}
	if clock.Tickers() != 0 {
		t.Error("a single date reached, the ticker still runs")
	}

	// Halfway to the peninsula: the view and the date are in between.
	start := u.m.Centre()
	startMpp := u.m.Viewport().MetresPerPixel()
	d.Next()
	clock.Advance(d.Transition / 2)
	c, mpp := u.m.Centre(), u.m.Viewport().MetresPerPixel()
	vp := u.m.Viewport()
	fit := maps.FitBound(maps.Peninsula.Bound, vp.Width, vp.Height)
	end := fit.ToLonLat(vp.Width/2, vp.Height/2)
	if between := func(x, a, b float64) bool { return x > math.Min(a, b) && x < math.Max(a, b) }; !between(c[1], start[1], end[1]) ||
		!between(mpp, startMpp, fit.MetresPerPixel()) {
		t.Errorf("halfway the map is at %v, %.0f m/px: not between %v, %.0f and %v, %.0f", c, mpp, start, startMpp, end, fit.MetresPerPixel())
	}
	if v := u.tl.Value(); !v.After(day(9, 15)) || !v.Before(day(10, 1)) {
		t.Errorf("halfway the date is %v, not between 15 September and 1 October", v)
	}
	// The range then plays over the scene's 4 seconds: at 2 s it is midway.
	clock.Advance(d.Transition/2 + 2*time.Second)
	if v := u.tl.Value(); !v.After(day(10, 2)) || !v.Before(day(10, 4)) {
		t.Errorf("two seconds into the range the date is %v, want about 3 October", v)
	}
	if v, fitted := u.m.NamedView(); !fitted || v.Name != "peninsula" {
		t.Errorf("the map shows %q (fitted %v), want the peninsula view", v.Name, fitted)
	}
	clock.Advance(2*time.Second + d.FrameInterval)
	if !u.tl.Value().Equal(day(10, 5)) {
		t.Errorf("at the range's end the date is %v, want 5 October", u.tl.Value())
	}
	if clock.Tickers() != 0 {
		t.Error("the range played, the ticker still runs")
	}

	// The last scene sets its layers and selects its highlight.
	d.Next()
	clock.Advance(d.Transition + d.FrameInterval)
	checkAtCentre(t, u, st.Scenes[2].View)
	if !u.tl.Value().Equal(day(10, 19)) {
		t.Errorf("date %v, want 19 October", u.tl.Value())
	}
	if u.layers&maps.LayerKPA != 0 || u.layers&maps.LayerCPV == 0 {
		t.Errorf("layers %s, want all but kpa", maps.FormatLayers(u.layers))
	}
	if u.selected == nil || u.selected.ID != "pyongyang-falls-1950-10-19" {
		t.Errorf("selected %v, want the fall of Pyongyang", u.selected)
	}
	// Without loop the last scene stays the last, the first the first.
	d.Next()
	if d.Index() != 2 {
		t.Errorf("Next at the last scene went to %d", d.Index())
	}
	d.First()
	d.Prev()
	if d.Index() != 0 {
		t.Errorf("Prev at the first scene went to %d", d.Index())
	}
	if want := []int{0, 1, 2, 0}; !equalInts(seen, want) {
		t.Errorf("OnScene saw %v, want %v", seen, want)
	}
	// Back at the first scene the selection is cleared and all layers on.
	if u.selected != nil || u.layers != maps.AllLayers {
		t.Errorf("scene 1 kept selection %v and layers %s", u.selected, maps.FormatLayers(u.layers))
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Looping, each scene moves on after its Seconds and the last wraps to
// the first.
func TestDirectorLoopWraps(t *testing.T) {
	u, d, clock := newDirectorUI(t)
	st := testStory()
	var seen []int
	d.OnScene = func(i int, sc *story.Scene) { seen = append(seen, i) }
	d.Start(st, true)
	total := 3 * d.Transition
	for _, sc := range st.Scenes {
		total += time.Duration(sc.Seconds * float64(time.Second))
	}
	clock.Advance(total + 4*d.FrameInterval)
	if d.Index() != 0 || len(seen) != 4 {
		t.Fatalf("after one loop's time: scene %d, scenes begun %v; want back at 0 after 0 1 2", d.Index(), seen)
	}
	clock.Advance(d.Transition + time.Second)
	checkAtCentre(t, u, st.Scenes[0].View)
	if !u.tl.Value().Equal(day(9, 15)) {
		t.Errorf("looped back, the date is %v", u.tl.Value())
	}
	if clock.Tickers() != 1 {
		t.Errorf("%d tickers while looping, want 1", clock.Tickers())
	}
}

// Stop halts the animation where it is and leaves no ticker and no
// goroutine.
func TestDirectorStopLeavesNothing(t *testing.T) {
	u, d, clock := newDirectorUI(t)
	before := runtime.NumGoroutine()
	d.Start(testStory(), true)
	clock.Advance(d.Transition / 3)
	d.Stop()
	if d.Active() || clock.Tickers() != 0 {
		t.Errorf("stopped: active %v, %d tickers", d.Active(), clock.Tickers())
	}
	at, c := u.tl.Value(), u.m.Centre()
	clock.Advance(10 * time.Second)
	if !u.tl.Value().Equal(at) || u.m.Centre() != c {
		t.Error("the view or the date moved after Stop")
	}
	d.Next()
	if clock.Tickers() != 0 || d.Active() {
		t.Error("Next after Stop started the story again")
	}
	for i := 0; i < 100 && runtime.NumGoroutine() > before; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after Stop, %d before Start", n, before)
	}
}

// A story that highlights a feature the data lacks says so, naming the
// file, the scene and the field, and plays all the same.
func TestDirectorMissingHighlight(t *testing.T) {
	u, d, clock := newDirectorUI(t)
	st := testStory()
	st.Scenes[0].Highlight = []string{"no-such-feature", "inchon-landing-1950-09-15"}
	var told []string
	d.OnProblems = func(msgs []string) { told = msgs }
	d.Start(st, false)
	want := `test.json: scene 1: highlight: no feature "no-such-feature" in the data loaded`
	if len(told) != 1 || told[0] != want || len(d.Problems()) != 1 {
		t.Errorf("told %q, want [%q]", told, want)
	}
	clock.Advance(d.Transition + d.FrameInterval)
	if !u.tl.Value().Equal(day(9, 15)) {
		t.Errorf("the story did not play on: date %v", u.tl.Value())
	}
	if u.selected == nil || u.selected.ID != "inchon-landing-1950-09-15" {
		t.Errorf("selected %v, want the next highlight that exists", u.selected)
	}
}

// The shipped stories name only features, views and layers that exist.
func TestShippedStoriesMatchTheData(t *testing.T) {
	all, err := story.Embedded()
	if err != nil {
		t.Fatal(err) // with the map's vocabulary, set in stories.go
	}
	names := map[string]bool{}
	for _, st := range all {
		names[st.Name] = true
		if msgs := missingHighlights(st.Name+".json", st, shippedStore()); len(msgs) > 0 {
			t.Error(strings.Join(msgs, "\n"))
		}
		// A highlighted feature happens within its scene's dates, so that
		// the map and the timeline show it while the scene plays.
		for i, sc := range st.Scenes {
			for _, id := range sc.Highlight {
				f := shippedStore().ByID(id)
				if f != nil && f.Kind != geodata.KindPlace && (!f.From.Before(sc.To) && !f.From.Equal(sc.To) || !f.Until.After(sc.From)) {
					t.Errorf("%s scene %d: %s is active %v to %v, outside the scene's %v to %v", st.Name, i+1, id, f.From, f.Until, sc.From, sc.To)
				}
			}
			for _, lang := range []string{"en", "ko", "zh"} {
				if sc.Title[lang] == "" || sc.Text[lang] == "" {
					t.Errorf("%s scene %d: no title or text in %s", st.Name, i+1, lang)
				}
			}
		}
	}
	// The attract loop's story lasts about two minutes.
	for _, st := range all {
		if st.Name != "year-1950" {
			continue
		}
		total := 0.0
		for _, sc := range st.Scenes {
			total += sc.Seconds
		}
		if total < 100 || total > 140 || len(st.Scenes) > 10 {
			t.Errorf("year-1950: %d scenes, %g s; want about 8 scenes and 120 s", len(st.Scenes), total)
		}
	}
	for _, want := range []string{"three-weeks", "year-1950"} {
		if !names[want] {
			t.Errorf("no shipped story %q", want)
		}
	}
}
