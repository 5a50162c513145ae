// Package timeline holds the time controls of the app: the date strip that
// spans the data and scrubs the moment the map shows.
package timeline

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
)

// Sizes of the strip, in device-independent pixels.
const (
	stripPad    = 16 // space left and right of the track
	dateSize    = 28 // the current date, large enough for the back row
	tickLabel   = 12
	trackHeight = 6
)

var (
	colorTrack  = color.NRGBA{0x9A, 0xA5, 0xB1, 0xFF}
	colorCursor = color.NRGBA{0xD5, 0x5E, 0x00, 0xFF} // Okabe–Ito vermillion
)

// Strip is a horizontal date strip from Min to Max. It shows the current
// date large, the years and months along a track, and a cursor that can be
// dragged or tapped to a day. Values are noons in Seoul (geodata.Noon).
type Strip struct {
	widget.BaseWidget

	// Min and Max bound the strip.
	Min, Max time.Time
	// Value is the moment selected.
	Value time.Time
	// Lang is the language of the date and month names.
	Lang string
	// OnChanged is called when the value changes.
	OnChanged func(time.Time)
}

var (
	_ fyne.Widget    = (*Strip)(nil)
	_ fyne.Draggable = (*Strip)(nil)
	_ fyne.Tappable  = (*Strip)(nil)
)

// NewStrip returns a strip from min to max showing value.
func NewStrip(min, max, value time.Time) *Strip {
	s := &Strip{Min: min, Max: max, Value: value, Lang: "en"}
	s.ExtendBaseWidget(s)
	return s
}

// SetValue moves the strip to t and calls OnChanged if the value changed.
// A t outside the strip is held at the noon of its first or last day.
func (s *Strip) SetValue(t time.Time) {
	if t.Before(s.Min) {
		t = geodata.Noon(s.Min)
	}
	if t.After(s.Max) {
		t = geodata.Noon(s.Max)
	}
	if t.Equal(s.Value) {
		return
	}
	s.Value = t
	s.Refresh()
	if s.OnChanged != nil {
		s.OnChanged(t)
	}
}

// StepDays moves the value by n calendar days.
func (s *Strip) StepDays(n int) {
	s.SetValue(geodata.Noon(s.Value.In(geodata.Seoul).AddDate(0, 0, n)))
}

// ToStart moves the value to the first day of the strip.
func (s *Strip) ToStart() { s.SetValue(geodata.Noon(s.Min)) }

// ToEnd moves the value to the last day of the strip.
func (s *Strip) ToEnd() { s.SetValue(geodata.Noon(s.Max)) }

// Tapped jumps to the day under the tap.
func (s *Strip) Tapped(e *fyne.PointEvent) { s.SetValue(s.dayAt(e.Position.X)) }

// Dragged scrubs to the day under the pointer.
func (s *Strip) Dragged(e *fyne.DragEvent) { s.SetValue(s.dayAt(e.Position.X)) }

// DragEnd ends a scrub.
func (s *Strip) DragEnd() {}

// dayAt returns the noon of the day under x.
func (s *Strip) dayAt(x float32) time.Time {
	w := s.Size().Width - 2*stripPad
	if w <= 0 {
		return s.Value
	}
	f := float64((x - stripPad) / w)
	f = min(max(f, 0), 1)
	t := s.Min.Add(time.Duration(f * float64(s.Max.Sub(s.Min))))
	return geodata.Noon(t)
}

// xOf returns the track position of t for a strip of width w.
func (s *Strip) xOf(t time.Time, w float32) float32 {
	span := s.Max.Sub(s.Min)
	if span <= 0 {
		return stripPad
	}
	return stripPad + float32(float64(t.Sub(s.Min))/float64(span))*(w-2*stripPad)
}

// CreateRenderer builds the strip's canvas objects.
func (s *Strip) CreateRenderer() fyne.WidgetRenderer {
	r := &stripRenderer{s: s,
		bg:     canvas.NewRectangle(theme.Color(theme.ColorNameBackground)),
		track:  canvas.NewRectangle(colorTrack),
		date:   canvas.NewText("", theme.Color(theme.ColorNameForeground)),
		cursor: canvas.NewRectangle(colorCursor),
		knob:   canvas.NewCircle(colorCursor),
		ticks:  &fyne.Container{},
	}
	r.track.CornerRadius = trackHeight / 2
	r.date.TextSize = dateSize
	r.date.TextStyle = fyne.TextStyle{Bold: true}
	return r
}

type stripRenderer struct {
	s            *Strip
	bg, track    *canvas.Rectangle
	date         *canvas.Text
	cursor       *canvas.Rectangle
	knob         *canvas.Circle
	ticks        *fyne.Container
	size         fyne.Size
	ticksFor     fyne.Size
	ticksForLang string
}

func (r *stripRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.track, r.ticks, r.cursor, r.knob, r.date}
}

func (r *stripRenderer) Destroy() {}

func (r *stripRenderer) MinSize() fyne.Size {
	return fyne.NewSize(240, r.trackY()+trackHeight+tickLabel+24)
}

func (r *stripRenderer) trackY() float32 {
	return 8 + fyne.MeasureText("0", dateSize, fyne.TextStyle{Bold: true}).Height + 10
}

func (r *stripRenderer) Layout(s fyne.Size) {
	r.size = s
	r.bg.Resize(s)
	ty := r.trackY()
	r.track.Move(fyne.NewPos(stripPad, ty))
	r.track.Resize(fyne.NewSize(s.Width-2*stripPad, trackHeight))
	r.Refresh()
}

func (r *stripRenderer) Refresh() {
	s := r.s
	if r.size != s.Size() {
		r.Layout(s.Size())
		return
	}
	r.bg.FillColor = theme.Color(theme.ColorNameBackground)
	r.date.Color = theme.Color(theme.ColorNameForeground)
	r.date.Text = geodata.FormatDay(s.Value, s.Lang)
	ds := r.date.MinSize()
	r.date.Resize(ds)
	r.date.Move(fyne.NewPos(stripPad, 8))

	ty := r.trackY()
	x := s.xOf(s.Value, r.size.Width)
	r.cursor.Move(fyne.NewPos(x-1.5, ty-8))
	r.cursor.Resize(fyne.NewSize(3, trackHeight+16))
	r.knob.Move(fyne.NewPos(x-7, ty+trackHeight/2-7))
	r.knob.Resize(fyne.NewSquareSize(14))
	if r.ticksFor != r.size || r.ticksForLang != s.Lang {
		r.ticksFor, r.ticksForLang = r.size, s.Lang
		r.layoutTicks(ty)
	}
	for _, o := range r.ticks.Objects {
		if t, ok := o.(*canvas.Text); ok && t.Color != r.date.Color {
			t.Color = r.date.Color
			t.Refresh()
		}
	}
	for _, o := range []fyne.CanvasObject{r.bg, r.date, r.cursor, r.knob, r.track} {
		o.Refresh()
	}
}

// layoutTicks draws a tick per month and a taller, labelled one per year.
// Month names fill in where the strip leaves room for them; years come
// first, so a month name never pushes a year out.
func (r *stripRenderer) layoutTicks(ty float32) {
	s := r.s
	r.ticks.Objects = r.ticks.Objects[:0]
	fg := theme.Color(theme.ColorNameForeground)
	type label struct {
		x    float32
		text string
		year bool
	}
	var labels []label
	months := s.Max.Sub(s.Min).Hours() / 24 / 30.44
	perMonth := (r.size.Width - 2*stripPad) / float32(max(months, 1))
	nameWidth := fyne.MeasureText(geodata.MonthName(time.September, s.Lang, true), tickLabel, fyne.TextStyle{}).Width + 4
	y, m, _ := s.Min.In(geodata.Seoul).Date()
	t := time.Date(y, m, 1, 0, 0, 0, 0, geodata.Seoul)
	if t.Before(s.Min) {
		t = t.AddDate(0, 1, 0)
	}
	for ; !t.After(s.Max); t = t.AddDate(0, 1, 0) {
		x := s.xOf(t, r.size.Width)
		year := t.Month() == time.January
		h := float32(6)
		if year {
			h = 14
		}
		tick := canvas.NewRectangle(colorTrack)
		tick.Move(fyne.NewPos(x-0.5, ty+trackHeight))
		tick.Resize(fyne.NewSize(1, h))
		r.ticks.Objects = append(r.ticks.Objects, tick)
		if year {
			labels = append(labels, label{x + 2, fmt.Sprint(t.Year()), true})
		} else if perMonth >= nameWidth {
			labels = append(labels, label{x + 2, geodata.MonthName(t.Month(), s.Lang, true), false})
		}
	}
	var spans [][2]float32 // horizontal extents of the labels drawn
	free := func(a, b float32) bool {
		for _, sp := range spans {
			if a < sp[1]+4 && sp[0] < b+4 {
				return false
			}
		}
		return true
	}
	for _, pass := range []bool{true, false} {
		for _, l := range labels {
			if l.year != pass {
				continue
			}
			txt := canvas.NewText(l.text, fg)
			txt.TextSize = tickLabel
			txt.TextStyle.Bold = l.year
			w := txt.MinSize().Width
			if !free(l.x, l.x+w) || l.x+w > r.size.Width {
				continue
			}
			spans = append(spans, [2]float32{l.x, l.x + w})
			txt.Move(fyne.NewPos(l.x, ty+trackHeight+2))
			txt.Resize(txt.MinSize())
			r.ticks.Objects = append(r.ticks.Objects, txt)
		}
	}
	r.ticks.Refresh()
}
