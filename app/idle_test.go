package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"korea1950/timeline/playback"
)

// idleStep is one thing that happens to the watcher: time passes, or the
// visitor taps or moves the pointer; then the watcher must be in state
// want and its hooks must have been called as log says since the step
// before ("" for none).
type idleStep struct {
	do   string // "wait 10s", "tap", "move"
	want idleState
	log  string
}

// runIdle drives a watcher (idle 90 s, countdown 15 s) on a FakeClock
// through steps.
func runIdle(t *testing.T, steps []idleStep) {
	t.Helper()
	clock := playback.NewFakeClock(time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC))
	var log []string
	note := func(s string) func() { return func() { log = append(log, s) } }
	w := newIdleWatcher(clock, func(f func()) { f() }, 90*time.Second, 15*time.Second, idleHooks{
		ask:       note("ask"),
		countdown: func(n int) { log = append(log, fmt.Sprint(n)) },
		explore:   note("explore"),
		attract:   note("attract"),
		wake:      note("wake"),
	})
	w.Start()
	defer w.Close()
	for i, s := range steps {
		switch {
		case s.do == "tap":
			w.input(inputTap)
		case s.do == "move":
			w.input(inputMove)
		case strings.HasPrefix(s.do, "wait "):
			d, err := time.ParseDuration(strings.TrimPrefix(s.do, "wait "))
			if err != nil {
				t.Fatal(err)
			}
			clock.Advance(d)
		default:
			t.Fatalf("step %d: %q is not a step", i+1, s.do)
		}
		if got := strings.Join(log, " "); got != s.log {
			t.Errorf("step %d (%s): hooks %q, want %q", i+1, s.do, got, s.log)
		}
		if w.State() != s.want {
			t.Errorf("step %d (%s): state %v, want %v", i+1, s.do, w.State(), s.want)
		}
		log = nil
	}
}

func TestIdleTransitions(t *testing.T) {
	tests := []struct {
		name  string
		steps []idleStep
	}{
		{"untouched since start: straight to the attract loop", []idleStep{
			{"wait 89s", idleExploring, ""},
			{"wait 1s", idleAttract, "attract"},
			{"wait 1h", idleAttract, ""},
		}},
		{"a touch wakes the loop and resets", []idleStep{
			{"wait 90s", idleAttract, "attract"},
			{"move", idleAttract, ""}, // a move alone does not
			{"tap", idleExploring, "wake"},
			{"wait 89s", idleExploring, ""},
		}},
		{"a visitor who walks away is asked, then reset", []idleStep{
			{"tap", idleExploring, ""},
			{"wait 60s", idleExploring, ""},
			{"move", idleExploring, ""}, // dragging the map counts
			{"wait 89s", idleExploring, ""},
			{"wait 1s", idleAsking, "ask 15"},
			{"wait 1s", idleAsking, "14"},
			{"wait 500ms", idleAsking, ""},
			{"wait 12500ms", idleAsking, "13 12 11 10 9 8 7 6 5 4 3 2 1"},
			{"wait 1s", idleAttract, "attract"},
		}},
		{"a visitor who answers goes on exploring", []idleStep{
			{"tap", idleExploring, ""},
			{"wait 90s", idleAsking, "ask 15"},
			{"wait 10s", idleAsking, "14 13 12 11 10 9 8 7 6 5"},
			{"move", idleAsking, ""}, // a move does not answer
			{"tap", idleExploring, "explore"},
			{"wait 89s", idleExploring, ""},
			{"wait 1s", idleAsking, "ask 15"},
		}},
		{"after a wake the visitor counts as exploring: asked before the reset", []idleStep{
			{"wait 90s", idleAttract, "attract"},
			{"tap", idleExploring, "wake"},
			{"wait 90s", idleAsking, "ask 15"},
			{"wait 15s", idleAttract, "14 13 12 11 10 9 8 7 6 5 4 3 2 1 attract"},
			{"wait 24h", idleAttract, ""},
		}},
		{"keys and taps while exploring keep it going", []idleStep{
			{"tap", idleExploring, ""},
			{"wait 80s", idleExploring, ""},
			{"tap", idleExploring, ""},
			{"wait 80s", idleExploring, ""},
			{"tap", idleExploring, ""},
			{"wait 89s", idleExploring, ""},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { runIdle(t, tc.steps) })
	}
}

// Close ends the watcher's goroutine and stops its ticker.
func TestIdleWatcherCloses(t *testing.T) {
	clock := playback.NewFakeClock(time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC))
	w := newIdleWatcher(clock, func(f func()) { f() }, time.Minute, 10*time.Second, idleHooks{})
	w.Start()
	if clock.Tickers() != 1 {
		t.Fatalf("%d tickers running, want 1", clock.Tickers())
	}
	w.Close()
	w.Close() // twice is harmless
	if clock.Tickers() != 0 {
		t.Errorf("%d tickers still running after Close", clock.Tickers())
	}
}
