package app

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/internal/i18n"
	"korea1950/maps"
	"korea1950/timeline"
	"korea1950/timeline/playback"
)

// kiosk is the window as a museum kiosk (-kiosk): a touch screen left
// alone for months. It shows the map, the timeline and touch-sized
// buttons, with a language switch and the credits, and nothing that opens
// files or leaves the app. Its idle watcher (app/idle.go) asks a visitor
// who stops touching whether they are still exploring, resets the screen
// to its start state and plays the attract loop until somebody touches it.
type kiosk struct {
	u      *ui
	start  kioskSettings // the start state and the idle times
	layers maps.Layers   // the start state's layers
	idle   *idleWatcher

	obj      fyne.CanvasObject // the kiosk's content
	ask      *askPanel
	banner   *attractBanner
	credits  fyne.CanvasObject
	creditsB *widget.Button // the credits' close button
	// creditsOpen is the bar's button that opens the credits.
	creditsOpen *widget.Button
	title       *widget.Label
	langs       map[string]*widget.Button
	modes       map[timeline.Mode]*widget.Button // the timeline's events and signals views
	buttons     []*widget.Button                 // every button of the kiosk's bars

	// startLoop and stopLoop play the attract story and stop it
	// (kiosk_attract.go); quit leaves the app.
	startLoop, stopLoop func()
	quit                func()
}

// kioskLanguages are the language switch's buttons, each in its own
// language.
var kioskLanguages = []struct{ code, label string }{{"en", "EN"}, {"ko", "한국어"}, {"zh", "中文"}}

// dimmed is the veil over the screen behind a question or the credits.
var dimmed = color.NRGBA{A: 0x70}

// newKiosk builds the kiosk around u, whose widgets it lays out anew, and
// sets u to the start state ks. The idle watcher reads clock; it starts
// with Start.
func newKiosk(u *ui, ks kioskSettings, layers maps.Layers, clock playback.Clock) *kiosk {
	k := &kiosk{u: u, start: ks, layers: layers, langs: map[string]*widget.Button{}, modes: map[timeline.Mode]*widget.Button{}}
	u.kiosk = k
	k.idle = newIdleWatcher(clock, func(f func()) { u.do(f) }, ks.Idle, ks.Countdown, idleHooks{
		ask:       func() { k.setShown(k.ask.obj, true) },
		countdown: func(n int) { k.ask.setLeft(n) },
		explore:   func() { k.setShown(k.ask.obj, false) },
		attract:   k.toAttract,
		wake:      k.wake,
	})
	tap := func() { k.idle.input(inputTap) }

	k.ask = newAskPanel(tap)
	k.banner = newAttractBanner(tap)
	k.credits, k.creditsB = newCreditsPanel(u.lang, func() { k.closeCredits(); tap() })

	var left, right []fyne.CanvasObject
	k.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	left = append(left, k.title)
	for _, v := range maps.Views {
		left = append(left, u.views[v.Name])
	}
	left = append(left, u.compare)
	for _, l := range kioskLanguages {
		b := widget.NewButton(l.label, func() { k.setLanguage(l.code) })
		k.langs[l.code] = b
		right = append(right, b)
	}
	k.creditsOpen = widget.NewButtonWithIcon("", theme.InfoIcon(), k.openCredits)
	right = append(right, k.creditsOpen)
	top := container.NewPadded(container.NewBorder(nil, nil, container.NewHBox(left...), container.NewHBox(right...)))
	tr := u.tr
	// The timeline's two views are two buttons: a radio's items are
	// smaller than a finger.
	for _, m := range []timeline.Mode{timeline.ModeEvents, timeline.ModeSignals} {
		k.modes[m] = widget.NewButton("", func() { k.setMode(m) })
	}
	k.relabel()
	transport := container.NewPadded(container.NewHBox(tr.play, tr.prev, tr.next, tr.start, tr.end, layout.NewSpacer(),
		k.modes[timeline.ModeEvents], k.modes[timeline.ModeSignals]))
	moved := []fyne.CanvasObject{tr.play, tr.prev, tr.next, tr.start, tr.end}
	moved = append(moved, left[1:]...)
	adopt(u.content, append(moved, u.tl, u.right, u.centre))
	for _, o := range moved {
		o.Show()
	}
	// The side panel sits in a stack that stays shown: the window notices
	// the stack's size change when the panel hides, and gives the map the
	// room back (it does not look at hidden objects).
	main := container.NewBorder(top, container.NewBorder(transport, nil, nil, nil, u.tl), nil, container.NewStack(u.right), u.centre)

	var all []fyne.CanvasObject
	all = append(append(append(all, left...), right...), tr.play, tr.prev, tr.next, tr.start, tr.end,
		k.modes[timeline.ModeEvents], k.modes[timeline.ModeSignals])
	for _, o := range all {
		if b, ok := o.(*widget.Button); ok {
			k.buttons = append(k.buttons, b)
			k.counts(b)
		}
	}
	// A finger scrolls the details, whose labels would take the drag
	// to select their text.
	u.det.content = container.NewStack(u.det.content, newDragLayer(u.det.scroll))
	selectOnMap, selectOnTimeline := u.m.OnSelect, u.tl.OnSelect
	u.m.OnSelect = func(f *geodata.Feature) { tap(); selectOnMap(f) }
	u.tl.OnSelect = func(f *geodata.Feature) { tap(); selectOnTimeline(f) }

	k.obj = container.NewStack(main, k.credits, k.ask.obj, k.banner.obj,
		newTouchCatcher(func() { k.idle.input(inputMove) }))
	// The kiosk is the ui's content now: what refreshes the content (a
	// change of language) refreshes the kiosk, and nothing lays out the
	// explore layout, whose border would still place the side panel.
	u.content = k.obj
	k.attractWith(u.director)
	k.reset()
	return k
}

// adopt takes objs out of the containers under root, the explore
// layout, whose layouts would otherwise still move them, or hide those
// that do not fit.
func adopt(root fyne.CanvasObject, objs []fyne.CanvasObject) {
	take := map[fyne.CanvasObject]bool{}
	for _, o := range objs {
		take[o] = true
	}
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		c, ok := o.(*fyne.Container)
		if !ok {
			return
		}
		var kept []fyne.CanvasObject
		for _, x := range c.Objects {
			if !take[x] {
				kept = append(kept, x)
				walk(x)
			}
		}
		c.Objects = kept
	}
	walk(root)
}

// counts makes a tap on b count as the visitor's input, even when the
// pointer did not move to get there.
func (k *kiosk) counts(b *widget.Button) {
	do := b.OnTapped
	b.OnTapped = func() {
		k.idle.input(inputTap)
		call(do)
	}
}

// Object is the kiosk's content.
func (k *kiosk) Object() fyne.CanvasObject { return k.obj }

// Start starts the idle watcher.
func (k *kiosk) Start() { k.idle.Start() }

// Close stops the idle watcher and the attract loop.
func (k *kiosk) Close() {
	k.idle.Close()
	call(k.stopLoop)
}

// toAttract is the watcher's way into the attract loop: the start state,
// the banner, and the story playing.
func (k *kiosk) toAttract() {
	k.setShown(k.ask.obj, false)
	k.reset()
	k.banner.setScene("", "")
	k.setShown(k.banner.obj, true)
	call(k.startLoop)
}

// wake is the watcher's way out of the attract loop, at a visitor's
// touch: the loop stops and the kiosk is at its start state.
func (k *kiosk) wake() {
	call(k.stopLoop)
	k.setShown(k.banner.obj, false)
	k.reset()
}

// reset puts the kiosk in its start state: the start date, view, layers
// and language; nothing selected, playing or compared; the timeline on
// its events view and its opening span; no dialog and no credits open.
func (k *kiosk) reset() {
	u := k.u
	u.player.Pause()
	if u.canvas != nil {
		for o := u.canvas.Overlays().Top(); o != nil; o = u.canvas.Overlays().Top() {
			u.canvas.Overlays().Remove(o)
		}
	}
	k.closeCredits()
	if u.cmp != nil {
		u.closeCompare()
	}
	u.selectFeature(nil, fromPanel)
	k.setLanguage(k.start.Lang)
	u.setLayers(k.layers)
	u.det.SetUTC(false)
	k.setMode(timeline.ModeEvents)
	u.tl.SetWindow(time.Date(1950, 6, 1, 0, 0, 0, 0, geodata.Seoul), time.Date(1951, 1, 31, 0, 0, 0, 0, geodata.Seoul))
	u.tl.SetValue(k.start.Date)
	u.showView(k.start.View)
}

// setLanguage switches every text to lang and marks its button.
func (k *kiosk) setLanguage(lang string) {
	if lang != k.u.lang {
		k.u.setLanguage(lang)
		k.relabel()
	}
	mark(k.langs, lang)
}

// relabel writes the kiosk's own words in the ui's language; the credits
// are made again in it (they are closed whenever the language changes).
func (k *kiosk) relabel() {
	lang := k.u.lang
	k.title.SetText(i18n.T(lang, "app.title"))
	k.creditsOpen.SetText(i18n.T(lang, "kioskui.credits"))
	k.modes[timeline.ModeEvents].SetText(i18n.T(lang, "transport.events"))
	k.modes[timeline.ModeSignals].SetText(i18n.T(lang, "transport.signals"))
	k.ask.setLanguage(lang)
	k.banner.setLanguage(lang)
	if k.obj == nil {
		return
	}
	stack := k.obj.(*fyne.Container)
	for i, o := range stack.Objects {
		if o == k.credits {
			shown := k.credits.Visible()
			k.credits, k.creditsB = newCreditsPanel(lang, func() { k.closeCredits(); k.idle.input(inputTap) })
			if shown {
				k.credits.Show()
			}
			stack.Objects[i] = k.credits
			stack.Refresh()
		}
	}
}

// setMode shows the timeline's view m and marks its button. (The
// transport bar's radio of views, not shown in the kiosk, is left alone.)
func (k *kiosk) setMode(m timeline.Mode) {
	k.u.tl.SetMode(m)
	mark(k.modes, m)
}

// mark gives the button of key the high importance of the one chosen.
func mark[K comparable](bs map[K]*widget.Button, key K) {
	for code, b := range bs {
		imp := widget.MediumImportance
		if code == key {
			imp = widget.HighImportance
		}
		if b.Importance != imp {
			b.Importance = imp
			b.Refresh()
		}
	}
}

// openCredits shows the credits screen.
func (k *kiosk) openCredits() { k.setShown(k.credits, true) }

// closeCredits hides the credits screen.
func (k *kiosk) closeCredits() {
	if k.credits.Visible() {
		k.setShown(k.credits, false)
	}
}

// setShown shows or hides o, one of the kiosk's layers, and has the
// window draw it so. A container does not refresh itself when shown or
// hidden, and one never drawn yet does not know its canvas, so the
// window's canvas is told.
func (k *kiosk) setShown(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
	o.Refresh()
	if k.u.canvas != nil {
		k.u.canvas.Refresh(o)
	}
}

// kioskExit is the attendant's chord that leaves the kiosk. A kiosk has
// no menu, ignores the window's close button and every other key.
var kioskExit = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift}

// kioskKeys are the keys of kiosk mode; docs/keys.md lists the same, and a
// test keeps the two equal.
var kioskKeys = []binding{
	{"Ctrl+Shift+Q", "leave the kiosk (the attendant's exit, exit status 0)", func(u *ui) { call(u.kiosk.quit) }},
}

// typedKey takes the kiosk's keys: each is a visitor's input and does
// nothing else. The exit chord arrives as a shortcut (see kioskExit).
func (k *kiosk) typedKey(*fyne.KeyEvent) { k.idle.input(inputTap) }

// typedRune takes a printable key, as typedKey does.
func (k *kiosk) typedRune(rune) { k.idle.input(inputTap) }
