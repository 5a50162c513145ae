package timeline

import (
	"math"
	"time"

	"fyne.io/fyne/v2"

	"korea1950/geodata"
)

// dragKind is what a drag in progress does.
type dragKind int

const (
	dragNone  dragKind = iota
	dragScrub          // begun on the ruler: moves the value
	dragPan            // begun on the body: moves the window
)

// Wheel zoom: one notch of a mouse wheel is a Scrolled DY of about 10
// and zooms by wheelStep.
const (
	wheelNotch = 10
	wheelStep  = 0.8
	hitSlop    = 4 // pixels around a marker or an arrow that still hit it
)

// onRuler reports whether y falls on the ruler, where a drag scrubs.
func onRuler(y float32) bool { return y >= headerH && y < headerH+rulerH }

// Tapped selects the marker or arrow under the pointer, or moves the
// value to the instant under it.
func (tl *Timeline) Tapped(e *fyne.PointEvent) {
	if e.Position.Y < headerH {
		return
	}
	if f := tl.hit(e.Position); f != nil {
		tl.selected = f.ID
		tl.SetValue(f.From)
		tl.changed()
		if tl.OnSelect != nil {
			tl.OnSelect(f)
		}
		return
	}
	tl.SetValue(tl.instantAt(e.Position.X))
}

// Dragged scrubs the value if the drag began on the ruler, and pans the
// window if it began anywhere else below the header.
func (tl *Timeline) Dragged(e *fyne.DragEvent) {
	if tl.drag == dragNone {
		start := e.Position.Subtract(e.Dragged)
		switch {
		case start.Y < headerH:
			return
		case onRuler(start.Y):
			tl.drag = dragScrub
		default:
			tl.drag = dragPan
		}
	}
	switch tl.drag {
	case dragScrub:
		tl.SetValue(tl.instantAt(e.Position.X))
	case dragPan:
		g := tl.geometry(tl.Size().Width)
		tl.Pan(-float64(e.Dragged.DX) / float64(g.x1-g.x0))
	}
}

// DragEnd ends a scrub or a pan.
func (tl *Timeline) DragEnd() { tl.drag = dragNone }

// Scrolled zooms about the pointer with the wheel (DY) and pans with a
// horizontal wheel or a trackpad's sideways swipe (DX).
func (tl *Timeline) Scrolled(e *fyne.ScrollEvent) {
	g := tl.geometry(tl.Size().Width)
	if e.Scrolled.DY != 0 {
		keep := g.t(min(max(e.Position.X, g.x0), g.x1))
		tl.zoomAbout(keep, math.Pow(wheelStep, float64(e.Scrolled.DY)/wheelNotch))
	}
	if e.Scrolled.DX != 0 {
		tl.Pan(-float64(e.Scrolled.DX) / float64(g.x1-g.x0))
	}
}

// instantAt returns the instant under x, rounded as the zoom allows: the
// noon of the day when a pixel spans three hours or more, the hour when
// it spans five minutes or more, else the minute.
func (tl *Timeline) instantAt(x float32) time.Time {
	g := tl.geometry(tl.Size().Width)
	t := g.t(min(max(x, g.x0), g.x1))
	perPixel := time.Duration(float64(tl.to.Sub(tl.from)) / float64(g.x1-g.x0))
	switch {
	case perPixel >= 3*time.Hour:
		return geodata.Noon(t)
	case perPixel >= 5*time.Minute:
		return t.Round(time.Hour)
	}
	return t.Round(time.Minute)
}

// hit returns the feature whose marker or arrow lies under p, the
// nearest if several do; markers win over arrows.
func (tl *Timeline) hit(p fyne.Position) *geodata.Feature {
	if p.Y < bodyTop {
		return nil
	}
	// The scene as drawn now: built again, as taps are rare.
	s := tl.buildScene(tl.Size(), measure)
	var best *geodata.Feature
	bestD := float32(math.MaxFloat32)
	for _, m := range s.markers {
		d := dist(p.X, p.Y, m.x, m.y)
		if d <= m.r+hitSlop && d < bestD {
			best, bestD = m.f, d
		}
	}
	if best != nil {
		return best
	}
	for _, a := range s.arrows {
		for i := 0; i+1 < len(a.pts); i++ {
			d := segmentDist(p, a.pts[i], a.pts[i+1])
			if d <= hitSlop && d < bestD {
				best, bestD = a.f, d
			}
		}
	}
	return best
}

func dist(x0, y0, x1, y1 float32) float32 {
	return float32(math.Hypot(float64(x1-x0), float64(y1-y0)))
}

// segmentDist is the distance from p to the segment ab.
func segmentDist(p, a, b fyne.Position) float32 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return dist(p.X, p.Y, a.X, a.Y)
	}
	u := min(max(((p.X-a.X)*dx+(p.Y-a.Y)*dy)/l2, 0), 1)
	return dist(p.X, p.Y, a.X+u*dx, a.Y+u*dy)
}
