package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
)

// searchLimit is how many results the search box lists.
const searchLimit = 12

// searchBox finds places, formations, events and people as the user types,
// and lists them under the box; choosing one selects it as a tap on the
// map would.
type searchBox struct {
	u     *ui
	entry *widget.Entry
	list  *widget.List
	pop   *widget.PopUp
	hits  []geodata.Hit
}

func newSearchBox(u *ui) *searchBox {
	s := &searchBox{u: u, entry: widget.NewEntry()}
	s.entry.SetPlaceHolder("Search places, units, events, people")
	s.entry.OnChanged = s.changed
	s.entry.OnSubmitted = func(string) {
		if len(s.hits) > 0 {
			s.choose(0)
		}
	}
	s.list = widget.NewList(
		func() int { return len(s.hits) },
		func() fyne.CanvasObject { return widget.NewLabel("Kim Il-sung asks Stalin for help, 1 October") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(hitText(s.hits[i])) },
	)
	s.list.OnSelected = func(i widget.ListItemID) { s.choose(i) }
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
	if len(s.hits) == 0 || s.u.canvas == nil {
		s.hide()
		return
	}
	if s.pop == nil {
		s.pop = widget.NewPopUp(container.NewStack(s.list), s.u.canvas)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.entry)
	rows := float32(min(len(s.hits), 8))
	s.pop.Resize(fyne.NewSize(max(s.entry.Size().Width, 420), rows*s.list.MinSize().Height+8))
	s.pop.ShowAtPosition(pos.Add(fyne.NewPos(0, s.entry.Size().Height)))
	// The pop-up must not take the keys from the box.
	s.u.canvas.Focus(s.entry)
}

func (s *searchBox) hide() {
	if s.pop != nil {
		s.pop.Hide()
	}
}

// choose selects the i-th result, clears the box and closes the list.
func (s *searchBox) choose(i int) {
	if i < 0 || i >= len(s.hits) {
		return
	}
	h := s.hits[i]
	s.hide()
	s.entry.SetText("")
	if h.Feature != nil {
		s.u.selectFeature(h.Feature, fromSearch)
	}
	if c := s.u.canvas; c != nil {
		c.Unfocus()
	}
}

// hitText is one line of the result list: what it is and what matched.
func hitText(h geodata.Hit) string {
	t := h.Text
	if h.Feature != nil && h.Feature.Title != "" && h.Feature.Title != t {
		t += " — " + h.Feature.Title
	}
	return h.Kind + ": " + t
}
