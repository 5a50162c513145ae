package maps

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"korea1950/geodata"
)

func TestMoveDates(t *testing.T) {
	seoul := func(m time.Month, d, h int) time.Time { return time.Date(1950, m, d, h, 0, 0, 0, geodata.Seoul) }
	washington, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name        string
		from, until time.Time
		zone        *time.Location
		approx      bool
		uncertain   bool
		lang, want  string
	}{
		{"one month", seoul(9, 16, 0), seoul(9, 29, 0), nil, false, false, "en", "16–28 Sep"},
		{"two months", seoul(9, 28, 0), seoul(10, 4, 0), nil, false, false, "en", "28 Sep–3 Oct"},
		{"one day", seoul(9, 16, 0), seoul(9, 17, 0), nil, false, false, "en", "16 Sep"},
		{"approximate", seoul(9, 16, 0), seoul(9, 29, 0), nil, true, false, "en", "c. 16–28 Sep"},
		{"uncertain", seoul(9, 16, 0), seoul(9, 29, 0), nil, false, true, "en", "c. 16–28 Sep"},
		// 16 Sep 09:00 in Seoul is still 15 Sep in Washington.
		{"own zone", seoul(9, 16, 9), seoul(9, 29, 9), washington, false, false, "en", "15–28 Sep"},
		{"no end", seoul(9, 16, 0), geodata.Never, nil, false, false, "en", "16 Sep"},
		{"korean", seoul(9, 16, 0), seoul(9, 29, 0), nil, true, false, "ko", "약 9월 16–28일"},
		{"chinese", seoul(9, 28, 0), seoul(10, 4, 0), nil, false, false, "zh", "9月28日–10月3日"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := feature("m", geodata.KindMove, "us", nil, c.from, c.until)
			f.Zone = c.zone
			f.Start.Approximate, f.Start.Uncertain = c.approx, c.uncertain
			if got := moveDates(f, c.lang); got != c.want {
				t.Errorf("moveDates = %q, want %q", got, c.want)
			}
		})
	}
}

// An arrow carries its dates on a plate beside its drawn path, clear of
// the shaft; with no room, the dates are left out.
func TestMoveArrowCarriesItsDates(t *testing.T) {
	from, until := time.Date(1950, 9, 16, 0, 0, 0, 0, geodata.Seoul), time.Date(1950, 9, 29, 0, 0, 0, 0, geodata.Seoul)
	path := orb.LineString{{126, 36}, {127, 36.3}, {128, 36}}
	mv := feature("m", geodata.KindMove, "us", path, from, until)
	mv.Start.Approximate = true
	s := newStore(t, mv)
	at := from.Add(until.Sub(from) * 3 / 4)

	var o overlay
	o.px = 1
	o.build(testInput(s, at, AllLayers))
	var drawn []vec
	for _, h := range o.sc.hits {
		if h.f == mv {
			drawn = o.sc.pts[h.p0:h.p1]
		}
	}
	if len(drawn) < 2 {
		t.Fatal("no arrow drawn")
	}
	var label *textItem
	for i, tx := range o.sc.texts {
		if tx.Text == "c. 16–28 Sep" {
			label = &o.sc.texts[i]
		}
	}
	if label == nil {
		t.Fatalf("no dates on the arrow; texts %v", o.sc.texts)
	}
	b := label.Box
	cx, cy := float32(b.X+b.W/2), float32(b.Y+b.H/2)
	if d := distToLine(drawn, cx, cy); d > float32(b.H+b.W/2) {
		t.Errorf("the dates are %.0f px from the arrow", d)
	}
	// The plate clears the shaft: no point of the path within half the
	// shaft's width of it.
	for i := 1; i < len(drawn); i++ {
		for k := 0.0; k <= 1; k += 0.05 {
			x := float64(drawn[i-1].X + (drawn[i].X-drawn[i-1].X)*float32(k))
			y := float64(drawn[i-1].Y + (drawn[i].Y-drawn[i-1].Y)*float32(k))
			r := Rect{b.X - moveW/2, b.Y - moveW/2, b.W + moveW, b.H + moveW}
			if x > r.X && x < r.X+r.W && y > r.Y && y < r.Y+r.H {
				t.Fatalf("the dates' plate %v covers the shaft at (%.0f, %.0f)", b, x, y)
			}
		}
	}

	// No room anywhere: the dates are dropped, the arrow is still drawn.
	in := testInput(s, at, AllLayers)
	in.reserved = []Rect{{0, 0, in.vp.Width, in.vp.Height}}
	var full overlay
	full.px = 1
	full.build(in)
	for _, tx := range full.sc.texts {
		if strings.Contains(tx.Text, "Sep") {
			t.Errorf("dates %q placed over a reserved map", tx.Text)
		}
	}
	arrows := 0
	for _, h := range full.sc.hits {
		if h.class == hitMove {
			arrows++
		}
	}
	if arrows != 1 {
		t.Errorf("%d arrows drawn on a map without room for text, want 1", arrows)
	}
}

// A message's endpoint that the map shows, or that the basemap names
// already, gets no edge marker of its own.
func TestEdgeMarkerNotForPlacesShown(t *testing.T) {
	// The peninsula view at 800×500 spans 117.3–137.7°E.
	seoul, inside, beijing, moscow := place("seoul", 126.98, 37.57), place("near-edge", 117.6, 40), place("beijing", 116.4, 39.9), place("moscow", 37.6, 55.75)
	beijing.Title, moscow.Title = "Beijing", "Moscow"
	msg := func(id string, from *geodata.Feature) *geodata.Feature {
		f := feature(id, geodata.KindMessage, "prc", nil, t0, t1)
		f.Sender, f.Receiver, f.Bound = from.ID, "seoul", from.Bound.Union(seoul.Bound)
		return f
	}
	s := newStore(t, seoul, inside, beijing, moscow, msg("a", inside), msg("b", beijing), msg("c", moscow), msg("d", beijing))
	names := func(in frameInput) (map[string]int, int) {
		var o overlay
		o.px = 1
		o.build(in)
		n := map[string]int{}
		for _, tx := range o.sc.texts {
			n[tx.Text]++
		}
		markers := 0
		for _, h := range o.sc.hits {
			if h.class == hitMessage && h.p0 < 0 && h.r == edgeMarkerSize {
				markers++
			}
		}
		return n, markers
	}
	in := testInput(s, t0.Add(time.Hour), AllLayers)
	n, _ := names(in)
	if n["near-edge"] != 0 {
		t.Errorf("a place on the map got an edge marker")
	}
	if n["Beijing"] != 1 || n["Moscow"] != 1 {
		t.Errorf("without basemap labels: Beijing named %d times, Moscow %d; want each once", n["Beijing"], n["Moscow"])
	}
	// The basemap's labels of Beijing (by name) and Moscow (at its place,
	// named otherwise) take the edge markers' place.
	in.labels = []Label{
		{Place: &Place{Names: map[string]string{"en": "Beijing"}, Kind: "city", At: orb.Point{116.407, 39.904}}, Text: "Beijing", Edge: true},
		{Place: &Place{Names: map[string]string{"en": "Moskva"}, Kind: "edge", At: orb.Point{37.617, 55.756}}, Text: "Moskva", Edge: true},
	}
	n, markers := names(in)
	if n["Beijing"] != 0 || n["Moscow"] != 0 || markers != 0 {
		t.Errorf("with basemap labels: Beijing named %d times, Moscow %d, %d edge markers; want none", n["Beijing"], n["Moscow"], markers)
	}
}

// On the peninsula on 3 September, Beijing is named once on the map.
func TestBeijingNamedOnce(t *testing.T) {
	m, win := newDataMap(t, Peninsula, 800, 500, day(9, 3))
	win.Canvas().Capture()
	n := 0
	for _, o := range m.shownTexts() {
		if o == "Beijing" {
			n++
		}
	}
	if n > 1 {
		t.Errorf("Beijing is named %d times on the map", n)
	}
}

// Unit symbols left out for want of room are counted on a plate at the
// bottom right, and fewer are left out when the map is zoomed in.
func TestHiddenFormationsCounted(t *testing.T) {
	at := day(8, 15)
	count := func(in frameInput) (int, *textItem) {
		var o overlay
		o.px = 1
		o.build(in)
		for i, tx := range o.sc.texts {
			if strings.Contains(tx.Text, "formations") {
				return o.hidden, &o.sc.texts[i]
			}
		}
		return o.hidden, nil
	}
	in := testInput(shipped(t), at, AllLayers)
	n, plate := count(in)
	if n == 0 || plate == nil {
		t.Fatalf("15 August at 800×500: %d symbols left out, plate %v; want some, counted", n, plate)
	}
	if want := "+" + strconv.Itoa(n) + " formations — zoom in"; plate.Text != want {
		t.Errorf("plate %q, want %q", plate.Text, want)
	}
	if b := plate.Box; b.X+b.W < in.vp.Width*0.6 || b.Y < in.vp.Height*0.6 || !b.inside(in.vp.Width, in.vp.Height) {
		t.Errorf("plate at %v, want it in the bottom right of the %gx%g map", b, in.vp.Width, in.vp.Height)
	}
	x, y := in.vp.ToPixel(orb.Point{128.6, 35.87}) // Taegu
	in.vp.ZoomAbout(3, x, y)
	zoomed, _ := count(in)
	if zoomed >= n {
		t.Errorf("zoomed in on Taegu, %d symbols left out, not fewer than %d", zoomed, n)
	}
	in.layers &^= LayerUnits
	if n, plate := count(in); n != 0 || plate != nil {
		t.Errorf("without units: %d left out, plate %v", n, plate)
	}
}

// shownTexts returns every text the map shows: the basemap's labels and
// the overlay's.
func (m *Map) shownTexts() []string {
	r := test.WidgetRenderer(m).(*mapRenderer)
	var out []string
	for _, l := range r.placed {
		out = append(out, l.Text)
	}
	for _, tx := range m.ov.sc.texts {
		out = append(out, tx.Text)
	}
	return out
}

// Every arc to one place off the map ends at one edge marker, whichever
// way it bows: at noon on 1 October Kim Il-sung's plea travels to Stalin's
// Black Sea dacha while Stalin's answer travels back from it, and both
// meet the map's edge at the same point, named once.
func TestArcsToOneFarPlaceShareTheirMarker(t *testing.T) {
	at := time.Date(1950, 10, 1, 12, 0, 0, 0, geodata.Seoul)
	var o overlay
	o.px = 1
	o.build(testInput(shipped(t), at, AllLayers))
	ends := map[string]vec{}
	for _, h := range o.sc.hits {
		if h.class != hitMessage || h.p0 < 0 {
			continue
		}
		pts := o.sc.pts[h.p0:h.p1]
		switch h.f.ID {
		case "kim-stalin-plea-1950-10-01":
			ends[h.f.ID] = pts[len(pts)-1]
		case "stalin-kim-1950-10-01":
			ends[h.f.ID] = pts[0]
		}
	}
	a, ok1 := ends["kim-stalin-plea-1950-10-01"]
	b, ok2 := ends["stalin-kim-1950-10-01"]
	if !ok1 || !ok2 {
		t.Fatalf("the two arcs are not both drawn: %v", ends)
	}
	if math.Hypot(float64(a.X-b.X), float64(a.Y-b.Y)) > 1 {
		t.Errorf("the plea ends at %v and the answer starts at %v: two markers for one place", a, b)
	}
	n := 0
	for _, tx := range o.sc.texts {
		if tx.Text == "Stalin's Black Sea dacha" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the dacha is named %d times, want once", n)
	}
}
