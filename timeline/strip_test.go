package timeline

import (
	"sort"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"korea1950/geodata"
	"korea1950/internal/golden"
)

func day(y int, m time.Month, d int) time.Time {
	return geodata.Noon(time.Date(y, m, d, 0, 0, 0, 0, geodata.Seoul))
}

func newTestStrip(t *testing.T, w float32) (*Strip, fyne.Window, *[]time.Time) {
	t.Helper()
	test.NewTempApp(t)
	s := NewStrip(geodata.SpanStart, geodata.SpanEnd, geodata.Opening)
	var got []time.Time
	s.OnChanged = func(v time.Time) { got = append(got, v) }
	win := test.NewWindow(s)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, s.MinSize().Height))
	t.Cleanup(win.Close)
	return s, win, &got
}

func TestStepping(t *testing.T) {
	tests := []struct {
		name string
		step func(s *Strip)
		want time.Time
	}{
		{"next day", func(s *Strip) { s.StepDays(1) }, day(1950, 6, 26)},
		{"previous day", func(s *Strip) { s.StepDays(-1) }, day(1950, 6, 24)},
		{"a week on", func(s *Strip) { s.StepDays(7) }, day(1950, 7, 2)},
		{"to start", func(s *Strip) { s.ToStart() }, day(1949, 7, 1)},
		{"to end", func(s *Strip) { s.ToEnd() }, day(1953, 7, 31)},
		{"past the end is held", func(s *Strip) { s.ToEnd(); s.StepDays(30) }, day(1953, 7, 31)},
		{"before the start is held", func(s *Strip) { s.ToStart(); s.StepDays(-30) }, day(1949, 7, 1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _, got := newTestStrip(t, 600)
			tc.step(s)
			if !s.Value.Equal(tc.want) {
				t.Errorf("value %v, want %v", s.Value, tc.want)
			}
			if len(*got) == 0 || !(*got)[len(*got)-1].Equal(s.Value) {
				t.Errorf("OnChanged saw %v, want it to end on %v", *got, s.Value)
			}
		})
	}
}

// Across 1950 Seoul moved from summer time (UTC+10) to UTC+9: stepping a
// day must still land on noon of the next calendar day.
func TestSteppingAcrossSummerTime(t *testing.T) {
	s, _, _ := newTestStrip(t, 600)
	s.SetValue(day(1950, 9, 9))
	for i := 0; i < 30; i++ {
		s.StepDays(1)
		if h := s.Value.In(geodata.Seoul).Hour(); h != 12 {
			t.Fatalf("after %d steps the value is %v, not noon in Seoul", i+1, s.Value.In(geodata.Seoul))
		}
	}
	if !s.Value.Equal(day(1950, 10, 9)) {
		t.Errorf("30 steps from 9 September gave %v", s.Value.In(geodata.Seoul))
	}
}

func TestTapAndDragPickTheDayUnderThePointer(t *testing.T) {
	s, _, got := newTestStrip(t, 800)
	for _, want := range []time.Time{day(1950, 10, 19), day(1951, 1, 4), day(1950, 9, 15)} {
		x := s.xOf(want, s.Size().Width)
		test.TapAt(s, fyne.NewPos(x, 60))
		// A pixel spans more than a day at this width: within a day is exact.
		if d := s.Value.Sub(want); d < -36*time.Hour || d > 36*time.Hour {
			t.Errorf("tap at the x of %v chose %v", want.Format("2006-01-02"), s.Value.Format("2006-01-02"))
		}
	}
	s.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(-50, 60)}})
	if !s.Value.Equal(geodata.Noon(s.Min)) {
		t.Errorf("drag past the left end chose %v, want the first day", s.Value)
	}
	if len(*got) != 4 {
		t.Errorf("OnChanged called %d times, want 4", len(*got))
	}
	if h := s.Value.In(geodata.Seoul).Hour(); h != 12 {
		t.Errorf("a tapped value is %v, not a noon", s.Value)
	}
}

func TestStripGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		w    float32
		v    time.Time
		lang string
	}{
		{"wide-opening", 640, geodata.Opening, "en"},
		{"narrow-crossing", 320, day(1950, 10, 19), "en"},
		{"months-inchon", 1300, day(1950, 9, 15), "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, win, _ := newTestStrip(t, tc.w)
			s.Lang = tc.lang
			s.SetValue(tc.v)
			golden.Assert(t, "strip/"+tc.name+".png", win.Canvas().Capture())
		})
	}
}

func TestTickLabelsNeverOverlap(t *testing.T) {
	for _, lang := range []string{"en", "ko", "zh"} {
		for w := float32(300); w <= 2000; w += 100 {
			s, _, _ := newTestStrip(t, w)
			s.Lang = lang
			s.Refresh()
			r := test.WidgetRenderer(s).(*stripRenderer)
			var texts []*canvas.Text
			years := map[string]bool{}
			for _, o := range r.ticks.Objects {
				if txt, ok := o.(*canvas.Text); ok {
					texts = append(texts, txt)
					if txt.TextStyle.Bold {
						years[txt.Text] = true
					}
				}
			}
			for _, y := range []string{"1950", "1951", "1952", "1953"} {
				if !years[y] {
					t.Errorf("%s width %.0f: year %s is not labelled", lang, w, y)
				}
			}
			sort.Slice(texts, func(i, j int) bool { return texts[i].Position().X < texts[j].Position().X })
			for i := 1; i < len(texts); i++ {
				a, b := texts[i-1], texts[i]
				if a.Position().X+a.Size().Width > b.Position().X {
					t.Errorf("%s width %.0f: tick labels %q and %q overlap", lang, w, a.Text, b.Text)
				}
			}
		}
	}
}
