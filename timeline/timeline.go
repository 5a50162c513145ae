// Package timeline holds the time controls of the app: the timeline that
// zooms from the whole war down to hours, with its eras, event markers and
// density strip, and its signals view of who told whom what, when; and,
// in playback, the player that moves it.
package timeline

import (
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
)

// Mode is what the body of the timeline shows.
type Mode int

const (
	// ModeEvents shows event, decision and message markers over a density
	// strip of everything that starts.
	ModeEvents Mode = iota
	// ModeSignals shows one swimlane per capital or actor group, with each
	// message an arrow from its sender's lane to its receiver's.
	ModeSignals
)

// Zoom limits: the narrowest window shows about six hours.
const (
	minWindow  = 6 * time.Hour
	zoomFactor = 2.0 // per press of a zoom button
)

// Timeline is the time control of the app: the current moment, shown
// large, on a ruler that zooms from the whole span down to hours, over
// labelled eras and either event markers (ModeEvents) or the swimlanes of
// who told whom what and when (ModeSignals).
//
// Its methods must be called on the UI goroutine.
type Timeline struct {
	widget.BaseWidget

	// Lang is the language of dates and month names.
	Lang string
	// OnChanged is called with the new value whenever the value changes,
	// by the user or by a method.
	OnChanged func(time.Time)
	// OnSelect is called when the user taps a marker or an arrow; the
	// value has already moved to the feature's From.
	OnSelect func(*geodata.Feature)

	min, max time.Time
	value    time.Time
	from, to time.Time // the visible window, [from, to)
	mode     Mode

	features []*geodata.Feature
	byID     map[string]*geodata.Feature
	filter   func(*geodata.Feature) bool
	marks    []*geodata.Feature // events, decisions, messages passing the filter, by From
	starts   []time.Time        // starts of the non-place features passing the filter, sorted
	selected string

	version int // counts changes to what the body draws
	drag    dragKind
}

var (
	_ fyne.Widget     = (*Timeline)(nil)
	_ fyne.Draggable  = (*Timeline)(nil)
	_ fyne.Tappable   = (*Timeline)(nil)
	_ fyne.Scrollable = (*Timeline)(nil)
)

// NewTimeline returns a timeline over [min, max] showing value, zoomed
// out to the whole span.
func NewTimeline(min, max, value time.Time) *Timeline {
	tl := &Timeline{Lang: "en", min: min, max: max, from: min, to: max, byID: map[string]*geodata.Feature{}}
	tl.value = tl.clamp(value)
	tl.ExtendBaseWidget(tl)
	return tl
}

// Value returns the current moment.
func (tl *Timeline) Value() time.Time { return tl.value }

// SetValue moves the timeline to t, held inside its span, and calls
// OnChanged if the value changed. The window follows so that the cursor
// stays in view.
func (tl *Timeline) SetValue(t time.Time) {
	t = tl.clamp(t)
	if t.Equal(tl.value) {
		return
	}
	tl.value = t
	tl.follow()
	tl.Refresh()
	if tl.OnChanged != nil {
		tl.OnChanged(t)
	}
}

// clamp holds a moment outside the span at the noon of its first or last
// day, as ToStart and ToEnd go there: a step past an end lands where a
// jump to it does.
func (tl *Timeline) clamp(t time.Time) time.Time {
	if t.Before(tl.min) {
		return geodata.Noon(tl.min)
	}
	if t.After(tl.max) {
		return geodata.Noon(tl.max)
	}
	return t
}

// follow pages the window on when the value has left it: forward, the
// value lands a tenth of the way in; backward, nine tenths.
func (tl *Timeline) follow() {
	w := tl.to.Sub(tl.from)
	switch {
	case tl.value.Before(tl.from):
		tl.setWindow(tl.value.Add(-w*9/10), w)
	case !tl.value.Before(tl.to):
		tl.setWindow(tl.value.Add(-w/10), w)
	}
}

// StepDays moves the value by n calendar days in Seoul, keeping the time
// of day.
func (tl *Timeline) StepDays(n int) {
	tl.SetValue(tl.value.In(geodata.Seoul).AddDate(0, 0, n))
}

// StepHours moves the value by n hours.
func (tl *Timeline) StepHours(n int) { tl.SetValue(tl.value.Add(time.Duration(n) * time.Hour)) }

// ToStart moves the value to noon of the first day.
func (tl *Timeline) ToStart() { tl.SetValue(geodata.Noon(tl.min)) }

// ToEnd moves the value to noon of the last day.
func (tl *Timeline) ToEnd() { tl.SetValue(geodata.Noon(tl.max)) }

// NextEvent moves the value to the From of the first marker (event,
// decision or message passing the filter) that starts strictly after it.
func (tl *Timeline) NextEvent() {
	i := sort.Search(len(tl.marks), func(i int) bool { return tl.marks[i].From.After(tl.value) })
	if i < len(tl.marks) {
		tl.SetValue(tl.marks[i].From)
	}
}

// PrevEvent moves the value to the From of the last marker that starts
// strictly before it.
func (tl *Timeline) PrevEvent() {
	i := sort.Search(len(tl.marks), func(i int) bool { return !tl.marks[i].From.Before(tl.value) })
	if i > 0 {
		tl.SetValue(tl.marks[i-1].From)
	}
}

// SetFeatures gives the timeline every loaded feature. Events, decisions
// and messages become markers; every feature but places counts in the
// density strip.
func (tl *Timeline) SetFeatures(fs []*geodata.Feature) {
	tl.features = fs
	tl.byID = make(map[string]*geodata.Feature, len(fs))
	for _, f := range fs {
		tl.byID[f.ID] = f
	}
	tl.reindex()
}

// SetFilter draws only the features for which keep returns true (the
// app's layer toggles); nil keeps all.
func (tl *Timeline) SetFilter(keep func(*geodata.Feature) bool) {
	tl.filter = keep
	tl.reindex()
}

func (tl *Timeline) reindex() {
	tl.marks, tl.starts = tl.marks[:0], tl.starts[:0]
	for _, f := range tl.features {
		if f.Kind == geodata.KindPlace || (tl.filter != nil && !tl.filter(f)) {
			continue
		}
		if f.From.After(geodata.Always) && f.From.Before(geodata.Never) {
			tl.starts = append(tl.starts, f.From)
		}
		if isMarker(f) {
			tl.marks = append(tl.marks, f)
		}
	}
	geodata.SortByStart(tl.marks)
	sort.Slice(tl.starts, func(i, j int) bool { return tl.starts[i].Before(tl.starts[j]) })
	tl.changed()
}

// isMarker reports whether a feature has a marker of its own.
func isMarker(f *geodata.Feature) bool {
	switch f.Kind {
	case geodata.KindEvent, geodata.KindDecision, geodata.KindMessage:
		return true
	}
	return false
}

// changed notes that the body must be drawn again.
func (tl *Timeline) changed() {
	tl.version++
	tl.Refresh()
}

// Window returns the visible window, [from, to).
func (tl *Timeline) Window() (from, to time.Time) { return tl.from, tl.to }

// SetWindow shows [from, to), held to at least six hours and inside the
// span.
func (tl *Timeline) SetWindow(from, to time.Time) {
	tl.setWindow(from, to.Sub(from))
	tl.changed()
}

// setWindow places a window of width w starting at from, clamped.
func (tl *Timeline) setWindow(from time.Time, w time.Duration) {
	span := tl.max.Sub(tl.min)
	w = min(max(w, minWindow), span)
	if from.Before(tl.min) {
		from = tl.min
	}
	if from.Add(w).After(tl.max) {
		from = tl.max.Add(-w)
	}
	if !from.Equal(tl.from) || !from.Add(w).Equal(tl.to) {
		tl.from, tl.to = from, from.Add(w)
		tl.version++
	}
}

// zoomAbout scales the window by f (below 1 zooms in) keeping the instant
// at keep where it is on screen.
func (tl *Timeline) zoomAbout(keep time.Time, f float64) {
	w := tl.to.Sub(tl.from)
	frac := float64(keep.Sub(tl.from)) / float64(w)
	nw := time.Duration(float64(w) * f)
	nw = min(max(nw, minWindow), tl.max.Sub(tl.min))
	tl.setWindow(keep.Add(-time.Duration(frac*float64(nw))), nw)
	tl.changed()
}

// zoomCentre is the instant the buttons zoom about: the value if it is
// in view, else the middle of the window.
func (tl *Timeline) zoomCentre() time.Time {
	if !tl.value.Before(tl.from) && tl.value.Before(tl.to) {
		return tl.value
	}
	return tl.from.Add(tl.to.Sub(tl.from) / 2)
}

// ZoomIn halves the window about the cursor.
func (tl *Timeline) ZoomIn() { tl.zoomAbout(tl.zoomCentre(), 1/zoomFactor) }

// ZoomOut doubles the window about the cursor.
func (tl *Timeline) ZoomOut() { tl.zoomAbout(tl.zoomCentre(), zoomFactor) }

// ZoomAll shows the whole span.
func (tl *Timeline) ZoomAll() { tl.SetWindow(tl.min, tl.max) }

// Pan moves the window by a fraction of its width: positive later.
func (tl *Timeline) Pan(fraction float64) {
	w := tl.to.Sub(tl.from)
	tl.setWindow(tl.from.Add(time.Duration(fraction*float64(w))), w)
	tl.changed()
}

// Mode returns what the body shows.
func (tl *Timeline) Mode() Mode { return tl.mode }

// SetMode switches between the event markers and the signals lanes.
func (tl *Timeline) SetMode(m Mode) {
	if m == tl.mode {
		return
	}
	tl.mode = m
	tl.changed()
}

// Selected returns the id of the highlighted feature, or "".
func (tl *Timeline) Selected() string { return tl.selected }

// Select highlights a feature and, if its start is out of view, moves the
// window to show it; "" clears the highlight. The value does not move.
func (tl *Timeline) Select(id string) {
	tl.selected = id
	if f := tl.byID[id]; f != nil && (f.From.Before(tl.from) || !f.From.Before(tl.to)) {
		w := tl.to.Sub(tl.from)
		tl.setWindow(f.From.Add(-w/2), w)
	}
	tl.changed()
}

// CreateRenderer builds the timeline's canvas objects.
func (tl *Timeline) CreateRenderer() fyne.WidgetRenderer { return newRenderer(tl) }
