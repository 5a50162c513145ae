package maps

import (
	"fmt"
	"math"
	"time"

	"korea1950/geodata"
	"korea1950/internal/i18n"
	"korea1950/internal/palette"
)

// moveDateSize is the text size of the dates written along an arrow.
const moveDateSize = 11

// moveDates writes the span of a movement as a reader of lang expects it,
// day and month in the zone the movement's start is read in (Seoul when
// it has none): "16–28 Sep", "28 Sep–3 Oct", "16 Sep"; "c. " before it
// when the start is approximate or uncertain. The span is [From, Until),
// so its last day is the day of the last instant before Until. A span
// without an end shows its start alone.
func moveDates(f *geodata.Feature, lang string) string {
	loc := f.Zone
	if loc == nil {
		loc = geodata.Seoul
	}
	a := f.From.In(loc)
	s := dayMonth(a, lang)
	if !f.Until.IsZero() && f.Until.Before(geodata.Never) && f.Until.After(f.From) {
		b := f.Until.Add(-time.Nanosecond).In(loc)
		s = dayRange(a, b, lang)
	}
	if f.Start.Approximate || f.Start.Uncertain {
		s = i18n.Tf(lang, "map.approx", s)
	}
	return s
}

// dayMonth writes one day: "16 Sep", "9월 16일", "9月16日".
func dayMonth(t time.Time, lang string) string {
	switch lang {
	case "ko":
		return fmt.Sprintf("%d월 %d일", t.Month(), t.Day())
	case "zh":
		return fmt.Sprintf("%d月%d日", t.Month(), t.Day())
	}
	return fmt.Sprintf("%d %s", t.Day(), geodata.MonthName(t.Month(), "en", true))
}

// dayRange writes the days from a to b, the month once when they share it.
func dayRange(a, b time.Time, lang string) string {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	switch {
	case ay == by && am == bm && ad == bd:
		return dayMonth(a, lang)
	case ay == by && am == bm:
		switch lang {
		case "ko":
			return fmt.Sprintf("%d월 %d–%d일", am, ad, bd)
		case "zh":
			return fmt.Sprintf("%d月%d–%d日", am, ad, bd)
		}
		return fmt.Sprintf("%d–%d %s", ad, bd, geodata.MonthName(am, "en", true))
	}
	return dayMonth(a, lang) + "–" + dayMonth(b, lang)
}

// moveLabel places the dates of an arrow beside its drawn path, on
// either side of the shaft at the middle of the path, or nearer either
// end; it is left out when there is no room.
func (o *overlay) moveLabel(in frameInput, p pendingText) {
	sc := &o.sc
	path := sc.pts[p.line[0]:p.line[1]]
	if len(path) < 2 {
		return
	}
	w, h := in.measure(p.text, p.size)
	w, h = w+2*labelPad, h+2*labelPad
	total := polylineLength(path)
	for _, frac := range []float64{0.5, 0.35, 0.65, 0.2, 0.8} {
		d := total * frac
		x, y := along(path, d)
		ux, uy := directionAt(path, d)
		// Clear of the shaft, or of the head near the tip.
		gap := float64(moveW)/2 + 3
		if total-d < headLen {
			gap = float64(headW)/2 + 3
		}
		nx, ny := -uy, ux
		ext := math.Abs(nx)*w/2 + math.Abs(ny)*h/2
		for _, s := range []float64{1, -1} {
			cx, cy := x+s*nx*(gap+ext), y+s*ny*(gap+ext)
			box := Rect{cx - w/2, cy - h/2, w, h}
			if box.inside(in.vp.Width, in.vp.Height) && !sc.taken.overlaps(box) {
				sc.taken.add(box)
				sc.texts = append(sc.texts, textItem{Text: p.text, Box: box, Size: p.size, Color: p.color})
				return
			}
		}
	}
}

// directionAt returns the unit direction of a polyline at distance d
// along it.
func directionAt(line []vec, d float64) (float64, float64) {
	var ux, uy float64
	for i := 1; i < len(line); i++ {
		a, b := line[i-1], line[i]
		l := math.Hypot(float64(b.X-a.X), float64(b.Y-a.Y))
		if l == 0 {
			continue
		}
		ux, uy = float64(b.X-a.X)/l, float64(b.Y-a.Y)/l
		if d <= l {
			break
		}
		d -= l
	}
	if ux == 0 && uy == 0 {
		return 1, 0
	}
	return ux, uy
}

// moveDateColor is the ink of an arrow's dates: black, which reads on
// the plate whatever the side's colour.
var moveDateColor = palette.Black
