package app

import (
	"runtime"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"korea1950/app/story"
	"korea1950/internal/leakcheck"
)

// The attract loop, played round and round, leaks neither memory nor
// goroutines; Stop then leaves neither goroutine nor ticker.
func TestDirectorLoopDoesNotLeak(t *testing.T) {
	if testing.Short() {
		t.Skip("four loops of the year at ten frames a second")
	}
	u, w := newTestUI(t, "-date", "1950-06-25")
	w.Resize(fyne.NewSize(640, 480))
	clock := newDirectorOn(t, u)
	d := u.director
	const frame = 100 * time.Millisecond
	d.FrameInterval = frame
	st, err := story.ByName("year-1950")
	if err != nil || st == nil {
		t.Fatal(err)
	}
	loop := d.Transition * time.Duration(len(st.Scenes))
	for _, sc := range st.Scenes {
		loop += time.Duration(sc.Seconds * float64(time.Second))
	}
	loops := 0
	d.OnScene = func(i int, _ *story.Scene) {
		if i == 0 {
			loops++
		}
	}
	d.Start(st, true)
	for i := 0; i < int(loop/frame); i++ { // a first loop fills the caches
		clock.Advance(frame)
	}
	w.Canvas().Capture()
	r := leakcheck.Measure(4*int(loop/frame), func(i int) {
		clock.Advance(frame)
		if i%500 == 0 {
			w.Canvas().Capture()
		}
	})
	t.Log(r)
	if err := r.Check(0.05); err != nil {
		t.Error(err)
	}
	if loops < 5 {
		t.Errorf("%d loops played, want at least 5", loops)
	}
	before := runtime.NumGoroutine()
	d.Stop()
	if clock.Tickers() != 0 || runtime.NumGoroutine() != before-1 {
		t.Errorf("after Stop: %d tickers, %d goroutines (%d before)", clock.Tickers(), runtime.NumGoroutine(), before)
	}
}
