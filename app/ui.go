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
)

// ui is the app's content: a toolbar, the map and the date strip. The map
// and the strip do not know each other; ui links them, so that a date
// changed in one place is followed by both.
type ui struct {
	m     *maps.Map
	strip *timeline.Strip
	views map[string]*widget.Button
	about *widget.Button
	full  *widget.Button
	data  *widget.Button // how much data is loaded, and its problems
	// lib is the geodata; sess the user's saved state (nil when rendering).
	lib     *library
	sess    *session
	content fyne.CanvasObject
	// canvas is the window's canvas, for its dialogs; nil when rendering.
	canvas fyne.Canvas

	// onAbout and onFullScreen are set by the window; render leaves them nil.
	onAbout           func()
	onFullScreen      func()
	onLeaveFullScreen func()
	onData            func()
}

func newUI(geo *maps.Geography, o Options) *ui {
	u := &ui{views: map[string]*widget.Button{}}
	u.m = maps.NewMap(geo, o.View)
	u.m.SetLanguage(o.Lang)
	u.m.SetLayers(o.Layers)
	u.m.SetDate(o.Date)
	u.strip = timeline.NewStrip(geodata.SpanStart, geodata.SpanEnd, o.Date)
	u.strip.Lang = o.Lang
	u.strip.OnChanged = u.setDate
	u.m.OnViewChanged = u.moved

	bar := container.NewHBox()
	for _, v := range maps.Views {
		b := widget.NewButton(v.Title, func() { u.showView(v) })
		u.views[v.Name] = b
		bar.Add(b)
	}
	u.about = widget.NewButtonWithIcon("About", theme.InfoIcon(), func() {
		if u.onAbout != nil {
			u.onAbout()
		}
	})
	u.full = widget.NewButtonWithIcon("Full screen", theme.ViewFullScreenIcon(), func() {
		if u.onFullScreen != nil {
			u.onFullScreen()
		}
	})
	u.data = widget.NewButtonWithIcon(dataLabel(nil), theme.StorageIcon(), func() { call(u.onData) })
	title := widget.NewLabelWithStyle("Korea 1950", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewBorder(nil, nil, container.NewHBox(title, bar), container.NewHBox(u.data, u.about, u.full))
	u.content = container.NewBorder(top, u.strip, nil, nil, u.m)
	u.markView(o.View)
	return u
}

// setDate is the one place a date change goes: the map follows the strip.
func (u *ui) setDate(t time.Time) {
	u.m.SetDate(t)
	u.moved()
}

// moved is called after the date or the view changes: the position is
// saved once it has been still for a moment.
func (u *ui) moved() {
	if u.sess != nil {
		u.sess.saveSoon(position(u))
	}
}

// dataLoaded shows a fresh load of the geodata. The date and the view are
// left as they are.
func (u *ui) dataLoaded(ds *geodata.Dataset) {
	u.data.SetText(dataLabel(ds))
	u.data.Importance = dataImportance(ds)
	u.data.Refresh()
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
