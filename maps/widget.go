package maps

import (
	"image"
	"image/color"
	"math"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"korea1950/geodata"
)

// Map is the map widget: the basemap raster, the labels and markers over
// it, a scale bar, the date it shows, and buttons to zoom. Drag to pan,
// scroll to zoom about the cursor.
type Map struct {
	widget.BaseWidget
	// HideControls leaves out the zoom buttons, for a picture of the map
	// rather than a map to use. Set it before the map is first drawn.
	HideControls bool

	geo    *Geography
	layers Layers
	lang   string
	date   time.Time
	view   View
	vp     Viewport
	// fitted is true while the viewport is the named view's fit, untouched
	// by the user, so that a resize refits it rather than cropping it.
	fitted bool

	// OnViewChanged, if set, is called on the UI goroutine whenever the
	// view moves: a pan, a zoom, a named view.
	OnViewChanged func()

	// OnSelect, if set, is called on the UI goroutine when a tap picks a
	// feature on the map, or with nil when it picks nothing.
	OnSelect func(f *geodata.Feature)

	rd      renderer
	cache   *image.RGBA
	key     rasterKey
	redraws atomic.Int64
	frames  atomic.Int64

	store    *geodata.Store
	sel      string
	ov       overlay
	built    sceneKey
	reserved []Rect  // what overlay text leaves free, set by the renderer
	labels   []Label // the basemap's labels shown, set by the renderer
	knock    int     // version of reserved
	measured map[measureKey][2]float64
	painted  paintKey
	// textScale multiplies the size of all the map's text; 0 means 1.
	textScale float32
}

// sceneKey is what the overlay's scene depends on.
type sceneKey struct {
	store  *geodata.Store
	vp     Viewport
	date   time.Time
	layers Layers
	sel    string
	lang   string
	knock  int
	px     float32
	text   float32
}

// paintKey is what the overlay's image depends on.
type paintKey struct {
	built sceneKey
	w, h  int
}

type measureKey struct {
	text string
	size float32
}

type rasterKey struct {
	geo    *Geography
	vp     Viewport
	w, h   int
	layers Layers
}

var (
	_ fyne.Widget     = (*Map)(nil)
	_ fyne.Draggable  = (*Map)(nil)
	_ fyne.Scrollable = (*Map)(nil)
	_ fyne.Tappable   = (*Map)(nil)
)

// NewMap returns a map of geo opening on the named view. geo may be nil
// while it loads: the map then shows the sea until SetGeography.
func NewMap(geo *Geography, view View) *Map {
	m := &Map{geo: geo, layers: AllLayers, lang: "en", date: geodata.Opening, view: view, fitted: true}
	m.ExtendBaseWidget(m)
	return m
}

// SetDate sets the moment the map shows. The basemap raster is not redrawn.
func (m *Map) SetDate(t time.Time) {
	if t.Equal(m.date) {
		return
	}
	m.date = t
	m.Refresh()
}

// SetData sets the features the overlay draws; nil draws none.
func (m *Map) SetData(s *geodata.Store) {
	m.store = s
	m.Refresh()
}

// SetGeography sets the basemaps and places to draw.
func (m *Map) SetGeography(geo *Geography) {
	m.geo = geo
	m.Refresh()
}

// Ready reports whether the map has drawn its geography at least once.
func (m *Map) Ready() bool {
	return m.geo != nil && m.key.geo == m.geo && m.cache != nil
}

// Date returns the moment the map shows.
func (m *Map) Date() time.Time { return m.date }

// SetView fits the named view into the map.
func (m *Map) SetView(v View) {
	m.view, m.fitted = v, true
	m.vp = FitBound(v.Bound, m.vp.Width, m.vp.Height)
	m.viewChanged()
}

// NamedView returns the named view the map was last set to, and whether
// the map still shows it as fitted, untouched by pans and zooms.
func (m *Map) NamedView() (View, bool) { return m.view, m.fitted }

// SetCentre centres the map on a lon/lat point at a scale given as true
// ground metres per pixel there, as a saved position holds it. The scale
// is kept within the map's zoom limits.
func (m *Map) SetCentre(centre orb.Point, metresPerPixel float64) {
	if metresPerPixel <= 0 || math.IsNaN(metresPerPixel) || math.IsNaN(centre[0]) || math.IsNaN(centre[1]) {
		return
	}
	m.vp.Center = Project(centre)
	m.vp.Scale = clamp(math.Cos(centre[1]*math.Pi/180)/metresPerPixel, MinScale, MaxScale)
	m.vp.clampCenter()
	m.fitted = false
	m.viewChanged()
}

// Centre returns the lon/lat point at the middle of the view.
func (m *Map) Centre() orb.Point { return unproject(m.vp.Center) }

func (m *Map) viewChanged() {
	m.Refresh()
	if m.OnViewChanged != nil {
		m.OnViewChanged()
	}
}

// SetLanguage sets the language of the labels and the date.
func (m *Map) SetLanguage(lang string) {
	m.lang = lang
	m.measured = nil // each language has its own font
	m.Refresh()
}

// SetLayers sets which layers are drawn.
func (m *Map) SetLayers(l Layers) {
	m.layers = l
	m.Refresh()
}

// SetTextScale multiplies the size of all the map's text (place labels,
// the date, the overlay's designations and dates, the scale bar) by f, for
// a projector or a kiosk seen from afar. 1, the default, is the size the
// golden images are drawn at; f is held within 0.5 to 4.
func (m *Map) SetTextScale(f float64) {
	s := float32(clamp(f, 0.5, 4))
	if s == m.TextScale() {
		return
	}
	m.textScale = s
	m.Refresh()
}

// TextScale returns the factor set by SetTextScale (1 by default).
func (m *Map) TextScale() float32 {
	if m.textScale == 0 {
		return 1
	}
	return m.textScale
}

// Viewport returns the current viewport.
func (m *Map) Viewport() Viewport { return m.vp }

// OverlayFrames counts how often the overlay has been painted afresh: the
// frames a playback shows.
func (m *Map) OverlayFrames() int { return int(m.frames.Load()) }

// Redraws counts how often the basemap raster has been drawn afresh.
func (m *Map) Redraws() int { return int(m.redraws.Load()) }

// ZoomIn zooms in about the map's centre.
func (m *Map) ZoomIn() { m.zoom(1.5, m.vp.Width/2, m.vp.Height/2) }

// ZoomOut zooms out about the map's centre.
func (m *Map) ZoomOut() { m.zoom(1/1.5, m.vp.Width/2, m.vp.Height/2) }

// ResetView returns to the fit of the current named view.
func (m *Map) ResetView() { m.SetView(m.view) }

func (m *Map) zoom(f, x, y float64) {
	m.vp.ZoomAbout(f, x, y)
	m.userMoved()
}

func (m *Map) userMoved() {
	m.fitted = false
	m.viewChanged()
}

// Dragged pans the map.
func (m *Map) Dragged(e *fyne.DragEvent) {
	m.vp.Pan(float64(e.Dragged.DX), float64(e.Dragged.DY))
	m.userMoved()
}

// DragEnd ends a pan.
func (m *Map) DragEnd() {}

// Scrolled zooms about the cursor: one wheel notch is about 20 %.
func (m *Map) Scrolled(e *fyne.ScrollEvent) {
	f := 1.0 + float64(e.Scrolled.DY)*0.02
	if f < 0.5 {
		f = 0.5
	}
	m.zoom(f, float64(e.Position.X), float64(e.Position.Y))
}

// resize keeps the viewport in step with the widget's size.
func (m *Map) resize(s fyne.Size) {
	w, h := float64(s.Width), float64(s.Height)
	if w == m.vp.Width && h == m.vp.Height {
		return
	}
	if m.fitted || m.vp.Scale == 0 {
		m.vp = FitBound(m.view.Bound, w, h)
		return
	}
	m.vp.Resize(w, h)
}

// generate is the raster's generator: it redraws the basemap only when the
// view, the pixel size or the layers changed, and otherwise returns the
// image it drew last.
func (m *Map) generate(w, h int) image.Image {
	k := rasterKey{geo: m.geo, vp: m.vp, w: w, h: h, layers: m.layers & baseLayers}
	if m.cache != nil && k == m.key {
		return m.cache
	}
	if m.cache == nil || m.cache.Bounds().Dx() != w || m.cache.Bounds().Dy() != h {
		m.cache = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	px := 1.0
	if m.vp.Width > 0 {
		px = float64(w) / m.vp.Width
	}
	var detail, coarse *Basemap
	if m.geo != nil {
		detail, coarse = m.geo.Detail, m.geo.Coarse
	}
	m.rd.draw(m.cache, m.vp, px, detail, coarse, m.layers)
	m.key = k
	m.redraws.Add(1)
	return m.cache
}

// measure returns the size of overlay text at the map's text scale,
// measured once per text and size.
func (m *Map) measure(text string, size float32) (float64, float64) {
	size *= m.TextScale()
	k := measureKey{text, size}
	if s, ok := m.measured[k]; ok {
		return s[0], s[1]
	}
	if m.measured == nil || len(m.measured) > 4096 {
		m.measured = map[measureKey][2]float64{}
	}
	s := fyne.MeasureText(text, size, fyne.TextStyle{})
	m.measured[k] = [2]float64{float64(s.Width), float64(s.Height)}
	return float64(s.Width), float64(s.Height)
}

// ensureScene builds the overlay's scene if what it shows has changed.
func (m *Map) ensureScene() {
	px := m.ov.px
	if px <= 0 {
		px = 1
	}
	k := sceneKey{store: m.store, vp: m.vp, date: m.date, layers: m.layers, sel: m.sel, lang: m.lang, knock: m.knock, px: px, text: m.TextScale()}
	if k == m.built {
		return
	}
	m.ov.px = px
	m.ov.build(frameInput{store: m.store, geo: m.geo, vp: m.vp, t: m.date, layers: m.layers, sel: m.sel,
		lang: m.lang, reserved: m.reserved, labels: m.labels, measure: m.measure})
	m.built = k
}

// generateOverlay is the overlay raster's generator: it paints the scene
// over a transparent image, again only when the scene or size changed.
func (m *Map) generateOverlay(w, h int) image.Image {
	if m.vp.Width > 0 {
		m.ov.px = float32(float64(w) / m.vp.Width)
	}
	m.ensureScene()
	k := paintKey{m.built, w, h}
	if m.ov.img != nil && k == m.painted {
		return m.ov.img
	}
	m.painted = k
	m.frames.Add(1)
	return m.ov.draw(m.geo, m.vp, w, h, m.reserved, m.knock)
}

// CreateRenderer builds the map's canvas objects once.
func (m *Map) CreateRenderer() fyne.WidgetRenderer {
	r := &mapRenderer{m: m}
	r.raster = canvas.NewRaster(m.generate)
	r.raster.ScaleMode = canvas.ImageScalePixels
	r.overlay = canvas.NewRaster(m.generateOverlay)
	r.overlay.ScaleMode = canvas.ImageScalePixels
	r.texts = &fyne.Container{}
	r.labels = &fyne.Container{}
	r.dateText = canvas.NewText("", colorInk)
	r.dateText.TextStyle = fyne.TextStyle{Bold: true}
	r.dateText.TextSize = dateSize
	r.datePlate = newPlate()
	r.parText = canvas.NewText("", ColorParallel)
	r.parText.TextSize = parallelSize
	r.parText.TextStyle = fyne.TextStyle{Italic: true}
	r.parPlate = newPlate()
	r.scale = newScaleBar()
	r.zoomIn = widget.NewButtonWithIcon("", theme.ZoomInIcon(), m.ZoomIn)
	r.zoomOut = widget.NewButtonWithIcon("", theme.ZoomOutIcon(), m.ZoomOut)
	r.reset = widget.NewButtonWithIcon("", theme.ViewRestoreIcon(), m.ResetView)
	return r
}

func newPlate() *canvas.Rectangle {
	p := canvas.NewRectangle(color.NRGBA{0xFF, 0xFF, 0xFF, 0xD8})
	p.CornerRadius = 3
	return p
}
