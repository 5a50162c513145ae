package maps

import (
	"math"
	"strings"

	"github.com/paulmach/orb"

	"korea1950/geodata"
	"korea1950/internal/i18n"
	"korea1950/internal/palette"
)

// placeShown reports whether the map shows a place already, so that a
// message's arc needs no edge marker to name it: the place lies in the
// view (at pixel at), or one of the basemap's labels shown names it, by
// its English name, by the name in the map's language, or by standing
// within a few kilometres of it.
func (o *overlay) placeShown(in frameInput, place *geodata.Feature, at vec) bool {
	if at.X >= 0 && at.Y >= 0 && float64(at.X) <= in.vp.Width && float64(at.Y) <= in.vp.Height {
		return true
	}
	pt, _ := place.Geometry.(orb.Point)
	title := place.TitleIn(in.lang)
	for _, l := range in.labels {
		if l.Place == nil {
			continue
		}
		if strings.EqualFold(l.Place.Names["en"], place.Title) || l.Text == title {
			return true
		}
		q := nearestWrap(l.Place.At, in.vp)
		p := nearestWrap(pt, in.vp)
		if math.Abs(q[0]-p[0]) < 0.3 && math.Abs(q[1]-p[1]) < 0.3 {
			return true
		}
	}
	return false
}

// edgeLabelOf returns where the basemap's edge marker of a place lies,
// when the place is off the map (at pixel at) and the basemap marks it on
// the map's edge, as it does Moscow and Washington.
func edgeLabelOf(in frameInput, place *geodata.Feature, at vec) (vec, bool) {
	if at.X >= 0 && at.Y >= 0 && float64(at.X) <= in.vp.Width && float64(at.Y) <= in.vp.Height {
		return at, false
	}
	for _, l := range in.labels {
		if !l.Edge || l.Place == nil {
			continue
		}
		if l.Place.ID == place.ID || strings.EqualFold(l.Place.Names["en"], place.Title) {
			return vec{float32(l.X), float32(l.Y)}, true
		}
	}
	return at, false
}

// scaleRowH is the height of the row the scale bar takes at the bottom
// of the map, margin included: the plate of hidden formations sits above
// it.
const scaleRowH = margin + 40

// hiddenNote puts a plate near the bottom right of the map, above the
// scale bar's row and below the zoom buttons, saying how many unit
// symbols were left out: the first free place going up the right edge,
// or the lowest if none is free.
func (o *overlay) hiddenNote(in frameInput) {
	if o.hidden == 0 {
		return
	}
	sc := &o.sc
	text := i18n.Tf(in.lang, "map.hidden", o.hidden)
	const size = 12
	w, h := in.measure(text, size)
	w, h = w+2*labelPad, h+2*labelPad
	x := in.vp.Width - margin - w
	y0 := in.vp.Height - scaleRowH - h
	box := Rect{x, y0, w, h}
	for i := 0; i < 4; i++ {
		b := Rect{x, y0 - float64(i)*(h+4), w, h}
		if b.inside(in.vp.Width, in.vp.Height) && !sc.taken.overlaps(b) {
			box = b
			break
		}
	}
	if !box.inside(in.vp.Width, in.vp.Height) {
		return // a map too small for it
	}
	sc.taken.add(box)
	sc.texts = append(sc.texts, textItem{Text: text, Box: box, Size: size, Color: palette.Black})
}
