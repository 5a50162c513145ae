package app

import (
	"math"
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

// sceneRun is the animation to one scene: from the view and date the map
// had when it began to the scene's, then the scene's range or hold.
type sceneRun struct {
	gen     uint64
	index   int
	sc      *story.Scene
	t0      time.Time // clock time it began
	from    mapView   // the view it began at
	d0      time.Time // the date it began at
	hold    time.Duration
	advance bool // move on to the next scene at the end (loop)
	ended   bool // its end has been handled (goroutine only)
}

// mapView is a view as the animation interpolates it.
type mapView struct{ lon, lat, mpp float64 }

// sceneFrame is one frame: how far the view is on its way (eased, 0 to
// 1) and the date.
type sceneFrame struct {
	run  *sceneRun
	p    float64
	date time.Time
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

// tick is the goroutine: a frame per tick until the run ends (when not
// looping) or Stop.
func (d *director) tick(tk playback.Ticker, stop, done chan struct{}) {
	defer close(done)
	defer tk.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tk.C():
		}
		d.mu.Lock()
		r := d.cur
		if r == nil {
			d.mu.Unlock()
			handled(tk)
			continue
		}
		f, end := r.frameAt(d.clock.Now(), d.Transition)
		var after func()
		exit := false
		if end && !r.ended {
			r.ended = true
			if r.advance {
				after = func() { d.advance(r.gen) }
			} else {
				d.cur, d.running, exit = nil, false, true
			}
		}
		d.next = f
		queue := !d.pending
		d.pending = true
		d.inFrame = true
		d.mu.Unlock()
		if queue {
			d.u.do(d.frame)
		}
		if after != nil {
			d.u.do(after)
		}
		d.mu.Lock()
		d.inFrame = false
		d.mu.Unlock()
		if exit {
			tk.Stop() // before the clock is told the tick is handled
			return
		}
		handled(tk)
	}
}

// handled tells a FakeClock's ticker that its tick has had its effect.
func handled(tk playback.Ticker) {
	if h, ok := tk.(interface{ Handled() }); ok {
		h.Handled()
	}
}

// advance moves a looping story on from the run gen, on the UI goroutine,
// unless something else has moved it meanwhile.
func (d *director) advance(gen uint64) {
	d.mu.Lock()
	if d.gen != gen || !d.active {
		d.mu.Unlock()
		return
	}
	next := (d.idx + 1) % len(d.st.Scenes)
	d.mu.Unlock()
	d.goTo(next)
}

// frame applies the newest frame on the UI goroutine, unless a newer run
// or Stop has outdated it.
func (d *director) frame() {
	d.mu.Lock()
	f := d.next
	d.pending = false
	stale := f.run == nil || f.run.gen != d.gen
	d.mu.Unlock()
	if !stale {
		d.apply(f)
	}
}

// apply sets the map's view and the timeline's date of frame f. The
// view's target is worked out here, on the UI goroutine, because a named
// view fits the map's size as it is now.
func (d *director) apply(f sceneFrame) {
	u := d.u
	if f.run != d.shown.run || f.p != d.shown.p {
		to, named, isNamed := d.target(f.run.sc.View)
		if f.p >= 1 && isNamed {
			u.showView(named)
		} else {
			v := interpolate(f.run.from, to, f.p)
			u.m.SetCentre(orb.Point{v.lon, v.lat}, v.mpp)
		}
	}
	d.shown = f
	u.tl.SetValue(f.date)
}

// target is where a scene's view puts the map: a named view fitted to
// the map's size, or the centre and scale given.
func (d *director) target(v story.View) (mapView, maps.View, bool) {
	if named, ok := maps.ViewByName(v.Name); ok {
		vp := d.u.m.Viewport()
		fit := maps.FitBound(named.Bound, vp.Width, vp.Height)
		c := fit.ToLonLat(fit.Width/2, fit.Height/2)
		return mapView{c[0], c[1], fit.MetresPerPixel()}, named, true
	}
	return mapView{v.Lon, v.Lat, v.MetresPerPixel}, maps.View{}, false
}

// frameAt is the frame at clock time now, and whether the run is over:
// the transition has ended and, for a range or when looping, the scene's
// Seconds have passed too.
func (r *sceneRun) frameAt(now time.Time, transition time.Duration) (sceneFrame, bool) {
	e := now.Sub(r.t0)
	if transition > 0 && e < transition {
		p := easeInOut(float64(e) / float64(transition))
		return sceneFrame{run: r, p: p, date: r.d0.Add(time.Duration(float64(r.sc.From.Sub(r.d0)) * p))}, false
	}
	played := e - max(transition, 0)
	f := sceneFrame{run: r, p: 1, date: r.sc.From}
	if r.sc.IsRange() {
		q := 1.0
		if r.hold > 0 && played < r.hold {
			q = float64(played) / float64(r.hold)
		}
		f.date = r.sc.From.Add(time.Duration(float64(r.sc.To.Sub(r.sc.From)) * q))
		if q >= 1 {
			f.date = r.sc.To
		}
	}
	if r.advance || r.sc.IsRange() {
		return f, played >= r.hold
	}
	return f, true
}

// easeInOut is the cubic ease-in-out of t in [0, 1].
func easeInOut(t float64) float64 {
	t = math.Max(0, math.Min(1, t))
	if t < 0.5 {
		return 4 * t * t * t
	}
	u := -2*t + 2
	return 1 - u*u*u/2
}

// interpolate is the view a fraction p of the way from a to b: the centre
// in a straight line, the scale in log space so that each frame zooms by
// the same factor.
func interpolate(a, b mapView, p float64) mapView {
	if p >= 1 {
		return b
	}
	return mapView{
		lon: a.lon + (b.lon-a.lon)*p,
		lat: a.lat + (b.lat-a.lat)*p,
		mpp: math.Exp(math.Log(a.mpp) + (math.Log(b.mpp)-math.Log(a.mpp))*p),
	}
}
