package app

import (
	"fyne.io/fyne/v2"

	"korea1950/maps"
	"korea1950/timeline"
)

// binding is one key of a mode: the key's name as docs/keys.md writes it,
// what it does in words, and the action.
type binding struct {
	Key    string
	Action string
	do     func(u *ui)
}

// exploreKeys are the keys of explore mode, the default. docs/keys.md
// lists the same keys with the same words; a test keeps the two equal.
// Printable keys are matched as typed characters, named keys by name.
var exploreKeys = []binding{
	{"Left", "one day back", func(u *ui) { u.tl.StepDays(-1) }},
	{"Right", "one day forward", func(u *ui) { u.tl.StepDays(1) }},
	{"Down", "one week back", func(u *ui) { u.tl.StepDays(-7) }},
	{"Up", "one week forward", func(u *ui) { u.tl.StepDays(7) }},
	{"j", "one hour back", func(u *ui) { u.tl.StepHours(-1) }},
	{"k", "one hour forward", func(u *ui) { u.tl.StepHours(1) }},
	{"p", "previous event", func(u *ui) { u.tl.PrevEvent() }},
	{"n", "next event", func(u *ui) { u.tl.NextEvent() }},
	{"Home", "first day of the data", func(u *ui) { u.tl.ToStart() }},
	{"End", "last day of the data", func(u *ui) { u.tl.ToEnd() }},
	{"Space", "play or pause", func(u *ui) { u.player.Toggle() }},
	{"<", "play slower", func(u *ui) { u.player.Slower() }},
	{">", "play faster", func(u *ui) { u.player.Faster() }},
	{"l", "loop playback on or off", func(u *ui) { u.player.SetLoop(!u.player.Loop()) }},
	{"]", "zoom the timeline in", func(u *ui) { u.tl.ZoomIn() }},
	{"[", "zoom the timeline out", func(u *ui) { u.tl.ZoomOut() }},
	{"\\", "the whole span on the timeline", func(u *ui) { u.tl.ZoomAll() }},
	{"s", "signals view of the timeline on or off", func(u *ui) { u.toggleSignals() }},
	{"+", "zoom in", func(u *ui) { u.m.ZoomIn() }},
	{"=", "zoom in", func(u *ui) { u.m.ZoomIn() }},
	{"-", "zoom out", func(u *ui) { u.m.ZoomOut() }},
	{"0", "reset the view", func(u *ui) { u.m.ResetView() }},
	{"1", "peninsula view", func(u *ui) { u.showView(maps.Peninsula) }},
	{"2", "East Asia view", func(u *ui) { u.showView(maps.EastAsia) }},
	{"c", "compare two dates on or off", func(u *ui) { u.toggleCompare() }},
	{"/", "search", func(u *ui) { u.find.focus() }},
	{"g", "go to a date", func(u *ui) { u.tr.focusDate() }},
	{"u", "dates in UTC or local time", func(u *ui) { u.det.SetUTC(!u.det.UTC()) }},
	{"t", "next language: English, Korean, Chinese", func(u *ui) { u.cycleLanguage() }},
	{"L", "layers and legend", func(u *ui) { call(u.onLayers) }},
	{"b", "bookmarks and notes", func(u *ui) { u.marks.toggle() }},
	{"R", "record this view as a scene of your story", func(u *ui) { u.record() }},
	{"PageDown", "next scene of the story (-story)", func(u *ui) { u.director.Next() }},
	{"PageUp", "previous scene of the story (-story)", func(u *ui) { u.director.Prev() }},
	{"F1", "about and sources", func(u *ui) { call(u.onAbout) }},
	{"F5", "presenter mode: the story, full screen, for a projector", func(u *ui) { u.enterPresenter() }},
	{"F11", "full screen on or off", func(u *ui) { call(u.onFullScreen) }},
	{"Escape", "close the topmost: a dialog, the details, the bookmarks, full screen", func(u *ui) { u.escape() }},
}

// presenterKeys are the keys of presenter mode, which replace the explore
// keys while it lasts: a clicker's (PageDown, PageUp, B or .), a
// keyboard's, and the lecturer's tools. Letters are matched in either case.
var presenterKeys = []binding{
	{"PageDown", "next scene", func(u *ui) { u.pres.next() }},
	{"Right", "next scene", func(u *ui) { u.pres.next() }},
	{"Space", "next scene", func(u *ui) { u.pres.next() }},
	{"PageUp", "previous scene", func(u *ui) { u.pres.prev() }},
	{"Left", "previous scene", func(u *ui) { u.pres.prev() }},
	{"Home", "first scene", func(u *ui) { u.pres.first() }},
	{"End", "last scene", func(u *ui) { u.pres.last() }},
	{"b", "blank the screen or bring it back", func(u *ui) { u.pres.setBlank(!u.pres.blank()) }},
	{".", "blank the screen or bring it back", func(u *ui) { u.pres.setBlank(!u.pres.blank()) }},
	{"p", "pen on or off (off, the mouse is a laser pointer)", func(u *ui) { u.pres.togglePen() }},
	{"e", "erase the ink", func(u *ui) { u.pres.ink.Clear() }},
	{"n", "speaker notes in a window of their own", func(u *ui) { u.pres.openNotes() }},
	{"+", "zoom in", func(u *ui) { u.m.ZoomIn() }},
	{"=", "zoom in", func(u *ui) { u.m.ZoomIn() }},
	{"-", "zoom out", func(u *ui) { u.m.ZoomOut() }},
	{"Escape", "leave presenter mode", func(u *ui) { u.leavePresenter() }},
}

// escape closes the topmost thing open: the details of the selection,
// then full screen. (A dialog is closed before the keys reach here.)
func (u *ui) escape() {
	if u.selected != nil {
		u.selectFeature(nil, fromPanel)
		return
	}
	if u.marks.showing() {
		u.marks.toggle()
		return
	}
	call(u.onLeaveFullScreen)
}

// toggleSignals switches the timeline between its events and signals views.
func (u *ui) toggleSignals() {
	if u.tl.Mode() == timeline.ModeSignals {
		u.tr.setMode(timeline.ModeEvents)
	} else {
		u.tr.setMode(timeline.ModeSignals)
	}
}

func call(f func()) {
	if f != nil {
		f()
	}
}

// keyIndex maps key names to the bindings of a mode.
func keyIndex(bs []binding) map[string]binding {
	idx := make(map[string]binding, len(bs))
	for _, b := range bs {
		idx[b.Key] = b
	}
	return idx
}

// The indexes of the key tables. They are filled in init, since the
// tables' actions lead back to the key handlers that read them.
var exploreIndex, presenterIndex map[string]binding

func init() {
	exploreIndex = keyIndex(exploreKeys)
	presenterIndex = keyIndex(presenterKeys)
}

// keyName is a named key's name in the key tables.
func keyName(k fyne.KeyName) string {
	if n, ok := keyNames[k]; ok {
		return n
	}
	return string(k)
}

// keyNames are the names the key tables give keys that Fyne calls
// otherwise: a clicker's PageDown arrives as Fyne's "Next".
var keyNames = map[fyne.KeyName]string{fyne.KeyPageDown: "PageDown", fyne.KeyPageUp: "PageUp"}

// overlay returns the dialog showing over the window, if any. While one
// shows, the keys belong to it: Escape closes it and the rest are ignored.
func (u *ui) overlay() fyne.CanvasObject {
	if u.canvas == nil {
		return nil
	}
	return u.canvas.Overlays().Top()
}

// typedKey handles a named key (arrows, Home, F1...). Printable keys also
// arrive as runes and are handled there, once.
func (u *ui) typedKey(e *fyne.KeyEvent) {
	if o := u.overlay(); o != nil {
		if e.Name == fyne.KeyEscape {
			u.canvas.Overlays().Remove(o)
		}
		return
	}
	name := keyName(e.Name)
	if len([]rune(name)) == 1 {
		return
	}
	if u.presenting() {
		u.pres.key(name)
		return
	}
	if b, ok := exploreIndex[name]; ok {
		b.do(u)
	}
}

// typedRune handles a printable key.
func (u *ui) typedRune(r rune) {
	if u.overlay() != nil {
		return
	}
	if u.presenting() {
		u.pres.key(string(r))
		return
	}
	if b, ok := exploreIndex[string(r)]; ok {
		b.do(u)
	}
}
