package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"korea1950/app/userstate"
	"korea1950/geodata"
	"korea1950/internal/i18n"
	"korea1950/maps"
)

// saved is one row of the bookmarks panel: a bookmark or a note.
type saved struct {
	bookmark *userstate.Bookmark
	note     *userstate.Note
}

// marks is the side panel of the user's bookmarks (a date and a view
// under a name) and notes (text, about a date and a feature if one was
// selected). They live in the user's state file, which writes each change
// to disk before it returns; the panel only lists and edits them.
type marks struct {
	u      *ui
	rows   []saved
	list   *widget.List
	status *widget.Label
	title  *widget.Label
	addB   *widget.Button
	addN   *widget.Button
	panel  fyne.CanvasObject
	open   bool
}

func newMarks(u *ui) *marks {
	m := &marks{u: u}
	m.list = widget.NewList(func() int { return len(m.rows) }, m.newRow, m.updateRow)
	m.status = widget.NewLabel("")
	m.status.Wrapping = fyne.TextWrapWord
	m.addB = widget.NewButtonWithIcon("", theme.ContentAddIcon(), func() { m.addBookmark("") })
	m.addN = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), m.askNote)
	m.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	closeB := widget.NewButtonWithIcon("", theme.CancelIcon(), m.toggle)
	head := container.NewBorder(nil, nil, nil, closeB, m.title)
	top := container.NewVBox(head, m.addB, m.addN, m.status)
	m.panel = newFixedWidth(380, container.NewBorder(top, nil, nil, nil, m.list))
	m.setLanguage()
	return m
}

// setLanguage writes the panel's texts in the ui's language.
func (m *marks) setLanguage() {
	lang := m.u.lang
	m.title.SetText(i18n.T(lang, "marks.title"))
	m.addB.SetText(i18n.T(lang, "marks.add"))
	m.addN.SetText(i18n.T(lang, "marks.addnote"))
	if m.open {
		m.reload()
	}
}

// store is the user's state, or nil when it could not be opened.
func (m *marks) store() *userstate.Store {
	if m.u.sess == nil {
		return nil
	}
	return m.u.sess.st
}

// toggle shows the panel in the side area, or closes it if it shows.
func (m *marks) toggle() {
	if m.showing() {
		m.open = false
		m.u.showSide(nil)
		return
	}
	m.open = true
	m.reload()
	m.u.showSide(m.panel)
}

// showing says whether the panel is what the side area shows.
func (m *marks) showing() bool {
	r := m.u.right
	return r.Visible() && len(r.Objects) == 1 && r.Objects[0] == m.panel
}

// reload reads the bookmarks and notes again from the store: bookmarks
// first, then notes, each in the order they were made.
func (m *marks) reload() {
	m.rows = nil
	st := m.store()
	m.addB.Enable()
	m.addN.Enable()
	if st == nil {
		m.addB.Disable()
		m.addN.Disable()
		m.say(i18n.T(m.u.lang, "marks.nostore"))
		m.list.Refresh()
		return
	}
	var problems []string
	bs, err := st.Bookmarks()
	if err != nil {
		problems = append(problems, err.Error())
	}
	for i := range bs {
		m.rows = append(m.rows, saved{bookmark: &bs[i]})
	}
	ns, err := st.Notes()
	if err != nil {
		problems = append(problems, err.Error())
	}
	for i := range ns {
		m.rows = append(m.rows, saved{note: &ns[i]})
	}
	switch {
	case len(problems) > 0:
		m.say(strings.Join(problems, "\n"))
	case len(m.rows) == 0:
		m.say(i18n.T(m.u.lang, "marks.empty"))
	default:
		m.say("")
	}
	m.list.Refresh()
}

func (m *marks) say(s string) {
	m.status.SetText(s)
	if s == "" {
		m.status.Hide()
	} else {
		m.status.Show()
	}
}

// fail reports a store error in the panel; the rows stay as they were.
// what is the key of the action that failed.
func (m *marks) fail(what string, err error) {
	m.reload()
	m.say(i18n.Tf(m.u.lang, "marks.failed", i18n.T(m.u.lang, what), err))
}

// addBookmark saves the current date and view under name, or under a
// name made of the date and the view when name is empty.
func (m *marks) addBookmark(name string) {
	st := m.store()
	if st == nil {
		return
	}
	p := position(m.u)
	if name == "" {
		name = bookmarkName(p, m.u.lang)
	}
	if _, err := st.AddBookmark(userstate.Bookmark{Name: name, Date: p.Date, View: p.View}); err != nil {
		m.fail("marks.failsave", err)
		return
	}
	m.reload()
}

// bookmarkName is a new bookmark's name: its day and its view.
func bookmarkName(p userstate.Position, lang string) string {
	name := geodata.FormatDay(p.Date.In(geodata.Seoul), lang)
	if v, ok := maps.ViewByName(p.View.Name); ok {
		name += ", " + i18n.T(lang, "view."+v.Name)
	}
	return name
}

// addNote saves text as a note about the current date and the selection.
func (m *marks) addNote(text string) {
	st := m.store()
	if st == nil || strings.TrimSpace(text) == "" {
		return
	}
	n := userstate.Note{Text: text, Date: m.u.tl.Value()}
	if m.u.selected != nil {
		n.Feature = m.u.selected.ID
	}
	if _, err := st.AddNote(n); err != nil {
		m.fail("marks.failnote", err)
		return
	}
	m.reload()
}

// rename gives row i a new name (a bookmark) or text (a note).
func (m *marks) rename(i int, text string) {
	st := m.store()
	if st == nil || i < 0 || i >= len(m.rows) || strings.TrimSpace(text) == "" {
		return
	}
	var err error
	if r := m.rows[i]; r.bookmark != nil {
		err = st.RenameBookmark(r.bookmark.ID, text)
	} else {
		err = st.UpdateNote(r.note.ID, text)
	}
	if err != nil {
		m.fail("marks.failchange", err)
		return
	}
	m.reload()
}

// remove deletes row i from the store.
func (m *marks) remove(i int) {
	st := m.store()
	if st == nil || i < 0 || i >= len(m.rows) {
		return
	}
	var err error
	if r := m.rows[i]; r.bookmark != nil {
		err = st.DeleteBookmark(r.bookmark.ID)
	} else {
		err = st.DeleteNote(r.note.ID)
	}
	if err != nil {
		m.fail("marks.faildelete", err)
		return
	}
	m.reload()
}

// jump goes to row i: a bookmark's date and view, or a note's date and
// feature (selected, when it is still in the data).
func (m *marks) jump(i int) {
	if i < 0 || i >= len(m.rows) {
		return
	}
	u := m.u
	if b := m.rows[i].bookmark; b != nil {
		u.tl.SetValue(b.Date)
		if v, named := maps.ViewByName(b.View.Name); named {
			u.showView(v)
		} else if b.View.Validate() == nil {
			u.m.SetCentre(orb.Point{b.View.Lon, b.View.Lat}, b.View.MetresPerPixel)
			u.markView(maps.View{})
		}
		return
	}
	n := m.rows[i].note
	if !n.Date.IsZero() {
		u.tl.SetValue(n.Date)
	}
	if n.Feature != "" && u.store != nil {
		if f := u.store.ByID(n.Feature); f != nil {
			u.selectFeature(f, fromTimeline)
		}
	}
}

// rowText is what row r says: the name or the note, and its date.
func (m *marks) rowText(r saved) (title, sub string) {
	if r.bookmark != nil {
		return r.bookmark.Name, i18n.T(m.u.lang, "marks.bookmark") + " · " + geodata.FormatDay(r.bookmark.Date.In(geodata.Seoul), m.u.lang)
	}
	title, _, _ = strings.Cut(r.note.Text, "\n")
	sub = i18n.T(m.u.lang, "marks.note")
	if !r.note.Date.IsZero() {
		sub += " · " + geodata.FormatDay(r.note.Date.In(geodata.Seoul), m.u.lang)
	}
	if r.note.Feature != "" {
		sub += " · " + r.note.Feature
	}
	return title, sub
}

// markRow is one row: the text, and buttons to go, rename and delete.
type markRow struct {
	widget.BaseWidget
	title, sub         *widget.Label
	goB, renameB, delB *widget.Button
}

func (m *marks) newRow() fyne.CanvasObject {
	r := &markRow{title: widget.NewLabel("2 October 1950, peninsula"), sub: widget.NewLabel("Bookmark")}
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.sub.Truncation = fyne.TextTruncateEllipsis
	r.sub.SizeName = theme.SizeNameCaptionText
	r.goB = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), nil)
	r.renameB = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), nil)
	r.delB = widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer lays the row out: its text, then its buttons.
func (r *markRow) CreateRenderer() fyne.WidgetRenderer {
	buttons := container.NewHBox(r.goB, r.renameB, r.delB)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, buttons, container.NewVBox(r.title, r.sub)))
}

func (m *marks) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*markRow)
	title, sub := m.rowText(m.rows[id])
	r.title.SetText(title)
	r.sub.SetText(sub)
	r.goB.OnTapped = func() { m.jump(id) }
	r.renameB.OnTapped = func() { m.askRename(id) }
	r.delB.OnTapped = func() { m.askDelete(id) }
}

// askNote asks for a note's text.
func (m *marks) askNote() {
	m.ask(i18n.T(m.u.lang, "marks.addnote"), "", m.addNote)
}

// askRename asks for row i's new name or text.
func (m *marks) askRename(i int) {
	title, text := i18n.T(m.u.lang, "marks.rename"), ""
	if r := m.rows[i]; r.bookmark != nil {
		text = r.bookmark.Name
	} else {
		title, text = i18n.T(m.u.lang, "marks.edit"), r.note.Text
	}
	m.ask(title, text, func(s string) { m.rename(i, s) })
}

// askDelete asks before deleting row i: the user's own data is not lost
// by a slip of the finger.
func (m *marks) askDelete(i int) {
	c := m.u.canvas
	if c == nil {
		return
	}
	title, _ := m.rowText(m.rows[i])
	lang := m.u.lang
	d := dialog.NewConfirm(i18n.T(lang, "marks.delete"), i18n.Tf(lang, "marks.deleteask", title), func(ok bool) {
		if ok {
			m.remove(i)
		}
	}, windowOf(c))
	d.SetConfirmText(i18n.T(lang, "marks.delete"))
	d.SetDismissText(i18n.T(lang, "marks.cancel"))
	d.Show()
}

// ask shows a dialog with a text box.
func (m *marks) ask(title, text string, done func(string)) {
	c := m.u.canvas
	if c == nil {
		return
	}
	e := widget.NewMultiLineEntry()
	e.SetText(text)
	e.SetMinRowsVisible(3)
	d := dialog.NewForm(title, i18n.T(m.u.lang, "marks.save"), i18n.T(m.u.lang, "marks.cancel"), []*widget.FormItem{widget.NewFormItem("", e)}, func(ok bool) {
		if ok {
			done(e.Text)
		}
	}, windowOf(c))
	d.Resize(fyne.NewSize(480, 260))
	d.Show()
	c.Focus(e)
}

// windowOf finds the window whose canvas is c.
func windowOf(c fyne.Canvas) fyne.Window {
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w.Canvas() == c {
			return w
		}
	}
	return nil
}
