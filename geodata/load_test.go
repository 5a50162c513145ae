package geodata

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func loadText(t *testing.T, only bool, files map[string]string) *Dataset {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if only {
		return Load(ReadPath(dir))
	}
	return Load(Embedded(), ReadPath(dir))
}

// seedFixture is a small dataset of one or more features of each kind,
// kept apart from the embedded data so that loader tests do not move when
// the data grows.
const seedFixture = "testdata/seed"

func byID(ds *Dataset) map[string]*Feature {
	m := map[string]*Feature{}
	for _, f := range ds.Features {
		m[f.ID] = f
	}
	return m
}

func TestEmbeddedIsClean(t *testing.T) {
	ds := Load(Embedded())
	if len(ds.Problems) != 0 {
		t.Errorf("the embedded data has problems:\n%v", ds.Problems)
	}
	if len(ds.Features) == 0 {
		t.Fatal("no embedded features")
	}
	kinds := map[Kind]bool{}
	for _, f := range ds.Features {
		kinds[f.Kind] = true
	}
	for _, k := range Kinds {
		if !kinds[k] {
			t.Errorf("the embedded data has no %s", k)
		}
	}
}

// TestDocExamples checks that every example in docs/geodata.md is valid,
// complete and loads, and that the doc has one of each kind.
func TestDocExamples(t *testing.T) {
	doc, err := os.ReadFile("../docs/geodata.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```json\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	var feats []string
	for _, b := range blocks {
		feats = append(feats, strings.TrimSpace(b[1]))
	}
	text := `{"type": "FeatureCollection", "features": [` + strings.Join(feats, ",\n") + "]}"
	dir := t.TempDir()
	path := filepath.Join(dir, "examples.geojson")
	os.WriteFile(path, []byte(text), 0o644)
	ds := Load(Embedded(), ReadPath(path))
	for _, p := range ds.Problems {
		if p.Field != "id" || !p.Warning { // examples share ids with the embedded data: that is a replacement, not a problem
			t.Errorf("docs/geodata.md: %s", p)
		}
	}
	kinds := map[Kind]bool{}
	for _, f := range ds.Features {
		if f.File == path {
			kinds[f.Kind] = true
		}
	}
	for _, k := range Kinds {
		if !kinds[k] {
			t.Errorf("docs/geodata.md has no example of a %s", k)
		}
	}
}

// TestActiveSpans pins when features are active, in the zones of their
// places, including the 1950 summer-time rules.
func TestActiveSpans(t *testing.T) {
	ds := Load(ReadPath(seedFixture))
	fs := byID(ds)
	tests := []struct {
		id          string
		from, until string
	}{
		// A message dated by day in Beijing (UTC+8): the Beijing calendar day.
		{"mao-draft-1950-10-02", "1950-10-01T16:00:00Z", "1950-10-02T16:00:00Z"},
		// Sent from the Black Sea dacha, in Moscow time (UTC+3).
		{"stalin-mao-1950-10-01", "1950-09-30T21:00:00Z", "1950-10-01T21:00:00Z"},
		// Around midnight of 2–3 October in Beijing.
		{"zhou-panikkar-1950-10-02", "1950-10-02T15:00:00Z", "1950-10-02T17:01:00Z"},
		// An event with no place: Korea time, back on UTC+9 by October.
		{"us-crosses-38th", "1950-10-06T15:00:00Z", "1950-10-07T15:00:00Z"},
		// Seoul kept summer time (UTC+10) in June 1950.
		{"front-1950-06-25", "1950-06-24T14:00:00Z", "9999-01-01T00:00:00Z"},
		// A decision at a place takes the place's zone.
		{"mao-decides-1950-10-13", "1950-10-12T16:00:00Z", "1950-10-13T16:00:00Z"},
		// 15 to the end of 28 September in Korea time (UTC+9 after 10 September).
		{"inchon-to-seoul", "1950-09-14T15:00:00Z", "1950-09-28T15:00:00Z"},
		{"beijing", "0001-01-01T00:00:00Z", "9999-01-01T00:00:00Z"},
	}
	for _, tc := range tests {
		f := fs[tc.id]
		if f == nil {
			t.Errorf("%s: not loaded", tc.id)
			continue
		}
		if !f.From.Equal(utc(tc.from)) || !f.Until.Equal(utc(tc.until)) {
			t.Errorf("%s: active %s to %s, want %s to %s", tc.id, f.From.UTC().Format(time.RFC3339), f.Until.UTC().Format(time.RFC3339), tc.from, tc.until)
		}
	}
	if m := fs["mao-draft-1950-10-02"]; m.Delivered {
		t.Error("Mao's draft is marked delivered")
	}
	if e := fs["us-crosses-38th"]; len(e.DateAlt) != 1 || !e.DateAlt[0].Date.End.Equal(utc("1950-10-08T15:00:00Z")) {
		t.Errorf("the crossing's other date: %+v", e.DateAlt)
	}
	if d := fs["mao-decides-1950-10-13"]; d.Geometry == nil || d.Bound.Min != fs["beijing"].Bound.Min {
		t.Error("a decision without geometry does not stand at its place")
	}
	if m := fs["zhou-panikkar-1950-10-02"]; m.Bound.Min[0] > -77 || m.Bound.Max[0] < 116 {
		t.Errorf("a message's bound does not span its places: %v", m.Bound)
	}
}

const userPlaceAndWarning = `{"type": "FeatureCollection", "features": [
{"type": "Feature", "geometry": {"type": "Point", "coordinates": [116.4, 39.9]},
 "properties": {"id": "beijing", "kind": "place", "title": "Peking (my spelling)", "tz": "Asia/Shanghai", "side": "prc", "sources": ["my notes"]}},
{"type": "Feature", "geometry": null,
 "properties": {"id": "my-message", "kind": "message", "title": "A message of mine", "start": "1950-10-05", "side": "ussr",
   "from": "moscow", "to": "beijing", "sources": ["my notes"], "colour": "red"}}
]}`

func TestUserDataOnTop(t *testing.T) {
	ds := loadText(t, false, map[string]string{"mine.geojson": userPlaceAndWarning})
	fs := byID(ds)
	if b := fs["beijing"]; b == nil || !b.EditedLocally || b.Title != "Peking (my spelling)" {
		t.Errorf("the user's Beijing does not replace the embedded one: %+v", b)
	}
	if fs["moscow"].EditedLocally {
		t.Error("Moscow is marked edited locally")
	}
	if m := fs["my-message"]; m == nil || m.Origin == EmbeddedName {
		t.Error("the user's message did not load")
	}
	if len(ds.Problems) != 1 || !ds.Problems[0].Warning || ds.Problems[0].Field != "colour" {
		t.Errorf("want one warning for colour, got %v", ds.Problems)
	}
	// Embedded features that referred to Beijing now use the user's.
	if d := fs["mao-decides-1950-10-13"]; d.Bound.Min[0] != 116.4 {
		t.Errorf("the decision does not follow the replaced place: %v", d.Bound)
	}

	only := loadText(t, true, map[string]string{"mine.geojson": userPlaceAndWarning})
	var refs []string
	for _, p := range only.Problems {
		if !p.Warning {
			refs = append(refs, p.String())
		}
	}
	if len(refs) != 1 || !strings.Contains(refs[0], `from: "moscow" refers to nothing`) {
		t.Errorf("with -only, a reference to an embedded place must fail: %v", refs)
	}
}

func TestSeries(t *testing.T) {
	line := func(id, start string, interpolate bool, lon float64) string {
		return `{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[` + ftoa(lon) + `, 37.0], [` + ftoa(lon) + `, 38.0]]},
 "properties": {"id": "` + id + `", "kind": "front", "series": "s", "title": "t", "start": "` + start + `", "side": "un", "sources": ["x"], "interpolate": ` + map[bool]string{true: "true", false: "false"}[interpolate] + `}}`
	}
	text := `{"type": "FeatureCollection", "features": [` +
		line("c", "1950-09-28", true, 127) + "," + line("a", "1950-09-01", true, 128) + "," + line("b", "1950-09-15", false, 126.5) + "]}"
	ds := loadText(t, true, map[string]string{"s.geojson": text})
	fs := byID(ds)
	a, b, c := fs["a"], fs["b"], fs["c"]
	if a == nil || b == nil || c == nil {
		t.Fatalf("keyframes missing: %v", ds.Problems)
	}
	if a.Next != b || b.Next != c || c.Prev != b || a.Prev != nil || c.Next != nil {
		t.Error("keyframes are not linked in time order")
	}
	if !a.Until.Equal(b.From) || !b.Until.Equal(c.From) || !c.Until.Equal(Never) {
		t.Error("a keyframe is not active until the next one")
	}
	if a.Interpolate {
		t.Error("the first keyframe kept interpolate")
	}
	if len(ds.Problems) != 1 || ds.Problems[0].ID != "a" || !ds.Problems[0].Warning {
		t.Errorf("want one warning on the first keyframe, got %v", ds.Problems)
	}
	for _, tc := range []struct {
		f    *Feature
		want string
	}{
		{a, "line of 1950-09-01; next known 1950-09-15"},
		{b, "interpolated between 1950-09-15 and 1950-09-28"},
		{c, "line of 1950-09-28"},
	} {
		if got := tc.f.Shown(); got != tc.want {
			t.Errorf("%s: shown %q, want %q", tc.f.ID, got, tc.want)
		}
	}
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
