package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/maps"
	"korea1950/timeline"
	"korea1950/timeline/playback"
)

// ui is the app's content: a toolbar, the map (or two, to compare dates),
// the details of what is selected, the transport bar and the timeline. The
// map and the timeline do not know each other; ui links them, so that a
// date or a selection changed in one place is followed by both.
type ui struct {
	m      *maps.Map
	cmp    *maps.Map // the compare view's second map; nil when closed
	tl     *timeline.Timeline
	player *playback.Player
	det    *details
	find   *searchBox
	tr     *transport
	marks  *marks

	views   map[string]*widget.Button
	about   *widget.Button
	full    *widget.Button
	data    *widget.Button // how much data is loaded, and its problems
	layersB *widget.Button
	compare *widget.Button
	marksB  *widget.Button
	title   *widget.Label
	// langs is the language switch and the "draft translation" note.
	langs *langBar
	// cmpRetitle writes the compare view's bar in the language; nil when
	// the view is closed.
	cmpRetitle func()
	// themeFonts makes setLanguage put the language's fonts into the
	// app's theme (the window does; tests and render set the theme
	// themselves).
	themeFonts bool

	lang     string
	geo      *maps.Geography
	layers   maps.Layers
	store    *geodata.Store
	ds       *geodata.Dataset // the last load, for the data button's text
	selected *geodata.Feature
	cmpDate  time.Time
	playing  bool // the player is moving the timeline

	// lib is the geodata; sess the user's saved state (nil when rendering).
	lib     *library
	sess    *session
	content fyne.CanvasObject
	centre  *fyne.Container // the map, or the two maps side by side
	right   *fyne.Container // the details, when something is selected
	// canvas is the window's canvas, for its dialogs; nil when rendering.
	canvas fyne.Canvas
	// win is the window, nil when rendering; pres is presenter mode, made
	// when first entered.
	win  fyne.Window
	pres *presenter
	// do runs a function on the UI goroutine: fyne.Do in the window, a
	// direct call when rendering and in tests.
	do func(func())

	// onAbout and onFullScreen are set by the window; render leaves them nil.
	onAbout           func()
	onFullScreen      func()
	onLeaveFullScreen func()
	onData            func()
	onLayers          func()
	onLanguage        func() // the window's part of a change of language: menu, title

	// director plays stories: scene by scene, or as the attract loop;
	// caption shows the scene over the map (-story), nil until then.
	director *director
	caption  *storyCaption

	// kiosk is the kiosk around the ui in kiosk mode (app/kiosk.go), else nil.
	kiosk *kiosk
}

func newUI(geo *maps.Geography, o Options) *ui {
	u := &ui{views: map[string]*widget.Button{}, lang: o.Lang, layers: o.Layers, geo: geo,
		do: func(f func()) { f() }}
	u.m = maps.NewMap(geo, o.View)
	u.m.SetLanguage(o.Lang)
	u.m.SetLayers(o.Layers)
	u.m.SetDate(o.Date)
	u.m.OnViewChanged = func() { u.follow(u.m, u.cmp); u.moved() }
	u.m.OnSelect = func(f *geodata.Feature) { u.selectFeature(f, fromMap) }

	u.tl = timeline.NewTimeline(geodata.SpanStart, geodata.SpanEnd, o.Date)
	u.tl.Lang = o.Lang
	u.tl.OnChanged = u.setDate
	u.tl.OnSelect = func(f *geodata.Feature) { u.selectFeature(f, fromTimeline) }
	u.tl.SetFilter(u.shows)
	// The timeline opens on the chapter's year, from the invasion to the
	// Chinese offensives; its whole-span button shows all four years.
	u.tl.SetWindow(time.Date(1950, 6, 1, 0, 0, 0, 0, geodata.Seoul), time.Date(1951, 1, 31, 0, 0, 0, 0, geodata.Seoul))
	if !o.Date.Before(time.Date(1951, 1, 31, 0, 0, 0, 0, geodata.Seoul)) || o.Date.Before(time.Date(1950, 6, 1, 0, 0, 0, 0, geodata.Seoul)) {
		u.tl.ZoomAll()
	}
	if o.Signals {
		u.tl.SetMode(timeline.ModeSignals)
	}
	u.player = playback.New(playback.RealClock(), func(f func()) { u.do(f) },
		u.tl.Value, u.played, geodata.SpanStart, geodata.SpanEnd)

	u.director = newDirector(u, playback.RealClock())

	u.det = newDetails(o.Lang)
	u.det.OnClose = func() { u.selectFeature(nil, fromPanel) }
	u.find = newSearchBox(u)
	u.tr = newTransport(u)
	u.marks = newMarks(u)

	bar := container.NewHBox()
	for _, v := range maps.Views {
		b := widget.NewButton(v.Title, func() { u.showView(v) })
		u.views[v.Name] = b
		bar.Add(b)
	}
	// The texts are written by setLanguage, below.
	u.layersB = widget.NewButtonWithIcon("", theme.VisibilityIcon(), func() { call(u.onLayers) })
	u.compare = widget.NewButtonWithIcon("", theme.ViewRestoreIcon(), u.toggleCompare)
	u.marksB = widget.NewButtonWithIcon("", theme.ListIcon(), u.marks.toggle)
	u.about = widget.NewButtonWithIcon("", theme.InfoIcon(), func() { call(u.onAbout) })
	u.full = widget.NewButtonWithIcon("", theme.ViewFullScreenIcon(), func() { call(u.onFullScreen) })
	u.data = widget.NewButtonWithIcon("", theme.StorageIcon(), func() { call(u.onData) })
	u.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title := u.title
	u.langs = newLangBar(u.setLanguage)
	// On a narrow window the toolbar keeps the title and search first;
	// what does not fit stays within reach through the keys and the menu.
	left := container.New(overflowRow{gap: 4}, append([]fyne.CanvasObject{title}, bar.Objects...)...)
	right := container.New(rightRow{gap: 4}, u.layersB, u.compare, u.marksB, u.data, u.about, u.full, u.langs)
	top := container.New(toolbarLayout{}, left, u.find.Object(), right)

	u.centre = container.NewStack(u.m)
	u.right = container.NewStack()
	u.right.Hide()
	bottom := container.NewBorder(u.tr.Object(), nil, nil, nil, u.tl)
	u.content = container.NewBorder(top, bottom, nil, u.right, u.centre)
	u.markView(o.View)
	if !o.Compare.IsZero() {
		u.openCompare(o.Compare)
	}
	u.setLanguage(o.Lang)
	return u
}

// setDate is the one place a date change goes: the maps follow the
// timeline. In the compare view the second map keeps its own date. A
// change the user made while playing (a step, a scrub, a jump) becomes
// the place playback goes on from.
func (u *ui) setDate(t time.Time) {
	u.m.SetDate(t)
	if !u.playing {
		u.player.Seek(t)
	}
	u.moved()
}

// played is the player's way to move the timeline.
func (u *ui) played(t time.Time) {
	u.playing = true
	u.tl.SetValue(t)
	u.playing = false
}

// moved is called after the date or the view changes: the position is
// saved once it has been still for a moment.
func (u *ui) moved() {
	// A kiosk starts where its settings say, so it does not write the
	// position that its attract loop changes every few seconds.
	if u.sess != nil && u.kiosk == nil {
		u.sess.saveSoon(position(u))
	}
}

// dataLoaded shows a fresh load of the geodata. The date, the view and
// the selection (if its id is still there) are left as they are.
func (u *ui) dataLoaded(ds *geodata.Dataset, s *geodata.Store) {
	u.ds = ds
	u.data.SetText(dataLabel(ds, u.lang))
	u.data.Importance = dataImportance(ds)
	u.data.Refresh()
	u.setStore(s)
}

// setStore hands the features to the maps, the timeline and the search.
func (u *ui) setStore(s *geodata.Store) {
	u.store = s
	u.m.SetData(s)
	if u.cmp != nil {
		u.cmp.SetData(s)
	}
	var fs []*geodata.Feature
	if s != nil {
		fs = s.Features()
	}
	u.tl.SetFeatures(fs)
	if u.selected != nil {
		var again *geodata.Feature
		if s != nil {
			again = s.ByID(u.selected.ID)
		}
		u.selectFeature(again, fromReload)
	}
}

// setGeography hands the basemaps to the maps once they are read.
func (u *ui) setGeography(geo *maps.Geography) {
	u.geo = geo
	u.m.SetGeography(geo)
	if u.cmp != nil {
		u.cmp.SetGeography(geo)
	}
}

func (u *ui) showView(v maps.View) {
	u.m.SetView(v)
	u.markView(v)
}

func (u *ui) markView(v maps.View) {
	for name, b := range u.views {
		if name == v.Name {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
	}
}
