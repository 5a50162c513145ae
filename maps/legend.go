package maps

import (
	"image"
	"image/color"
	"image/draw"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"korea1950/geodata"
	"korea1950/internal/i18n"
	"korea1950/internal/palette"
)

// Size of a legend swatch, in device-independent pixels.
const swatchW, swatchH = 64, 30

// legendSides are the keys of the sides' names in the legend.
var legendSides = map[geodata.Side]string{
	"un": "legend.side.un", "rok": "legend.side.rok", "us": "legend.side.us", "uk": "legend.side.uk",
	"kpa": "legend.side.kpa", "cpv": "legend.side.cpv", "prc": "legend.side.prc",
	"ussr": "legend.side.ussr", "india": "legend.side.india",
}

// NewLegend returns the map's legend: every symbol and colour the overlay
// draws, each swatch drawn by the same code as the map, so that the two
// cannot drift apart. Its texts are in lang ("en", "ko" or "zh"), in
// English for any other, from the app's translation table.
func NewLegend(lang string) fyne.CanvasObject {
	var rows []fyne.CanvasObject
	heading := func(key string) {
		t := canvas.NewText(i18n.T(lang, key), colorInk)
		t.TextStyle = fyne.TextStyle{Bold: true}
		t.TextSize = 14
		rows = append(rows, t)
	}
	row := func(img image.Image, key string) {
		sw := canvas.NewImageFromImage(img)
		sw.FillMode = canvas.ImageFillOriginal
		sw.ScaleMode = canvas.ImageScalePixels
		sw.SetMinSize(fyne.NewSize(swatchW, swatchH))
		t := canvas.NewText(i18n.T(lang, key), colorInk)
		t.TextSize = 13
		rows = append(rows, &fyne.Container{Layout: rowLayout{}, Objects: []fyne.CanvasObject{sw, t}})
	}
	heading("legend.sides")
	for _, s := range LayerSides {
		side := geodata.Side(s)
		row(swatch(func(o *overlay) { o.legendFill(side) }), legendSides[side])
	}
	heading("legend.units")
	row(swatch(func(o *overlay) { o.legendUnit("us", "division", false, false) }), "legend.uncamp")
	row(swatch(func(o *overlay) { o.legendUnit("kpa", "division", false, false) }), "legend.communistcamp")
	for _, e := range geodata.Echelons {
		row(swatch(func(o *overlay) { o.legendUnit("un", e, false, false) }), echelonName[e])
	}
	row(swatch(func(o *overlay) { o.legendUnit("cpv", "army", true, false) }), "legend.approxpos")
	row(swatch(func(o *overlay) { o.legendUnit("us", "corps", false, true) }), "legend.selected")
	heading("legend.lines")
	row(swatch(func(o *overlay) { o.legendLine(frontW, 0, palette.Black, true) }), "legend.front.interp")
	row(swatch(func(o *overlay) { o.legendLine(frontW, frontDash, palette.Black, true) }), "legend.front.held")
	row(swatch(func(o *overlay) { o.legendParallel() }), "legend.parallel")
	row(swatch(func(o *overlay) { o.legendArea(palette.HeldCommunist) }), "legend.held.communist")
	row(swatch(func(o *overlay) { o.legendArea(palette.HeldUN) }), "legend.held.un")
	row(swatch(func(o *overlay) { o.legendArrow("us", false) }), "legend.advance")
	row(swatch(func(o *overlay) { o.legendArrow("kpa", true) }), "legend.approxpath")
	heading("legend.messages")
	row(swatch(func(o *overlay) { o.legendMessage(true) }), "legend.transit")
	row(swatch(func(o *overlay) { o.legendMessage(false) }), "legend.draft")
	row(swatch(func(o *overlay) { o.legendEdge() }), "legend.edge")
	row(swatch(func(o *overlay) { o.legendMarker(symEvent, false) }), "legend.event")
	row(swatch(func(o *overlay) { o.legendMarker(symDecision, false) }), "legend.decision")
	row(swatch(func(o *overlay) { o.legendMarker(symEvent, true) }), "legend.approxdate")
	bg := canvas.NewRectangle(color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF})
	col := &fyne.Container{Layout: columnLayout{}, Objects: rows}
	return &fyne.Container{Layout: paddedLayout{}, Objects: []fyne.CanvasObject{bg, col}}
}

// paddedLayout lays a plate under its content, with a margin round it:
// the legend reads the same in a light or a dark theme.
type paddedLayout struct{}

func (paddedLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	objs[0].Resize(s)
	objs[1].Move(fyne.NewPos(8, 8))
	objs[1].Resize(fyne.NewSize(s.Width-16, s.Height-16))
}

func (paddedLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[1].MinSize().AddWidthHeight(16, 16)
}

// echelonName are the keys of the texts explaining each echelon's marks.
var echelonName = map[string]string{
	"regiment": "legend.regiment", "brigade": "legend.brigade", "division": "legend.division",
	"corps": "legend.corps", "army": "legend.army", "army group": "legend.armygroup",
}

// swatch paints what add puts into a scene over the land colour, as the
// map paints its overlay.
func swatch(add func(o *overlay)) image.Image {
	var o overlay
	o.px = 1
	o.sc.reset(swatchW, swatchH)
	add(&o)
	img := o.image(swatchW, swatchH)
	o.paint(img, 1)
	bg := image.NewRGBA(img.Rect)
	draw.Draw(bg, bg.Rect, image.NewUniform(ColorLand), image.Point{}, draw.Src)
	compose(bg, bg.Rect, img, image.Point{}, 0xFF)
	return bg
}

func (o *overlay) legendFill(side geodata.Side) {
	p0, p1 := o.sc.addPts(vec{14, 7}, vec{50, 7}, vec{50, 23}, vec{14, 23}, vec{14, 7})
	o.sc.fill(p0, p1, sideColor(side))
}

func (o *overlay) legendUnit(side geodata.Side, echelon string, approx, sel bool) {
	k := spriteKey{kind: symUnit, side: side, echelon: echelon, approx: approx, sel: sel, px: 0.85}
	o.sc.sprite(o.sprites.get(k), swatchW/2, swatchH/2+4, 0xFF)
}

func (o *overlay) legendLine(w, dash float32, c interface{ RGBA() (r, g, b, a uint32) }, casing bool) {
	p0, p1 := o.sc.addPts(vec{4, 18}, vec{24, 12}, vec{40, 17}, vec{60, 11})
	if casing {
		o.sc.stroke(p0, p1, w+3, 0, frontCasing)
	}
	o.sc.stroke(p0, p1, w, dash, toNRGBA(c))
}

func (o *overlay) legendParallel() {
	p0, p1 := o.sc.addPts(vec{0, swatchH / 2}, vec{swatchW, swatchH / 2})
	o.sc.stroke(p0, p1, 2, 10, ColorParallel)
}

func (o *overlay) legendArea(c interface{ RGBA() (r, g, b, a uint32) }) {
	p0, p1 := o.sc.addPts(vec{0, 0}, vec{swatchW, 0}, vec{swatchW, swatchH}, vec{0, swatchH}, vec{0, 0})
	o.sc.fill(p0, p1, toNRGBA(c))
}

func (o *overlay) legendArrow(side geodata.Side, approx bool) {
	f := &geodata.Feature{ID: "legend", Side: side, Approximate: approx}
	o.arrow(frameInput{}, f, []vec{{4, 20}, {30, 12}, {60, 14}}, 1)
}

func (o *overlay) legendMessage(delivered bool) {
	arc := bezierArc(nil, vec{6, 22}, vec{58, 22})
	p0, p1 := o.sc.addPts(arc...)
	dash := float32(0)
	if !delivered {
		dash = arcDash
	}
	o.sc.stroke(p0, p1, arcW, dash, sideColor("prc"))
	x, y := along(arc, polylineLength(arc)*0.6)
	k := spriteKey{kind: symMessage, side: "prc", hollow: !delivered, px: 1}
	o.sc.sprite(o.sprites.get(k), float32(x), float32(y), 0xFF)
}

func (o *overlay) legendEdge() {
	p0, p1 := o.sc.addPts(vec{12, 15}, vec{48, 15})
	o.sc.stroke(p0, p1, arcW, 0, sideColor("ussr"))
	e := vec{48, 15}
	s := float32(edgeMarkerSize)
	q0, q1 := o.sc.addPts(vec{e.X + s, e.Y}, vec{e.X - s*0.4, e.Y + s*0.8}, vec{e.X - s*0.4, e.Y - s*0.8}, vec{e.X + s, e.Y})
	o.sc.fill(q0, q1, palette.Black)
}

func (o *overlay) legendMarker(kind uint8, approx bool) {
	k := spriteKey{kind: kind, side: "us", approx: approx, px: 1}
	o.sc.sprite(o.sprites.get(k), swatchW/2-10, swatchH/2, 0xFF)
	o.sc.sprite(o.sprites.get(k), swatchW/2+14, swatchH/2, 0x70) // fading
}

// rowLayout puts a swatch and its text side by side.
type rowLayout struct{}

func (rowLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(swatchW, swatchH))
	ts := objs[1].MinSize()
	objs[1].Move(fyne.NewPos(swatchW+8, (swatchH-ts.Height)/2))
	objs[1].Resize(ts)
}

func (rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	ts := objs[1].MinSize()
	return fyne.NewSize(swatchW+8+ts.Width, max(swatchH, ts.Height))
}

// columnLayout stacks rows with a small gap.
type columnLayout struct{}

func (columnLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		ms := o.MinSize()
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(s.Width, ms.Height))
		y += ms.Height + 3
	}
}

func (columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		ms := o.MinSize()
		w, h = max(w, ms.Width), h+ms.Height+3
	}
	return fyne.NewSize(w, h)
}
