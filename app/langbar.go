package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/internal/fonts"
	"korea1950/internal/i18n"
)

// langBar is the toolbar's language switch: each language named in itself
// ("English", "한국어", "中文") and drawn in its own font, so that a reader
// finds their language whatever the window shows and whatever fonts the
// system has; the current one is marked. While Korean or Chinese shows, it
// adds the note "draft translation" in that language: no native-speaking
// historian has reviewed those texts.
type langBar struct {
	widget.BaseWidget
	lang   string
	onPick func(lang string)
	names  []*canvas.Text
	mark   *canvas.Rectangle
	draft  *canvas.Text
}

func newLangBar(onPick func(string)) *langBar {
	b := &langBar{lang: "en", onPick: onPick, mark: canvas.NewRectangle(color.Transparent), draft: canvas.NewText("", nil)}
	for _, l := range i18n.Languages {
		t := canvas.NewText(i18n.Native(l), nil)
		t.FontSource = fonts.For(l, false)
		b.names = append(b.names, t)
	}
	b.draft.TextStyle.Bold = true
	b.ExtendBaseWidget(b)
	return b
}

// setLanguage marks lang as the current language.
func (b *langBar) setLanguage(lang string) {
	b.lang = lang
	b.Refresh()
}

// Draft is the note shown, or "" in English.
func (b *langBar) Draft() string {
	if !i18n.Draft(b.lang) {
		return ""
	}
	return b.draft.Text
}

// Tapped picks the language named under the pointer.
func (b *langBar) Tapped(e *fyne.PointEvent) {
	for i, t := range b.names {
		x := t.Position().X - langPad
		if e.Position.X >= x && e.Position.X < x+t.MinSize().Width+2*langPad {
			if l := i18n.Languages[i]; l != b.lang && b.onPick != nil {
				b.onPick(l)
			}
			return
		}
	}
}

// Cursor shows a hand over the switch.
func (b *langBar) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer lays the names out in a row, then the note.
func (b *langBar) CreateRenderer() fyne.WidgetRenderer {
	objs := []fyne.CanvasObject{b.mark}
	for _, t := range b.names {
		objs = append(objs, t)
	}
	objs = append(objs, b.draft)
	r := &langBarRenderer{b: b, objs: objs}
	r.Refresh()
	return r
}

// langPad is the room round each name.
const langPad = 6

type langBarRenderer struct {
	b    *langBar
	objs []fyne.CanvasObject
}

func (r *langBarRenderer) Destroy()                     {}
func (r *langBarRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *langBarRenderer) MinSize() fyne.Size {
	w, h := float32(0), float32(0)
	for _, t := range r.b.names {
		s := t.MinSize()
		w += s.Width + 2*langPad
		h = max(h, s.Height)
	}
	if r.b.draft.Visible() {
		// The note, and room after it at the window's edge.
		w += langPad + r.b.draft.MinSize().Width + 2*langPad
	}
	return fyne.NewSize(w, h+2*theme.InnerPadding())
}

func (r *langBarRenderer) Layout(size fyne.Size) {
	x := float32(0)
	for i, t := range r.b.names {
		s := t.MinSize()
		t.Move(fyne.NewPos(x+langPad, (size.Height-s.Height)/2))
		t.Resize(s)
		if i18n.Languages[i] == r.b.lang {
			r.b.mark.Move(fyne.NewPos(x, (size.Height-s.Height)/2-3))
			r.b.mark.Resize(fyne.NewSize(s.Width+2*langPad, s.Height+6))
		}
		x += s.Width + 2*langPad
	}
	d := r.b.draft
	s := d.MinSize()
	d.Move(fyne.NewPos(x+langPad, (size.Height-s.Height)/2))
	d.Resize(s)
}

func (r *langBarRenderer) Refresh() {
	b := r.b
	th := b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	size := th.Size(theme.SizeNameText)
	for i, t := range b.names {
		t.TextSize = size
		t.Color = th.Color(theme.ColorNameForeground, v)
		t.TextStyle.Bold = i18n.Languages[i] == b.lang
		if t.TextStyle.Bold {
			t.Color = th.Color(theme.ColorNameForegroundOnPrimary, v)
			// The bold weight of the language's own font.
			t.FontSource = fonts.For(i18n.Languages[i], true)
		} else {
			t.FontSource = fonts.For(i18n.Languages[i], false)
		}
		t.Refresh()
	}
	b.mark.FillColor = th.Color(theme.ColorNamePrimary, v)
	b.mark.CornerRadius = th.Size(theme.SizeNameInputRadius)
	b.mark.Refresh()
	b.draft.Text = i18n.T(b.lang, "lang.draft")
	b.draft.TextSize = size
	b.draft.Color = th.Color(theme.ColorNameWarning, v)
	if i18n.Draft(b.lang) {
		b.draft.Show()
	} else {
		b.draft.Hide()
	}
	b.draft.Refresh()
	r.Layout(b.Size())
}
