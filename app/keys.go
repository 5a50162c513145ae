package app

import (
	"fyne.io/fyne/v2"

	"korea1950/maps"
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
	{"Left", "one day back", func(u *ui) { u.strip.StepDays(-1) }},
	{"Right", "one day forward", func(u *ui) { u.strip.StepDays(1) }},
	{"Down", "one week back", func(u *ui) { u.strip.StepDays(-7) }},
	{"Up", "one week forward", func(u *ui) { u.strip.StepDays(7) }},
	{"Home", "first day of the data", func(u *ui) { u.strip.ToStart() }},
	{"End", "last day of the data", func(u *ui) { u.strip.ToEnd() }},
	{"+", "zoom in", func(u *ui) { u.m.ZoomIn() }},
	{"=", "zoom in", func(u *ui) { u.m.ZoomIn() }},
	{"-", "zoom out", func(u *ui) { u.m.ZoomOut() }},
	{"0", "reset the view", func(u *ui) { u.m.ResetView() }},
	{"1", "peninsula view", func(u *ui) { u.showView(maps.Peninsula) }},
	{"2", "East Asia view", func(u *ui) { u.showView(maps.EastAsia) }},
	{"F1", "about and sources", func(u *ui) { call(u.onAbout) }},
	{"F11", "full screen on or off", func(u *ui) { call(u.onFullScreen) }},
	{"Escape", "close a dialog, or leave full screen", func(u *ui) { call(u.onLeaveFullScreen) }},
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

var exploreIndex = keyIndex(exploreKeys)

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
	name := string(e.Name)
	if len([]rune(name)) == 1 {
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
	if b, ok := exploreIndex[string(r)]; ok {
		b.do(u)
	}
}
