package app

import (
	"sync"
	"time"

	"github.com/paulmach/orb"

	"korea1950/app/story"
	"korea1950/maps"
	"korea1950/timeline/playback"
)

// Timing of the director's animations.
const (
	// sceneTransition is how long the view and the date take to reach a
	// scene, easing in and out.
	sceneTransition = 1200 * time.Millisecond
	// directorFrame is the time between animation frames: 30 a second.
	directorFrame = time.Second / 30
)

// director plays a story on a ui: each scene's layers and highlight at
// once, then the view and the date move smoothly to the scene's, and a
// range of dates plays over the scene's Seconds. Started with loop, it
// moves on by itself after each scene and wraps from the last to the
// first (the kiosk's attract loop); without, it waits for Next and Prev
// (the presenter). Its methods are for the UI goroutine. While it
// animates, one goroutine of its own ticks on the clock and changes the
// widgets through u.do; none is left while it is still or stopped.
type director struct {
	// OnScene, if set, is called on the UI goroutine when a scene begins,
	// after its layers and highlight are set.
	OnScene func(i int, sc *story.Scene)
	// OnProblems, if set, is told on the UI goroutine what is wrong with a
	// story as it starts: highlighted features that the data lacks. The
	// story plays all the same.
	OnProblems func(msgs []string)
	// Transition and FrameInterval may be changed before Start.
	Transition, FrameInterval time.Duration

	u     *ui
	clock playback.Clock

	mu       sync.Mutex
	st       *story.Story
	problems []string
	idx      int
	loop     bool
	active   bool
	cur      *sceneRun // the animation running, nil when still
	gen      uint64    // counts runs; frames of an older run are dropped
	// The goroutine: whether it runs, the channel that stops it, the one
	// it closes on exit, and whether it is inside u.do now.
	running    bool
	stop, done chan struct{}
	inFrame    bool
	next       sceneFrame // the newest frame not yet applied
	pending    bool       // a call to apply it is queued with u.do

	shown sceneFrame // the last frame applied (UI goroutine)
}

// newDirector returns a still director for u, animating on clock.
func newDirector(u *ui, clock playback.Clock) *director {
	return &director{u: u, clock: clock, Transition: sceneTransition, FrameInterval: directorFrame}
}

// Start plays st from its first scene. With loop, each scene moves on to
// the next after its Seconds, and the last to the first, until Stop.
func (d *director) Start(st *story.Story, loop bool) {
	d.Stop()
	if st == nil || len(st.Scenes) == 0 {
		return
	}
	msgs := missingHighlights(st.Name+".json", st, d.u.store)
	d.mu.Lock()
	d.st, d.loop, d.active, d.idx, d.problems = st, loop, true, 0, msgs
	d.mu.Unlock()
	if len(msgs) > 0 && d.OnProblems != nil {
		d.OnProblems(msgs)
	}
	d.goTo(0)
}

// Problems are what was wrong with the story when it started.
func (d *director) Problems() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.problems
}

// Next goes to the next scene; at the last one it stays, unless looping,
// when it wraps to the first.
func (d *director) Next() { d.step(func(i, n int) int { return i + 1 }) }

// Prev goes to the previous scene; at the first it stays, unless looping.
func (d *director) Prev() { d.step(func(i, n int) int { return i - 1 }) }

// First goes to the first scene.
func (d *director) First() { d.step(func(i, n int) int { return 0 }) }

// Last goes to the last scene.
func (d *director) Last() { d.step(func(i, n int) int { return n - 1 }) }

func (d *director) step(to func(i, n int) int) {
	d.mu.Lock()
	if !d.active {
		d.mu.Unlock()
		return
	}
	n := len(d.st.Scenes)
	i := to(d.idx, n)
	if d.loop {
		i = (i%n + n) % n
	}
	d.mu.Unlock()
	if i >= 0 && i < n {
		d.goTo(i)
	}
}

// Index is the scene shown, counted from 0.
func (d *director) Index() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.idx
}

// Story is the story being played, or the last one played.
func (d *director) Story() *story.Story {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.st
}

// Active reports whether a story is being played: started and not stopped.
func (d *director) Active() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.active
}

// Stop stops the story: the animation halts where it is and the loop no
// longer moves on. The goroutine has ended when Stop returns, unless Stop
// is called from inside one of its frames (as from OnScene in a test,
// where u.do runs at once): then it ends right after.
func (d *director) Stop() {
	d.mu.Lock()
	d.active = false
	d.cur = nil
	d.gen++
	if d.running {
		d.running = false
		close(d.stop)
	}
	done, self := d.done, d.inFrame
	d.mu.Unlock()
	if done != nil && !self {
		<-done
	}
}

// ShowScene puts scene i of st in place at once, as it ends, without
// animation and without starting the story: its layers, highlight and
// view, and its last date. Render draws scenes with it.
func (d *director) ShowScene(st *story.Story, i int) {
	d.Stop()
	if st == nil || i < 0 || i >= len(st.Scenes) {
		return
	}
	d.mu.Lock()
	d.st, d.idx = st, i
	d.mu.Unlock()
	sc := &st.Scenes[i]
	d.applyScene(i, sc)
	to, named, isNamed := d.target(sc.View)
	if isNamed {
		d.u.showView(named)
	} else {
		d.u.m.SetCentre(orb.Point{to.lon, to.lat}, to.mpp)
	}
	d.u.tl.SetValue(sc.To)
}

// goTo begins scene i: its layers and highlight at once, then the
// animation to its view and date.
func (d *director) goTo(i int) {
	d.waitIdle()
	u := d.u
	d.mu.Lock()
	if !d.active {
		d.mu.Unlock()
		return
	}
	d.idx = i
	sc := &d.st.Scenes[i]
	d.gen++
	c := u.m.Centre()
	r := &sceneRun{gen: d.gen, index: i, sc: sc, t0: d.clock.Now(), d0: u.tl.Value(),
		from: mapView{c[0], c[1], u.m.Viewport().MetresPerPixel()},
		hold: time.Duration(sc.Seconds * float64(time.Second)), advance: d.loop}
	d.cur = r
	if !d.running {
		d.running = true
		d.stop, d.done = make(chan struct{}), make(chan struct{})
		interval := d.FrameInterval
		if interval <= 0 {
			interval = directorFrame
		}
		go d.tick(d.clock.NewTicker(interval), d.stop, d.done)
	}
	d.mu.Unlock()
	d.shown = sceneFrame{}
	d.applyScene(i, sc)
}

// waitIdle waits for a goroutine that has finished its last run to end,
// so that never two tick at once.
func (d *director) waitIdle() {
	d.mu.Lock()
	done := d.done
	wait := !d.running && done != nil && !d.inFrame
	d.mu.Unlock()
	if wait {
		<-done
	}
}

// applyScene sets what a scene sets at once: the layers, the selection of
// its first highlighted feature (or none), and tells OnScene. Playback of
// the timeline pauses: the story moves the date now.
func (d *director) applyScene(i int, sc *story.Scene) {
	u := d.u
	u.player.Pause()
	if l, err := maps.ParseLayers(sc.Layers); err == nil {
		u.setLayers(l)
	}
	u.selectFeature(u.storyFeature(sc), fromStory)
	u.markView(maps.View{})
	if d.OnScene != nil {
		d.OnScene(i, sc)
	}
}
