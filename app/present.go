package app

import (
	"fmt"
	"image/color"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/app/story"
	"korea1950/internal/i18n"
	"korea1950/timeline/playback"
)

// Presenter mode is for a lecturer with a projector and a clicker: the
// story's scenes full screen, one click each, with no chrome but a slim
// caption naming the scene; the map's text twice its size; a laser
// pointer and a pen (the ink); a black screen on demand; and the speaker
// notes in a window of their own. F5 or -present enters it, Escape leaves
// it, back to the window as it was.

// presenter holds presenter mode's own widgets and state.
type presenter struct {
	u     *ui
	clock playback.Clock

	active  bool
	wasFull bool           // the window was full screen before
	menu    *fyne.MainMenu // the window's menu, hidden in presenter mode
	started time.Time      // when presenter mode began, for the notes' elapsed time

	root    *fyne.Container // the window's content in presenter mode
	stage   *fyne.Container // the map, with the ink over it
	ink     *ink
	cover   *canvas.Rectangle // the black screen
	caption *caption
	themed  *container.ThemeOverride // the caption in the projector theme
	notes   *notesWindow

	// storyName is -story's story; story is it, once read.
	storyName string
	story     *story.Story
	// problem says why there is no story to show, if so.
	problem string
	// left and leftAt are the story and scene presenter mode was left at,
	// to go on from there when it is entered again.
	left        *story.Story
	leftAt      int
	prevOnScene func(int, *story.Scene)
}

// newPresenter builds presenter mode's widgets for u, fading the ink and
// running the notes' clock on clock.
func newPresenter(u *ui, clock playback.Clock) *presenter {
	p := &presenter{u: u, clock: clock}
	p.ink = newInk(clock, func(f func()) { u.do(f) })
	p.ink.OnPan = func(e *fyne.DragEvent) { u.m.Dragged(e) }
	p.ink.Hide()
	p.cover = canvas.NewRectangle(color.Black)
	p.cover.Hide()
	p.caption = newCaption(p)
	p.stage = container.NewStack()
	p.themed = container.NewThemeOverride(p.caption.box, projectorTheme{})
	p.root = container.NewStack(container.NewBorder(nil, p.themed, nil, nil, p.stage), p.cover)
	return p
}

// presenter returns u's presenter, made on first use with the wall clock.
func (u *ui) presenter() *presenter {
	if u.pres == nil {
		u.pres = newPresenter(u, playback.RealClock())
	}
	return u.pres
}

// presenting reports whether the window is in presenter mode.
func (u *ui) presenting() bool { return u.pres != nil && u.pres.active }

// enterPresenter turns the window into presenter mode on the story's
// first scene. It needs a window; render has none.
func (u *ui) enterPresenter() {
	if u.win == nil || u.presenting() {
		return
	}
	p := u.presenter()
	p.active = true
	p.wasFull = u.win.FullScreen()
	p.menu = u.win.MainMenu()
	p.started = p.clock.Now()
	if u.cmp != nil {
		u.closeCompare()
	}
	u.player.Pause()
	u.m.SetTextScale(projectorMapText)
	p.ink.SetPen(false)
	p.caption.showPen(false)
	p.caption.relabel(u.lang)
	p.ink.Clear()
	p.ink.Show()
	p.cover.Hide()
	p.stage.Objects = []fyne.CanvasObject{u.centre, p.ink}
	p.stage.Refresh()
	u.win.SetMainMenu(nil)
	u.win.SetContent(p.root)
	u.win.SetFullScreen(true)
	p.startStory()
}

// leavePresenter gives the window back as it was before presenter mode,
// full screen only if it was then; the map stays where the story left it.
func (u *ui) leavePresenter() {
	if !u.presenting() {
		return
	}
	p := u.pres
	p.active = false
	p.stopStory()
	p.closeNotes()
	p.ink.Stop()
	p.ink.Hide()
	p.cover.Hide()
	u.m.SetTextScale(1)
	p.stage.Objects = nil
	// Full screen is left first: the GL driver takes the size of a window
	// whose content is set while it is full screen as its size to go back
	// to, and the window would stay as large as the screen.
	if !p.wasFull {
		u.win.SetFullScreen(false)
	}
	u.win.SetContent(u.content)
	u.win.SetMainMenu(p.menu)
}

// key handles a key in presenter mode: a named key by the name
// docs/keys.md gives it, a printable key as typed, letters in either
// case. While the screen is blank, any key but Escape only brings it back.
func (p *presenter) key(name string) {
	if r := []rune(name); len(r) == 1 {
		name = string(unicode.ToLower(r[0]))
	}
	b, ok := presenterIndex[name]
	if !ok {
		return
	}
	if p.blank() && name != "Escape" {
		p.setBlank(false)
		return
	}
	b.do(p.u)
}

// blank reports whether the screen is blacked out.
func (p *presenter) blank() bool { return p.cover.Visible() }

// setBlank blacks the screen out, or brings it back.
func (p *presenter) setBlank(on bool) {
	if on {
		p.cover.Show()
	} else {
		p.cover.Hide()
	}
	p.root.Refresh() // showing or hiding alone does not repaint the window
}

// togglePen switches between the pen and the laser.
func (p *presenter) togglePen() {
	p.ink.SetPen(!p.ink.Pen())
	p.caption.showPen(p.ink.Pen())
}

// sceneChanged shows a new scene: the caption and the notes follow, and
// the pen's strokes of the last scene are wiped.
func (p *presenter) sceneChanged() {
	p.ink.Clear()
	s := p.slide()
	p.caption.show(s)
	if p.notes != nil {
		p.notes.show(s)
	}
}

// relabel writes the caption and the notes again in the ui's language,
// on the scene they show, keeping the ink.
func (p *presenter) relabel() {
	p.caption.relabel(p.u.lang)
	s := p.slide()
	p.caption.show(s)
	if p.notes != nil {
		p.notes.show(s)
	}
}

// slide is what presenter mode shows of the current scene.
type slide struct {
	Index, Count int // Index from 0; Count 0 when there is no story
	Title        string
	Dates        string // the date or the range the scene plays
	Notes        string // the speaker notes
	Next         string // the next scene's title, "" at the last
	Problem      string // why there is no story to show, if so
}

// caption is the slim band under the map: the scene's number, its title
// and its dates, and buttons for the pen and the notes.
type caption struct {
	box     *fyne.Container
	counter *canvas.Text
	title   *widget.Label
	dates   *canvas.Text
	pen     *widget.Button
	notes   *widget.Button
}

func newCaption(p *presenter) *caption {
	c := &caption{
		counter: canvas.NewText("", projectorAccent),
		title:   widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		dates:   canvas.NewText("", projectorDim),
	}
	c.counter.TextSize, c.counter.TextStyle = projectorSubHeading, fyne.TextStyle{Bold: true}
	c.dates.TextSize = projectorSubHeading
	c.title.SizeName = theme.SizeNameHeadingText
	c.title.Truncation = fyne.TextTruncateEllipsis
	c.pen = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), p.togglePen)
	c.notes = widget.NewButtonWithIcon("", theme.DocumentIcon(), p.openNotes)
	bg := canvas.NewRectangle(projectorBackground)
	left := container.NewHBox(layoutSpacer(8), container.NewCenter(c.counter), layoutSpacer(8))
	right := container.NewHBox(container.NewCenter(c.dates), layoutSpacer(16), container.NewCenter(c.pen),
		container.NewCenter(c.notes), layoutSpacer(4))
	c.box = container.NewStack(bg, container.NewBorder(nil, nil, left, right, c.title))
	return c
}

// layoutSpacer is a fixed horizontal gap.
func layoutSpacer(w float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, 1))
	return r
}

// relabel puts the buttons' words in lang.
func (c *caption) relabel(lang string) {
	c.pen.SetText(i18n.T(lang, "present.pen"))
	c.notes.SetText(i18n.T(lang, "present.notes"))
}

func (c *caption) show(s slide) {
	switch {
	case s.Count == 0:
		c.counter.Text = ""
		c.title.SetText(s.Problem)
		c.dates.Text = ""
	default:
		c.counter.Text = fmt.Sprintf("%d / %d", s.Index+1, s.Count)
		c.title.SetText(s.Title)
		c.dates.Text = s.Dates
	}
	c.counter.Refresh()
	c.dates.Refresh()
	c.box.Refresh()
}

func (c *caption) showPen(on bool) {
	if on {
		c.pen.Importance = widget.HighImportance
	} else {
		c.pen.Importance = widget.MediumImportance
	}
	c.pen.Refresh()
}
