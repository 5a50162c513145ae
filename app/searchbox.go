package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/internal/i18n"
)

// searchLimit is how many results the search box lists.
const searchLimit = 12

// searchBox finds places, formations, events and people as the user types,
// and lists them in the side panel, where the details of a selection go;
// choosing one selects it as a tap on the map would. (A pop-up list would
// take the keys from the box while it shows.)
type searchBox struct {
	u     *ui
	entry *keyEntry
	list  *widget.List
	title *widget.Label
	panel fyne.CanvasObject
	hits  []geodata.Hit
}

func newSearchBox(u *ui) *searchBox {
	s := &searchBox{u: u, entry: newKeyEntry(func() fyne.Canvas { return u.canvas })}
	s.entry.SetPlaceHolder(i18n.T(u.lang, "search.placeholder"))
	s.entry.OnChanged = s.changed
	s.entry.OnSubmitted = func(string) {
		if len(s.hits) > 0 {
			s.choose(0)
		}
	}
	s.list = widget.NewList(
		func() int { return len(s.hits) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Kim Il-sung asks Stalin for help, 1 October")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(hitText(s.hits[i], s.u.lang))
		},
	)
	s.list.OnSelected = func(i widget.ListItemID) { s.choose(i) }
	s.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.title.Wrapping = fyne.TextWrapWord
	panel := container.NewBorder(s.title, nil, nil, nil, s.list)
	s.panel = newFixedWidth(380, panel)
	return s
}

// Object is the box for the toolbar.
func (s *searchBox) Object() fyne.CanvasObject { return s.entry }

// focus puts the cursor in the box.
func (s *searchBox) focus() {
	if c := s.u.canvas; c != nil {
		c.Focus(s.entry)
	}
}

// results runs the query over the loaded features.
func (s *searchBox) results(q string) []geodata.Hit {
	if s.u.store == nil {
		return nil
	}
	return geodata.Search(s.u.store.Features(), q, s.u.lang, searchLimit)
}

func (s *searchBox) changed(q string) {
	s.hits = s.results(q)
	s.list.UnselectAll()
	s.list.Refresh()
	if strings.TrimSpace(q) == "" {
		s.hide()
		return
	}
	s.retitle(q)
	s.u.showSide(s.panel)
}

// setLanguage shows the box and its results in the ui's language.
func (s *searchBox) setLanguage() {
	s.entry.SetPlaceHolder(i18n.T(s.u.lang, "search.placeholder"))
	if q := s.entry.Text; strings.TrimSpace(q) != "" {
		s.hits = s.results(q)
		s.list.Refresh()
		s.retitle(q)
	}
}

// retitle says above the results what was found for q.
func (s *searchBox) retitle(q string) {
	lang := s.u.lang
	switch len(s.hits) {
	case 0:
		s.title.SetText(i18n.Tf(lang, "search.none", q))
	case searchLimit:
		s.title.SetText(i18n.Tf(lang, "search.first", searchLimit, q))
	default:
		s.title.SetText(i18n.Tf(lang, "search.found", len(s.hits), q))
	}
}

// hide puts the side panel back as it was: the selection's details, or
// nothing.
func (s *searchBox) hide() {
	s.u.showSide(nil)
}

// choose selects the i-th result, clears the box and closes the list.
func (s *searchBox) choose(i int) {
	if i < 0 || i >= len(s.hits) {
		return
	}
	h := s.hits[i]
	s.entry.SetText("")
	if h.Feature != nil {
		s.u.selectFeature(h.Feature, fromSearch)
	}
	if c := s.u.canvas; c != nil {
		c.Unfocus()
	}
}

// hitKinds are the keys of the kinds of results.
var hitKinds = map[string]string{
	"place": "hit.place", "front": "hit.front", "area": "hit.area", "unit": "hit.unit", "move": "hit.move",
	"event": "hit.event", "decision": "hit.decision", "message": "hit.message", geodata.KindPerson: "hit.person",
}

// hitText is one line of the result list in lang: what it is and what
// matched.
func hitText(h geodata.Hit, lang string) string {
	t := h.Text
	if h.Feature != nil {
		if title := h.Feature.TitleIn(lang); title != "" && title != t {
			t += " — " + title
		}
	}
	kind := h.Kind
	if k, ok := hitKinds[kind]; ok {
		kind = i18n.T(lang, k)
	}
	return kind + ": " + t
}

// fixedWidth shows obj at a fixed width and the height it is given.
type fixedWidth struct {
	widget.BaseWidget
	width float32
	obj   fyne.CanvasObject
}

func newFixedWidth(width float32, obj fyne.CanvasObject) *fixedWidth {
	f := &fixedWidth{width: width, obj: obj}
	f.ExtendBaseWidget(f)
	return f
}

// CreateRenderer lays obj out at the fixed width.
func (f *fixedWidth) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(fixedWidthLayout{f.width}, f.obj))
}

type fixedWidthLayout struct{ width float32 }

func (l fixedWidthLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(l.width, objs[0].MinSize().Height)
}

func (l fixedWidthLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}
