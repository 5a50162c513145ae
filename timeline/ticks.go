package timeline

import (
	"fmt"
	"time"

	"korea1950/geodata"
)

// level is a unit of the ruler, finest first.
type level int

const (
	hour1 level = iota
	hour3
	hour6
	hour12
	dayLevel
	weekLevel // Mondays
	monthLevel
	quarterLevel
	yearLevel
	noLevel level = -1
)

// String names a level, for tests and messages.
func (l level) String() string {
	return [...]string{"1h", "3h", "6h", "12h", "day", "week", "month", "quarter", "year"}[l]
}

// hours is the step of an hourly level.
func (l level) hours() int { return [...]int{1, 3, 6, 12}[l] }

// shortest is the shortest interval between two ticks of the level:
// Seoul's summer time makes some days 23 hours long.
func (l level) shortest() time.Duration {
	switch l {
	case hour1, hour3, hour6, hour12:
		return time.Duration(l.hours()) * time.Hour
	case dayLevel:
		return 23 * time.Hour
	case weekLevel:
		return 7*24*time.Hour - time.Hour
	case monthLevel:
		return 28 * 24 * time.Hour
	case quarterLevel:
		return 89 * 24 * time.Hour
	}
	return 365 * 24 * time.Hour
}

// floor returns the last tick of the level at or before t, in Seoul.
func (l level) floor(t time.Time) time.Time {
	t = t.In(geodata.Seoul)
	y, m, d := t.Date()
	switch l {
	case hour1, hour3, hour6, hour12:
		n := l.hours()
		return time.Date(y, m, d, t.Hour()/n*n, 0, 0, 0, geodata.Seoul)
	case dayLevel:
		return time.Date(y, m, d, 0, 0, 0, 0, geodata.Seoul)
	case weekLevel:
		back := (int(t.Weekday()) + 6) % 7
		return time.Date(y, m, d-back, 0, 0, 0, 0, geodata.Seoul)
	case monthLevel:
		return time.Date(y, m, 1, 0, 0, 0, 0, geodata.Seoul)
	case quarterLevel:
		return time.Date(y, (m-1)/3*3+1, 1, 0, 0, 0, 0, geodata.Seoul)
	}
	return time.Date(y, 1, 1, 0, 0, 0, 0, geodata.Seoul)
}

// next returns the tick of the level after t, a tick of the level.
func (l level) next(t time.Time) time.Time {
	t = t.In(geodata.Seoul)
	y, m, d := t.Date()
	var n time.Time
	switch l {
	case hour1, hour3, hour6, hour12:
		n = time.Date(y, m, d, t.Hour()+l.hours(), 0, 0, 0, geodata.Seoul)
		if !n.After(t) { // the clocks went back
			n = t.Add(time.Duration(l.hours()) * time.Hour)
		}
		return l.floor(n)
	case dayLevel:
		n = time.Date(y, m, d+1, 0, 0, 0, 0, geodata.Seoul)
	case weekLevel:
		n = time.Date(y, m, d+7, 0, 0, 0, 0, geodata.Seoul)
	case monthLevel:
		n = time.Date(y, m+1, 1, 0, 0, 0, 0, geodata.Seoul)
	case quarterLevel:
		n = time.Date(y, m+3, 1, 0, 0, 0, 0, geodata.Seoul)
	default:
		n = time.Date(y+1, 1, 1, 0, 0, 0, 0, geodata.Seoul)
	}
	return n
}

// label writes a tick of the level for the fine row of the ruler.
func (l level) label(t time.Time, lang string) string {
	t = t.In(geodata.Seoul)
	switch l {
	case hour1, hour3, hour6, hour12:
		return t.Format("15:04")
	case dayLevel, weekLevel:
		switch lang {
		case "ko":
			return fmt.Sprintf("%d일", t.Day())
		case "zh":
			return fmt.Sprintf("%d日", t.Day())
		}
		return fmt.Sprint(t.Day())
	case monthLevel, quarterLevel:
		return geodata.MonthName(t.Month(), lang, true)
	}
	return fmt.Sprint(t.Year())
}

// widest is the widest label the level can have, to judge whether its
// labels fit before laying them out.
func (l level) widest(lang string) time.Time {
	switch l {
	case monthLevel, quarterLevel:
		return time.Date(1950, time.September, 1, 12, 0, 0, 0, geodata.Seoul)
	}
	return time.Date(1950, time.December, 28, 20, 0, 0, 0, geodata.Seoul)
}

// context is the coarser level labelled on the second row of the ruler,
// so that "14" or "06:00" is read against its month or day.
func (l level) context() level {
	switch l {
	case hour1, hour3, hour6, hour12:
		return dayLevel
	case dayLevel, weekLevel:
		return monthLevel
	case monthLevel, quarterLevel:
		return yearLevel
	}
	return noLevel
}

// contextLabel writes a tick of a context level: "2 October 1950",
// "October 1950", "1950".
func contextLabel(l level, t time.Time, lang string) string {
	t = t.In(geodata.Seoul)
	switch l {
	case dayLevel:
		return geodata.FormatDay(t, lang)
	case monthLevel:
		switch lang {
		case "ko":
			return fmt.Sprintf("%d년 %d월", t.Year(), t.Month())
		case "zh":
			return fmt.Sprintf("%d年%d月", t.Year(), t.Month())
		}
		return fmt.Sprintf("%s %d", geodata.MonthName(t.Month(), lang, false), t.Year())
	}
	return fmt.Sprint(t.Year())
}

// minorLevels are the levels of unlabelled ticks between a level's
// labelled ones, in order of preference.
var minorLevels = map[level][]level{
	yearLevel:    {monthLevel, quarterLevel},
	quarterLevel: {monthLevel},
	monthLevel:   {weekLevel},
	weekLevel:    {dayLevel},
	dayLevel:     {hour6, hour12},
	hour12:       {hour3, hour6},
	hour6:        {hour1, hour3},
	hour3:        {hour1},
}

// Sizes of the ruler's text and marks, in device-independent pixels.
const (
	fineText    = 12
	contextText = 13
	labelGap    = 10 // at least this much between two labels of a row
	minorGap    = 5  // unlabelled ticks closer than this are left out
)

// measureFunc gives the width of a text at a size, bold or not.
type measureFunc func(text string, size float32, bold bool) float32

// tickMark is one tick of the ruler: weight 0 unlabelled, 1 labelled,
// 2 a context boundary.
type tickMark struct {
	t      time.Time
	x      float32
	weight int
}

// rulerLabel is one label of the ruler: row 0 the fine labels, row 1 the
// context labels.
type rulerLabel struct {
	text string
	x, w float32
	row  int
}

// ruler is the ticks and labels of a window laid over [x0, x1].
type ruler struct {
	fine, minor, ctx level
	marks            []tickMark
	labels           []rulerLabel
}

// layoutRuler picks the finest level whose labels fit between its ticks,
// and lays out its ticks, the minor ticks between them and the context
// labels under them. No two labels of a row overlap, and none runs past
// x1.
func layoutRuler(from, to time.Time, x0, x1 float32, lang string, measure measureFunc) ruler {
	span := to.Sub(from)
	if span <= 0 || x1 <= x0 {
		return ruler{fine: yearLevel, minor: noLevel, ctx: noLevel}
	}
	px := func(d time.Duration) float32 { return float32(float64(d) / float64(span) * float64(x1-x0)) }
	xOf := func(t time.Time) float32 { return x0 + px(t.Sub(from)) }
	fits := func(l level) bool {
		w := measure(l.label(l.widest(lang), lang), fineText, false)
		return px(l.shortest()) >= w+labelGap
	}
	r := ruler{fine: yearLevel, minor: noLevel}
	for l := hour1; l <= yearLevel; l++ {
		if fits(l) {
			r.fine = l
			break
		}
	}
	for _, m := range minorLevels[r.fine] {
		if px(m.shortest()) >= minorGap {
			r.minor = m
			break
		}
	}
	r.ctx = r.fine.context()

	seen := map[int64]int{} // unix seconds → index in marks
	add := func(l level, weight int) {
		if l == noLevel {
			return
		}
		for t := l.floor(from); t.Before(to); t = l.next(t) {
			if t.Before(from) {
				continue
			}
			k := t.Unix()
			if i, ok := seen[k]; ok {
				r.marks[i].weight = max(r.marks[i].weight, weight)
				continue
			}
			seen[k] = len(r.marks)
			r.marks = append(r.marks, tickMark{t: t, x: xOf(t), weight: weight})
		}
	}
	add(r.ctx, 2)
	add(r.fine, 1)
	add(r.minor, 0)

	// Fine labels, left to right, each clear of the one before.
	last := float32(-1e9)
	for t := r.fine.floor(from); t.Before(to); t = r.fine.next(t) {
		if t.Before(from) {
			continue
		}
		text := r.fine.label(t, lang)
		x := xOf(t) + 3
		w := measure(text, fineText, false)
		if x < last+labelGap || x+w > x1 {
			continue
		}
		r.labels = append(r.labels, rulerLabel{text: text, x: x, w: w, row: 0})
		last = x + w
	}
	// Context labels: one at each boundary in view, and one for the
	// boundary before the window, held at its left edge while there is room.
	if r.ctx != noLevel {
		var row []rulerLabel
		if first := r.ctx.floor(from); first.Before(from) {
			text := contextLabel(r.ctx, first, lang)
			row = append(row, rulerLabel{text: text, x: x0, w: measure(text, contextText, true), row: 1})
		}
		for t := r.ctx.floor(from); t.Before(to); t = r.ctx.next(t) {
			if t.Before(from) {
				continue
			}
			text := contextLabel(r.ctx, t, lang)
			row = append(row, rulerLabel{text: text, x: xOf(t) + 3, w: measure(text, contextText, true), row: 1})
		}
		// The held label gives way to the first boundary's.
		if len(row) > 1 && row[0].x == x0 && row[0].x+row[0].w+labelGap > row[1].x {
			row = row[1:]
		}
		last = -1e9
		for _, l := range row {
			if l.x < last+labelGap || l.x+l.w > x1 {
				continue
			}
			r.labels = append(r.labels, l)
			last = l.x + l.w
		}
	}
	return r
}
