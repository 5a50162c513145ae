package timeline

import (
	"image"
	"image/color"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
)

// hourlyBelow is the widest window whose date shows the hour as well.
const hourlyBelow = 3 * 24 * time.Hour

// renderer draws a Timeline: a background, one raster for every shape of
// the body, a pool of texts, the cursor, the date and the zoom buttons.
type renderer struct {
	tl      *Timeline
	bg      *canvas.Rectangle
	raster  *canvas.Raster
	texts   *fyne.Container // pooled canvas.Text, reused from scene to scene
	cursor  *canvas.Rectangle
	date    *canvas.Text
	era     *canvas.Text
	buttons []*widget.Button

	size     fyne.Size
	built    sceneKey
	mu       sync.Mutex // guards scene, img, imgFor and redraws: the raster may run elsewhere
	scene    *scene
	img      *image.RGBA
	imgFor   *scene
	redraws  int
	textsFor *scene
}

// sceneKey is what a scene depends on; a change of any rebuilds it.
type sceneKey struct {
	size    fyne.Size
	version int
	lang    string
	fg      color.Color
}

func newRenderer(tl *Timeline) *renderer {
	r := &renderer{tl: tl,
		bg:     canvas.NewRectangle(theme.Color(theme.ColorNameBackground)),
		texts:  &fyne.Container{},
		cursor: canvas.NewRectangle(theme.Color(theme.ColorNameForeground)),
		date:   canvas.NewText("", theme.Color(theme.ColorNameForeground)),
		era:    canvas.NewText("", theme.Color(theme.ColorNameForeground)),
	}
	r.raster = canvas.NewRaster(r.generate)
	r.date.TextSize = headerDateSize
	r.date.TextStyle.Bold = true
	r.era.TextSize = 15
	r.era.TextStyle.Italic = true
	r.buttons = []*widget.Button{
		widget.NewButtonWithIcon("", theme.ZoomInIcon(), tl.ZoomIn),
		widget.NewButtonWithIcon("", theme.ZoomOutIcon(), tl.ZoomOut),
		widget.NewButtonWithIcon("", theme.ZoomFitIcon(), tl.ZoomAll),
	}
	return r
}

func (r *renderer) Objects() []fyne.CanvasObject {
	objs := []fyne.CanvasObject{r.bg, r.raster, r.texts, r.cursor, r.date, r.era}
	for _, b := range r.buttons {
		objs = append(objs, b)
	}
	return objs
}

func (r *renderer) Destroy() {}

func (r *renderer) MinSize() fyne.Size {
	return fyne.NewSize(2*gutter+3*buttonW, minHeight(r.tl.mode))
}

func (r *renderer) Layout(s fyne.Size) {
	r.size = s
	r.bg.Resize(s)
	r.raster.Resize(s)
	r.raster.Move(fyne.NewPos(0, 0))
	x := s.Width - pad - float32(len(r.buttons))*(buttonW+6) + 6
	for _, b := range r.buttons {
		b.Move(fyne.NewPos(x, 4))
		b.Resize(fyne.NewSquareSize(buttonW))
		x += buttonW + 6
	}
	r.Refresh()
}

func measure(text string, size float32, bold bool) float32 {
	return fyne.MeasureText(text, size, fyne.TextStyle{Bold: bold}).Width
}

func (r *renderer) Refresh() {
	tl := r.tl
	if r.size != tl.Size() {
		r.Layout(tl.Size())
		return
	}
	fg := theme.Color(theme.ColorNameForeground)
	key := sceneKey{size: r.size, version: tl.version, lang: tl.Lang, fg: fg}
	if key != r.built || r.scene == nil {
		r.built = key
		s := tl.buildScene(r.size, measure)
		r.mu.Lock()
		r.scene = s
		r.mu.Unlock()
		r.setTexts(s, fg)
		r.raster.Refresh()
	}
	r.bg.FillColor = theme.Color(theme.ColorNameBackground)
	r.bg.Refresh()

	r.date.Color, r.era.Color = fg, fg
	r.date.Text = dateLabel(tl.value, tl.to.Sub(tl.from), tl.Lang)
	r.date.Move(fyne.NewPos(pad, (headerH-r.date.MinSize().Height)/2))
	r.date.Resize(r.date.MinSize())
	r.era.Text = ""
	if e := EraAt(tl.value); e != nil {
		r.era.Text = e.Name(tl.Lang)
	}
	ex := pad + r.date.MinSize().Width + 14
	if ex+r.era.MinSize().Width > r.size.Width-pad-float32(len(r.buttons))*(buttonW+6) {
		r.era.Text = ""
	}
	r.era.Move(fyne.NewPos(ex, (headerH-r.era.MinSize().Height)/2+4))
	r.era.Resize(r.era.MinSize())
	r.date.Refresh()
	r.era.Refresh()

	g := tl.geometry(r.size.Width)
	x := g.x(tl.value)
	r.cursor.FillColor = fg
	r.cursor.Move(fyne.NewPos(x-1, headerH))
	r.cursor.Resize(fyne.NewSize(2, r.size.Height-headerH-bottomPad))
	if tl.value.Before(tl.from) || tl.value.After(tl.to) {
		r.cursor.Hide()
	} else {
		r.cursor.Show()
	}
	r.cursor.Refresh()
}

// dateLabel writes the value for the header: the day, and the hour in
// Seoul when the window is narrow enough for hours to matter.
func dateLabel(t time.Time, window time.Duration, lang string) string {
	s := geodata.FormatDay(t, lang)
	if window < hourlyBelow {
		s += t.In(geodata.Seoul).Format(", 15:04 MST")
	}
	return s
}

// setTexts shows the scene's texts, reusing the pool's canvas.Text.
func (r *renderer) setTexts(s *scene, fg color.Color) {
	pool := r.texts.Objects
	for len(pool) < len(s.texts) {
		pool = append(pool, canvas.NewText("", fg))
	}
	for i, o := range pool {
		t := o.(*canvas.Text)
		if i >= len(s.texts) {
			t.Hide()
			continue
		}
		st := s.texts[i]
		t.Text, t.Color = st.s, fg
		t.TextStyle = fyne.TextStyle{}
		switch st.style {
		case textTick:
			t.TextSize = fineText
		case textContext:
			t.TextSize, t.TextStyle.Bold = contextText, true
		case textEra:
			t.TextSize = eraText
		case textLane:
			t.TextSize, t.TextStyle.Bold = laneText, true
		case textNote:
			t.TextSize = noteText
		case textDraft:
			t.TextSize, t.TextStyle = noteText, fyne.TextStyle{Bold: true, Italic: true}
		}
		t.Move(fyne.NewPos(st.x, st.y))
		t.Resize(t.MinSize())
		t.Show()
		t.Refresh()
	}
	r.texts.Objects = pool
	r.texts.Refresh()
	r.textsFor = s
}

// generate is the raster's generator: it paints the scene once per scene
// and size, and hands back the same image while neither changes.
func (r *renderer) generate(w, h int) image.Image {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.img != nil && r.imgFor == r.scene && r.img.Bounds().Dx() == w && r.img.Bounds().Dy() == h {
		return r.img
	}
	r.img = paint(r.scene, w, h)
	r.imgFor = r.scene
	r.redraws++
	return r.img
}
