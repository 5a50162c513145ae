// Package playback runs the timeline's playback: a Player moves a date
// forward at a chosen speed, frame by frame, and stops or loops at the end
// of its range. It knows neither widgets nor the timeline: the app gives
// it functions to read and set the date and to run code on the UI
// goroutine, and a Clock, which tests replace with a FakeClock.
package playback

import (
	"math"
	"sync"
	"time"
)

// Speed is a playback speed: how much of the timeline passes in one
// second of playback.
type Speed struct {
	Name      string
	PerSecond time.Duration
}

const (
	hour = time.Hour
	day  = 24 * time.Hour
	week = 7 * day
)

// Speeds are the playback speeds, slowest first: hours per second for the
// three weeks of October 1950, weeks per second for the whole war.
var Speeds = []Speed{
	{"1 hour per second", hour},
	{"3 hours per second", 3 * hour},
	{"6 hours per second", 6 * hour},
	{"12 hours per second", 12 * hour},
	{"1 day per second", day},
	{"3 days per second", 3 * day},
	{"1 week per second", week},
	{"2 weeks per second", 2 * week},
}

// DefaultSpeed is the index in Speeds of the speed a Player starts at:
// one day per second.
const DefaultSpeed = 4

// DefaultFrameInterval is the time between frames: 30 frames a second.
const DefaultFrameInterval = time.Second / 30

// Player moves a date forward while it plays. Its methods are meant for
// the UI goroutine but are safe from any goroutine. While playing, one
// goroutine of its own ticks at FrameInterval and sets the date through
// do; none is left once it pauses or closes.
type Player struct {
	// FrameInterval is the time between frames; set it before Play.
	FrameInterval time.Duration
	// OnState is called (through do) when playing, speed or loop change,
	// so that transport buttons can follow.
	OnState func()

	clock Clock
	do    func(func())
	get   func() time.Time
	set   func(time.Time)

	mu       sync.Mutex
	min, max time.Time
	from, to time.Time // the range played (and looped)
	speed    int
	loop     bool
	closed   bool
	// While playing: the value and clock time the current run started
	// from, the channel that stops the goroutine, the one it closes on
	// exit, and a generation that outdates the frames of earlier runs.
	playing    bool
	v0, t0     time.Time
	stop, done chan struct{}
	gen        uint64
	inFrame    bool // the goroutine is inside do (which may run the caller's code)
	// The newest frame not yet set, and whether a call to set it is
	// queued with do: frames the UI has no time for are skipped, not
	// queued up.
	next    pendingFrame
	pending bool
}

// New returns a paused Player over [min, max] at the default speed. do
// runs a function on the UI goroutine (the app passes fyne.Do); get and
// set read and write the date, and are called only through do or from
// the methods' goroutine.
func New(clock Clock, do func(func()), get func() time.Time, set func(time.Time), min, max time.Time) *Player {
	return &Player{
		FrameInterval: DefaultFrameInterval,
		clock:         clock, do: do, get: get, set: set,
		min: min, max: max, from: min, to: max,
		speed: DefaultSpeed,
	}
}

// Play starts playback from the current date, or from the range's start
// when the date lies outside the range or at its end.
func (p *Player) Play() {
	v := p.get()
	p.mu.Lock()
	if p.playing || p.closed {
		p.mu.Unlock()
		return
	}
	if v.Before(p.from) || !v.Before(p.to) {
		v = p.from
	}
	p.v0, p.t0 = v, p.clock.Now()
	p.playing = true
	p.gen++
	p.stop, p.done = make(chan struct{}), make(chan struct{})
	tk := p.clock.NewTicker(p.frameInterval())
	go p.run(tk, p.stop, p.done, p.gen)
	p.mu.Unlock()
	p.changed()
}

func (p *Player) frameInterval() time.Duration {
	if p.FrameInterval <= 0 {
		return DefaultFrameInterval
	}
	return p.FrameInterval
}

// Pause stops playback, leaving the date where the last frame set it; a
// frame computed but not yet set is dropped. The goroutine has ended when
// Pause returns, except when Pause is called while the goroutine is
// handing a frame to do (as when set itself pauses, with a do that runs
// at once): then it ends right after.
func (p *Player) Pause() {
	if p.halt() {
		p.changed()
	}
}

// halt stops the goroutine and waits for it; it reports whether playback
// was running.
// A goroutine that stopped by itself at the range's end is waited for too.
func (p *Player) halt() bool {
	p.mu.Lock()
	was := p.playing
	if was {
		p.playing = false
		p.gen++
		close(p.stop)
	}
	done, self := p.done, p.inFrame
	p.mu.Unlock()
	if done != nil && !self {
		<-done
	}
	return was
}

// Toggle plays when paused and pauses when playing.
func (p *Player) Toggle() {
	if p.Playing() {
		p.Pause()
	} else {
		p.Play()
	}
}

// Playing reports whether the player is playing.
func (p *Player) Playing() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.playing
}

// SetSpeed sets the speed to Speeds[i], i held within the list. Playback
// goes on from where it is.
func (p *Player) SetSpeed(i int) {
	i = max(0, min(i, len(Speeds)-1))
	p.mu.Lock()
	if i == p.speed {
		p.mu.Unlock()
		return
	}
	p.rebase()
	p.speed = i
	p.mu.Unlock()
	p.changed()
}

// Speed returns the current speed.
func (p *Player) Speed() Speed {
	p.mu.Lock()
	defer p.mu.Unlock()
	return Speeds[p.speed]
}

// SpeedIndex returns the index of the current speed in Speeds.
func (p *Player) SpeedIndex() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.speed
}

// Faster moves to the next speed up; at the fastest it stays.
func (p *Player) Faster() { p.SetSpeed(p.SpeedIndex() + 1) }

// Slower moves to the next speed down; at the slowest it stays.
func (p *Player) Slower() { p.SetSpeed(p.SpeedIndex() - 1) }

// SetLoop sets whether playback wraps to the range's start at its end.
func (p *Player) SetLoop(on bool) {
	p.mu.Lock()
	if on == p.loop {
		p.mu.Unlock()
		return
	}
	p.rebase()
	p.loop = on
	p.mu.Unlock()
	p.changed()
}

// Loop reports whether playback loops.
func (p *Player) Loop() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.loop
}

// SetRange sets the range played and looped, held within the Player's
// [min, max]; an empty range means the whole of it.
func (p *Player) SetRange(from, to time.Time) {
	if from.Before(p.min) {
		from = p.min
	}
	if to.After(p.max) {
		to = p.max
	}
	if !from.Before(to) {
		from, to = p.min, p.max
	}
	p.mu.Lock()
	p.rebase()
	p.from, p.to = from, to
	if p.playing && (p.v0.Before(from) || !p.v0.Before(to)) {
		p.v0 = from
	}
	p.mu.Unlock()
}

// Range returns the range played.
func (p *Player) Range() (from, to time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.from, p.to
}

// Close stops playback for good; the Player does nothing afterwards.
func (p *Player) Close() {
	p.halt()
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
}

// changed tells OnState, on the UI goroutine.
func (p *Player) changed() {
	if f := p.OnState; f != nil {
		p.do(f)
	}
}

// rebase restarts the run's arithmetic from the present value, so that a
// new speed, loop or range applies from now on. p.mu is held.
func (p *Player) rebase() {
	if !p.playing {
		return
	}
	now := p.clock.Now()
	v, _ := p.valueAt(now)
	p.v0, p.t0 = v, now
}

// valueAt is the date at clock time now: the run's start plus speed ×
// elapsed time, wrapped into the range when looping. end reports that a
// run without loop has reached the range's end. p.mu is held.
func (p *Player) valueAt(now time.Time) (v time.Time, end bool) {
	elapsed := now.Sub(p.t0).Seconds()
	offset := float64(p.v0.Sub(p.from)) + float64(Speeds[p.speed].PerSecond)*elapsed
	span := float64(p.to.Sub(p.from))
	switch {
	case p.loop:
		offset = math.Mod(offset, span)
	case offset >= span:
		return p.to, true
	}
	return p.from.Add(time.Duration(math.Round(offset))), false
}

// run is the playing goroutine: one frame per tick until stopped or, with
// loop off, at the range's end.
func (p *Player) run(tk Ticker, stop, done chan struct{}, gen uint64) {
	defer close(done)
	defer tk.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tk.C():
		}
		p.mu.Lock()
		if p.gen != gen {
			p.mu.Unlock()
			return
		}
		v, end := p.valueAt(p.clock.Now())
		if end {
			p.playing = false
			p.gen++
		}
		p.next = pendingFrame{v, gen, end}
		queue := !p.pending
		p.pending = true
		p.inFrame = true
		p.mu.Unlock()
		if queue {
			p.do(p.frame)
		}
		if end {
			p.changed()
		}
		p.mu.Lock()
		p.inFrame = false
		p.mu.Unlock()
		Handled(tk)
		if end {
			return
		}
	}
}

// pendingFrame is a frame's date, waiting to be set.
type pendingFrame struct {
	v    time.Time
	gen  uint64
	last bool // the last frame of a run that reached the range's end
}

// frame sets the date of the newest frame, on the UI goroutine, unless
// playback was paused or restarted since it was computed. The last frame
// of a run that reached its end is set though playback has stopped.
func (p *Player) frame() {
	p.mu.Lock()
	f := p.next
	p.pending = false
	stale := p.gen != f.gen && !(f.last && p.gen == f.gen+1)
	p.mu.Unlock()
	if !stale {
		p.set(f.v)
	}
}

// Seek tells a playing Player that the date was moved to t by someone
// else (a step, a scrub, a jump): playback goes on from t. It does
// nothing while paused.
func (p *Player) Seek(t time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.playing {
		return
	}
	p.v0, p.t0 = t, p.clock.Now()
}
