package app

import "fyne.io/fyne/v2"

// overflowRow lays its objects out in a row, at their minimum widths and
// the row's height, left to right while they fit; those that do not fit
// are hidden until the row is wide enough again. Its minimum width is its
// first object's, so a small window keeps the most important control and
// the rest stay within reach through the keys and the menu.
type overflowRow struct{ gap float32 }

func (l overflowRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for i, o := range objs {
		m := o.MinSize()
		if i == 0 {
			s.Width = m.Width
		}
		s.Height = max(s.Height, m.Height)
	}
	return s
}

func (l overflowRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	full := false
	for _, o := range objs {
		m := o.MinSize()
		if full || x+m.Width > size.Width+0.5 {
			full = true
			o.Hide()
			continue
		}
		o.Show()
		o.Move(fyne.NewPos(x, (size.Height-m.Height)/2))
		o.Resize(fyne.NewSize(m.Width, m.Height))
		x += m.Width + l.gap
	}
}

// rightRow is an overflowRow packed against its right edge: it keeps its
// last objects and hides the first ones that do not fit.
type rightRow struct{ gap float32 }

func (l rightRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for i, o := range objs {
		m := o.MinSize()
		if i == len(objs)-1 {
			s.Width = m.Width
		}
		s.Height = max(s.Height, m.Height)
	}
	return s
}

func (l rightRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := size.Width
	full := false
	for i := len(objs) - 1; i >= 0; i-- {
		o := objs[i]
		m := o.MinSize()
		if full || x-m.Width < -0.5 {
			full = true
			o.Hide()
			continue
		}
		o.Show()
		x -= m.Width
		o.Move(fyne.NewPos(x, (size.Height-m.Height)/2))
		o.Resize(fyne.NewSize(m.Width, m.Height))
		x -= l.gap
	}
}

// toolbarLayout lays out the toolbar's three parts: the title and views on
// the left, the search box in the middle, the buttons on the right. The
// search box fills what the two rows leave, from 160 to 420 px; when the
// window is too narrow for all, the rows share what is left in proportion
// and hide what does not fit.
type toolbarLayout struct{}

const (
	searchMin = 160
	searchMax = 420
	barGap    = 8
)

// natural is the width a row would take with every object shown.
func natural(o fyne.CanvasObject) float32 {
	c, ok := o.(*fyne.Container)
	if !ok {
		return o.MinSize().Width
	}
	var gap float32
	switch l := c.Layout.(type) {
	case overflowRow:
		gap = l.gap
	case rightRow:
		gap = l.gap
	}
	w := float32(0)
	for i, x := range c.Objects {
		if i > 0 {
			w += gap
		}
		w += x.MinSize().Width
	}
	return w
}

func (toolbarLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(searchMin+2*barGap, 0)
	for _, o := range objs {
		s.Height = max(s.Height, o.MinSize().Height)
		if o != objs[1] {
			s.Width += o.MinSize().Width
		}
	}
	return s
}

func (toolbarLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	left, search, right := objs[0], objs[1], objs[2]
	ln, rn := natural(left), natural(right)
	h := size.Height
	free := size.Width - ln - rn - 2*barGap
	if free < searchMin {
		share := max(size.Width-searchMin-2*barGap, 0)
		ln, rn = share*ln/(ln+rn), share*rn/(ln+rn)
		free = searchMin
	}
	sw := min(free, searchMax)
	left.Move(fyne.NewPos(0, 0))
	left.Resize(fyne.NewSize(ln, h))
	sh := search.MinSize().Height
	search.Move(fyne.NewPos(ln+barGap, (h-sh)/2))
	search.Resize(fyne.NewSize(sw, sh))
	right.Move(fyne.NewPos(size.Width-rn, 0))
	right.Resize(fyne.NewSize(rn, h))
}
