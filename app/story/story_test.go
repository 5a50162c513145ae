package story

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"korea1950/geodata"
)

// testNames is a vocabulary like the map's, for tests that do not link
// package maps (the app's tests check the real one).
var testNames = Vocabulary{
	Views: func(name string) bool { return name == "peninsula" || name == "eastasia" },
	Layers: func(list string) error {
		for _, n := range strings.Split(list, ",") {
			n = strings.TrimPrefix(strings.TrimSpace(n), "-")
			if n != "all" && n != "land" && n != "fronts" && n != "kpa" {
				return errors.New(`"` + n + `" is not a layer`)
			}
		}
		return nil
	},
}

func useTestNames(t *testing.T) {
	saved := Names
	Names = testNames
	t.Cleanup(func() { Names = saved })
}

const good = `{
  "title": {"en": "A test", "ko": "시험", "zh": "测试"},
  "draft": ["ko", "zh"],
  "scenes": [
    {
      "title": {"en": "Inchon"},
      "text": {"en": "The landing.", "ko": "상륙."},
      "notes": {"en": "Endnote 30."},
      "from": "1950-09-15",
      "view": "peninsula",
      "layers": "all,-kpa",
      "highlight": ["inchon-landing-1950-09-15"],
      "seconds": 12.5
    },
    {
      "title": {"en": "Midnight"},
      "from": "1950-10-02T23:00+08:00",
      "to": "1950-10-03T01:00+08:00",
      "view": {"lon": 126.9, "lat": 37.5, "metres_per_pixel": 250}
    }
  ]
}`

func TestParseReadsEveryField(t *testing.T) {
	useTestNames(t)
	st, err := Parse("stories/test.json", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if st.Name != "test" || st.Title.In("zh") != "测试" || !st.IsDraft("ko") || st.IsDraft("en") {
		t.Errorf("story: %+v", st)
	}
	if len(st.Scenes) != 2 {
		t.Fatalf("%d scenes, want 2", len(st.Scenes))
	}
	a, b := st.Scenes[0], st.Scenes[1]
	inchon := time.Date(1950, 9, 15, 12, 0, 0, 0, geodata.Seoul)
	if !a.From.Equal(inchon) || !a.To.Equal(inchon) || a.IsRange() {
		t.Errorf("scene 1 dates %v–%v, want noon in Seoul on 15 September", a.From, a.To)
	}
	if a.View != (View{Name: "peninsula"}) || a.Layers != "all,-kpa" || a.Seconds != 12.5 ||
		!reflect.DeepEqual(a.Highlight, []string{"inchon-landing-1950-09-15"}) {
		t.Errorf("scene 1: %+v", a)
	}
	if a.Text.In("ko") != "상륙." || a.Text.In("zh") != "The landing." || a.Notes.In("en") != "Endnote 30." {
		t.Errorf("scene 1 texts: %v %v", a.Text, a.Notes)
	}
	if want := time.Date(1950, 10, 2, 15, 0, 0, 0, time.UTC); !b.From.Equal(want) || !b.IsRange() {
		t.Errorf("scene 2 from %v, want %v", b.From, want)
	}
	if b.View != (View{Lon: 126.9, Lat: 37.5, MetresPerPixel: 250}) || b.Seconds != DefaultSeconds || b.Layers != "" {
		t.Errorf("scene 2: %+v", b)
	}
}

// Each mistake names the file, the scene and the field.
func TestParseRefuses(t *testing.T) {
	useTestNames(t)
	scene := func(fields string) string {
		return `{"title": {"en": "T"}, "scenes": [{"title": {"en": "S1"}, "from": "1950-09-15", "view": "peninsula"}, {` + fields + `}]}`
	}
	base := `"title": {"en": "S2"}, "from": "1950-10-01", "view": "peninsula"`
	tests := []struct {
		name, data, want string
	}{
		{"not JSON", `{"title": `, "x.json: the JSON ends too soon"},
		{"empty file", ``, "x.json: the file is empty"},
		{"syntax error line", "{\n\"title\": {\"en\": \"T\"},\n\"scenes\": [}\n", "x.json: line 3: invalid character"},
		{"unknown story field", `{"title": {"en": "T"}, "scenes": [], "author": "me"}`, `x.json: unknown field "author"`},
		{"missing title", `{"scenes": [{"title": {"en": "S"}, "from": "1950-09-15", "view": "peninsula"}]}`, "x.json: title: missing"},
		{"title without English", `{"title": {"ko": "제목"}, "scenes": [{"title": {"en": "S"}, "from": "1950-09-15", "view": "peninsula"}]}`, `x.json: title: no English ("en") text`},
		{"unknown language", `{"title": {"en": "T", "fr": "T"}, "scenes": [{"title": {"en": "S"}, "from": "1950-09-15", "view": "peninsula"}]}`, `x.json: title: "fr" is not a language`},
		{"bad draft", `{"title": {"en": "T"}, "draft": ["jp"], "scenes": [{"title": {"en": "S"}, "from": "1950-09-15", "view": "peninsula"}]}`, `x.json: draft: "jp" is not a language`},
		{"no scenes", `{"title": {"en": "T"}, "scenes": []}`, "x.json: scenes: a story needs at least one scene"},
		{"unknown scene field", scene(base + `, "colour": "red"`), `x.json: scene 2: unknown field "colour"`},
		{"scene without title", scene(`"from": "1950-10-01", "view": "peninsula"`), "x.json: scene 2: title: missing"},
		{"empty text", scene(base + `, "text": {"en": " "}`), "x.json: scene 2: text: the en text is empty"},
		{"impossible date", scene(`"title": {"en": "S2"}, "from": "1950-13-40", "view": "peninsula"`), `x.json: scene 2: from: date "1950-13-40": want a real calendar day`},
		{"missing date", scene(`"title": {"en": "S2"}, "view": "peninsula"`), "x.json: scene 2: from: missing"},
		{"date out of span", scene(`"title": {"en": "S2"}, "from": "1948-01-01", "view": "peninsula"`), "x.json: scene 2: from: date \"1948-01-01\": outside the data's span"},
		{"time without zone", scene(base + `, "to": "1950-10-02T23:30"`), `x.json: scene 2: to: time "1950-10-02T23:30": want a real moment with its zone`},
		{"impossible time", scene(base + `, "to": "1950-10-02T25:30+08:00"`), `x.json: scene 2: to: time "1950-10-02T25:30+08:00"`},
		{"to before from", scene(base + `, "to": "1950-09-30"`), "x.json: scene 2: to: 1950-09-30 is before from, 1950-10-01"},
		{"unknown view", scene(`"title": {"en": "S2"}, "from": "1950-10-01", "view": "world"`), `x.json: scene 2: view: "world" is not a named view`},
		{"unknown view by object", scene(`"title": {"en": "S2"}, "from": "1950-10-01", "view": {"name": "europe"}`), `x.json: scene 2: view: "europe" is not a named view`},
		{"missing view", scene(`"title": {"en": "S2"}, "from": "1950-10-01"`), "x.json: scene 2: view: missing"},
		{"name and centre", scene(`"title": {"en": "S2"}, "from": "1950-10-01", "view": {"name": "peninsula", "lon": 127}`), "x.json: scene 2: view: give a name or a centre and scale, not both"},
		{"half a centre", scene(`"title": {"en": "S2"}, "from": "1950-10-01", "view": {"lon": 127, "lat": 38}`), "x.json: scene 2: view: missing metres_per_pixel"},
		{"longitude", scene(`"title": {"en": "S2"}, "from": "1950-10-01", "view": {"lon": 227, "lat": 38, "metres_per_pixel": 500}`), "x.json: scene 2: view: lon 227 is not in [-180, 180]"},
		{"latitude", scene(`"title": {"en": "S2"}, "from": "1950-10-01", "view": {"lon": 127, "lat": 89, "metres_per_pixel": 500}`), "x.json: scene 2: view: lat 89 is not in [-85, 85]"},
		{"zoom", scene(`"title": {"en": "S2"}, "from": "1950-10-01", "view": {"lon": 127, "lat": 38, "metres_per_pixel": 0}`), "x.json: scene 2: view: metres_per_pixel 0 is not in [10, 100000]"},
		{"unknown view field", scene(`"title": {"en": "S2"}, "from": "1950-10-01", "view": {"lon": 127, "lat": 38, "zoom": 5}`), `x.json: scene 2: view: unknown field "zoom"`},
		{"bad layer", scene(base + `, "layers": "land,seas"`), `x.json: scene 2: layers: "seas" is not a layer`},
		{"empty highlight", scene(base + `, "highlight": [""]`), "x.json: scene 2: highlight: an empty feature id"},
		{"twice highlighted", scene(base + `, "highlight": ["a", "a"]`), `x.json: scene 2: highlight: "a" is given twice`},
		{"seconds", scene(base + `, "seconds": -3`), "x.json: scene 2: seconds: -3 is not more than 0"},
		{"seconds type", scene(base + `, "seconds": "ten"`), "x.json: scene 2: seconds: want float64, not a JSON string"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := Parse("x.json", []byte(tc.data))
			if err == nil {
				t.Fatalf("parsed %+v, want an error containing %q", st, tc.want)
			}
			if st != nil {
				t.Error("a story came back with the error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q\nwant one containing %q", err, tc.want)
			}
		})
	}
}

// Every mistake of a file is reported, one per line.
func TestParseReportsEveryMistake(t *testing.T) {
	useTestNames(t)
	data := `{"title": {"en": "T"}, "scenes": [
		{"title": {"en": "A"}, "from": "1950-02-30", "view": "peninsula"},
		{"title": {"en": "B"}, "from": "1950-10-01", "view": "moon", "layers": "seas"}]}`
	_, err := Parse("x.json", []byte(data))
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "x.json: scene 1: from:") ||
		!strings.HasPrefix(lines[1], "x.json: scene 2: view:") || !strings.HasPrefix(lines[2], "x.json: scene 2: layers:") {
		t.Errorf("errors:\n%v", err)
	}
}

// What Marshal writes, Parse reads back equal.
func TestMarshalRoundTrips(t *testing.T) {
	useTestNames(t)
	st, err := Parse("stories/test.json", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	seoul := time.Date(1950, 10, 19, 4, 30, 15, 0, geodata.Seoul)
	st.Scenes = append(st.Scenes, Scene{Title: Text{"en": "Recorded"}, From: seoul, To: seoul,
		View: View{Lon: 125.75, Lat: 39.02, MetresPerPixel: 812.5}, Highlight: []string{"pyongyang-falls-1950-10-19"}, Seconds: DefaultSeconds})
	data, err := Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Parse("stories/test.json", data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if len(again.Scenes) != len(st.Scenes) {
		t.Fatalf("%d scenes back, want %d", len(again.Scenes), len(st.Scenes))
	}
	for i := range st.Scenes {
		a, b := st.Scenes[i], again.Scenes[i]
		if !a.From.Equal(b.From) || !a.To.Equal(b.To) {
			t.Errorf("scene %d: dates %v–%v came back %v–%v", i+1, a.From, a.To, b.From, b.To)
		}
		a.From, a.To, b.From, b.To = time.Time{}, time.Time{}, time.Time{}, time.Time{}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("scene %d: %+v came back %+v", i+1, a, b)
		}
	}
	if !strings.Contains(string(data), `"from": "1950-09-15"`) || !strings.Contains(string(data), `"from": "1950-10-19T04:30:15+09:00"`) {
		t.Errorf("dates are not written as days and moments:\n%s", data)
	}
}

func TestFormatDate(t *testing.T) {
	for _, tc := range []struct {
		t    time.Time
		want string
	}{
		{time.Date(1950, 6, 25, 12, 0, 0, 0, geodata.Seoul), "1950-06-25"},
		{time.Date(1950, 6, 25, 2, 0, 0, 0, time.UTC), "1950-06-25"}, // noon in Seoul, on summer time (UTC+10)
		{time.Date(1950, 10, 2, 23, 30, 0, 0, time.FixedZone("", 8*3600)), "1950-10-02T23:30+08:00"},
		{time.Date(1950, 10, 2, 15, 0, 0, 0, time.UTC), "1950-10-02T15:00Z"},
	} {
		if got := FormatDate(tc.t); got != tc.want {
			t.Errorf("FormatDate(%v) = %q, want %q", tc.t, got, tc.want)
		}
		back, err := ParseDate(tc.want)
		if err != nil || !back.Equal(tc.t) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tc.want, back, err, tc.t)
		}
	}
}

func TestTextFallsBackToEnglish(t *testing.T) {
	x := Text{"en": "Seoul", "ko": "서울"}
	for lang, want := range map[string]string{"en": "Seoul", "ko": "서울", "zh": "Seoul", "": "Seoul"} {
		if got := x.In(lang); got != want {
			t.Errorf("In(%q) = %q, want %q", lang, got, want)
		}
	}
}

// The shipped stories parse (the app's tests check their views, layers
// and feature ids against the map and the data).
func TestEmbeddedStoriesParse(t *testing.T) {
	all, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) == 0 {
		t.Fatal("no stories are shipped")
	}
	for _, st := range all {
		if got, _ := ByName(st.Name); got == nil || got.Title.In("en") != st.Title.In("en") {
			t.Errorf("ByName(%q) = %v", st.Name, got)
		}
	}
	if got, _ := ByName("no-such-story"); got != nil {
		t.Errorf("ByName found a story that is not shipped: %v", got.Name)
	}
}
