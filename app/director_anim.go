package app

import (
	"math"
	"time"

	"github.com/paulmach/orb"

	"korea1950/app/story"
	"korea1950/maps"
	"korea1950/timeline/playback"
)

// The director's animation: its goroutine ticks on the clock, works out
// each frame from the time elapsed, and hands it to the UI goroutine.

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
			playback.Handled(tk)
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
		playback.Handled(tk)
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
