package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"korea1950/geodata"
	"korea1950/internal/leakcheck"
	"korea1950/timeline/playback"
)

// playHour plays an accelerated hour of looping playback through the real
// map and timeline: a fake clock is advanced by one frame (1/30 s) at a
// time, the player moves the timeline, the timeline moves the map, and the
// window is painted every paintEvery frames. extra, if set, runs after each
// frame. It returns what leakcheck measured.
func playHour(t *testing.T, paintEvery int, extra func()) leakcheck.Report {
	t.Helper()
	u, w := newTestUI(t, "-date", "1950-09-15")
	w.Resize(fyne.NewSize(640, 480))
	clock := playback.NewFakeClock(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	u.player.Close()
	u.player = playback.New(clock, func(f func()) { f() }, u.tl.Value, u.played, geodata.SpanStart, geodata.SpanEnd)
	day := func(m time.Month, d int) time.Time {
		return geodata.Noon(time.Date(1950, m, d, 0, 0, 0, 0, geodata.Seoul))
	}
	// Inchon to the Chinese offensive, a day a second: an hour of it loops
	// about fifty times.
	u.player.SetRange(day(9, 15), day(11, 30))
	for i, s := range playback.Speeds {
		if s.PerSecond == 24*time.Hour {
			u.player.SetSpeed(i)
		}
	}
	u.player.SetLoop(true)
	// Ten frames a second keep the hour to 36,000 frames, each of which
	// moves the timeline and the map, under the race detector too.
	const fps = 10
	frame := time.Second / fps
	u.player.FrameInterval = frame
	u.player.Play()
	// A first loop fills the caches that a steady state keeps.
	for i := 0; i < fps*77; i++ {
		clock.Advance(frame)
	}
	w.Canvas().Capture()
	r := leakcheck.Measure(3600*fps, func(i int) {
		clock.Advance(frame)
		if i%paintEvery == 0 {
			w.Canvas().Capture()
		}
		if extra != nil {
			extra()
		}
	})
	if !u.player.Playing() {
		t.Error("the player stopped: loop playback should run for the whole hour")
	}
	t.Log(r)
	return r
}

// An hour of looping playback leaks neither memory nor goroutines.
func TestPlaybackDoesNotLeak(t *testing.T) {
	if testing.Short() {
		t.Skip("an hour of playback at 30 frames a second")
	}
	if err := playHour(t, 1000, nil).Check(0.05); err != nil {
		t.Error(err)
	}
}

// The check trips on a leak of a kilobyte a frame, about what a few
// canvas objects kept per frame would cost.
func TestPlaybackLeakIsCaught(t *testing.T) {
	if testing.Short() {
		t.Skip("an hour of playback at 30 frames a second")
	}
	r := playHour(t, 2000, func() { leaked = append(leaked, make([]byte, 1024)) })
	leaked = nil
	if err := r.Check(0.05); err == nil {
		t.Errorf("a leak of a kilobyte a frame passed the check: %v", r)
	}
}

// leaked holds what the leaking variant leaks. It must outlive the frames
// (a local variable would be collected once the last frame has run).
var leaked [][]byte
