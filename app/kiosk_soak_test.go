package app

import (
	"bytes"
	"log"
	"math/rand"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"korea1950/app/story"
	"korea1950/geodata"
	"korea1950/internal/leakcheck"
	"korea1950/timeline/playback"
)

// The kiosk soak test: a day at the museum in a few seconds. The kiosk
// runs with the real map, timeline and director, headless, on a fake
// clock that moves in steps of soakStep. Visitors come at random (a
// seeded rand), tap, drag, switch languages, open the credits and compare
// dates, and walk away, some answering "Still exploring?" on the way;
// between them the attract loop plays. The same heap and goroutine
// thresholds as the playback leak test apply, and nothing may be logged.

const (
	soakStep  = 15 * time.Second // the clock's step, and the animations' frame interval
	soakDay   = 24 * time.Hour
	soakQuiet = 60 // steps (15 min) without a new visitor at the end of the day
	soakVisit = 36 // a visitor comes one step in soakVisit, on average (9 min)
)

// soakCounts are what happened in a soak.
type soakCounts struct {
	visitors, touches, asks, answers, attracts, wakes, loops int
}

// soak runs a kiosk through the warm-up and a day, calling extra (if set)
// at every step, and returns what leakcheck measured, the counts, and
// what was written to the log or to stderr.
func soak(t *testing.T, seed int64, length time.Duration, extra func()) (leakcheck.Report, soakCounts, string) {
	k, w, clock, _ := newTestKiosk(t)
	u := k.u
	w.Resize(fyne.NewSize(1280, 720))
	u.player.Close()
	u.player = playback.New(clock, func(f func()) { f() }, u.tl.Value, u.played, geodata.SpanStart, geodata.SpanEnd)
	u.player.OnState = u.tr.state
	u.player.FrameInterval = soakStep
	u.director.FrameInterval = soakStep
	k.idle.period = soakStep
	var n soakCounts
	count := func(c *int, f func()) func() { return func() { *c++; call(f) } }
	h := &k.idle.hooks
	h.ask, h.attract, h.wake = count(&n.asks, h.ask), count(&n.attracts, h.attract), count(&n.wakes, h.wake)
	onScene := u.director.OnScene
	u.director.OnScene = func(i int, sc *story.Scene) {
		if i == 0 {
			n.loops++
		}
		onScene(i, sc)
	}

	// Everything logged or written to stderr is kept, to fail on.
	var logged bytes.Buffer
	log.SetOutput(&logged)
	stderr, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	realStderr := os.Stderr
	os.Stderr = stderr
	defer func() { os.Stderr = realStderr; log.SetOutput(realStderr) }()

	rng := rand.New(rand.NewSource(seed))
	sw := newSweeper()
	v := &visitor{k: k, w: w, rng: rng, n: &n}
	// The test window lays its content out only when resized; the real
	// one does when the side panel or the compare view opens or closes.
	type shape struct{ side, compare bool }
	var laidOut shape
	layout := func() {
		if now := (shape{u.right.Visible(), u.cmp != nil}); now != laidOut {
			relayout(w)
			laidOut = now
		}
	}
	day := func(steps, i int) {
		clock.Advance(soakStep)
		layout()
		sw.look(w)
		if i%2000 == 0 {
			w.Canvas().Capture()
		}
		if v.step(i < steps-soakQuiet) {
			layout()
			sw.look(w)
		}
		if extra != nil {
			extra()
		}
		// leakcheck weighs the heap before frame steps/2 and after the last.
		if i == steps/2-1 || i == steps-1 {
			sw.flush(t, w)
		}
	}
	k.Start()
	// The day begins in the attract loop, as it ends, so that the
	// director's goroutine is there at both ends.
	clock.Advance(defaultIdle)
	steps := int(length / soakStep)
	r := leakcheck.Measure(steps, func(i int) { day(steps, i) })
	if k.idle.State() != idleAttract || !u.director.Active() {
		t.Errorf("at the end of the day the kiosk is %v, want the attract loop", k.idle.State())
	}
	data, _ := os.ReadFile(stderr.Name())
	return r, n, logged.String() + string(data)
}

// A day at the kiosk leaks neither memory nor goroutines, logs nothing,
// and plays the attract loop hundreds of times between its visitors.
func TestKioskSoak(t *testing.T) {
	r, n, logged := soak(t, 1950, soakDay, nil)
	t.Logf("%+v; %v", n, r)
	if err := r.Check(0.05); err != nil {
		t.Error(err)
	}
	if logged != "" {
		t.Errorf("the soak logged:\n%s", logged)
	}
	if n.loops < 200 || n.visitors < 50 || n.asks < 30 || n.answers < 5 || n.attracts < 50 || n.wakes < 10 {
		t.Errorf("the day was not the day it should be: %+v", n)
	}
}

// The same kiosk leaking 20 KB a step (about a details panel kept each
// scene) trips the check within an eighth of the day (a longer day
// leaks more).
func TestKioskSoakLeakIsCaught(t *testing.T) {
	r, _, logged := soak(t, 1950, soakDay/8, func() { leaked = append(leaked, make([]byte, 20<<10)) })
	leaked = nil
	t.Log(r)
	if err := r.Check(0.05); err == nil {
		t.Errorf("a leak of 20 KB a step passed the check: %v", r)
	}
	if logged != "" {
		t.Errorf("the soak logged:\n%s", logged)
	}
}

// visitor is the museum's visitors, one at a time.
type visitor struct {
	k       *kiosk
	w       fyne.Window
	rng     *rand.Rand
	n       *soakCounts
	left    int // touches this visitor still makes; 0 when nobody is there
	wait    int // steps until their next touch
	answers bool
}

// step lets a step of the day pass for the visitors: one may come (if
// arrive), and the one there may touch the screen. It says whether
// anybody touched it.
func (v *visitor) step(arrive bool) bool {
	if v.left == 0 {
		if !arrive || v.rng.Intn(soakVisit) != 0 {
			return false
		}
		v.n.visitors++
		v.left, v.wait, v.answers = 1+v.rng.Intn(40), 0, v.rng.Intn(3) == 0
	}
	if v.k.ask.obj.Visible() {
		if v.answers {
			v.n.answers++
			v.tapAt(v.centre(v.k.ask.yes))
			return true
		}
		v.left = 0 // they have gone
		return false
	}
	if v.wait > 0 {
		v.wait--
		return false
	}
	v.left--
	v.wait = v.rng.Intn(2)
	v.n.touches++
	v.touch()
	if v.left == 0 && v.rng.Intn(2) == 0 {
		v.left, v.wait = 1, 6+v.rng.Intn(4) // they come back once, after the question
	}
	return true
}

// touch is one touch of the screen: a tap on one of the kiosk's buttons,
// a tap anywhere, a drag of the map or of the timeline, or a key.
func (v *visitor) touch() {
	c := v.w.Canvas()
	s := c.Size()
	anywhere := fyne.NewPos(v.rng.Float32()*s.Width, v.rng.Float32()*s.Height)
	switch r := v.rng.Intn(10); {
	case r < 4:
		b := v.k.buttons[v.rng.Intn(len(v.k.buttons))]
		v.tapAt(v.centre(b))
	case r < 7:
		v.tapAt(anywhere)
	case r < 9:
		test.MoveMouse(c, anywhere)
		test.Drag(c, anywhere, v.rng.Float32()*400-200, v.rng.Float32()*200-100)
	default:
		c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
}

// tapAt moves the pointer to p and taps there, as a finger does.
func (v *visitor) tapAt(p fyne.Position) {
	test.MoveMouse(v.w.Canvas(), p)
	test.TapCanvas(v.w.Canvas(), p)
}

// centre is the middle of obj on the canvas.
func (v *visitor) centre(obj fyne.CanvasObject) fyne.Position {
	return absPos(v.w, obj).Add(fyne.NewPos(obj.Size().Width/2, obj.Size().Height/2))
}
