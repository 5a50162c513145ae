package app

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/internal/i18n"
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
	bad                     string // the date typed that msg says is wrong
	mode                    *widget.RadioGroup
	obj                     fyne.CanvasObject
}

// speedKeys are the keys of the names of playback.Speeds, in their order.
var speedKeys = []string{"speed.1h", "speed.3h", "speed.6h", "speed.12h", "speed.1d", "speed.3d", "speed.1w", "speed.2w"}

func newTransport(u *ui) *transport {
	tr := &transport{u: u}
	tr.start = widget.NewButtonWithIcon("", theme.MediaSkipPreviousIcon(), func() { u.tl.ToStart() })
	tr.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { u.tl.PrevEvent() })
	tr.play = widget.NewButtonWithIcon("", theme.MediaPlayIcon(), func() { u.player.Toggle() })
	tr.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { u.tl.NextEvent() })
	tr.next.IconPlacement = widget.ButtonIconTrailingText
	tr.end = widget.NewButtonWithIcon("", theme.MediaSkipNextIcon(), func() { u.tl.ToEnd() })
	tr.speed = widget.NewSelect(nil, func(name string) {
		if i := slices.Index(tr.speed.Options, name); i >= 0 && u.player.Speed() != playback.Speeds[i] {
			u.player.SetSpeed(i)
		}
	})
	tr.loop = widget.NewCheck("", func(on bool) {
		if u.player.Loop() != on {
			u.player.SetLoop(on)
		}
	})
	tr.date = newKeyEntry(func() fyne.Canvas { return u.canvas })
	tr.msg = widget.NewLabel("")
	tr.msg.Importance = widget.DangerImportance
	tr.date.OnSubmitted = tr.jump
	tr.mode = widget.NewRadioGroup(nil, func(s string) {
		if s == tr.modeName(timeline.ModeSignals) {
			u.tl.SetMode(timeline.ModeSignals)
		} else if s != "" {
			u.tl.SetMode(timeline.ModeEvents)
		}
	})
	tr.mode.Horizontal = true
	tr.mode.Required = true
	tr.setLanguage()
	u.player.OnState = tr.state
	// Play comes first: on a narrow window it is the last to go.
	tr.obj = container.New(toolbarLayout{},
		container.New(overflowRow{gap: 4}, tr.play, tr.prev, tr.next, tr.start, tr.end, tr.speed, tr.loop),
		tr.date,
		container.New(rightRow{gap: 4}, tr.msg, tr.mode))
	return tr
}

// Object is the bar.
func (tr *transport) Object() fyne.CanvasObject { return tr.obj }

// modeName is the name of a view of the timeline in the ui's language.
func (tr *transport) modeName(m timeline.Mode) string {
	if m == timeline.ModeSignals {
		return i18n.T(tr.u.lang, "transport.signals")
	}
	return i18n.T(tr.u.lang, "transport.events")
}

// setMode selects a view of the timeline, as the radio buttons do.
func (tr *transport) setMode(m timeline.Mode) { tr.mode.SetSelected(tr.modeName(m)) }

// setLanguage writes the bar in the ui's language.
func (tr *transport) setLanguage() {
	lang := tr.u.lang
	tr.prev.SetText(i18n.T(lang, "transport.event"))
	tr.next.SetText(i18n.T(lang, "transport.event"))
	tr.loop.Text = i18n.T(lang, "transport.loop")
	tr.loop.Refresh()
	tr.date.SetPlaceHolder(i18n.T(lang, "transport.goto"))
	var names []string
	for i := range playback.Speeds {
		names = append(names, i18n.T(lang, speedKeys[i]))
	}
	tr.speed.Options = names
	tr.speed.Selected = ""
	mode := tr.u.tl.Mode()
	tr.mode.Options = []string{tr.modeName(timeline.ModeEvents), tr.modeName(timeline.ModeSignals)}
	tr.mode.Selected = tr.modeName(mode)
	tr.mode.Refresh()
	if tr.msg.Text != "" && tr.bad != "" {
		tr.msg.SetText(i18n.Tf(lang, "transport.bad", tr.bad))
	}
	tr.state()
}

// state shows the player's state: playing or not, its speed, its loop.
func (tr *transport) state() {
	p := tr.u.player
	if p.Playing() {
		tr.play.SetText(i18n.T(tr.u.lang, "transport.pause"))
		tr.play.SetIcon(theme.MediaPauseIcon())
	} else {
		tr.play.SetText(i18n.T(tr.u.lang, "transport.play"))
		tr.play.SetIcon(theme.MediaPlayIcon())
	}
	if i := slices.Index(playback.Speeds, p.Speed()); i >= 0 && tr.speed.Selected != tr.speed.Options[i] {
		tr.speed.SetSelected(tr.speed.Options[i])
	}
	if tr.loop.Checked != p.Loop() {
		tr.loop.SetChecked(p.Loop())
	}
}

// jump moves the timeline to a typed date, or says what is wrong with it.
func (tr *transport) jump(s string) {
	t, err := parseJump(s)
	if err != nil {
		tr.bad = strings.TrimSpace(s)
		tr.msg.SetText(i18n.Tf(tr.u.lang, "transport.bad", tr.bad))
		return
	}
	tr.bad = ""
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
