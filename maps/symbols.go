package maps

import (
	"image"
	"image/color"
	"math"

	"korea1950/geodata"
	"korea1950/internal/palette"
)

// Sizes of the overlay's symbols, in device-independent pixels.
const (
	unitW, unitH   = 26, 18 // a unit's frame
	unitStroke     = 2.2
	echelonH       = 7 // the height of the echelon marks above the frame
	echelonGap     = 2
	markerR        = 6.5 // an event's disc, a decision's half diagonal + 1
	messageR       = 5.5 // the marker travelling along a message's arc
	haloW          = 4   // the selected item's halo
	softAlpha      = 0.6 // the opacity of what is only approximately known
	frontW         = 3.6
	frontDash      = 13
	moveW          = 7
	arcW           = 2.6
	arcDash        = 8
	edgeMarkerSize = 9
)

// Kinds of symbol sprite.
const (
	symUnit uint8 = iota
	symEvent
	symDecision
	symMessage
)

// spriteKey names one drawing of a symbol: which symbol, whose, of what
// echelon, approximate or not, selected or not, at a pixel density.
type spriteKey struct {
	kind    uint8
	side    geodata.Side
	echelon string
	approx  bool
	sel     bool
	hollow  bool // a message never sent
	px      float32
}

// sprite is a symbol drawn once into a premultiplied image, with the
// pixel (ax, ay) that sits on the symbol's position.
type sprite struct {
	img    *image.RGBA
	ax, ay int
	sel    bool // drawn with the selection's halo
}

// spriteCache draws each symbol once and keeps it: a frame composites a
// thousand units by copying pixels rather than rasterizing each again.
type spriteCache struct {
	m map[spriteKey]*sprite
	b brush
}

func (c *spriteCache) get(k spriteKey) *sprite {
	if s, ok := c.m[k]; ok {
		return s
	}
	if c.m == nil {
		c.m = map[spriteKey]*sprite{}
	}
	s := drawSprite(&c.b, k)
	s.sel = k.sel
	c.m[k] = s
	return s
}

// sideColor returns the colour of a side.
func sideColor(s geodata.Side) color.NRGBA { return palette.Side(s) }

// tint mixes colour c with white, f of c.
func tint(c color.NRGBA, f float64) color.NRGBA {
	mix := func(v uint8) uint8 { return uint8(float64(v)*f + 255*(1-f) + 0.5) }
	return color.NRGBA{mix(c.R), mix(c.G), mix(c.B), 0xFF}
}

// unitExtent returns the box of a unit symbol around its position, in
// device-independent pixels: the frame with its echelon marks above.
func unitExtent() Rect {
	return Rect{-unitW / 2, -unitH/2 - echelonGap - echelonH, unitW, unitH + echelonGap + echelonH}
}

// drawSprite draws one symbol with brush b into a new image.
func drawSprite(b *brush, k spriteKey) *sprite {
	s := k.px
	pad := int(math.Ceil(float64((haloW + 3) * s)))
	var w, h, ax, ay int
	switch k.kind {
	case symUnit:
		e := unitExtent()
		w, h = int(math.Ceil(e.W*float64(s)))+2*pad, int(math.Ceil(e.H*float64(s)))+2*pad
		ax, ay = w/2, pad+int(math.Round(float64((echelonH+echelonGap+unitH/2)*s)))
	default:
		d := int(math.Ceil(2 * markerR * float64(s)))
		w, h = d+2*pad, d+2*pad
		ax, ay = w/2, h/2
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	b.target(img, img.Rect)
	cx, cy := float32(ax), float32(ay)
	switch k.kind {
	case symUnit:
		drawUnit(b, k, cx, cy, s)
	case symEvent, symDecision, symMessage:
		drawMarker(b, k, cx, cy, s)
	}
	return &sprite{img: img, ax: ax, ay: ay}
}

// frameOutline returns a unit frame's outline, closed: a rectangle for the
// UN camp, an octagon (a rectangle with its corners cut) for the
// communist camp. Shape is the second cue beside colour.
func frameOutline(side geodata.Side, cx, cy, s float32) []vec {
	hw, hh := unitW/2*s, unitH/2*s
	if palette.Camp(side) == "communist" {
		c := 5 * s
		return []vec{{cx - hw + c, cy - hh}, {cx + hw - c, cy - hh}, {cx + hw, cy - hh + c}, {cx + hw, cy + hh - c},
			{cx + hw - c, cy + hh}, {cx - hw + c, cy + hh}, {cx - hw, cy + hh - c}, {cx - hw, cy - hh + c}, {cx - hw + c, cy - hh}}
	}
	return []vec{{cx - hw, cy - hh}, {cx + hw, cy - hh}, {cx + hw, cy + hh}, {cx - hw, cy + hh}, {cx - hw, cy - hh}}
}

// drawUnit draws a unit symbol centred on the frame's centre (cx, cy):
// the halo if selected, the frame filled pale in the side's colour and
// edged in it (dashed when the position is approximate), the infantry
// cross, and the echelon marks above.
func drawUnit(b *brush, k spriteKey, cx, cy, s float32) {
	col := sideColor(k.side)
	out := frameOutline(k.side, cx, cy, s)
	hw, hh := unitW/2*s, unitH/2*s
	if k.sel {
		top := cy - hh - (echelonGap+echelonH)*s
		halo := []vec{{cx - hw - 2*s, top - 2*s}, {cx + hw + 2*s, top - 2*s}, {cx + hw + 2*s, cy + hh + 2*s}, {cx - hw - 2*s, cy + hh + 2*s}, {cx - hw - 2*s, top - 2*s}}
		if b.begin(boundOf(halo, haloW*s)) {
			b.polyline(halo, haloW*s, 0)
			b.ring(halo)
			b.end(palette.Selected)
		}
	}
	if b.begin(boundOf(out, 2)) {
		b.ring(out)
		fill := tint(col, 0.28)
		if k.approx {
			fill.A = 0xE0
		}
		b.end(fill)
	}
	// The infantry cross, corner to corner inside the frame.
	in := 1.5 * s
	if b.begin(boundOf(out, 2)) {
		b.quad(cx-hw+in, cy-hh+in, cx+hw-in, cy+hh-in, 1.5*s)
		b.quad(cx-hw+in, cy+hh-in, cx+hw-in, cy-hh+in, 1.5*s)
		b.end(palette.WithAlpha(col, 0.9))
	}
	if b.begin(boundOf(out, unitStroke*s+1)) {
		if k.approx {
			b.polyline(out, unitStroke*s, 4*s)
		} else {
			b.polyline(out, unitStroke*s, 0)
		}
		b.end(col)
	}
	drawEchelon(b, k.echelon, cx, cy-hh-echelonGap*s-echelonH*s/2, s)
}

// echelonMarks gives each echelon its marks: bars for a regiment, crosses
// for a brigade and up.
var echelonMarks = map[string]struct {
	bars, crosses int
}{
	"regiment": {3, 0}, "brigade": {0, 1}, "division": {0, 2},
	"corps": {0, 3}, "army": {0, 4}, "army group": {0, 5},
}

// drawEchelon draws an echelon's marks centred on (cx, cy) in ink.
func drawEchelon(b *brush, echelon string, cx, cy, s float32) {
	m, ok := echelonMarks[echelon]
	if !ok {
		return
	}
	h := echelonH * s
	xw, gap, lw := 4.8*s, 1.3*s, 1.3*s
	n := m.crosses
	unit := xw
	if m.bars > 0 {
		n, unit = m.bars, 1.6*s
		gap = 2.2 * s
	}
	total := float32(n)*unit + float32(n-1)*gap
	x := cx - total/2
	box := image.Rect(int(x-4), int(cy-h/2-4), int(x+total+4), int(cy+h/2+4))
	if !b.begin(box) {
		return
	}
	for i := 0; i < n; i++ {
		if m.bars > 0 {
			b.quad(x+unit/2, cy-h/2, x+unit/2, cy+h/2, lw)
		} else {
			b.quad(x, cy-h/2, x+xw, cy+h/2, lw)
			b.quad(x, cy+h/2, x+xw, cy-h/2, lw)
		}
		x += unit + gap
	}
	b.end(palette.Black)
}

// drawMarker draws an event's disc, a decision's diamond, or a message's
// travelling marker, in the side's colour: soft with a dashed edge when
// approximate, hollow when the message was never sent.
func drawMarker(b *brush, k spriteKey, cx, cy, s float32) {
	col := sideColor(k.side)
	var out []vec
	switch k.kind {
	case symDecision:
		r := (markerR + 1) * s
		out = []vec{{cx, cy - r}, {cx + r, cy}, {cx, cy + r}, {cx - r, cy}, {cx, cy - r}}
	default:
		r := markerR * s
		if k.kind == symMessage {
			r = messageR * s
		}
		const n = 24
		for i := 0; i <= n; i++ {
			a := float64(i) * 2 * math.Pi / n
			out = append(out, vec{cx + r*float32(math.Cos(a)), cy + r*float32(math.Sin(a))})
		}
	}
	box := boundOf(out, (haloW+2)*s)
	if k.sel && b.begin(box) {
		b.polyline(out, (haloW+3)*s, 0)
		b.end(palette.Selected)
	}
	fill, edge := col, color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
	switch {
	case k.hollow:
		fill, edge = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}, col
	case k.approx:
		fill, edge = tint(col, 0.55), col
	}
	if b.begin(box) {
		b.ring(out)
		b.end(fill)
	}
	if b.begin(box) {
		if k.hollow || k.approx {
			b.polyline(out, 1.8*s, 3*s)
		} else {
			b.polyline(out, 1.6*s, 0)
		}
		b.end(edge)
	}
}

// toNRGBA converts any colour to non-premultiplied RGBA.
func toNRGBA(c interface{ RGBA() (r, g, b, a uint32) }) color.NRGBA {
	if n, ok := c.(color.NRGBA); ok {
		return n
	}
	return color.NRGBAModel.Convert(c.(color.Color)).(color.NRGBA)
}
