package app

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/internal/i18n"
)

// touchCatcher lies transparent over the whole kiosk and hears the pointer
// move. Fyne hands a move to the topmost Hoverable object and a tap, drag
// or scroll to the topmost Tappable, Draggable or Scrollable one, which the
// catcher is not: those go on to the widgets under it.
type touchCatcher struct {
	widget.BaseWidget
	onMove func()
}

var _ desktop.Hoverable = (*touchCatcher)(nil)

func newTouchCatcher(onMove func()) *touchCatcher {
	c := &touchCatcher{onMove: onMove}
	c.ExtendBaseWidget(c)
	return c
}

// MouseIn is a move of the pointer onto the kiosk.
func (c *touchCatcher) MouseIn(*desktop.MouseEvent) { c.onMove() }

// MouseMoved is a move of the pointer.
func (c *touchCatcher) MouseMoved(*desktop.MouseEvent) { c.onMove() }

// MouseOut does nothing: leaving is not input.
func (c *touchCatcher) MouseOut() {}

func (c *touchCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// shield takes every tap, drag and scroll on the area it covers and calls
// onTouch: it is the backdrop of the attract loop, of the question and of
// the credits, so that the touch that answers them does not also land on
// the map beneath.
type shield struct {
	widget.BaseWidget
	fill    color.Color
	onTouch func()
}

var (
	_ fyne.Tappable   = (*shield)(nil)
	_ fyne.Draggable  = (*shield)(nil)
	_ fyne.Scrollable = (*shield)(nil)
)

func newShield(fill color.Color, onTouch func()) *shield {
	s := &shield{fill: fill, onTouch: onTouch}
	s.ExtendBaseWidget(s)
	return s
}

// Tapped is a touch.
func (s *shield) Tapped(*fyne.PointEvent) { s.onTouch() }

// Dragged is a touch that moves.
func (s *shield) Dragged(*fyne.DragEvent) { s.onTouch() }

// DragEnd does nothing more.
func (s *shield) DragEnd() {}

// Scrolled is a turn of a mouse wheel, which counts as a touch.
func (s *shield) Scrolled(*fyne.ScrollEvent) { s.onTouch() }

func (s *shield) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(s.fill))
}

// placeAt lays its one object out at its minimum size, centred at the
// fractions x and y of the space.
type placeAt struct{ x, y float32 }

func (p placeAt) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (p placeAt) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	m := objs[0].MinSize()
	x := min(max(size.Width*p.x-m.Width/2, 0), max(size.Width-m.Width, 0))
	y := min(max(size.Height*p.y-m.Height/2, 0), max(size.Height-m.Height, 0))
	objs[0].Move(fyne.NewPos(x, y))
	objs[0].Resize(m)
}

// bigText is a line of large type.
func bigText(s string, size float32, c color.Color) *canvas.Text {
	t := canvas.NewText(s, c)
	t.TextSize, t.TextStyle.Bold, t.Alignment = size, true, fyne.TextAlignCenter
	return t
}

// card is a rounded plate of colour fill behind obj, with a margin of m.
func card(fill color.Color, m float32, obj fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(fill)
	bg.CornerRadius = 16
	return container.NewStack(bg, container.New(marginLayout{m}, obj))
}

// marginLayout keeps m pixels free around its objects.
type marginLayout struct{ m float32 }

func (l marginLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(2*l.m, 2*l.m)
}

func (l marginLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(l.m, l.m))
		o.Resize(size.SubtractWidthHeight(2*l.m, 2*l.m))
	}
}

// askPanel is "Still exploring?": a dimmed screen, the question, the
// seconds left in large figures and a button to answer. A touch anywhere
// answers as the button does.
type askPanel struct {
	obj      fyne.CanvasObject
	question *canvas.Text
	number   *canvas.Text
	hint     *widget.Label
	yes      *widget.Button
}

func newAskPanel(onYes func()) *askPanel {
	p := &askPanel{}
	fg := theme.Color(theme.ColorNameForeground)
	p.number = bigText("", 120, theme.Color(theme.ColorNamePrimary))
	p.yes = widget.NewButtonWithIcon("", theme.ConfirmIcon(), onYes)
	p.yes.Importance = widget.HighImportance
	p.hint = widget.NewLabel("")
	p.hint.Alignment = fyne.TextAlignCenter
	p.question = bigText("", 52, fg)
	box := container.NewVBox(p.question, p.number, p.hint, container.NewCenter(p.yes))
	p.obj = container.NewStack(
		newShield(color.NRGBA{A: 0x70}, onYes),
		container.NewCenter(card(theme.Color(theme.ColorNameBackground), 28, box)))
	p.obj.Hide()
	return p
}

// setLanguage writes the panel's words in lang.
func (p *askPanel) setLanguage(lang string) {
	p.question.Text = i18n.T(lang, "kioskui.still")
	p.question.Refresh()
	p.hint.SetText(i18n.T(lang, "kioskui.hint"))
	p.yes.SetText(i18n.T(lang, "kioskui.yes"))
}

// setLeft shows the seconds left.
func (p *askPanel) setLeft(n int) {
	p.number.Text = strconv.Itoa(n)
	p.number.Refresh()
}

// attractBanner covers the screen while the attract loop plays: "Touch to
// explore" in large type on a dark plate at the foot of the screen, with
// the scene the loop shows, its title and its text. A touch anywhere
// wakes the kiosk.
type attractBanner struct {
	obj     fyne.CanvasObject
	touch   *canvas.Text // "Touch to explore"
	caption *canvas.Text
	body    *fyne.Container // the scene's text, a canvas.Text a line
}

// bannerWidth is the widest the scene's text runs on the banner.
const bannerWidth = 1200

var bannerInk = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}

func newAttractBanner(onTouch func()) *attractBanner {
	b := &attractBanner{body: container.NewVBox()}
	b.caption = bigText("", 30, bannerInk)
	b.touch = bigText("Touch to explore", 64, bannerInk)
	plate := card(color.NRGBA{0x10, 0x18, 0x28, 0xE0}, 16,
		container.NewVBox(b.touch, b.caption, b.body))
	// At the foot of the screen, over the bar and the timeline, which the
	// loop does not need: the map, which tells the story, stays clear.
	b.obj = container.NewStack(
		newShield(color.Transparent, onTouch),
		container.New(marginLayout{8}, container.New(placeAt{0.5, 1}, plate)))
	b.setScene("", "")
	b.obj.Hide()
	return b
}

// setLanguage writes "Touch to explore" in lang.
func (b *attractBanner) setLanguage(lang string) {
	b.touch.Text = i18n.T(lang, "kioskui.touch")
	b.touch.Refresh()
}

// setScene shows the title and the text of the scene the loop plays; ""
// shows none.
func (b *attractBanner) setScene(title, text string) {
	b.caption.Text = title
	b.caption.Hidden = title == ""
	b.caption.Refresh()
	var lines []fyne.CanvasObject
	for _, line := range wrapText(text, 22, bannerWidth) {
		t := canvas.NewText(line, bannerInk)
		t.TextSize, t.Alignment = 22, fyne.TextAlignCenter
		lines = append(lines, t)
	}
	b.body.Objects = lines
	b.body.Refresh()
}

// dragLayer lies over a scroll container and scrolls it by dragging, as a
// finger expects: Fyne's scroll containers follow a drag only on mobile.
type dragLayer struct {
	widget.BaseWidget
	scroll *container.Scroll
}

var _ fyne.Draggable = (*dragLayer)(nil)

// newDragLayer returns a layer that scrolls s as a finger drags it. Laid
// over s (or over an area that holds s), it takes every drag there, and
// lets taps and the mouse wheel through.
func newDragLayer(s *container.Scroll) *dragLayer {
	d := &dragLayer{scroll: s}
	d.ExtendBaseWidget(d)
	return d
}

// touchScroll is a vertical scroll of obj that a finger drags.
func touchScroll(obj fyne.CanvasObject) (*container.Scroll, fyne.CanvasObject) {
	s := container.NewVScroll(obj)
	return s, container.NewStack(s, newDragLayer(s))
}

// Dragged moves the content with the finger.
func (d *dragLayer) Dragged(e *fyne.DragEvent) {
	off := d.scroll.Offset
	d.scroll.ScrollToOffset(fyne.NewPos(off.X, off.Y-e.Dragged.DY))
}

// DragEnd does nothing more.
func (d *dragLayer) DragEnd() {}

func (d *dragLayer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}
