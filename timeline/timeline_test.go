package timeline

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"korea1950/geodata"
)

func TestZoomClamps(t *testing.T) {
	tl, _ := newTestTimeline(t, 1000, ModeEvents)
	span := geodata.SpanEnd.Sub(geodata.SpanStart)
	for _, tc := range []struct {
		name     string
		do       func()
		min, max time.Duration
	}{
		{"zoom out past the span", func() { tl.ZoomAll(); tl.ZoomOut(); tl.ZoomOut() }, span, span},
		{"zoom in past six hours", func() {
			for i := 0; i < 30; i++ {
				tl.ZoomIn()
			}
		}, minWindow, minWindow},
		{"a window too short", func() { tl.SetWindow(at(1950, 10, 2, 0, 0), at(1950, 10, 2, 1, 0)) }, minWindow, minWindow},
		{"a window too long", func() { tl.SetWindow(at(1940, 1, 1, 0, 0), at(1960, 1, 1, 0, 0)) }, span, span},
		{"one zoom in halves", func() { tl.ZoomAll(); tl.ZoomIn() }, span / 2, span/2 + time.Second},
	} {
		tc.do()
		from, to := tl.Window()
		if w := to.Sub(from); w < tc.min || w > tc.max {
			t.Errorf("%s: window %v, want %v..%v", tc.name, w, tc.min, tc.max)
		}
		if from.Before(geodata.SpanStart) || to.After(geodata.SpanEnd) {
			t.Errorf("%s: window %v..%v leaves the span", tc.name, from, to)
		}
	}
}

func TestZoomInKeepsTheValueInView(t *testing.T) {
	for _, v := range []time.Time{geodata.Opening, at(1950, 10, 2, 23, 0), at(1949, 7, 1, 12, 0), at(1953, 7, 31, 12, 0)} {
		tl, _ := newTestTimeline(t, 1000, ModeEvents)
		tl.SetValue(v)
		g0 := tl.geometry(tl.Size().Width)
		x0 := g0.x(v)
		for i := 0; i < 14; i++ {
			tl.ZoomIn()
			from, to := tl.Window()
			if v.Before(from) || !v.Before(to) {
				t.Fatalf("value %v left the window %v..%v after %d zooms", v, from, to, i+1)
			}
		}
		// Away from the ends, the value keeps its place on screen.
		if v.Equal(geodata.Opening) {
			if x := tl.geometry(tl.Size().Width).x(v); x < x0-1 || x > x0+1 {
				t.Errorf("zooming in moved the cursor from x=%.1f to %.1f", x0, x)
			}
		}
	}
}

func TestPan(t *testing.T) {
	tl, _ := newTestTimeline(t, 1000, ModeEvents)
	tl.SetWindow(at(1950, 10, 1, 0, 0), at(1950, 10, 11, 0, 0))
	tl.Pan(0.5)
	if from, to := tl.Window(); !from.Equal(at(1950, 10, 6, 0, 0)) || !to.Equal(at(1950, 10, 16, 0, 0)) {
		t.Errorf("half a window on: %v..%v", from, to)
	}
	tl.Pan(-1)
	if from, _ := tl.Window(); !from.Equal(at(1950, 9, 26, 0, 0)) {
		t.Errorf("a window back: from %v", from)
	}
	tl.Pan(-100)
	if from, to := tl.Window(); !from.Equal(geodata.SpanStart) || to.Sub(from) != 10*24*time.Hour {
		t.Errorf("panned past the start: %v..%v", from, to)
	}
}

func TestTheWindowFollowsTheValue(t *testing.T) {
	tl, _ := newTestTimeline(t, 1000, ModeEvents)
	tl.SetWindow(at(1950, 10, 1, 0, 0), at(1950, 10, 2, 0, 0))
	tl.SetValue(at(1950, 10, 1, 20, 0))
	for i := 0; i < 48; i++ {
		tl.StepHours(1)
		if from, to := tl.Window(); tl.Value().Before(from) || !tl.Value().Before(to) {
			t.Fatalf("value %v out of the window %v..%v", tl.Value(), from, to)
		}
	}
	tl.StepDays(-20)
	if from, to := tl.Window(); tl.Value().Before(from) || !tl.Value().Before(to) || to.Sub(from) != 24*time.Hour {
		t.Errorf("stepping back: value %v, window %v..%v", tl.Value(), from, to)
	}
}

// From noon on 1 October 1950, NextEvent visits the markers in time
// order, and PrevEvent comes back the same way.
func TestNextAndPrevEvent(t *testing.T) {
	tl, _ := newTestTimeline(t, 1000, ModeEvents)
	start := at(1950, 10, 1, 12, 0)
	tl.SetValue(start)
	var visited []time.Time
	for i := 0; i < 12; i++ {
		before := tl.Value()
		tl.NextEvent()
		if !tl.Value().After(before) {
			t.Fatalf("step %d: NextEvent went from %v to %v", i, before, tl.Value())
		}
		visited = append(visited, tl.Value())
	}
	// The first stop is the first marker after noon: the CCP leaders'
	// evening meeting; then Kim's request to China's ambassador.
	for i, id := range []string{"politburo-1950-10-01", "kim-ni-zhiliang-1950-10-01"} {
		if want := tl.byID[id].From; !visited[i].Equal(want) {
			t.Errorf("stop %d at %v, want %s at %v", i, visited[i], id, want)
		}
	}
	// No marker is skipped: every start between two stops is one of them.
	for _, f := range tl.marks {
		if f.From.After(start) && f.From.Before(visited[len(visited)-1]) {
			found := false
			for _, v := range visited {
				found = found || v.Equal(f.From)
			}
			if !found {
				t.Errorf("NextEvent skipped %s at %v", f.ID, f.From)
			}
		}
	}
	for i := len(visited) - 2; i >= 0; i-- {
		tl.PrevEvent()
		if !tl.Value().Equal(visited[i]) {
			t.Errorf("PrevEvent gave %v, want %v", tl.Value(), visited[i])
		}
	}
}

func TestTheFilterHidesMarkersFromNextEvent(t *testing.T) {
	tl, _ := newTestTimeline(t, 1000, ModeEvents)
	tl.SetFilter(func(f *geodata.Feature) bool { return f.Kind != geodata.KindMessage })
	tl.SetValue(at(1950, 10, 1, 12, 0))
	for i := 0; i < 10; i++ {
		tl.NextEvent()
		for _, f := range tl.features {
			if f.Kind == geodata.KindMessage && f.From.Equal(tl.Value()) {
				// Another marker may share the instant; it must pass.
				shared := false
				for _, m := range tl.marks {
					shared = shared || m.From.Equal(tl.Value())
				}
				if !shared {
					t.Errorf("NextEvent stopped at the message %s, which the filter hides", f.ID)
				}
			}
		}
	}
	s := tl.buildScene(tl.Size(), measure)
	for _, m := range s.markers {
		if m.f.Kind == geodata.KindMessage {
			t.Fatalf("a hidden message %s is drawn", m.f.ID)
		}
	}
}

func TestTapOnAMarkerSelectsIt(t *testing.T) {
	for _, mode := range []Mode{ModeEvents, ModeSignals} {
		tl, _ := newTestTimeline(t, 1200, mode)
		tl.SetWindow(at(1950, 10, 1, 0, 0), at(1950, 10, 20, 0, 0))
		var got *geodata.Feature
		tl.OnSelect = func(f *geodata.Feature) { got = f }
		s := tl.buildScene(tl.Size(), measure)
		var target marker
		for _, m := range s.markers {
			if m.f.ID == "politburo-1950-10-05" {
				target = m
			}
		}
		if target.f == nil {
			t.Fatalf("mode %d: no marker for the Politburo's decision of 5 October", mode)
		}
		test.TapAt(tl, fyne.NewPos(target.x+1, target.y-1))
		if got == nil || got.ID != target.f.ID {
			t.Errorf("mode %d: tap on the marker selected %v", mode, got)
		}
		if !tl.Value().Equal(target.f.From) || tl.Selected() != target.f.ID {
			t.Errorf("mode %d: after the tap value %v, selected %q", mode, tl.Value(), tl.Selected())
		}
		// A tap on empty body moves the value and selects nothing.
		got = nil
		g := tl.geometry(tl.Size().Width)
		test.TapAt(tl, fyne.NewPos(g.x(at(1950, 10, 17, 12, 0)), tl.Size().Height-2))
		if got != nil || !tl.Value().Equal(at(1950, 10, 17, 12, 0)) {
			t.Errorf("mode %d: tap on empty body gave value %v, selection %v", mode, tl.Value(), got)
		}
	}
}

func TestTapOnAnArrowSelectsTheMessage(t *testing.T) {
	tl, _ := newTestTimeline(t, 1600, ModeSignals)
	tl.SetWindow(at(1950, 10, 2, 12, 0), at(1950, 10, 3, 12, 0))
	var got *geodata.Feature
	tl.OnSelect = func(f *geodata.Feature) { got = f }
	s := tl.buildScene(tl.Size(), measure)
	for _, a := range s.arrows {
		if a.f.ID == "zhou-panikkar-1950-10-02" {
			p, q := a.pts[len(a.pts)-2], a.pts[len(a.pts)-1]
			test.TapAt(tl, fyne.NewPos((p.X+q.X)/2, (p.Y+q.Y)/2))
		}
	}
	if got == nil || got.ID != "zhou-panikkar-1950-10-02" {
		t.Errorf("tap on Zhou's warning selected %v", got)
	}
}

// drag sends the events a real pointer sends: each with the pointer's
// position and the move since the last one, in ten steps.
func drag(tl *Timeline, from fyne.Position, dx float32) {
	const steps = 10
	for i := 1; i <= steps; i++ {
		tl.Dragged(&fyne.DragEvent{
			PointEvent: fyne.PointEvent{Position: from.AddXY(dx*float32(i)/steps, 0)},
			Dragged:    fyne.Delta{DX: dx / steps},
		})
	}
	tl.DragEnd()
}

func TestDragOnTheRulerScrubsAndOnTheBodyPans(t *testing.T) {
	tl, _ := newTestTimeline(t, 1000, ModeEvents)
	tl.SetWindow(at(1950, 10, 1, 0, 0), at(1950, 10, 11, 0, 0))
	tl.SetValue(at(1950, 10, 2, 12, 0))
	g := tl.geometry(tl.Size().Width)
	from0, to0 := tl.Window()

	// On the ruler: the value follows the pointer, the window stays.
	x := g.x(at(1950, 10, 2, 12, 0))
	drag(tl, fyne.NewPos(x, headerH+10), g.x(at(1950, 10, 7, 12, 0))-x)
	if from, to := tl.Window(); !from.Equal(from0) || !to.Equal(to0) {
		t.Errorf("a scrub moved the window to %v..%v", from, to)
	}
	if !tl.Value().Equal(at(1950, 10, 7, 12, 0)) {
		t.Errorf("a scrub to 7 October gave %v", tl.Value())
	}

	// On the body: the window moves with the pointer, the value stays.
	v := tl.Value()
	drag(tl, fyne.NewPos(500, tl.Size().Height-10), -(g.x1-g.x0)/10)
	from, to := tl.Window()
	if !tl.Value().Equal(v) {
		t.Errorf("a pan moved the value to %v", tl.Value())
	}
	if d := from.Sub(from0); d < 23*time.Hour || d > 25*time.Hour {
		t.Errorf("dragging the body a tenth of its width left panned by %v, want a day", d)
	}
	if to.Sub(from) != to0.Sub(from0) {
		t.Errorf("a pan changed the zoom")
	}
}

func TestWheelZoomsAboutThePointer(t *testing.T) {
	tl, win := newTestTimeline(t, 1000, ModeEvents)
	tl.SetWindow(at(1950, 9, 1, 0, 0), at(1950, 11, 1, 0, 0))
	g := tl.geometry(tl.Size().Width)
	x := g.x(at(1950, 9, 15, 0, 0))
	// test.Scroll leaves out the position: the event is sent as a driver does.
	tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, bodyTop+20)}, Scrolled: fyne.Delta{DY: 30}})
	from, to := tl.Window()
	if to.Sub(from) >= 61*24*time.Hour {
		t.Errorf("wheel up did not zoom in: %v", to.Sub(from))
	}
	if got := tl.geometry(tl.Size().Width).t(x); got.Sub(at(1950, 9, 15, 0, 0)).Abs() > time.Hour {
		t.Errorf("the instant under the pointer moved to %v", got)
	}
	w := to.Sub(from)
	test.Scroll(win.Canvas(), fyne.NewPos(x, bodyTop+20), -100, 0)
	if from2, _ := tl.Window(); from2.Sub(from) < w/20 {
		t.Errorf("a sideways wheel did not pan: %v -> %v", from, from2)
	}
}

func TestSelectMovesTheWindow(t *testing.T) {
	tl, _ := newTestTimeline(t, 1000, ModeEvents)
	tl.SetWindow(at(1950, 7, 1, 0, 0), at(1950, 7, 8, 0, 0))
	v := tl.Value()
	tl.Select("cpv-crosses-yalu-1950-10-19")
	f := tl.byID["cpv-crosses-yalu-1950-10-19"]
	from, to := tl.Window()
	if f.From.Before(from) || !f.From.Before(to) || to.Sub(from) != 7*24*time.Hour {
		t.Errorf("Select left the window at %v..%v", from, to)
	}
	if !tl.Value().Equal(v) {
		t.Errorf("Select moved the value")
	}
	s := tl.buildScene(tl.Size(), measure)
	n := 0
	for _, m := range s.markers {
		if m.selected {
			n++
			if m.f != f {
				t.Errorf("%s is highlighted", m.f.ID)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d markers highlighted, want 1", n)
	}
	// Already in view: the window stays.
	tl.Select("pyongyang-falls-1950-10-19")
	if f2, t2 := tl.Window(); !f2.Equal(from) || !t2.Equal(to) {
		t.Errorf("selecting a feature in view moved the window")
	}
}

func TestModeSetsTheMinSize(t *testing.T) {
	tl, _ := newTestTimeline(t, 1000, ModeEvents)
	ev := tl.MinSize().Height
	tl.SetMode(ModeSignals)
	if sig := tl.MinSize().Height; sig <= ev || sig < bodyTop+float32(len(Lanes))*minLaneH {
		t.Errorf("min heights: events %v, signals %v", ev, sig)
	}
}

func TestDateShowsTheHourWhenZoomedIn(t *testing.T) {
	v := at(1950, 10, 2, 23, 0)
	if got := dateLabel(v, 2*24*time.Hour, "en"); got != "2 October 1950, 23:00 KST" {
		t.Errorf("zoomed in: %q", got)
	}
	if got := dateLabel(v, 30*24*time.Hour, "en"); got != "2 October 1950" {
		t.Errorf("zoomed out: %q", got)
	}
}

// The raster is painted once per scene: scrubbing the value with the
// window fixed only moves the cursor.
func TestScrubbingDoesNotRepaint(t *testing.T) {
	tl, win := newTestTimeline(t, 1000, ModeEvents)
	tl.SetWindow(at(1950, 10, 1, 0, 0), at(1950, 11, 1, 0, 0))
	tl.SetValue(at(1950, 10, 2, 0, 0))
	win.Canvas().Capture()
	r := test.WidgetRenderer(tl).(*renderer)
	n := r.redraws
	for i := 0; i < 20; i++ {
		tl.StepHours(5)
		win.Canvas().Capture()
	}
	if r.redraws != n {
		t.Errorf("20 steps repainted the raster %d times", r.redraws-n)
	}
	tl.ZoomIn()
	win.Canvas().Capture()
	if r.redraws != n+1 {
		t.Errorf("a zoom repainted %d times, want 1", r.redraws-n)
	}
}

// Carried over from the date strip this widget replaced: a step moves by
// calendar days, and the ends of the span hold the value.
func TestSteppingByDays(t *testing.T) {
	noon := func(y int, m time.Month, d int) time.Time { return at(y, m, d, 12, 0) }
	tests := []struct {
		name string
		step func(tl *Timeline)
		want time.Time
	}{
		{"next day", func(tl *Timeline) { tl.StepDays(1) }, noon(1950, 6, 26)},
		{"previous day", func(tl *Timeline) { tl.StepDays(-1) }, noon(1950, 6, 24)},
		{"a week on", func(tl *Timeline) { tl.StepDays(7) }, noon(1950, 7, 2)},
		{"to start", func(tl *Timeline) { tl.ToStart() }, noon(1949, 7, 1)},
		{"to end", func(tl *Timeline) { tl.ToEnd() }, noon(1953, 7, 31)},
		{"past the end is held", func(tl *Timeline) { tl.ToEnd(); tl.StepDays(30) }, noon(1953, 7, 31)},
		{"before the start is held", func(tl *Timeline) { tl.ToStart(); tl.StepDays(-30) }, noon(1949, 7, 1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl, _ := newTestTimeline(t, 600, ModeEvents)
			var got []time.Time
			tl.OnChanged = func(v time.Time) { got = append(got, v) }
			tc.step(tl)
			if !tl.Value().Equal(tc.want) {
				t.Errorf("value %v, want %v", tl.Value().In(geodata.Seoul), tc.want)
			}
			if len(got) == 0 || !got[len(got)-1].Equal(tl.Value()) {
				t.Errorf("OnChanged saw %v, want it to end on %v", got, tl.Value())
			}
		})
	}
}

// Across 1950 Seoul moved from summer time (UTC+10) to UTC+9: stepping a
// day must still land on noon of the next calendar day.
func TestSteppingAcrossSummerTime(t *testing.T) {
	tl, _ := newTestTimeline(t, 600, ModeEvents)
	tl.SetValue(at(1950, 9, 9, 12, 0))
	for i := 0; i < 30; i++ {
		tl.StepDays(1)
		if h := tl.Value().In(geodata.Seoul).Hour(); h != 12 {
			t.Fatalf("after %d steps the value is %v, not noon in Seoul", i+1, tl.Value().In(geodata.Seoul))
		}
	}
	if !tl.Value().Equal(at(1950, 10, 9, 12, 0)) {
		t.Errorf("30 steps from 9 September gave %v", tl.Value().In(geodata.Seoul))
	}
}
