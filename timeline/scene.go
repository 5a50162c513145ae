package timeline

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"

	"korea1950/geodata"
	"korea1950/internal/palette"
)

// Layout of the timeline, top to bottom, in device-independent pixels.
const (
	pad            = 16  // space left and right of the axis
	gutter         = 150 // room for the lane names in ModeSignals
	headerH        = 56  // the date, large, and the zoom buttons
	rulerH         = 48  // ticks, their labels and the context labels; a finger's height, to scrub by touch
	eraH           = 22  // the band of eras
	bodyTop        = headerH + rulerH + eraH
	headerDateSize = 30 // the current date, legible from the back row
	buttonW        = 48
	rowPitch       = 14 // a row of markers in ModeEvents
	markR          = 5  // a marker's radius
	densityH       = 20 // the density strip under the markers
	minRows        = 6  // rows of markers at the least
	minLaneH       = 26 // a swimlane at the least: ten lanes leave the map room on a laptop
	eraText        = 12
	laneText       = 12
	noteText       = 11 // labels of arrows and marks in ModeSignals
	bottomPad      = 4
)

// Colours of the timeline's own marks; sides take palette.Side.
var (
	colorTick    = color.NRGBA{0x80, 0x8A, 0x96, 0xFF}
	colorEraA    = color.NRGBA{0x80, 0x80, 0x80, 0x1A}
	colorEraB    = color.NRGBA{0x80, 0x80, 0x80, 0x38}
	colorLane    = color.NRGBA{0x80, 0x80, 0x80, 0x14}
	colorDensity = color.NRGBA{0x6B, 0x6B, 0x6B, 0xA0}
	colorRule    = color.NRGBA{0x80, 0x80, 0x80, 0x60}
)

// shape is how a marker is drawn: by kind, so that colour (the side) is
// never the only cue.
type shape int

const (
	circle   shape = iota // an event
	diamond               // a decision
	triangle              // a message, pointing the way it goes
)

// rect is a filled rectangle of the body: an era band, a lane, a tick, a
// density bar, the span of an event.
type rect struct {
	x0, y0, x1, y1 float32
	col            color.NRGBA
}

// marker is one event, decision or message mark.
type marker struct {
	f        *geodata.Feature
	x, y, r  float32
	shape    shape
	col      color.NRGBA
	hollow   bool // an unsent draft
	selected bool
}

// arrow is one message in ModeSignals: a polyline through its lanes.
type arrow struct {
	f        *geodata.Feature
	pts      []fyne.Position
	col      color.NRGBA
	dashed   bool // an unsent draft
	soft     bool // an approximate date
	selected bool
	head     bool // the end is in view and gets an arrowhead
}

// textStyle says how a text of the scene is coloured and set.
type textStyle int

const (
	textTick textStyle = iota
	textContext
	textEra
	textLane
	textNote
	textDraft
)

// text is a label of the scene, at its top-left corner.
type text struct {
	s     string
	x, y  float32
	style textStyle
}

// scene is everything the body draws for one size, window and state: the
// raster paints its shapes, the renderer sets its texts. It is built on
// the UI goroutine and never changed after, so the raster may read it
// from any goroutine.
type scene struct {
	size    fyne.Size
	x0, x1  float32
	rects   []rect
	markers []marker
	arrows  []arrow
	texts   []text
}

// geometry is the timeline's mapping of time to x over a window.
type geometry struct {
	from, to time.Time
	x0, x1   float32
}

func (g geometry) x(t time.Time) float32 {
	span := g.to.Sub(g.from)
	if span <= 0 {
		return g.x0
	}
	return g.x0 + float32(float64(t.Sub(g.from))/float64(span))*(g.x1-g.x0)
}

func (g geometry) t(x float32) time.Time {
	f := float64((x - g.x0) / (g.x1 - g.x0))
	return g.from.Add(time.Duration(f * float64(g.to.Sub(g.from))))
}

// geometry returns the mapping for a widget of width w.
func (tl *Timeline) geometry(w float32) geometry {
	x0 := float32(pad)
	if tl.mode == ModeSignals {
		x0 = gutter
	}
	return geometry{from: tl.from, to: tl.to, x0: x0, x1: max(w-pad, x0+1)}
}

// minHeight is the least height of the timeline in a mode.
func minHeight(m Mode) float32 {
	if m == ModeSignals {
		return bodyTop + float32(len(Lanes))*minLaneH + bottomPad
	}
	return bodyTop + minRows*rowPitch + 6 + densityH + bottomPad
}

// buildScene lays out the ruler, the eras and the body of the mode.
func (tl *Timeline) buildScene(size fyne.Size, measure measureFunc) *scene {
	g := tl.geometry(size.Width)
	s := &scene{size: size, x0: g.x0, x1: g.x1}
	tl.sceneRuler(s, g, measure)
	tl.sceneEras(s, g, size.Height, measure)
	if tl.mode == ModeSignals {
		tl.sceneSignals(s, g, measure)
	} else {
		tl.sceneEvents(s, g)
	}
	return s
}

func (tl *Timeline) sceneRuler(s *scene, g geometry, measure measureFunc) {
	r := layoutRuler(g.from, g.to, g.x0, g.x1, tl.Lang, measure)
	top := float32(headerH)
	s.rects = append(s.rects, rect{g.x0, top, g.x1, top + 1, colorRule})
	for _, m := range r.marks {
		h := [...]float32{5, 10, rulerH - 4}[m.weight]
		s.rects = append(s.rects, rect{m.x - 0.5, top, m.x + 0.5, top + h, colorTick})
	}
	for _, l := range r.labels {
		if l.row == 0 {
			s.texts = append(s.texts, text{l.text, l.x, top + 6, textTick})
		} else {
			s.texts = append(s.texts, text{l.text, l.x, top + 21, textContext})
		}
	}
}

func (tl *Timeline) sceneEras(s *scene, g geometry, h float32, measure measureFunc) {
	top := float32(headerH + rulerH)
	for i, e := range Eras {
		if !e.From.Before(g.to) || !e.Until.After(g.from) {
			continue
		}
		a, b := max(g.x(e.From), g.x0), min(g.x(e.Until), g.x1)
		col := colorEraA
		if i%2 == 1 {
			col = colorEraB
		}
		s.rects = append(s.rects, rect{a, top, b, top + eraH, col})
		if e.From.After(g.from) {
			// The boundary runs down through the body, faintly.
			s.rects = append(s.rects, rect{a - 0.5, top, a + 0.5, h - bottomPad, colorRule})
		}
		for _, name := range []string{e.Name(tl.Lang), e.Short(tl.Lang)} {
			w := measure(name, eraText, false)
			if w+8 <= b-a {
				s.texts = append(s.texts, text{name, (a+b)/2 - w/2, top + 3, textEra})
				break
			}
		}
	}
}

// sceneEvents stacks the markers in rows, earliest first, each in the
// first row where it clears the one before, and draws the density strip.
func (tl *Timeline) sceneEvents(s *scene, g geometry) {
	bottom := s.size.Height - bottomPad
	densTop := bottom - densityH
	rows := max(int((densTop-6-bodyTop)/rowPitch), 1)
	ends := make([]float32, rows)
	for i := range ends {
		ends[i] = -1e9
	}
	for _, f := range tl.marks {
		x := g.x(f.From)
		if x < g.x0-markR || x > g.x1+markR {
			continue
		}
		row := -1
		for i, e := range ends {
			if e+2 <= x-markR {
				row = i
				break
			}
		}
		if row < 0 { // no row is clear: the one that clears soonest
			row = 0
			for i, e := range ends {
				if e < ends[row] {
					row = i
				}
			}
		}
		y := bodyTop + 4 + float32(row)*rowPitch + rowPitch/2
		end := x + markR
		if f.Kind != geodata.KindMessage {
			if ux := min(g.x(f.Until), g.x1); ux-x > 3*markR {
				s.rects = append(s.rects, rect{x, y - 1.5, ux, y + 1.5, palette.WithAlpha(palette.Side(f.Side), 0.45)})
				end = ux
			}
		}
		ends[row] = end
		s.markers = append(s.markers, tl.newMarker(f, x, y))
	}
	tl.sceneDensity(s, g, densTop, bottom)
}

// newMarker shapes and colours the marker of a feature.
func (tl *Timeline) newMarker(f *geodata.Feature, x, y float32) marker {
	m := marker{f: f, x: x, y: y, r: markR, col: palette.Side(f.Side), selected: f.ID == tl.selected}
	switch f.Kind {
	case geodata.KindDecision:
		m.shape, m.r = diamond, markR+1
	case geodata.KindMessage:
		m.shape, m.hollow = triangle, !f.Delivered
	}
	if f.Approximate {
		m.col = palette.WithAlpha(m.col, 0.55)
	}
	return m
}

// sceneDensity draws a bar per two pixels, its height growing with the
// logarithm of the starts it holds, the busiest bar in view full height:
// one start still shows, and the opening day's hundreds of units do not
// flatten the rest.
func (tl *Timeline) sceneDensity(s *scene, g geometry, top, bottom float32) {
	s.rects = append(s.rects, rect{g.x0, bottom - 0.5, g.x1, bottom + 0.5, colorRule})
	const bin = 2
	n := int((g.x1 - g.x0) / bin)
	if n <= 0 {
		return
	}
	counts := make([]int, n)
	peak := 0
	lo := searchTime(tl.starts, g.from)
	for _, t := range tl.starts[lo:] {
		if !t.Before(g.to) {
			break
		}
		i := min(int((g.x(t)-g.x0)/bin), n-1)
		counts[i]++
		peak = max(peak, counts[i])
	}
	for i, c := range counts {
		if c == 0 {
			continue
		}
		h := (bottom - top) * (0.15 + 0.85*log1p32(c)/log1p32(peak))
		x := g.x0 + float32(i)*bin
		s.rects = append(s.rects, rect{x, bottom - h, x + bin, bottom, colorDensity})
	}
}
