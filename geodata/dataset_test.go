package geodata

// Tests that protect the embedded 1950 dataset. A dataset can be clean and
// consistent and still wrong, so besides its structure these tests pin
// facts written here, independently of the data files.

import (
	"fmt"
	"math"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"

	"korea1950/assets"
)

// chapterWork is how the data cites the chapter it teaches.
const chapterWork = "Christensen, Worse Than a Monolith"

// shipped is the embedded dataset, loaded once for the tests that only
// read it.
var shipped = sync.OnceValue(func() *Dataset { return Load(Embedded()) })

func embeddedByID(t *testing.T) (*Dataset, map[string]*Feature) {
	t.Helper()
	ds := shipped()
	if len(ds.Problems) > 0 {
		t.Fatalf("the embedded data has problems:\n%v", ds.Problems)
	}
	return ds, byID(ds)
}

// need returns the feature of id, of kind k, or fails the test.
func need(t *testing.T, fs map[string]*Feature, id string, k Kind) *Feature {
	t.Helper()
	f := fs[id]
	if f == nil {
		t.Fatalf("%s: not in the embedded data", id)
	}
	if f.Kind != k {
		t.Fatalf("%s: a %s, want a %s", id, f.Kind, k)
	}
	return f
}

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := loadZone(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func at(loc *time.Location, y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, loc)
}

func TestDatasetReferences(t *testing.T) {
	ds, fs := embeddedByID(t)
	for _, f := range ds.Features {
		refs := append([]string{f.Place, f.Sender, f.Receiver}, f.Via...)
		for _, id := range refs {
			if id == "" {
				continue
			}
			if p := fs[id]; p == nil || p.Kind != KindPlace {
				t.Errorf("%s: %q is not a place", f.ID, id)
			}
		}
		if f.Kind == KindMessage && (f.Sender == "" || f.Receiver == "") {
			t.Errorf("%s: a message without from and to", f.ID)
		}
	}
}

// TestDatasetSeries checks that each series is written in date order, one
// kind to a series, and that the front and the held territory have the
// keyframes the war needs: 30 or more from June to December 1950, 10 or
// more from 1951 to the armistice.
func TestDatasetSeries(t *testing.T) {
	ds, _ := embeddedByID(t)
	series := map[string][]*Feature{}
	for _, f := range ds.Features {
		if f.Series != "" {
			series[f.Series] = append(series[f.Series], f)
		}
	}
	for name, keys := range series {
		sort.SliceStable(keys, func(i, j int) bool {
			if keys[i].File != keys[j].File {
				return keys[i].File < keys[j].File
			}
			return keys[i].Index < keys[j].Index
		})
		for i := 1; i < len(keys); i++ {
			a, b := keys[i-1], keys[i]
			if !a.Start.Start.Before(b.Start.Start) {
				t.Errorf("series %s: %s (%s) is written after %s (%s)", name, b.ID, b.Start.Raw, a.ID, a.Start.Raw)
			}
			if a.Kind != b.Kind {
				t.Errorf("series %s: a %s and a %s", name, a.Kind, b.Kind)
			}
		}
	}
	seoul := Seoul
	for _, name := range []string{"front", "dprk-held"} {
		var war1950, later int
		for _, f := range series[name] {
			switch s := f.Start.Start; {
			case !s.Before(at(seoul, 1950, 6, 25, 0, 0)) && s.Before(at(seoul, 1951, 1, 1, 0, 0)):
				war1950++
			case !s.Before(at(seoul, 1951, 1, 1, 0, 0)) && s.Before(at(seoul, 1953, 7, 28, 0, 0)):
				later++
			}
		}
		if war1950 < 30 || later < 10 {
			t.Errorf("series %s: %d keyframes in June–December 1950 (want 30 or more), %d in 1951–1953 (want 10 or more)", name, war1950, later)
		}
		keys := series[name]
		if last := keys[len(keys)-1]; last.Start.Raw != "1953-07-27" {
			t.Errorf("series %s ends with %s on %s, want the armistice line of 1953-07-27", name, last.ID, last.Start.Raw)
		}
	}
	// The line jumped at the Inchon landing and at the Chinese offensives:
	// a morph across them would teach something false.
	for _, f := range append(series["front"], series["dprk-held"]...) {
		d := f.Start.Raw
		jump := d == "1950-09-15" || d == "1950-10-25" || d == "1950-11-25" || d == "1950-11-26" ||
			d == "1950-11-27" || d == "1950-11-28" || d == "1950-12-31" || d == "1951-01-01"
		if jump && f.Interpolate {
			t.Errorf("%s: interpolates into %s, a sudden change", f.ID, d)
		}
	}
}

// TestDatasetDates checks that every date lies within 1949–1953.
func TestDatasetDates(t *testing.T) {
	ds, _ := embeddedByID(t)
	first, last := at(Seoul, 1949, 1, 1, 0, 0), at(Seoul, 1954, 1, 1, 0, 0)
	in := func(d Date) bool {
		return (d.OpenStart || !d.Start.Before(first)) && (d.OpenEnd || !d.End.After(last))
	}
	for _, f := range ds.Features {
		if f.Kind == KindPlace && f.Start.Raw == "" {
			continue
		}
		if !in(f.Start) || (f.End.Raw != "" && !in(f.End)) {
			t.Errorf("%s: %s–%s is outside 1949–1953", f.ID, f.Start.Raw, f.End.Raw)
		}
		for _, a := range f.DateAlt {
			if !in(a.Date) {
				t.Errorf("%s: date_alt %s is outside 1949–1953", f.ID, a.Value)
			}
		}
	}
}

// TestDatasetSources checks that every feature cites a work, and that every
// decision and message cites the chapter with its endnote, or says that
// the passage has none.
func TestDatasetSources(t *testing.T) {
	ds, _ := embeddedByID(t)
	for _, f := range ds.Features {
		if len(f.Sources) == 0 {
			t.Errorf("%s: no source", f.ID)
		}
		chapter := false
		for _, s := range f.Sources {
			if strings.TrimSpace(s.Work) == "" {
				t.Errorf("%s: a source without a work", f.ID)
			}
			if strings.HasPrefix(s.Work, chapterWork) && (s.Endnote > 0 || strings.Contains(s.Note, "no endnote")) {
				chapter = true
			}
		}
		if (f.Kind == KindMessage || f.Kind == KindDecision) && !chapter {
			t.Errorf("%s: a %s that does not cite the chapter's endnote", f.ID, f.Kind)
		}
	}
}

// TestPinnedSignals pins the chapter's timeline of October 1950, in the
// local times of the places where things happened.
func TestPinnedSignals(t *testing.T) {
	_, fs := embeddedByID(t)
	moscow, beijing := zone(t, "Europe/Moscow"), zone(t, "Asia/Shanghai")

	// Kim's plea reaches Stalin early on 1 October (Moscow time) ...
	plea := need(t, fs, "kim-stalin-plea-1950-10-01", KindMessage)
	if plea.Sender != "pyongyang" || plea.End.Raw == "" {
		t.Fatalf("Kim's plea: from %q, received %q; want from pyongyang, with its receipt", plea.Sender, plea.End.Raw)
	}
	if r := plea.End; r.Start.Before(at(moscow, 1950, 10, 1, 0, 0)) || r.End.After(at(moscow, 1950, 10, 1, 12, 0)) {
		t.Errorf("Kim's plea received %s to %s, want early on 1 October in Moscow time", r.Start.In(moscow), r.End.In(moscow))
	}
	// ... and Stalin asks Mao about an hour later.
	ask := need(t, fs, "stalin-mao-1950-10-01", KindMessage)
	if ask.Receiver != "beijing" {
		t.Errorf("Stalin's request goes to %q, want beijing", ask.Receiver)
	}
	for _, gap := range []time.Duration{ask.Start.Start.Sub(plea.End.Start), ask.Start.End.Sub(plea.End.End)} {
		if gap < 30*time.Minute || gap > 90*time.Minute {
			t.Errorf("Stalin's request is sent %v after Kim's plea arrives (%s vs %s), want about an hour", gap, ask.Start.Raw, plea.End.Raw)
		}
	}

	// Zhou's warning, through India's ambassador, around midnight of 2–3 October in Beijing.
	zhou := need(t, fs, "zhou-panikkar-1950-10-02", KindMessage)
	midnight := at(beijing, 1950, 10, 3, 0, 0)
	if zhou.Sender != "beijing" || !slices.Contains(zhou.Via, "india-embassy-beijing") ||
		zhou.Start.Start.Before(midnight.Add(-2*time.Hour)) || zhou.Start.End.After(midnight.Add(2*time.Hour)) {
		t.Errorf("Zhou's warning: from %s via %v at %s; want from Beijing via India's embassy around midnight of 2–3 October", zhou.Sender, zhou.Via, zhou.Start.Raw)
	}
	if draft := need(t, fs, "mao-draft-1950-10-02", KindMessage); draft.Delivered {
		t.Error("Mao's draft of 2 October was never sent, but is marked delivered")
	}

	// U.S. forces cross the 38th on 7 October, or 7–8 October as line 58 has it.
	cross := need(t, fs, "us-crosses-38th", KindEvent)
	if cross.Start.Start.In(Seoul).Day() != 7 || len(cross.DateAlt) == 0 {
		t.Errorf("the U.S. crossing: %s with %d other dates; want 7 October, and 8 October kept as another date", cross.Start.Raw, len(cross.DateAlt))
	}

	// Mao's final decision on 13 October, in Beijing.
	mao := need(t, fs, "mao-decides-1950-10-13", KindDecision)
	if mao.Start.Start.Before(at(beijing, 1950, 10, 13, 0, 0)) || mao.Start.End.After(at(beijing, 1950, 10, 14, 0, 0)) {
		t.Errorf("Mao's final decision: %s, want 13 October in Beijing", mao.Start.Raw)
	}

	// The Chinese cross the Yalu on the night of 18–19 October, the day Pyongyang falls.
	yalu := need(t, fs, "cpv-crosses-yalu-1950-10-19", KindEvent)
	if yalu.Start.Start.Before(at(beijing, 1950, 10, 18, 17, 0)) || yalu.Start.End.After(at(beijing, 1950, 10, 19, 12, 0)) {
		t.Errorf("the Chinese crossing: %s (%s to %s Beijing time), want the night of 18–19 October",
			yalu.Start.Raw, yalu.Start.Start.In(beijing), yalu.Start.End.In(beijing))
	}
	falls := need(t, fs, "pyongyang-falls-1950-10-19", KindEvent)
	if !falls.Overlaps(at(Seoul, 1950, 10, 19, 0, 0), at(Seoul, 1950, 10, 20, 0, 0)) {
		t.Errorf("Pyongyang falls on %s, want 19 October", falls.Start.Raw)
	}
}

// korea is the peninsula south of the Yalu and the Tumen, from the
// basemap's river courses closed through the seas around it.
func korea(t *testing.T) orb.Polygon {
	t.Helper()
	fc, err := geojson.UnmarshalFeatureCollection(assets.Peninsula)
	if err != nil {
		t.Fatal(err)
	}
	rivers := map[string]orb.LineString{}
	for _, f := range fc.Features {
		if ls, ok := f.Geometry.(orb.LineString); ok && f.Properties["layer"] == "river" {
			rivers[fmt.Sprint(f.Properties["name"])] = ls
		}
	}
	yalu, tumen := rivers["Yalu"], rivers["Tumen"]
	if len(yalu) < 100 || len(tumen) < 100 {
		t.Fatal("the basemap has no Yalu or Tumen")
	}
	var ring orb.Ring
	for i := len(yalu) - 1; i >= 0; i-- { // from the Yalu's mouth up to its source
		ring = append(ring, yalu[i])
	}
	ring = append(ring, tumen...) // and down the Tumen to the sea
	ring = append(ring, orb.Point{131.2, 42.0}, orb.Point{131.5, 33.0}, orb.Point{124.0, 33.0}, orb.Point{124.0, 39.6}, ring[0])
	return orb.Polygon{ring}
}

// TestPinnedGround pins who stood where: no Chinese formation south of the
// Yalu before 19 October 1950, no UN or ROK formation north of the 38th
// parallel before 1 October.
func TestPinnedGround(t *testing.T) {
	ds, _ := embeddedByID(t)
	k := korea(t)
	crossing := at(Seoul, 1950, 10, 19, 0, 0)
	parallel := at(Seoul, 1950, 10, 1, 0, 0)
	var chinaBefore, koreaAfter, southBefore, northAfter int
	for _, f := range ds.Features {
		if f.Kind != KindUnit {
			continue
		}
		p, ok := f.Geometry.(orb.Point)
		if !ok {
			t.Errorf("%s: a unit without a point", f.ID)
			continue
		}
		switch f.Side {
		case "cpv", "prc":
			in := planar.PolygonContains(k, p)
			switch {
			case f.From.Before(crossing) && in:
				t.Errorf("%s: a Chinese formation in Korea at %v from %s, before the crossing of 19 October", f.ID, p, f.Start.Raw)
			case f.From.Before(crossing):
				chinaBefore++
			case in && f.From.Before(at(Seoul, 1950, 12, 1, 0, 0)):
				koreaAfter++
			}
		case "un", "us", "rok", "uk":
			switch {
			case f.From.Before(parallel) && p.Lat() >= 38:
				t.Errorf("%s: a UN formation north of the 38th parallel at %v from %s, before 1 October", f.ID, p, f.Start.Raw)
			case f.From.Before(parallel):
				southBefore++
			case p.Lat() >= 38 && f.From.Before(at(Seoul, 1950, 12, 1, 0, 0)):
				northAfter++
			}
		}
	}
	// The checks above must have had something to check.
	if chinaBefore < 3 || koreaAfter < 6 || southBefore < 20 || northAfter < 10 {
		t.Errorf("too few formations to test: %d Chinese in China before 19 October, %d in Korea in October–November; %d UN south of the 38th before 1 October, %d north of it in October–November",
			chinaBefore, koreaAfter, southBefore, northAfter)
	}
}

// held reports whether the held territory of series contains p at t: in
// the keyframe shown, and in the next one too when the app interpolates
// towards it.
func held(ds *Dataset, series string, p orb.Point, t time.Time) (in, out bool) {
	k := keyframeAt(ds, series, t)
	if k == nil {
		return false, true
	}
	shapes := []*Feature{k}
	if k.Next != nil && k.Next.Interpolate {
		shapes = append(shapes, k.Next)
	}
	in, out = true, true
	for _, s := range shapes {
		c := contains(s.Geometry, p)
		in, out = in && c, out && !c
	}
	return in, out
}

// keyframeAt returns the keyframe of series active at t, or nil.
func keyframeAt(ds *Dataset, series string, t time.Time) *Feature {
	for _, f := range ds.Features {
		if f.Series == series && f.Active(t) {
			return f
		}
	}
	return nil
}

func contains(g orb.Geometry, p orb.Point) bool {
	switch g := g.(type) {
	case orb.Polygon:
		return planar.PolygonContains(g, p)
	case orb.MultiPolygon:
		return planar.MultiPolygonContains(g, p)
	}
	return false
}

// TestPinnedHeldTerritory pins who held Seoul and Pyongyang, day by day.
func TestPinnedHeldTerritory(t *testing.T) {
	ds, fs := embeddedByID(t)
	point := func(id string) orb.Point {
		return need(t, fs, id, KindPlace).Geometry.(orb.Point)
	}
	tests := []struct {
		place    string
		from, to time.Time // noon of each day from..to, inclusive
		heldByKP bool
	}{
		{"seoul", at(Seoul, 1950, 6, 25, 12, 0), at(Seoul, 1950, 6, 27, 12, 0), false},
		{"seoul", at(Seoul, 1950, 6, 28, 12, 0), at(Seoul, 1950, 9, 27, 12, 0), true},
		{"seoul", at(Seoul, 1950, 9, 29, 12, 0), at(Seoul, 1951, 1, 3, 12, 0), false},
		{"seoul", at(Seoul, 1951, 1, 5, 12, 0), at(Seoul, 1951, 3, 13, 12, 0), true},
		{"seoul", at(Seoul, 1951, 3, 16, 12, 0), at(Seoul, 1953, 7, 27, 12, 0), false},
		{"pyongyang", at(Seoul, 1950, 6, 25, 12, 0), at(Seoul, 1950, 10, 18, 12, 0), true},
		{"pyongyang", at(Seoul, 1950, 10, 20, 12, 0), at(Seoul, 1950, 12, 4, 12, 0), false},
		{"pyongyang", at(Seoul, 1950, 12, 7, 12, 0), at(Seoul, 1953, 7, 27, 12, 0), true},
		{"pusan", at(Seoul, 1950, 6, 25, 12, 0), at(Seoul, 1953, 7, 27, 12, 0), false},
		{"taegu", at(Seoul, 1950, 6, 25, 12, 0), at(Seoul, 1953, 7, 27, 12, 0), false},
	}
	for _, tc := range tests {
		p := point(tc.place)
		for d := tc.from; !d.After(tc.to); d = d.AddDate(0, 0, 1) {
			in, out := held(ds, "dprk-held", p, d)
			if tc.heldByKP && !in || !tc.heldByKP && !out {
				t.Errorf("%s on %s: want held by the communist side %v, but the shapes shown (the keyframe, and the next if interpolated) give inside %v, outside %v", tc.place, d.Format("2006-01-02"), tc.heldByKP, in, out)
				break
			}
		}
	}
}

// TestDataSourcesDoc checks docs/data-sources.md and data-sources-units.md
// against the data: every dated id they name exists, every signal and
// decision from the chapter is mapped from its passage, every formation,
// movement and keyframe date is accounted for.
func TestDataSourcesDoc(t *testing.T) {
	ds, fs := embeddedByID(t)
	read := func(name string) string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	main, units := read("../docs/data-sources.md"), read("../docs/data-sources-units.md")
	token := regexp.MustCompile(`\b[a-z0-9]+(?:-[a-z0-9]+)+\b`)
	dated := regexp.MustCompile(`-19[45]\d`)
	for name, text := range map[string]string{"data-sources.md": main, "data-sources-units.md": units} {
		for _, id := range token.FindAllString(text, -1) {
			if dated.MatchString(id) && fs[id] == nil {
				t.Errorf("docs/%s names %s, which is not in the data", name, id)
			}
		}
	}
	words := func(text string) map[string]bool {
		m := map[string]bool{}
		for _, w := range token.FindAllString(text, -1) {
			m[w] = true
		}
		return m
	}
	inMain, inUnits := words(main), words(units)
	for _, f := range ds.Features {
		switch {
		case f.Kind == KindEvent || f.Kind == KindDecision || f.Kind == KindMessage:
			if !inMain[f.ID] {
				t.Errorf("%s: not mapped from its passage in docs/data-sources.md", f.ID)
			}
		case f.Kind == KindUnit && f.Series != "":
			if !inUnits[f.Series] {
				t.Errorf("%s: formation %s is not in docs/data-sources-units.md", f.ID, f.Series)
			}
		case f.Kind == KindUnit || f.Kind == KindMove:
			if !inUnits[f.ID] {
				t.Errorf("%s: not in docs/data-sources-units.md", f.ID)
			}
		case f.Kind == KindFront || f.Kind == KindArea:
			if d := strings.TrimRight(f.Start.Raw, "~?%"); !strings.Contains(main, d) {
				t.Errorf("%s: keyframe of %s is not in docs/data-sources.md", f.ID, d)
			}
		}
	}
}

// TestUnitsOnTheirSide checks every formation in Korea against the held
// territory, when it takes its position and at each change of the
// territory while it stands there (the first day of a change is left to
// the change): a KPA or CPV formation inside, a UN one outside, in the
// keyframe shown or the next (the line may have moved in between). A
// formation at the front, or cut off, may stand up to 15 km on the wrong
// side of a line that is itself approximate; further is an error, and a
// position held on long after the line has passed it is one too.
func TestUnitsOnTheirSide(t *testing.T) {
	ds, _ := embeddedByID(t)
	const slackKm = 15
	var changes []time.Time // when the held territory changes
	for _, f := range ds.Features {
		if f.Series == "dprk-held" {
			changes = append(changes, f.From)
		}
	}
	checked := 0
	for _, u := range ds.Features {
		if u.Kind != KindUnit || u.Side == "prc" {
			continue
		}
		instants := []time.Time{u.From}
		for _, c := range changes {
			if c.After(u.From) && c.Add(24*time.Hour).Before(u.Until) {
				instants = append(instants, c)
			}
		}
		p := u.Geometry.(orb.Point)
		communist := u.Side == "kpa" || u.Side == "cpv"
		for _, at := range instants {
			k := keyframeAt(ds, "dprk-held", at)
			if k == nil {
				continue
			}
			shapes := []*Feature{k}
			if k.Next != nil {
				shapes = append(shapes, k.Next)
			}
			nearest := math.Inf(1)
			for _, a := range shapes {
				if contains(a.Geometry, p) == communist {
					nearest = 0
					break
				}
				nearest = math.Min(nearest, kmToBoundary(a.Geometry, p))
			}
			checked++
			if nearest > slackKm {
				t.Errorf("%s (%s, from %s) stands %.0f km on the wrong side of the held territory of %s", u.ID, u.Side, u.Start.Raw, nearest, shapes[0].Start.Raw)
			}
		}
	}
	if checked < 150 {
		t.Errorf("only %d formations checked", checked)
	}
}

// kmToBoundary is the distance from p to the nearest edge of a polygon, in
// kilometres near Korea's latitudes.
func kmToBoundary(g orb.Geometry, p orb.Point) float64 {
	const kx, ky = 88.0, 111.0 // km a degree of longitude and of latitude at 37.5°N
	var polys orb.MultiPolygon
	switch g := g.(type) {
	case orb.Polygon:
		polys = orb.MultiPolygon{g}
	case orb.MultiPolygon:
		polys = g
	}
	best := math.Inf(1)
	for _, poly := range polys {
		for _, ring := range poly {
			for i := 1; i < len(ring); i++ {
				ax, ay := ring[i-1][0]*kx, ring[i-1][1]*ky
				dx, dy := ring[i][0]*kx-ax, ring[i][1]*ky-ay
				px, py := p[0]*kx-ax, p[1]*ky-ay
				s := 0.0
				if l := dx*dx + dy*dy; l > 0 {
					s = math.Max(0, math.Min(1, (px*dx+py*dy)/l))
				}
				best = math.Min(best, math.Hypot(px-s*dx, py-s*dy))
			}
		}
	}
	return best
}
