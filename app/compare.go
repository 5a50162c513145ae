package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/internal/i18n"
	"korea1950/maps"
)

// The compare view puts a second map beside the first, on a date of its
// own, for instance 15 September against 19 October. The two maps pan and
// zoom together; the timeline drives the left one, the bar above the right
// one sets its date.

// toggleCompare opens the compare view on the current date, or closes it.
func (u *ui) toggleCompare() {
	if u.cmp != nil {
		u.closeCompare()
		return
	}
	u.openCompare(u.tl.Value())
}

// openCompare splits the map area: the timeline's map on the left, a
// second map on day t on the right, both showing the same place.
func (u *ui) openCompare(t time.Time) {
	if u.cmp != nil {
		u.setCompareDate(t)
		return
	}
	v, _ := u.m.NamedView()
	c := maps.NewMap(u.geo, v)
	c.SetLanguage(u.lang)
	c.SetLayers(u.layers)
	c.SetData(u.store)
	if u.selected != nil {
		c.Select(u.selected.ID)
	}
	c.OnViewChanged = func() { u.follow(c, u.m) }
	c.OnSelect = func(f *geodata.Feature) { u.selectFeature(f, fromCompare) }
	u.cmp = c
	u.setCompareDate(t)

	entry := newKeyEntry(func() fyne.Canvas { return u.canvas })
	entry.SetPlaceHolder("YYYY-MM-DD")
	entry.SetText(t.In(geodata.Seoul).Format("2006-01-02"))
	msg := widget.NewLabel("")
	entry.OnSubmitted = func(s string) {
		d, err := parseJump(s)
		if err != nil {
			msg.SetText(i18n.Tf(u.lang, "transport.bad", s))
			return
		}
		msg.SetText("")
		u.setCompareDate(d)
	}
	if u.kiosk != nil {
		entry.Disable() // a kiosk has no keyboard: the arrows step the date
	}
	step := func(days int) func() {
		return func() {
			d := geodata.Noon(u.cmpDate.In(geodata.Seoul).AddDate(0, 0, days))
			u.setCompareDate(clampToSpan(d))
			entry.SetText(u.cmpDate.In(geodata.Seoul).Format("2006-01-02"))
		}
	}
	label := widget.NewLabel(i18n.T(u.lang, "compare.right"))
	closeB := widget.NewButtonWithIcon(i18n.T(u.lang, "dialog.close"), theme.CancelIcon(), u.closeCompare)
	u.cmpRetitle = func() {
		label.SetText(i18n.T(u.lang, "compare.right"))
		closeB.SetText(i18n.T(u.lang, "dialog.close"))
	}
	bar := container.NewBorder(nil, nil,
		container.NewHBox(label, widget.NewButtonWithIcon("", theme.NavigateBackIcon(), step(-1))),
		container.NewHBox(widget.NewButtonWithIcon("", theme.NavigateNextIcon(), step(1)),
			closeB),
		container.NewBorder(nil, nil, nil, msg, entry))
	split := container.NewHSplit(u.m, container.NewBorder(bar, nil, nil, nil, c))
	split.SetOffset(0.5)
	u.centre.Objects = []fyne.CanvasObject{split}
	u.centre.Refresh()
	u.compare.Importance = widget.HighImportance
	u.compare.Refresh()
	// The second map takes the first's place and scale once both are laid
	// out; until then it fits the same named view.
	u.follow(u.m, c)
}

// closeCompare goes back to one map.
func (u *ui) closeCompare() {
	if u.cmp == nil {
		return
	}
	u.cmp, u.cmpRetitle = nil, nil
	u.centre.Objects = []fyne.CanvasObject{u.m}
	u.centre.Refresh()
	u.compare.Importance = widget.MediumImportance
	u.compare.Refresh()
}

// setCompareDate sets the day of the compare view's second map.
func (u *ui) setCompareDate(t time.Time) {
	u.cmpDate = t
	if u.cmp != nil {
		u.cmp.SetDate(t)
	}
}

// follow keeps dst showing what src shows: the same centre and scale.
// SetViewport does nothing when nothing changes, so the two maps' calls
// to each other end at once.
func (u *ui) follow(src, dst *maps.Map) {
	if dst == nil || src.Viewport().Scale == 0 {
		return
	}
	dst.SetViewport(src.Viewport())
}

// clampToSpan holds t inside the timeline's span.
func clampToSpan(t time.Time) time.Time {
	if t.Before(geodata.SpanStart) {
		return geodata.SpanStart
	}
	if t.After(geodata.SpanEnd) {
		return geodata.SpanEnd
	}
	return t
}
