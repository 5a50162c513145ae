package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"korea1950/maps"
	"korea1950/timeline"
)

// featureSpot finds a point of the map (in the canvas's coordinates)
// where a tap picks a feature, and that feature.
func featureSpot(t *testing.T, w fyne.Window, u *ui) (fyne.Position, string) {
	t.Helper()
	at := absPos(w, u.m)
	s := u.m.Size()
	for y := float32(100); y < s.Height-100; y += 6 {
		for x := float32(100); x < s.Width-120; x += 6 {
			if f := u.m.FeatureAt(fyne.NewPos(x, y)); f != nil {
				return at.Add(fyne.NewPos(x, y)), f.ID
			}
		}
	}
	t.Fatal("no feature to tap on the map")
	return fyne.Position{}, ""
}

// A visitor's touches reach the map and the timeline through the kiosk's
// layers: a drag pans the map, a drag on the ruler scrubs, a tap selects.
func TestKioskTouchReachesTheWidgets(t *testing.T) {
	k, w, _, _ := newTestKiosk(t)
	u := k.u
	c := w.Canvas()
	relayout(w)
	spot, id := featureSpot(t, w, u)
	test.MoveMouse(c, spot)
	test.TapCanvas(c, spot)
	if u.selected == nil || u.selected.ID != id {
		t.Errorf("a tap on %s selected %v", id, u.selected)
	}
	u.selectFeature(nil, fromPanel)
	relayout(w)

	centre := u.m.Centre()
	mid := absPos(w, u.m).Add(fyne.NewPos(u.m.Size().Width/2, u.m.Size().Height/2))
	test.Drag(c, mid, 120, 40)
	if u.m.Centre() == centre {
		t.Error("a drag on the map did not pan it")
	}
	date := u.tl.Value()
	tl := absPos(w, u.tl)
	test.Drag(c, tl.Add(fyne.NewPos(u.tl.Size().Width*0.8, 56+20)), 300, 0)
	if u.tl.Value().Equal(date) || !u.m.Date().Equal(u.tl.Value()) {
		t.Errorf("a drag on the ruler did not scrub: %v, then %v", date, u.tl.Value())
	}
	if !k.idle.touched {
		t.Error("the touches did not count as a visitor's input")
	}
}

// A day at the kiosk, through the real map, timeline and director on a
// fake clock: the visitor explores and walks away, is asked, and the
// kiosk resets and plays the attract loop, which a touch stops; a visitor
// who answers the question keeps what they were doing.
func TestKioskIdleFlow(t *testing.T) {
	k, w, clock, _ := newTestKiosk(t, "-date", "1950-07-20")
	u := k.u
	c := w.Canvas()
	k.Start()
	relayout(w)
	start, vp := u.tl.Value(), u.m.Viewport()

	// Untouched since the start: straight to the attract loop.
	clock.Advance(90 * time.Second)
	if k.idle.State() != idleAttract || !k.banner.obj.Visible() || !u.director.Active() || u.director.Story().Name != attractStory {
		t.Fatalf("after 90 s untouched: state %v, banner %v, director %v", k.idle.State(), k.banner.obj.Visible(), u.director.Active())
	}
	if k.banner.caption.Text != "1950 in two minutes · 25 June: the invasion" || len(k.banner.body.Objects) == 0 {
		t.Errorf("the banner shows %q and %d lines", k.banner.caption.Text, len(k.banner.body.Objects))
	}
	for range 130 {
		clock.Advance(time.Second)
	}
	if i := u.director.Index(); i != 0 {
		t.Errorf("after 2 min 10 s of the 2-minute story, scene %d shows, want the loop back at the first", i+1)
	}

	// A tap wakes it; the tap does not also select what lies under it.
	relayout(w)
	spot, _ := featureSpot(t, w, u)
	test.TapCanvas(c, spot)
	if k.idle.State() != idleExploring || k.banner.obj.Visible() || u.director.Active() {
		t.Fatalf("a tap did not wake the kiosk: state %v", k.idle.State())
	}
	relayout(w)
	if u.selected != nil || !u.tl.Value().Equal(start) || u.m.Viewport() != vp || u.layers != maps.AllLayers {
		t.Errorf("after the wake: selected %v, date %v (want %v), view changed %v, layers %v",
			u.selected, u.tl.Value(), start, u.m.Viewport() != vp, u.layers)
	}

	// The visitor explores, then walks away.
	relayout(w)
	spot, _ = featureSpot(t, w, u)
	test.MoveMouse(c, spot)
	test.TapCanvas(c, spot)
	test.Tap(u.compare)
	test.Tap(k.langs["ko"])
	test.Tap(k.modes[timeline.ModeSignals])
	test.Tap(k.creditsOpen)
	if u.cmp == nil || u.lang != "ko" || !k.credits.Visible() || u.selected == nil || u.tl.Mode() != timeline.ModeSignals {
		t.Fatal("the visitor's taps did not do what they say")
	}
	clock.Advance(89 * time.Second)
	if k.ask.obj.Visible() {
		t.Fatal("asked before the idle time")
	}
	clock.Advance(time.Second)
	if k.idle.State() != idleAsking || !k.ask.obj.Visible() || k.ask.number.Text != "15" {
		t.Fatalf("after 90 s: state %v, asking %v, countdown %q", k.idle.State(), k.ask.obj.Visible(), k.ask.number.Text)
	}
	clock.Advance(10 * time.Second)
	if k.ask.number.Text != "5" {
		t.Errorf("10 s into the countdown it shows %q, want 5", k.ask.number.Text)
	}
	clock.Advance(5 * time.Second)
	if k.idle.State() != idleAttract || k.ask.obj.Visible() || !k.banner.obj.Visible() {
		t.Fatalf("after the countdown: state %v", k.idle.State())
	}
	if u.cmp != nil || u.lang != "en" || k.credits.Visible() || u.tl.Mode() != timeline.ModeEvents || k.langs["en"].Importance != widget.HighImportance {
		t.Errorf("not reset: compare %v, language %s, credits %v, mode %v", u.cmp != nil, u.lang, k.credits.Visible(), u.tl.Mode())
	}

	// A visitor who answers keeps what they were doing.
	test.TapCanvas(c, spot)
	test.MoveMouse(c, spot.AddXY(10, 10))
	test.Tap(u.compare)
	clock.Advance(90 * time.Second)
	if !k.ask.obj.Visible() {
		t.Fatal("not asked after 90 s")
	}
	test.Tap(k.ask.yes)
	if k.idle.State() != idleExploring || k.ask.obj.Visible() || u.cmp == nil {
		t.Errorf("after Yes: state %v, asking %v, compare open %v", k.idle.State(), k.ask.obj.Visible(), u.cmp != nil)
	}
}
