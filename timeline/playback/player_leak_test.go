package playback

import (
	"testing"
	"time"

	"korea1950/internal/leakcheck"
)

// leaked is where the leaking variant of set keeps every date it is given.
var leaked []time.Time

// anHourOfLoopingPlayback plays, loop on, over the three weeks of October
// 1950 at a week per second, for an hour of injected clock time at 30
// frames a second (108,000 frames, some 1,200 wraps), measuring the heap
// and the goroutines around it.
func anHourOfLoopingPlayback(set func(time.Time)) (leakcheck.Report, time.Time) {
	from := time.Date(1950, time.October, 1, 0, 0, 0, 0, time.UTC)
	to := from.Add(3 * week)
	clk := NewFakeClock(clock)
	var value time.Time
	p := New(clk, func(f func()) { f() }, func() time.Time { return value },
		func(v time.Time) { value = v; set(v) }, rMin, rMax)
	p.SetRange(from, to)
	p.SetLoop(true)
	p.SetSpeed(6) // a week per second
	frames := int(time.Hour / DefaultFrameInterval)
	r := leakcheck.Measure(frames, func(i int) {
		if i == 0 {
			p.Play()
		}
		clk.Advance(DefaultFrameInterval)
		if i == frames-1 {
			p.Close()
		}
	})
	return r, value
}

func TestAnHourOfLoopingPlaybackDoesNotLeak(t *testing.T) {
	var frames int
	var lo, hi time.Time
	r, last := anHourOfLoopingPlayback(func(v time.Time) {
		frames++
		if lo.IsZero() || v.Before(lo) {
			lo = v
		}
		if v.After(hi) {
			hi = v
		}
	})
	t.Log(r)
	if frames != 108000 {
		t.Errorf("%d frames set, want 108,000", frames)
	}
	from := time.Date(1950, time.October, 1, 0, 0, 0, 0, time.UTC)
	if lo.Before(from) || !hi.Before(from.Add(3*week)) || hi.Sub(lo) < 20*day || last.IsZero() {
		t.Errorf("dates ran from %v to %v: not looping over the range", lo, hi)
	}
	if err := r.Check(0.05); err != nil {
		t.Error(err)
	}
}

func TestALeakingPlaybackTripsTheCheck(t *testing.T) {
	t.Cleanup(func() { leaked = nil })
	r, _ := anHourOfLoopingPlayback(func(v time.Time) { leaked = append(leaked, v) })
	t.Log(r)
	if err := r.Check(0.05); err == nil {
		t.Errorf("a set that keeps every date passed the leak check: %v", r)
	}
}
