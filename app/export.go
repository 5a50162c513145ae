package app

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/software"
	"github.com/paulmach/orb"

	"korea1950/geodata"
	"korea1950/internal/fonts"
	"korea1950/internal/i18n"
	"korea1950/maps"
)

// ExportSizes are the sizes the window's "Export view" offers: 1080p for
// slides, and 4K drawn at scale 2, so that it shows the same layout twice
// as sharp.
var ExportSizes = []struct {
	Width, Height int
	Scale         float32
}{{1920, 1080, 1}, {3840, 2160, 2}}

// plate is an exported picture: a map, its legend beside it, and a caption
// under it with the date, what the picture shows, the works its features
// cite and the map data's attribution. One plate draws many frames: the
// map moves, the rest follows.
type plate struct {
	u       *ui
	c       fyne.Canvas
	content fyne.CanvasObject
	date    *canvas.Text
	title   *canvas.Text
	notes   *fyne.Container // the sources and the attribution, line by line
	noteW   float32         // the width the notes wrap at
	w, h    int
	scale   float32
	theme   fyne.Theme
}

// Caption text sizes, at scale 1 on a 1920×1080 picture.
const (
	captionDateSize  = 30
	captionTitleSize = 20
	captionNoteSize  = 14
	legendWidth      = 620
)

// newPlate lays out a picture of w×h pixels at scale (the layout is
// w/scale × h/scale) around a ui of its own on the given data.
func newPlate(geo *maps.Geography, store *geodata.Store, o Options, w, h int, scale float32) *plate {
	u := newUI(geo, o)
	u.m.HideControls = true
	u.setStore(store)
	// Light, in the language's fonts, whatever the desktop's theme.
	p := &plate{u: u, w: w, h: h, scale: scale, theme: fonts.Theme(lightTheme{}, o.Lang)}
	p.date = canvas.NewText("", colorCaption)
	p.date.TextSize = captionDateSize
	p.date.TextStyle = fyne.TextStyle{Bold: true}
	p.title = canvas.NewText("", colorCaption)
	p.title.TextSize = captionTitleSize
	p.notes = container.NewVBox()
	layoutW := float32(w) / scale
	legend := maps.NewLegendColumns(o.Lang, 2)
	p.noteW = layoutW - 24
	head := container.NewHBox(p.date, p.title)
	band := container.NewPadded(container.NewVBox(head, p.notes))
	bg := canvas.NewRectangle(colorPaper)
	right := container.NewVBox(legend)
	p.content = container.NewStack(bg, container.NewBorder(nil, band, nil, right, u.m))
	sc := software.NewCanvas()
	sc.SetPadded(false)
	sc.SetContent(p.content)
	sc.SetScale(scale)
	sc.Resize(fyne.NewSize(layoutW, float32(h)/scale))
	p.c = sc
	return p
}

// close stops the plate's ui.
func (p *plate) close() { p.u.player.Close() }

// show puts the plate at date t with the caption's second line title.
func (p *plate) show(t time.Time, title string) {
	p.u.tl.SetValue(t)
	p.u.setDate(p.u.tl.Value())
	p.date.Text = geodata.FormatDay(t, p.u.lang)
	p.title.Text = title
	p.date.Refresh()
	p.title.Refresh()
	p.notes.Objects = nil
	// The attribution is the data licences' line (assets/NOTICE.md gives
	// them in full).
	lang := p.u.lang
	credit := i18n.T(lang, "export.attribution")
	if i18n.Draft(lang) {
		credit += " (" + i18n.T(lang, "lang.draft") + ")"
	}
	for _, text := range []string{sourcesLine(p.u.store, p.u.m.Viewport().Bound(), t, lang), credit} {
		for _, line := range wrapText(text, captionNoteSize, p.noteW) {
			ct := canvas.NewText(line, colorCaption)
			ct.TextSize = captionNoteSize
			p.notes.Add(ct)
		}
	}
	// The band's height follows its lines: lay the plate out again.
	p.content.Resize(p.content.Size().SubtractWidthHeight(0, 1))
	p.content.Resize(p.content.Size().AddWidthHeight(0, 1))
}

// image draws the plate.
func (p *plate) image() image.Image {
	return software.RenderCanvas(p.c, p.theme)
}

// maxSources is how many works a caption names; the rest are counted.
const maxSources = 8

// sourcesLine names the works cited by the events, units, lines and
// messages shown at t in the view, the most cited first. (Places cite
// where their coordinates come from, which is not the picture's story.)
func sourcesLine(s *geodata.Store, view orb.Bound, t time.Time, lang string) string {
	if s == nil {
		return ""
	}
	count := map[string]int{}
	s.Active(view, t, func(f *geodata.Feature) bool {
		if f.Kind == geodata.KindPlace {
			return true
		}
		for _, src := range f.Sources {
			count[src.Work]++
		}
		return true
	})
	works := make([]string, 0, len(count))
	for w := range count {
		works = append(works, w)
	}
	sort.Slice(works, func(i, j int) bool {
		if count[works[i]] != count[works[j]] {
			return count[works[i]] > count[works[j]]
		}
		return works[i] < works[j]
	})
	if len(works) == 0 {
		return i18n.T(lang, "export.nosources")
	}
	if len(works) > maxSources {
		return i18n.Tf(lang, "export.sourcesmore", strings.Join(works[:maxSources], "; "), len(works)-maxSources)
	}
	return i18n.Tf(lang, "export.sources", strings.Join(works, "; "))
}

// viewOf sets the plate's map to show what m shows: the same centre, at a
// scale that fits the same area into the plate's map.
func (p *plate) viewOf(m *maps.Map) {
	if named, fitted := m.NamedView(); fitted {
		p.u.showView(named)
		return
	}
	from, to := m.Size(), p.u.m.Size() // laid out, if not yet drawn
	mpp := m.Viewport().MetresPerPixel()
	if to.Width > 0 && to.Height > 0 {
		mpp *= float64(max(from.Width/to.Width, from.Height/to.Height))
	}
	p.u.m.SetCentre(m.Centre(), mpp)
}

// writePNG writes img to path, creating its folder.
func writePNG(path string, img image.Image) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// exportView draws what u's map shows, with its legend and caption, as a
// PNG of one of ExportSizes.
func exportView(u *ui, size int, path string) error {
	if u.store == nil || u.geo == nil {
		return fmt.Errorf("the map is still loading")
	}
	s := ExportSizes[size]
	o := Options{Lang: u.lang, View: maps.Peninsula, Date: u.tl.Value(), Layers: u.layers}
	p := newPlate(u.geo, u.store, o, s.Width, s.Height, s.Scale)
	defer p.close()
	p.viewOf(u.m)
	title := ""
	if u.selected != nil {
		p.u.selectFeature(u.selected, fromPanel)
		title = u.selected.Title
	}
	p.show(u.tl.Value(), title)
	return writePNG(path, p.image())
}

// The caption's ink and the plate's paper.
var (
	colorCaption = color.NRGBA{0x1a, 0x1a, 0x1a, 0xff}
	colorPaper   = color.NRGBA{0xff, 0xff, 0xff, 0xff}
)
