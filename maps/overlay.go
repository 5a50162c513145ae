package maps

import (
	"fmt"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/internal/i18n"
)

// Colours of what is drawn over the basemap.
var (
	colorInk      = color.NRGBA{0x1A, 0x1A, 0x1A, 0xFF}
	colorRiverInk = color.NRGBA{0x2C, 0x5A, 0x86, 0xFF}
	colorDot      = color.NRGBA{0x1A, 0x1A, 0x1A, 0xFF}
)

// Sizes of the map's overlay, in device-independent pixels.
const (
	margin     = 12
	buttonSize = 48 // big enough for a finger (WCAG 2.5.5 asks for 44)
	buttonGap  = 8
	dotRadius  = 3.5

	// Text sizes at a text scale of 1.
	dateSize      = 22
	parallelSize  = 13
	scaleTextSize = 13
	scaleNoteSize = 11
)

// mapRenderer lays the overlay out over the raster. The raster is refreshed
// only when the viewport changed; a date change touches the date text only.
type mapRenderer struct {
	m *Map

	raster              *canvas.Raster
	overlay             *canvas.Raster // the geodata's overlay, transparent
	labels              *fyne.Container
	texts               *fyne.Container // the overlay's text: plates and texts
	dateText, parText   *canvas.Text
	datePlate, parPlate *canvas.Rectangle
	scale               *scaleBar
	zoomIn, zoomOut     *widget.Button
	reset               *widget.Button

	size       fyne.Size
	laidOut    rasterKey
	lang       string
	textScale  float32
	placed     []Label
	haveLayout bool
	haveTexts  bool
	textObjs   []*canvas.Text
	plates     []*canvas.Rectangle
}

func (r *mapRenderer) Objects() []fyne.CanvasObject {
	objs := []fyne.CanvasObject{r.raster, r.parPlate, r.parText, r.labels, r.overlay, r.texts,
		r.scale.box, r.datePlate, r.dateText}
	if r.m.HideControls {
		return objs
	}
	return append(objs, r.zoomIn, r.zoomOut, r.reset)
}

func (r *mapRenderer) Destroy() {}

func (r *mapRenderer) MinSize() fyne.Size {
	return fyne.NewSize(3*buttonSize, 3*buttonSize+4*buttonGap)
}

func (r *mapRenderer) Layout(s fyne.Size) {
	r.size = s
	r.m.resize(s)
	r.raster.Resize(s)
	r.overlay.Resize(s)
	x := s.Width - margin - buttonSize
	for i, b := range []*widget.Button{r.zoomIn, r.zoomOut, r.reset} {
		b.Resize(fyne.NewSquareSize(buttonSize))
		b.Move(fyne.NewPos(x, margin+float32(i)*(buttonSize+buttonGap)))
	}
	r.Refresh()
}

func (r *mapRenderer) Refresh() {
	m := r.m
	if r.size != m.Size() {
		r.Layout(m.Size())
		return
	}
	ts := m.TextScale()
	r.dateText.Text = geodata.FormatDay(m.date, m.lang)
	r.dateText.TextSize = dateSize * ts
	ds := r.dateText.MinSize()
	r.dateText.Move(fyne.NewPos(margin+6, margin+3))
	r.dateText.Resize(ds)
	r.datePlate.Move(fyne.NewPos(margin, margin))
	r.datePlate.Resize(fyne.NewSize(ds.Width+12, ds.Height+6))
	r.dateText.Refresh()
	r.datePlate.Refresh()

	k := rasterKey{geo: m.geo, vp: m.vp, layers: m.layers}
	if r.haveLayout && k == r.laidOut && r.lang == m.lang && r.textScale == ts {
		r.refreshOverlay() // the basemap and its labels stay
		return
	}
	r.laidOut, r.lang, r.textScale, r.haveLayout = k, m.lang, ts, true
	r.parText.TextSize = parallelSize * ts
	r.scale.text.TextSize, r.scale.note.TextSize = scaleTextSize*ts, scaleNoteSize*ts
	r.layoutOverlay()
	canvas.Refresh(r.raster)
	r.refreshOverlay()
}

// refreshOverlay rebuilds the overlay's scene if needed, places its text
// and has its raster painted again.
func (r *mapRenderer) refreshOverlay() {
	m := r.m
	before := m.built
	m.ensureScene()
	if m.built == before && r.haveTexts {
		return
	}
	r.haveTexts = true
	texts := m.ov.sc.texts
	for len(r.textObjs) < len(texts) {
		p := newPlate()
		t := canvas.NewText("", colorInk)
		r.plates, r.textObjs = append(r.plates, p), append(r.textObjs, t)
		r.texts.Objects = append(r.texts.Objects, p, t)
	}
	for i, t := range r.textObjs {
		p := r.plates[i]
		if i >= len(texts) {
			t.Hide()
			p.Hide()
			continue
		}
		ti := texts[i]
		p.Move(fyne.NewPos(float32(ti.Box.X), float32(ti.Box.Y)))
		p.Resize(fyne.NewSize(float32(ti.Box.W), float32(ti.Box.H)))
		t.Text, t.TextSize, t.Color = ti.Text, ti.Size*m.TextScale(), ti.Color
		t.Move(fyne.NewPos(float32(ti.Box.X+labelPad), float32(ti.Box.Y+labelPad)))
		t.Resize(fyne.NewSize(float32(ti.Box.W-2*labelPad), float32(ti.Box.H-2*labelPad)))
		t.Show()
		p.Show()
	}
	r.texts.Refresh()
	canvas.Refresh(r.overlay)
}

// reserved returns the rectangles that labels must leave free: the date,
// the buttons, the scale bar and the parallel's label.
func (r *mapRenderer) reserved() []Rect {
	out := []Rect{
		r.widestDatePlate(),
		{float64(r.size.Width - margin - buttonSize - buttonGap), 0, buttonSize + margin + buttonGap, margin + 3*buttonSize + 3*buttonGap},
	}
	if r.scale.box.Visible() {
		out = append(out, rectOf(r.scale.box))
	}
	if r.parText.Visible() {
		out = append(out, rectOf(r.parPlate))
	}
	return out
}

// widestDatePlate is the date plate as wide as any date makes it: labels
// are laid out only when the view changes, and a date that grows its
// plate ("1 October" after "9 July") must not cover a label laid out
// beside a narrower one.
func (r *mapRenderer) widestDatePlate() Rect {
	p := rectOf(r.datePlate)
	widest := geodata.FormatDay(time.Date(1950, time.September, 30, 12, 0, 0, 0, geodata.Seoul), r.m.lang)
	w := fyne.MeasureText(widest, r.dateText.TextSize, r.dateText.TextStyle).Width + 12
	p.W = max(p.W, float64(w))
	return p
}

func rectOf(o fyne.CanvasObject) Rect {
	p, s := o.Position(), o.Size()
	return Rect{float64(p.X), float64(p.Y), float64(s.Width), float64(s.Height)}
}

func (r *mapRenderer) layoutOverlay() {
	m := r.m
	vp := m.vp
	r.layoutScale(vp)
	r.layoutParallel(vp)

	r.labels.Objects = r.labels.Objects[:0]
	r.placed = nil
	if m.layers&LayerLabels != 0 && m.geo != nil {
		ts := m.TextScale()
		measure := func(p *Place, text string) (float64, float64) {
			size, style, _ := labelStyle(p.Kind, p.Rank)
			s := fyne.MeasureText(text, size*ts, style)
			return float64(s.Width), float64(s.Height)
		}
		r.placed = LayoutLabels(m.geo.Places, vp, m.lang, measure, r.reserved())
		for _, l := range r.placed {
			r.labels.Objects = append(r.labels.Objects, labelObjects(l, ts)...)
		}
	}
	r.labels.Refresh()
	// The overlay's text keeps clear of the controls and the labels, and
	// the territory tints leave the labels' plates white.
	m.reserved = r.reserved()
	m.labels = r.placed
	for _, l := range r.placed {
		m.reserved = append(m.reserved, l.Box)
	}
	m.knock++
}

func (r *mapRenderer) layoutScale(vp Viewport) {
	if r.m.layers&LayerScale == 0 || vp.Width < 200 {
		r.scale.box.Hide()
		return
	}
	r.scale.box.Show()
	r.scale.set(vp.MetresPerPixel(), unproject(vp.Center)[1], r.m.lang)
	s := r.scale.minSize()
	r.scale.box.Resize(s)
	r.scale.box.Move(fyne.NewPos(margin, r.size.Height-margin-s.Height))
	r.scale.layout(s)
}

// layoutParallel places the label of the 38th parallel just above its line,
// at the left of the map, or at the right if the date plate is in the way.
func (r *mapRenderer) layoutParallel(vp Viewport) {
	_, row := vp.ToPixel([2]float64{vp.ToLonLat(0, 0)[0], Parallel38})
	r.parText.Text = i18n.T(r.m.lang, "map.parallel")
	ts := r.parText.MinSize()
	w, h := ts.Width+8, ts.Height+4
	y := float32(row) - h - 3
	if r.m.layers&LayerParallel == 0 || y < 0 || float32(row) > r.size.Height {
		r.parText.Hide()
		r.parPlate.Hide()
		return
	}
	x := float32(margin)
	plate := Rect{float64(x), float64(y), float64(w), float64(h)}
	if plate.Overlaps(rectOf(r.datePlate)) || (r.scale.box.Visible() && plate.Overlaps(rectOf(r.scale.box))) {
		x = r.size.Width - margin - buttonSize - buttonGap - w
	}
	r.parPlate.Move(fyne.NewPos(x, y))
	r.parPlate.Resize(fyne.NewSize(w, h))
	r.parText.Move(fyne.NewPos(x+4, y+2))
	r.parText.Resize(ts)
	r.parText.Show()
	r.parPlate.Show()
}

func labelStyle(kind string, rank int) (size float32, style fyne.TextStyle, c color.Color) {
	switch kind {
	case "river", "water":
		return 13, fyne.TextStyle{Italic: true}, colorRiverInk
	case "edge":
		return 14, fyne.TextStyle{Bold: true}, colorInk
	}
	if rank == 1 {
		return 15, fyne.TextStyle{Bold: true}, colorInk
	}
	return 14, fyne.TextStyle{}, colorInk
}

func measureLabel(p *Place, text string) (float64, float64) {
	size, style, _ := labelStyle(p.Kind, p.Rank)
	s := fyne.MeasureText(text, size, style)
	return float64(s.Width), float64(s.Height)
}

// labelObjects builds the canvas objects of one label: a plate, the text
// (its size times the map's text scale ts), and a dot for a city or a
// pointer for an edge marker.
func labelObjects(l Label, ts float32) []fyne.CanvasObject {
	size, style, c := labelStyle(l.Place.Kind, l.Place.Rank)
	size *= ts
	plate := newPlate()
	plate.Move(fyne.NewPos(float32(l.Box.X), float32(l.Box.Y)))
	plate.Resize(fyne.NewSize(float32(l.Box.W), float32(l.Box.H)))
	t := canvas.NewText(l.Text, c)
	t.TextSize, t.TextStyle = size, style
	t.Move(fyne.NewPos(float32(l.Box.X+labelPad), float32(l.Box.Y+labelPad)))
	t.Resize(fyne.NewSize(float32(l.Box.W-2*labelPad), float32(l.Box.H-2*labelPad)))
	objs := []fyne.CanvasObject{plate, t}
	switch {
	case l.Edge:
		tri := &canvas.Polygon{Sides: 3, FillColor: colorInk,
			Angle: float32(math.Atan2(l.DY, l.DX)*180/math.Pi + 90)}
		tri.Resize(fyne.NewSquareSize(16))
		tri.Move(fyne.NewPos(float32(l.X-8), float32(l.Y-8)))
		objs = append(objs, tri)
	case l.Place.Kind == "city":
		d := canvas.NewCircle(colorDot)
		d.StrokeColor, d.StrokeWidth = color.White, 1
		d.Resize(fyne.NewSquareSize(2 * dotRadius))
		d.Move(fyne.NewPos(float32(l.X-dotRadius), float32(l.Y-dotRadius)))
		objs = append(objs, d)
	}
	return objs
}

// scaleBar shows a round distance as a bar, true at the view's centre.
type scaleBar struct {
	box        *fyne.Container
	plate      *canvas.Rectangle
	bar, left  *canvas.Rectangle
	right      *canvas.Rectangle
	text, note *canvas.Text
	px         float32
}

func newScaleBar() *scaleBar {
	s := &scaleBar{plate: newPlate(),
		bar: canvas.NewRectangle(colorInk), left: canvas.NewRectangle(colorInk), right: canvas.NewRectangle(colorInk),
		text: canvas.NewText("", colorInk), note: canvas.NewText("", colorInk)}
	s.text.TextSize = scaleTextSize
	s.note.TextSize = scaleNoteSize
	s.box = container(s.plate, s.bar, s.left, s.right, s.text, s.note)
	return s
}

func container(objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Objects: objs}
}

// niceDistances are the lengths, in km, that the scale bar may show.
var niceDistances = []float64{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000}

// scaleLength picks the longest nice distance that fits in at most 160
// pixels, and returns it in km with its length in pixels.
func scaleLength(metresPerPixel float64) (km float64, px float64) {
	km = niceDistances[0]
	for _, d := range niceDistances {
		if d*1000/metresPerPixel <= 160 {
			km = d
		}
	}
	return km, km * 1000 / metresPerPixel
}

func (s *scaleBar) set(metresPerPixel, lat float64, lang string) {
	km, px := scaleLength(metresPerPixel)
	s.px = float32(px)
	s.text.Text = fmt.Sprintf("%g km", km)
	s.note.Text = i18n.Tf(lang, "map.scale.true", lat)
}

func (s *scaleBar) layout(size fyne.Size) {
	s.plate.Resize(size)
	ts := s.text.MinSize()
	s.text.Move(fyne.NewPos(6, 3))
	s.text.Resize(ts)
	ns := s.note.MinSize()
	s.note.Move(fyne.NewPos(6+s.px+8, 3+(ts.Height-ns.Height)))
	s.note.Resize(ns)
	y := 3 + ts.Height + 3
	s.bar.Move(fyne.NewPos(6, y+3))
	s.bar.Resize(fyne.NewSize(s.px, 3))
	s.left.Move(fyne.NewPos(6, y))
	s.left.Resize(fyne.NewSize(2, 9))
	s.right.Move(fyne.NewPos(6+s.px-2, y))
	s.right.Resize(fyne.NewSize(2, 9))
	for _, o := range s.box.Objects {
		o.Refresh()
	}
}

// minSize is the size of the scale bar's box: its text above the bar.
func (s *scaleBar) minSize() fyne.Size {
	ts, ns := s.text.MinSize(), s.note.MinSize()
	return fyne.NewSize(6+max(s.px, ts.Width)+8+ns.Width+6, 3+ts.Height+3+9+5)
}
