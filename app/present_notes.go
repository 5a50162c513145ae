package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/internal/i18n"
	"korea1950/timeline/playback"
)

// notesWindow is the lecturer's own window in presenter mode (N): the
// current scene's speaker notes in large text, the next scene's title,
// the time of day and the time since presenter mode began. It is an
// ordinary window, to be dragged to the laptop's screen while the
// projector shows the map; it follows the scenes, takes the clicker's
// keys too, and closing it leaves presenter mode on.
type notesWindow struct {
	p       *presenter
	w       fyne.Window
	heading *widget.Label
	dates   *canvas.Text
	notes   *widget.Label
	next    *widget.Label
	clock   *canvas.Text
	stop    chan struct{} // closed to stop the clock; nil once stopped
	ticker  playback.Ticker
}

// openNotes opens the notes window, or brings it to the front.
func (p *presenter) openNotes() {
	if p.notes != nil {
		p.notes.w.RequestFocus()
		return
	}
	a := fyne.CurrentApp()
	if a == nil {
		return
	}
	n := &notesWindow{p: p, w: a.NewWindow(i18n.T(p.u.lang, "present.notes.title")),
		heading: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		dates:   canvas.NewText("", projectorDim),
		notes:   widget.NewLabel(""),
		next:    widget.NewLabel(""),
		clock:   canvas.NewText("", projectorAccent),
	}
	n.heading.SizeName = theme.SizeNameHeadingText
	n.heading.Wrapping = fyne.TextWrapWord
	n.dates.TextSize = projectorSubHeading
	n.notes.Wrapping = fyne.TextWrapWord
	n.next.Wrapping = fyne.TextWrapWord
	n.next.TextStyle.Italic = true
	n.clock.TextSize, n.clock.TextStyle = projectorSubHeading, fyne.TextStyle{Bold: true}
	top := container.NewVBox(n.heading, container.NewPadded(n.dates), widget.NewSeparator())
	bottom := container.NewVBox(widget.NewSeparator(), n.next, container.NewPadded(n.clock))
	body := container.NewBorder(top, bottom, nil, nil, container.NewVScroll(n.notes))
	n.w.SetContent(container.NewStack(canvas.NewRectangle(projectorBackground),
		container.NewThemeOverride(container.NewPadded(body), projectorTheme{})))
	n.w.Resize(fyne.NewSize(960, 640))
	n.w.Canvas().SetOnTypedKey(p.u.typedKey)
	n.w.Canvas().SetOnTypedRune(p.u.typedRune)
	n.w.SetOnClosed(func() {
		n.stopClock()
		if p.notes == n {
			p.notes = nil
		}
	})
	p.notes = n
	n.show(p.slide())
	n.tick()
	n.startClock(p.clock)
	n.w.Show()
}

// closeNotes closes the notes window if it is open.
func (p *presenter) closeNotes() {
	if n := p.notes; n != nil {
		p.notes = nil
		n.stopClock()
		n.w.Close()
	}
}

// show puts a scene's notes in the window.
func (n *notesWindow) show(s slide) {
	if s.Count == 0 {
		n.heading.SetText(s.Problem)
		n.dates.Text = ""
		n.notes.SetText("")
		n.next.SetText("")
		n.dates.Refresh()
		return
	}
	n.heading.SetText(fmt.Sprintf("%d / %d  %s", s.Index+1, s.Count, s.Title))
	n.dates.Text = s.Dates
	n.dates.Refresh()
	notes := s.Notes
	if notes == "" {
		notes = i18n.T(n.p.u.lang, "present.notes.none")
	}
	n.notes.SetText(notes)
	if s.Next != "" {
		n.next.SetText(i18n.Tf(n.p.u.lang, "present.next", s.Next))
	} else {
		n.next.SetText(i18n.T(n.p.u.lang, "present.last"))
	}
}

// tick shows the time of day and the time since presenter mode began.
func (n *notesWindow) tick() {
	now := n.p.clock.Now()
	n.clock.Text = now.Local().Format("15:04") + "    " + i18n.Tf(n.p.u.lang, "present.elapsed", elapsed(now.Sub(n.p.started)))
	n.clock.Refresh()
}

// elapsed formats a duration as h:mm:ss.
func elapsed(d time.Duration) string {
	s := int(max(0, d.Seconds()))
	return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
}

// startClock ticks the clock once a second, on the UI goroutine, until
// stopClock.
func (n *notesWindow) startClock(clock playback.Clock) {
	n.stop = make(chan struct{})
	tk := clock.NewTicker(time.Second)
	n.ticker = tk
	stop := n.stop
	go playback.Every(tk, stop, func() {
		n.p.u.do(func() {
			if n.stop == stop {
				n.tick()
			}
		})
	})
}

func (n *notesWindow) stopClock() {
	if n.stop != nil {
		close(n.stop)
		n.ticker.Stop()
		n.stop, n.ticker = nil, nil
	}
}
