package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// keyEntry is a text box that gives the keys back on Escape: it empties
// itself and lets go of the focus, so that the arrows step the timeline
// again at once.
type keyEntry struct {
	widget.Entry
	// canvas is the window's canvas, to let go of the focus; nil when
	// rendering.
	canvas func() fyne.Canvas
}

func newKeyEntry(canvas func() fyne.Canvas) *keyEntry {
	e := &keyEntry{canvas: canvas}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey handles Escape, and passes every other key to the entry.
func (e *keyEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name != fyne.KeyEscape {
		e.Entry.TypedKey(k)
		return
	}
	e.SetText("")
	if c := e.canvas(); c != nil {
		c.Unfocus()
	}
}
