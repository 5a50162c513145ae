package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// sweeper does for a test what Fyne's driver does a minute after a widget
// has left the screen: it destroys the widget's renderer, which Fyne's
// cache keeps until then. That cache runs on the wall clock, which a day
// on a fake clock never lets pass: without the sweeper every widget the
// kiosk made and dropped (the details of each selection, each compare
// map) would stay in memory and look like a leak.
//
// look, called often, notes the widgets that have left the window since
// the last look; flush destroys their renderers, unless they are back.
// Fyne destroys a renderer only for a test that ends (test.TempWidgetRenderer),
// so flush runs a short subtest.
type sweeper struct {
	seen, gone map[fyne.Widget]bool
}

func newSweeper() *sweeper {
	return &sweeper{seen: map[fyne.Widget]bool{}, gone: map[fyne.Widget]bool{}}
}

// look notes the widgets that were in w at the last look and are no
// longer, shown or hidden.
func (s *sweeper) look(w fyne.Window) {
	now := make(map[fyne.Widget]bool, len(s.seen))
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			now[x] = true
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(w.Canvas().Content())
	for _, o := range w.Canvas().Overlays().List() {
		walk(o)
	}
	for wid := range s.seen {
		if !now[wid] {
			s.gone[wid] = true
		}
	}
	for wid := range now {
		delete(s.gone, wid)
	}
	s.seen = now
}

// flush destroys the renderers of the widgets gone from w.
func (s *sweeper) flush(t *testing.T, w fyne.Window) {
	s.look(w)
	t.Run("renderers of the widgets gone", func(t *testing.T) {
		for wid := range s.gone {
			test.TempWidgetRenderer(t, wid)
		}
	})
	clear(s.gone)
}
