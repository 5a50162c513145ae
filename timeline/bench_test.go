package timeline

import (
	"testing"
	"time"

	"korea1950/geodata"
)

// BenchmarkTimelineRedraw measures a full redraw of the body with the
// shipped data at 1920 pixels wide: laying out the scene (ticks, eras,
// markers or lanes and arrows, labels) and painting it into the raster.
func BenchmarkTimelineRedraw(b *testing.B) {
	for _, tc := range []struct {
		name     string
		mode     Mode
		from, to time.Time
	}{
		{"events/whole-span", ModeEvents, geodata.SpanStart, geodata.SpanEnd},
		{"events/october-1950", ModeEvents, at(1950, 10, 1, 0, 0), at(1950, 11, 1, 0, 0)},
		{"signals/whole-span", ModeSignals, geodata.SpanStart, geodata.SpanEnd},
		{"signals/1-20-october-1950", ModeSignals, at(1950, 10, 1, 0, 0), at(1950, 10, 20, 0, 0)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			tl, _ := newTestTimeline(b, 1920, tc.mode)
			tl.SetWindow(tc.from, tc.to)
			size := tl.Size()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				s := tl.buildScene(size, measure)
				paint(s, int(size.Width), int(size.Height))
			}
		})
	}
}
