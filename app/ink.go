package app

import (
	"image"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"korea1950/timeline/playback"
)

// How the ink looks and fades, in device-independent pixels.
const (
	// inkFade is how long the laser's trail, and its dot once the mouse
	// stops, take to fade out.
	inkFade = 3 * time.Second
	// inkFrame is how often fading ink is redrawn.
	inkFrame = time.Second / 30
	// inkTrailMax caps the trail's points (a fast mouse over three seconds).
	inkTrailMax = 512

	penWidth    = 6
	laserWidth  = 8 // the trail's newest end; it thins to a third as it fades
	laserDot    = 9 // the dot's radius
	inkCasing   = 2 // the white edge around the pen's strokes and the dot
	laserGlowed = 2.2
)

// Colours of the ink: the laser red as a laser pointer is; the pen a
// saturated magenta, darker and stronger than any side's colour on the
// map. Both have a white edge, so that they read on the sea, the land and
// the tints of held ground alike.
var (
	colorLaser = color.NRGBA{0xFF, 0x10, 0x10, 0xFF}
	colorPen   = color.NRGBA{0xD0, 0x00, 0x78, 0xFF}
	colorEdge  = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
)

// ink is the lecturer's layer above the map in presenter mode. With the
// pen off it is a laser pointer: a red dot follows the mouse and leaves a
// trail that fades out over inkFade, and a drag pans the map below (OnPan).
// With the pen on, a drag draws a stroke that stays until Clear, which
// presenter mode calls at each scene change. Taps and scrolls fall through
// to the map. The fading is driven by a Clock: a ticker runs only while
// something fades, and its goroutine ends when nothing is left.
type ink struct {
	widget.BaseWidget

	// OnPan, if set, gets the drags made with the pen off.
	OnPan func(*fyne.DragEvent)

	clock playback.Clock
	do    func(func())

	pen     bool
	strokes [][]fyne.Position // the pen's strokes; the last is being drawn while drawing
	drawing bool
	trail   []inkPoint // the laser's trail, oldest first; its last point is the dot
	hover   bool       // the mouse is over the ink

	ticking bool
	stop    chan struct{}
	ticker  playback.Ticker
	gen     int

	raster *canvas.Raster
	img    *image.RGBA
	masks  [3][]uint8 // edge, pen, laser coverage, reused between frames
}

type inkPoint struct {
	at fyne.Position
	t  time.Time
}

var (
	_ fyne.Widget        = (*ink)(nil)
	_ desktop.Hoverable  = (*ink)(nil)
	_ desktop.Cursorable = (*ink)(nil)
	_ fyne.Draggable     = (*ink)(nil)
)

// newInk returns an ink layer that fades on clock and changes itself on
// the UI goroutine through do.
func newInk(clock playback.Clock, do func(func())) *ink {
	i := &ink{clock: clock, do: do}
	i.ExtendBaseWidget(i)
	return i
}

// SetPen turns the pen on (a drag draws) or off (the laser follows the
// mouse and a drag pans).
func (i *ink) SetPen(on bool) {
	i.pen, i.drawing = on, false
	i.Refresh()
}

// Pen reports whether the pen is on.
func (i *ink) Pen() bool { return i.pen }

// Strokes returns how many pen strokes are drawn.
func (i *ink) Strokes() int { return len(i.strokes) }

// Trail returns how many points of the laser's trail are still fading.
func (i *ink) Trail() int { return len(i.trail) }

// Clear wipes the pen's strokes and the laser's trail.
func (i *ink) Clear() {
	i.strokes, i.trail, i.drawing = nil, nil, false
	i.halt()
	i.Refresh()
}

// Stop wipes the ink and stops its ticker, for good or until used again.
func (i *ink) Stop() { i.Clear() }

// Cursor hides the system's pointer while the laser's dot stands for it,
// and shows a crosshair for the pen.
func (i *ink) Cursor() desktop.Cursor {
	if i.pen {
		return desktop.CrosshairCursor
	}
	return desktop.HiddenCursor
}

// MouseIn starts the laser where the mouse enters.
func (i *ink) MouseIn(e *desktop.MouseEvent) {
	i.hover = true
	i.MouseMoved(e)
}

// MouseMoved adds the mouse's position to the laser's trail.
func (i *ink) MouseMoved(e *desktop.MouseEvent) {
	if i.pen {
		return
	}
	i.trail = append(i.trail, inkPoint{e.Position, i.clock.Now()})
	if n := len(i.trail) - inkTrailMax; n > 0 {
		i.trail = append(i.trail[:0], i.trail[n:]...)
	}
	i.start()
	i.Refresh()
}

// MouseOut lets the laser's trail fade.
func (i *ink) MouseOut() { i.hover = false }

// Dragged draws with the pen, or pans the map with the pen off.
func (i *ink) Dragged(e *fyne.DragEvent) {
	if !i.pen {
		if i.OnPan != nil {
			i.OnPan(e)
		}
		return
	}
	if !i.drawing {
		start := e.Position.Subtract(fyne.NewPos(e.Dragged.DX, e.Dragged.DY))
		i.strokes = append(i.strokes, []fyne.Position{start})
		i.drawing = true
	}
	last := &i.strokes[len(i.strokes)-1]
	*last = append(*last, e.Position)
	i.Refresh()
}

// DragEnd ends a pen stroke.
func (i *ink) DragEnd() { i.drawing = false }

// start runs the fading ticker if it is not running.
func (i *ink) start() {
	if i.ticking {
		return
	}
	i.ticking = true
	i.gen++
	i.stop = make(chan struct{})
	i.ticker = i.clock.NewTicker(inkFrame)
	// Each tick has the ink fade on the UI goroutine, until halt.
	gen := i.gen
	go playback.Every(i.ticker, i.stop, func() { i.do(func() { i.fade(gen) }) })
}

// halt stops the ticker; its goroutine ends at once if it is waiting,
// or once it has handled the tick in hand.
func (i *ink) halt() {
	if i.ticking {
		i.ticking = false
		close(i.stop)
		i.ticker.Stop()
		i.ticker = nil
	}
}

// fade drops the trail's points older than inkFade and redraws; with
// nothing left, it stops the ticker.
func (i *ink) fade(gen int) {
	if gen != i.gen || !i.ticking {
		return
	}
	now := i.clock.Now()
	n := 0
	for n < len(i.trail) && now.Sub(i.trail[n].t) >= inkFade {
		n++
	}
	i.trail = i.trail[n:]
	i.Refresh()
	// Halting last: a FakeClock lets its Advance return as soon as the
	// ticker stops, and nothing may be touched after that.
	if len(i.trail) == 0 {
		i.trail = nil
		i.halt()
	}
}

// CreateRenderer draws the ink as one raster.
func (i *ink) CreateRenderer() fyne.WidgetRenderer {
	i.raster = canvas.NewRaster(i.paint)
	i.raster.ScaleMode = canvas.ImageScalePixels
	return &inkRenderer{i: i}
}

type inkRenderer struct{ i *ink }

func (r *inkRenderer) Layout(s fyne.Size)           { r.i.raster.Resize(s) }
func (r *inkRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *inkRenderer) Refresh()                     { canvas.Refresh(r.i.raster) }
func (r *inkRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.i.raster} }
func (r *inkRenderer) Destroy()                     {}
