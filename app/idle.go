package app

import (
	"math"
	"time"

	"korea1950/timeline/playback"
)

// The kiosk's idle watcher decides, from the time since a visitor last
// touched the screen, what a kiosk left alone for months shows. It has
// three states:
//
//	state      the screen shows                on a tap, click or key      when time passes
//	---------  ------------------------------  --------------------------  -----------------------------------
//	exploring  the app, as the visitor left it  stays; the idle time        idle time without input: asking if
//	                                            starts again                somebody touched since the last
//	                                                                        reset, else attract
//	asking     "Still exploring?" over the app  exploring: the visitor      countdown over: reset to the start
//	           and a countdown                  goes on where they were     state, then attract
//	attract    the attract loop and "Touch to   stop the loop, reset to     stays until touched
//	           explore"                         the start state; exploring
//
// A move of the pointer counts as input only while exploring (a visitor
// dragging the map or scrubbing the timeline); while asking or in the
// attract loop only a tap, a click or a key answers, and the overlay that
// shows then takes that tap, so that it does not also land on the map.
// The watcher itself draws nothing: it calls its hooks, on the UI
// goroutine, and the kiosk does the showing.
//
// It reads the time from a playback.Clock, ticking every period: the real
// clock in the window, a FakeClock in tests, which makes a day pass in
// seconds.
type idleWatcher struct {
	clock     playback.Clock
	do        func(func())
	idle      time.Duration // without input, from exploring to asking (or attract)
	countdown time.Duration // how long asking lasts
	period    time.Duration // how often the clock is read
	hooks     idleHooks

	// These belong to the UI goroutine (in tests, to whoever holds the
	// clock: a FakeClock hands each tick over and waits for it).
	state   idleState
	last    time.Time // the last input
	asked   time.Time // when asking began
	touched bool      // input since the start state was last set
	shown   int       // the seconds the countdown shows

	stop, done chan struct{}
}

// idleState is one of the watcher's three states.
type idleState int

const (
	idleExploring idleState = iota
	idleAsking
	idleAttract
)

func (s idleState) String() string {
	switch s {
	case idleExploring:
		return "exploring"
	case idleAsking:
		return "asking"
	case idleAttract:
		return "attract"
	}
	return "unknown"
}

// inputKind says what the visitor did: tapped (a touch, a click, a key)
// or only moved the pointer.
type inputKind int

const (
	inputTap inputKind = iota
	inputMove
)

// idleHooks are what the watcher's transitions do. Each is called on the
// UI goroutine; a nil hook does nothing.
type idleHooks struct {
	ask       func()         // show "Still exploring?"
	countdown func(left int) // the seconds left, whenever the whole number changes
	explore   func()         // hide the question: the visitor goes on
	attract   func()         // reset to the start state and start the attract loop
	wake      func()         // stop the loop and reset to the start state
}

// The kiosk's defaults: 90 seconds idle, then 15 to answer.
const (
	defaultIdle      = 90 * time.Second
	defaultCountdown = 15 * time.Second
	idlePeriod       = 250 * time.Millisecond
)

// Limits of the -idle and -countdown flags and settings, in seconds.
const (
	minIdle, maxIdle           = 5, 86400
	minCountdown, maxCountdown = 3, 600
)

// newIdleWatcher returns a watcher in the exploring state, untouched. It
// starts reading the clock at Start.
func newIdleWatcher(clock playback.Clock, do func(func()), idle, countdown time.Duration, hooks idleHooks) *idleWatcher {
	return &idleWatcher{clock: clock, do: do, idle: idle, countdown: countdown, period: idlePeriod, hooks: hooks}
}

// Start begins to watch: the idle time runs from now. Call it once, on
// the UI goroutine.
func (w *idleWatcher) Start() {
	w.last = w.clock.Now()
	tk := w.clock.NewTicker(w.period)
	w.stop, w.done = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(w.done)
		playback.Every(tk, w.stop, func() { w.do(w.check) })
	}()
}

// Close stops watching and waits for the watcher's goroutine to end.
func (w *idleWatcher) Close() {
	if w.stop == nil {
		return
	}
	close(w.stop)
	<-w.done
	w.stop = nil
}

// State is the watcher's state.
func (w *idleWatcher) State() idleState { return w.state }

// input reports the visitor's input; see the type's comment for what it
// does in each state.
func (w *idleWatcher) input(kind inputKind) {
	switch w.state {
	case idleExploring:
		w.last, w.touched = w.clock.Now(), true
	case idleAsking:
		if kind == inputTap {
			w.last, w.touched, w.state = w.clock.Now(), true, idleExploring
			call(w.hooks.explore)
		}
	case idleAttract:
		if kind == inputTap {
			w.last, w.touched, w.state = w.clock.Now(), true, idleExploring
			call(w.hooks.wake)
		}
	}
}

// check looks at the clock and moves on if the time has come.
func (w *idleWatcher) check() {
	now := w.clock.Now()
	switch w.state {
	case idleExploring:
		if now.Sub(w.last) < w.idle {
			return
		}
		if !w.touched {
			w.toAttract()
			return
		}
		w.state, w.asked, w.shown = idleAsking, now, -1
		call(w.hooks.ask)
		w.show(w.countdown)
	case idleAsking:
		left := w.countdown - now.Sub(w.asked)
		if left <= 0 {
			w.toAttract()
			return
		}
		w.show(left)
	}
}

// toAttract resets the kiosk and starts the attract loop.
func (w *idleWatcher) toAttract() {
	w.state, w.touched = idleAttract, false
	call(w.hooks.attract)
}

// show tells the countdown hook the whole seconds left, when they change.
func (w *idleWatcher) show(left time.Duration) {
	n := int(math.Ceil(left.Seconds()))
	if n == w.shown {
		return
	}
	w.shown = n
	if w.hooks.countdown != nil {
		w.hooks.countdown(n)
	}
}
