package playback

import (
	"runtime"
	"testing"
	"time"
)

var (
	t0    = time.Date(1950, time.October, 1, 0, 0, 0, 0, time.UTC)
	rMin  = time.Date(1950, time.June, 25, 0, 0, 0, 0, time.UTC)
	rMax  = time.Date(1953, time.July, 27, 0, 0, 0, 0, time.UTC)
	clock = time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC)
)

// rig is a Player on a FakeClock whose date is a plain variable; do runs
// functions directly, as if the test goroutine were the UI's.
type rig struct {
	p      *Player
	clk    *FakeClock
	value  time.Time
	sets   int
	states int
}

func newRig(t *testing.T, start time.Time) *rig {
	t.Helper()
	r := &rig{clk: NewFakeClock(clock), value: start}
	r.p = New(r.clk, func(f func()) { f() }, func() time.Time { return r.value },
		func(v time.Time) { r.value = v; r.sets++ }, rMin, rMax)
	r.p.FrameInterval = 250 * time.Millisecond // exact arithmetic in the tests
	r.p.OnState = func() { r.states++ }
	t.Cleanup(r.p.Close)
	return r
}

func TestSpeeds(t *testing.T) {
	if len(Speeds) != 8 {
		t.Fatalf("%d speeds, want 8", len(Speeds))
	}
	for i := 1; i < len(Speeds); i++ {
		if Speeds[i].PerSecond <= Speeds[i-1].PerSecond {
			t.Errorf("%s is not faster than %s", Speeds[i].Name, Speeds[i-1].Name)
		}
	}
	if s := Speeds[0]; s.PerSecond != time.Hour || s.Name != "1 hour per second" {
		t.Errorf("slowest is %+v", s)
	}
	if s := Speeds[len(Speeds)-1]; s.PerSecond != 14*24*time.Hour || s.Name != "2 weeks per second" {
		t.Errorf("fastest is %+v", s)
	}
	if s := New(NewFakeClock(clock), nil, nil, nil, rMin, rMax).Speed(); s.Name != "1 day per second" {
		t.Errorf("default speed %q, want 1 day per second", s.Name)
	}
}

func TestSpeedMath(t *testing.T) {
	tests := []struct {
		speed   int
		elapsed time.Duration
		want    time.Duration
	}{
		{0, time.Second, time.Hour},
		{0, 10 * time.Second, 10 * time.Hour},
		{1, 2 * time.Second, 6 * time.Hour},
		{3, 500 * time.Millisecond, 6 * time.Hour},
		{DefaultSpeed, 2500 * time.Millisecond, 60 * time.Hour},
		{6, 3 * time.Second, 21 * 24 * time.Hour},
		{7, time.Second, 14 * 24 * time.Hour},
		// Between ticks the date stays at the last frame's.
		{4, 1100 * time.Millisecond, 24 * time.Hour},
	}
	for _, tc := range tests {
		t.Run(Speeds[tc.speed].Name, func(t *testing.T) {
			r := newRig(t, t0)
			r.p.SetSpeed(tc.speed)
			r.p.Play()
			r.clk.Advance(tc.elapsed)
			if got := r.value.Sub(t0); got != tc.want {
				t.Errorf("after %v: moved %v, want %v", tc.elapsed, got, tc.want)
			}
			if !r.p.Playing() {
				t.Error("stopped playing")
			}
		})
	}
}

// At the default 30 frames a second the date is within a frame of the
// exact figure.
func TestDefaultFrameRate(t *testing.T) {
	r := newRig(t, t0)
	r.p.FrameInterval = 0
	r.p.Play()
	r.clk.Advance(time.Second)
	if r.sets != 30 {
		t.Errorf("%d frames in a second, want 30", r.sets)
	}
	if got, want := r.value.Sub(t0), 24*time.Hour; got > want || got < want-day/30 {
		t.Errorf("moved %v in a second at 1 day per second", got)
	}
}

func TestEndOfRange(t *testing.T) {
	from, to := t0, t0.Add(10*day)
	tests := []struct {
		name    string
		loop    bool
		start   time.Time
		elapsed time.Duration
		want    time.Time
		playing bool
	}{
		{"stops at the end", false, from, 12 * time.Second, to, false},
		{"just before the end", false, from, 9750 * time.Millisecond, from.Add(234 * time.Hour), true},
		{"loop wraps", true, from, 12 * time.Second, from.Add(2 * day), true},
		{"loop wraps many times", true, from, 95 * time.Second, from.Add(5 * day), true},
		{"loop from mid-range", true, from.Add(8 * day), 3 * time.Second, from.Add(day), true},
		{"start outside the range", false, from.Add(-30 * day), 2 * time.Second, from.Add(2 * day), true},
		{"play at the end restarts", false, to, time.Second, from.Add(day), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t, tc.start)
			r.p.SetRange(from, to)
			r.p.SetLoop(tc.loop)
			r.p.Play()
			r.clk.Advance(tc.elapsed)
			if !r.value.Equal(tc.want) {
				t.Errorf("date %v, want %v", r.value, tc.want)
			}
			if r.p.Playing() != tc.playing {
				t.Errorf("playing %v, want %v", r.p.Playing(), tc.playing)
			}
			if !tc.playing && r.clk.Tickers() != 0 {
				t.Errorf("%d tickers left running", r.clk.Tickers())
			}
		})
	}
}

func TestPauseKeepsTheDate(t *testing.T) {
	r := newRig(t, t0)
	r.p.Play()
	r.clk.Advance(3 * time.Second)
	r.p.Pause()
	held := r.value
	if want := t0.Add(3 * day); !held.Equal(want) {
		t.Fatalf("paused at %v, want %v", held, want)
	}
	r.clk.Advance(5 * time.Second)
	if !r.value.Equal(held) || r.p.Playing() || r.clk.Tickers() != 0 {
		t.Fatalf("after pause: date %v (want %v), playing %v, %d tickers", r.value, held, r.p.Playing(), r.clk.Tickers())
	}
	r.p.Toggle()
	r.clk.Advance(time.Second)
	if want := held.Add(day); !r.value.Equal(want) {
		t.Errorf("resumed to %v, want %v", r.value, want)
	}
}

// A user who moves the date while paused plays on from there.
func TestPlayStartsFromTheCurrentDate(t *testing.T) {
	r := newRig(t, t0)
	r.p.Play()
	r.clk.Advance(time.Second)
	r.p.Pause()
	r.value = t0.Add(-20 * day)
	r.p.Play()
	r.clk.Advance(time.Second)
	if want := t0.Add(-19 * day); !r.value.Equal(want) {
		t.Errorf("date %v, want %v", r.value, want)
	}
}

func TestSpeedChangeWhilePlaying(t *testing.T) {
	r := newRig(t, t0)
	r.p.Play()
	r.clk.Advance(time.Second)
	r.p.Faster() // 3 days per second
	r.clk.Advance(time.Second)
	if want := t0.Add(4 * day); !r.value.Equal(want) {
		t.Errorf("date %v, want %v", r.value, want)
	}
}

func TestFasterSlowerClamp(t *testing.T) {
	tests := []struct {
		name  string
		start int
		steps func(p *Player)
		want  int
	}{
		{"faster", DefaultSpeed, (*Player).Faster, DefaultSpeed + 1},
		{"slower", DefaultSpeed, (*Player).Slower, DefaultSpeed - 1},
		{"faster at the top", len(Speeds) - 1, (*Player).Faster, len(Speeds) - 1},
		{"slower at the bottom", 0, (*Player).Slower, 0},
		{"set below", DefaultSpeed, func(p *Player) { p.SetSpeed(-3) }, 0},
		{"set above", DefaultSpeed, func(p *Player) { p.SetSpeed(99) }, len(Speeds) - 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t, t0)
			r.p.SetSpeed(tc.start)
			tc.steps(r.p)
			if got := r.p.SpeedIndex(); got != tc.want {
				t.Errorf("speed %d, want %d", got, tc.want)
			}
			if r.p.Speed() != Speeds[tc.want] {
				t.Errorf("Speed() %+v", r.p.Speed())
			}
		})
	}
}

func TestOnState(t *testing.T) {
	r := newRig(t, t0)
	steps := []struct {
		name string
		do   func()
		want int // calls to OnState so far
	}{
		{"play", r.p.Play, 1},
		{"play again", r.p.Play, 1},
		{"faster", r.p.Faster, 2},
		{"loop", func() { r.p.SetLoop(true) }, 3},
		{"loop again", func() { r.p.SetLoop(true) }, 3},
		{"pause", r.p.Pause, 4},
		{"pause again", r.p.Pause, 4},
	}
	for _, s := range steps {
		s.do()
		if r.states != s.want {
			t.Errorf("after %s: OnState called %d times, want %d", s.name, r.states, s.want)
		}
	}
	r.p.SetRange(t0, t0.Add(day))
	r.p.SetLoop(false)
	r.p.Play()
	before := r.states
	r.clk.Advance(2 * time.Second)
	if r.states != before+1 || r.p.Playing() {
		t.Errorf("stopping at the end: OnState called %d times, playing %v", r.states-before, r.p.Playing())
	}
}

// Pausing from inside set (the date's observer) must not deadlock.
func TestPauseFromInsideAFrame(t *testing.T) {
	r := newRig(t, t0)
	r.p.set = func(v time.Time) {
		r.value = v
		if v.Sub(t0) >= 2*day {
			r.p.Pause()
		}
	}
	r.p.Play()
	r.clk.Advance(5 * time.Second)
	if want := t0.Add(2 * day); !r.value.Equal(want) || r.p.Playing() {
		t.Errorf("date %v (want %v), playing %v", r.value, want, r.p.Playing())
	}
}

func TestNoGoroutineOutlivesPauseOrClose(t *testing.T) {
	base := settledGoroutines(t, -1)
	r := newRig(t, t0)
	for _, stop := range []struct {
		name string
		fn   func()
	}{{"pause", r.p.Pause}, {"close", r.p.Close}} {
		r.p.Play()
		r.clk.Advance(time.Second)
		if n := runtime.NumGoroutine(); n != base+1 {
			t.Errorf("playing: %d goroutines, want %d", n, base+1)
		}
		stop.fn()
		if n := settledGoroutines(t, base); n != base {
			t.Errorf("after %s: %d goroutines, want %d", stop.name, n, base)
		}
		if r.clk.Tickers() != 0 {
			t.Errorf("after %s: %d tickers running", stop.name, r.clk.Tickers())
		}
	}
	r.p.Play()
	if r.p.Playing() || r.clk.Tickers() != 0 {
		t.Error("a closed player plays")
	}
}

// settledGoroutines returns the goroutine count once it reaches want
// (waiting up to a second), or at once when want < 0.
func settledGoroutines(t *testing.T, want int) int {
	t.Helper()
	n := runtime.NumGoroutine()
	for i := 0; i < 100 && want >= 0 && n != want; i++ {
		time.Sleep(10 * time.Millisecond)
		n = runtime.NumGoroutine()
	}
	return n
}

// With a busy UI goroutine (do only queues), frames not yet set are
// replaced by newer ones rather than queued up, and frames computed before
// a pause are dropped.
func TestBusyUISkipsFrames(t *testing.T) {
	var queue []func()
	var value time.Time = t0
	clk := NewFakeClock(clock)
	p := New(clk, func(f func()) { queue = append(queue, f) }, func() time.Time { return value },
		func(v time.Time) { value = v }, rMin, rMax)
	p.FrameInterval = 250 * time.Millisecond
	t.Cleanup(p.Close)
	run := func() {
		q := queue
		queue = nil
		for _, f := range q {
			f()
		}
	}
	p.Play()
	clk.Advance(2 * time.Second) // 8 frames
	if len(queue) != 1 {
		t.Fatalf("%d calls queued for 8 frames, want 1", len(queue))
	}
	run()
	if want := t0.Add(2 * day); !value.Equal(want) {
		t.Errorf("date %v, want the newest frame's %v", value, want)
	}
	clk.Advance(time.Second)
	p.Pause()
	run()
	if want := t0.Add(2 * day); !value.Equal(want) {
		t.Errorf("a frame from before the pause was set: %v", value)
	}
}

// A step or a scrub while playing moves the date, and playback goes on
// from there rather than jumping back.
func TestSeekWhilePlaying(t *testing.T) {
	r := newRig(t, t0)
	r.p.Play()
	r.clk.Advance(time.Second) // a day on
	jump := t0.AddDate(0, 0, 10)
	r.value = jump
	r.p.Seek(jump)
	r.clk.Advance(time.Second)
	if got := r.value.Sub(jump); got != 24*time.Hour {
		t.Errorf("a second after the seek the date is %v past it, want a day", got)
	}
	r.p.Pause()
	r.p.Seek(t0) // paused: nothing happens
	r.clk.Advance(time.Second)
	if r.value.Equal(t0) {
		t.Error("Seek while paused set the date")
	}
}
