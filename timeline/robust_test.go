package timeline

import (
	"testing"
	"time"

	"github.com/paulmach/orb"

	"korea1950/geodata"
)

// Odd features a user's file may hold draw in both views at every zoom
// without breaking the timeline: a message received as it was sent, one
// between places the lanes do not know, one never sent with no end, an
// event with no end before the span and one after it, a place.
func TestTimelineOddFeatures(t *testing.T) {
	tl, win := newTestTimeline(t, 900, ModeSignals)
	a := at(1950, 10, 2, 23, 0)
	odd := []*geodata.Feature{
		{ID: "instant", Kind: geodata.KindMessage, Side: "us", Sender: "washington", Receiver: "tokyo", From: a, Until: a, Delivered: true},
		{ID: "unknown", Kind: geodata.KindMessage, Side: "india", Sender: "nowhere", Receiver: "elsewhere", Via: []string{"", "x"}, From: a, Until: a.Add(time.Hour), Delivered: true},
		{ID: "draft", Kind: geodata.KindMessage, Side: "prc", Sender: "beijing", Receiver: "moscow", From: a, Until: geodata.Never},
		{ID: "before", Kind: geodata.KindEvent, Side: "kpa", From: geodata.Always, Until: a, Geometry: orb.Point{127, 38}},
		{ID: "after", Kind: geodata.KindDecision, Side: "us", From: geodata.SpanEnd.Add(time.Hour), Until: geodata.Never},
		{ID: "place", Kind: geodata.KindPlace, Side: "neutral", From: geodata.Always, Until: geodata.Never},
	}
	tl.SetFeatures(append(append([]*geodata.Feature{}, shipped().Features...), odd...))
	for _, mode := range []Mode{ModeSignals, ModeEvents} {
		tl.SetMode(mode)
		for _, w := range [][2]time.Time{
			{geodata.SpanStart, geodata.SpanEnd},
			{at(1950, 10, 2, 20, 0), at(1950, 10, 3, 2, 0)},
			{at(1953, 7, 1, 0, 0), at(1953, 7, 31, 0, 0)},
		} {
			tl.SetWindow(w[0], w[1])
			tl.Select("draft")
			win.Canvas().Capture()
			tl.NextEvent()
			tl.PrevEvent()
		}
	}
}
