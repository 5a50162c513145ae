package timeline

import (
	"strings"
	"testing"
	"time"

	"korea1950/geodata"
)

// fixedMeasure is a stand-in for font metrics: 7 pixels a letter, 8 bold.
func fixedMeasure(text string, size float32, bold bool) float32 {
	w := float32(7)
	if bold {
		w = 8
	}
	return w * float32(len([]rune(text))) * size / 12
}

func TestRulerLevelFollowsTheZoom(t *testing.T) {
	for _, tc := range []struct {
		name     string
		from, to time.Time
		width    float32
		fine     level
		ctx      level
		labels   []string // each must be among the fine labels
		contexts []string // each must be among the context labels
	}{
		{"whole span, narrow", geodata.SpanStart, geodata.SpanEnd, 400, yearLevel, noLevel,
			[]string{"1950", "1951", "1952", "1953"}, nil},
		{"whole span, laptop", geodata.SpanStart, geodata.SpanEnd, 1000, quarterLevel, yearLevel,
			[]string{"Jan", "Apr", "Jul", "Oct"}, []string{"1950", "1951", "1952", "1953"}},
		{"whole span, projector", geodata.SpanStart, geodata.SpanEnd, 1920, monthLevel, yearLevel,
			[]string{"Jan", "Feb", "Sep", "Dec"}, []string{"1950", "1951", "1952", "1953"}},
		{"one year", at(1950, 6, 1, 0, 0), at(1951, 6, 1, 0, 0), 1000, monthLevel, yearLevel,
			[]string{"Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan"}, []string{"1951"}},
		{"one month", at(1950, 10, 1, 0, 0), at(1950, 11, 1, 0, 0), 1200, dayLevel, monthLevel,
			[]string{"1", "2", "15", "31"}, []string{"October 1950"}},
		{"one month, narrow", at(1950, 10, 1, 0, 0), at(1950, 11, 1, 0, 0), 400, weekLevel, monthLevel,
			[]string{"2", "9", "16", "23", "30"}, []string{"October 1950"}},
		{"two days", at(1950, 10, 1, 0, 0), at(1950, 10, 3, 0, 0), 1200, hour3, dayLevel,
			[]string{"00:00", "03:00", "21:00"}, []string{"1 October 1950", "2 October 1950"}},
		{"six hours", at(1950, 10, 2, 20, 0), at(1950, 10, 3, 2, 0), 600, hour1, dayLevel,
			[]string{"21:00", "22:00", "23:00", "00:00", "01:00"}, []string{"2 October 1950", "3 October 1950"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := layoutRuler(tc.from, tc.to, 0, tc.width, "en", fixedMeasure)
			if r.fine != tc.fine || r.ctx != tc.ctx {
				t.Errorf("levels fine %v, context %v; want %v, %v", r.fine, r.ctx, tc.fine, tc.ctx)
			}
			rows := [2]map[string]bool{{}, {}}
			for _, l := range r.labels {
				rows[l.row][l.text] = true
			}
			for _, want := range tc.labels {
				if !rows[0][want] {
					t.Errorf("no fine label %q among %v", want, rows[0])
				}
			}
			for _, want := range tc.contexts {
				if !rows[1][want] {
					t.Errorf("no context label %q among %v", want, rows[1])
				}
			}
		})
	}
}

// Across zooms from the whole span to six hours, widths from a phone's to
// a projector's and every language, no two labels of a row overlap and
// none runs off the ruler.
func TestRulerLabelsNeverOverlap(t *testing.T) {
	centre := at(1950, 10, 2, 23, 0)
	for _, lang := range geodata.Languages {
		for _, width := range []float32{300, 640, 1024, 1920, 3000} {
			for w := geodata.SpanEnd.Sub(geodata.SpanStart); w >= minWindow; w = w * 2 / 3 {
				from := centre.Add(-w / 3)
				r := layoutRuler(from, from.Add(w), 20, width-20, lang, fixedMeasure)
				if len(r.labels) == 0 {
					t.Errorf("%s %v at %.0f px: no labels", lang, w, width)
				}
				var last [2]*rulerLabel
				for i := range r.labels {
					l := &r.labels[i]
					if l.x+l.w > width-20 {
						t.Errorf("%s %v at %.0f px: %q runs off the ruler", lang, w, width, l.text)
					}
					if p := last[l.row]; p != nil && p.x+p.w+labelGap > l.x {
						t.Errorf("%s %v at %.0f px: %q and %q overlap", lang, w, width, p.text, l.text)
					}
					last[l.row] = l
				}
			}
		}
	}
}

// Hour ticks are Seoul's wall clock, across the end of summer time too.
func TestHourTicksKeepTheWallClock(t *testing.T) {
	from := at(1950, 9, 9, 0, 0)
	for tk := hour3.floor(from); tk.Before(from.Add(48 * time.Hour)); tk = hour3.next(tk) {
		if h := tk.In(geodata.Seoul).Hour(); h%3 != 0 || tk.In(geodata.Seoul).Minute() != 0 {
			t.Fatalf("3-hour tick at %v", tk.In(geodata.Seoul))
		}
	}
	if got := contextLabel(monthLevel, at(1950, 10, 5, 0, 0), "ko"); !strings.Contains(got, "1950년 10월") {
		t.Errorf("Korean month context %q", got)
	}
}
