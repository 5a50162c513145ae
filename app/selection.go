package app

import (
	"fyne.io/fyne/v2"

	"korea1950/geodata"
)

// origin says where a selection was made, which decides what follows it.
type origin int

const (
	fromMap      origin = iota // a tap on the main map
	fromCompare                // a tap on the compare view's second map
	fromTimeline               // a tap on a marker or arrow of the timeline
	fromSearch                 // a search result
	fromPanel                  // the details panel's close button
	fromReload                 // the data was loaded again
	fromStart                  // -select on the command line
	fromStory                  // a story's scene, which sets the date and view itself
)

// selectFeature makes f the selection (nil clears it), linked both ways:
//   - the map and the timeline highlight it, and the details panel shows it;
//   - selected on a map (or found by search), the timeline moves to its
//     date, unless it is already showing at the current moment;
//   - selected on the timeline (or found), the map pans to it if it is off
//     the screen (but for a message, whose arc and edge markers show it
//     from anywhere).
func (u *ui) selectFeature(f *geodata.Feature, from origin) {
	u.selected = f
	id := ""
	if f != nil {
		id = f.ID
	}
	u.m.Select(id)
	if u.cmp != nil {
		u.cmp.Select(id)
	}
	u.tl.Select(id)
	if f == nil {
		u.showSide(nil)
		return
	}
	u.det.Show(f, u.store)
	u.showSide(u.det.Object())
	switch from {
	case fromMap, fromSearch, fromStart:
		if f.Kind != geodata.KindPlace && !f.Active(u.tl.Value()) {
			u.tl.SetValue(f.From) // the timeline holds it inside its span
		}
	}
	// A message's ends may be half a world apart; its arc and edge
	// markers show it wherever the map is, so the map stays put.
	switch from {
	case fromTimeline, fromSearch, fromStart:
		if f.Kind != geodata.KindMessage {
			u.m.Reveal(f)
		}
	}
}

// showSide shows obj in the side panel; nil shows the details of the
// selection, or closes the panel when nothing is selected.
func (u *ui) showSide(obj fyne.CanvasObject) {
	if obj == nil && u.selected != nil {
		obj = u.det.Object()
	}
	obj = u.withCaption(obj)
	if obj == nil {
		u.right.Objects = nil
		u.right.Hide()
	} else {
		u.right.Objects = []fyne.CanvasObject{obj}
		u.right.Show()
	}
	u.right.Refresh()
}
