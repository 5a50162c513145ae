package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/timeline"
	"korea1950/timeline/playback"
)

// transport is the bar above the timeline: go to the start, the previous
// event, play or pause, the next event, the end; the playback speed and
// loop; a box to type a date into; and the timeline's two views.
type transport struct {
	u                       *ui
	start, prev, play, next *widget.Button
	end                     *widget.Button
	speed                   *widget.Select
	loop                    *widget.Check
	date                    *keyEntry
	msg                     *widget.Label
	mode                    *widget.RadioGroup
	obj                     fyne.CanvasObject
}

// Names of the timeline's two views, as the transport bar offers them.
const (
	modeEvents  = "Events"
	modeSignals = "Signals"
)

func newTransport(u *ui) *transport {
	tr := &transport{u: u}
	tr.start = widget.NewButtonWithIcon("", theme.MediaSkipPreviousIcon(), func() { u.tl.ToStart() })
	tr.prev = widget.NewButtonWithIcon("Event", theme.NavigateBackIcon(), func() { u.tl.PrevEvent() })
	tr.play = widget.NewButtonWithIcon("Play", theme.MediaPlayIcon(), func() { u.player.Toggle() })
	tr.next = widget.NewButtonWithIcon("Event", theme.NavigateNextIcon(), func() { u.tl.NextEvent() })
	tr.next.IconPlacement = widget.ButtonIconTrailingText
	tr.end = widget.NewButtonWithIcon("", theme.MediaSkipNextIcon(), func() { u.tl.ToEnd() })
	var names []string
	for _, s := range playback.Speeds {
		names = append(names, s.Name)
	}
	tr.speed = widget.NewSelect(names, func(name string) {
		for i, s := range playback.Speeds {
			if s.Name == name && u.player.Speed() != s {
				u.player.SetSpeed(i)
			}
		}
	})
	tr.loop = widget.NewCheck("Loop", func(on bool) {
		if u.player.Loop() != on {
			u.player.SetLoop(on)
		}
	})
	tr.date = newKeyEntry(func() fyne.Canvas { return u.canvas })
	tr.date.SetPlaceHolder("Go to: 1950-10-02 23:00")
	tr.msg = widget.NewLabel("")
	tr.msg.Importance = widget.DangerImportance
	tr.date.OnSubmitted = tr.jump
	tr.mode = widget.NewRadioGroup([]string{modeEvents, modeSignals}, func(s string) {
		if s == modeSignals {
			u.tl.SetMode(timeline.ModeSignals)
		} else {
			u.tl.SetMode(timeline.ModeEvents)
		}
	})
	tr.mode.Horizontal = true
	tr.mode.Required = true
	if u.tl.Mode() == timeline.ModeSignals {
		tr.mode.SetSelected(modeSignals)
	} else {
		tr.mode.SetSelected(modeEvents)
	}
	u.player.OnState = tr.state
	tr.state()
	// Play comes first: on a narrow window it is the last to go.
	tr.obj = container.New(toolbarLayout{},
		container.New(overflowRow{gap: 4}, tr.play, tr.prev, tr.next, tr.start, tr.end, tr.speed, tr.loop),
		tr.date,
		container.New(rightRow{gap: 4}, tr.msg, tr.mode))
	return tr
}

// Object is the bar.
func (tr *transport) Object() fyne.CanvasObject { return tr.obj }

// state shows the player's state: playing or not, its speed, its loop.
func (tr *transport) state() {
	p := tr.u.player
	if p.Playing() {
		tr.play.SetText("Pause")
		tr.play.SetIcon(theme.MediaPauseIcon())
	} else {
		tr.play.SetText("Play")
		tr.play.SetIcon(theme.MediaPlayIcon())
	}
	if tr.speed.Selected != p.Speed().Name {
		tr.speed.SetSelected(p.Speed().Name)
	}
	if tr.loop.Checked != p.Loop() {
		tr.loop.SetChecked(p.Loop())
	}
}

// jump moves the timeline to a typed date, or says what is wrong with it.
func (tr *transport) jump(s string) {
	t, err := parseJump(s)
	if err != nil {
		tr.msg.SetText(err.Error())
		return
	}
	tr.msg.SetText("")
	tr.date.SetText("")
	tr.u.tl.SetValue(t)
}

// focusDate puts the cursor in the date box.
func (tr *transport) focusDate() {
	if c := tr.u.canvas; c != nil {
		c.Focus(tr.date)
	}
}

// parseJump reads a date typed to jump to: "1950-10-02" (its noon in
// Seoul), "1950-10-02 23:00" or "1950-10-02T23:00" (Seoul time), or a time
// with a zone, "1950-10-02T23:00+08:00".
func parseJump(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	day, clock, hasClock := strings.Cut(strings.Replace(s, " ", "T", 1), "T")
	d, err := geodata.ParseDay(day)
	if err != nil {
		return time.Time{}, err
	}
	if !hasClock {
		return d, nil
	}
	return geodata.ParseInstant(d, clock)
}
