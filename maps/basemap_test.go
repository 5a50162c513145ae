package maps

import (
	"strings"
	"testing"

	"korea1950/assets"
)

func embedded(t testing.TB) *Geography {
	t.Helper()
	geo, err := EmbeddedGeography()
	if err != nil {
		t.Fatal(err)
	}
	return geo
}

// The DMZ did not exist in 1950: no border may run across the peninsula.
func TestNoInterKoreanBorder(t *testing.T) {
	geo := embedded(t)
	for _, bm := range []*Basemap{geo.Detail, geo.Coarse} {
		n := 0
		for _, p := range bm.Borders {
			for _, m := range p.Points {
				ll := unproject(m)
				n++
				if ll[0] > 124 && ll[0] < 131 && ll[1] > 33 && ll[1] < 39.5 {
					t.Errorf("%s: border vertex at %.3f°E %.3f°N lies inside Korea south of 39.5°N", bm.Name, ll[0], ll[1])
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no border vertices at all", bm.Name)
		}
	}
}

func TestSevenNamedRivers(t *testing.T) {
	geo := embedded(t)
	want := map[string]bool{"Yalu": true, "Tumen": true, "Han": true, "Imjin": true, "Naktong": true, "Taedong": true, "Chongchon": true}
	for _, r := range geo.Detail.Rivers {
		if !want[r.Names["en"]] {
			t.Errorf("unexpected river %q", r.Names["en"])
		}
		delete(want, r.Names["en"])
		if r.Names["ko"] == "" || r.Names["zh"] == "" {
			t.Errorf("river %s lacks a Korean or Chinese name", r.Names["en"])
		}
		if r.Names["en"] == "Chongchon" && !r.Approximate {
			t.Errorf("the Chongchon is traced from known places and must be marked approximate")
		}
	}
	for name := range want {
		t.Errorf("river %s is missing", name)
	}
}

func TestBasemapsCoverTheirViews(t *testing.T) {
	geo := embedded(t)
	if b := geo.Detail.Bound; !b.Contains(Peninsula.Bound.Min) || !b.Contains(Peninsula.Bound.Max) {
		t.Errorf("detailed basemap %v does not cover the peninsula view %v", b, Peninsula.Bound)
	}
	if b := geo.Coarse.Bound; !b.Contains(EastAsia.Bound.Min) || !b.Contains(EastAsia.Bound.Max) {
		t.Errorf("coarse basemap %v does not cover the East Asia view %v", b, EastAsia.Bound)
	}
}

func TestEmbeddedFilesAreCompact(t *testing.T) {
	for name, data := range map[string][]byte{assets.PeninsulaFile: assets.Peninsula, assets.EastAsiaFile: assets.EastAsia} {
		if len(data) > 1_500_000 {
			t.Errorf("%s is %d bytes; simplify it", name, len(data))
		}
	}
}

func TestParseBasemapErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"not json", `{"type":`, "bad.geojson"},
		{"unknown layer", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"layer":"lake"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`,
			`bad.geojson: feature 0: layer: "lake" is not land, river or border`},
		{"land as a line", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"layer":"land"},"geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]}}]}`,
			"bad.geojson: feature 0: geometry: land must be a Polygon or MultiPolygon, not LineString"},
		{"short ring", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"layer":"land"},"geometry":{"type":"Polygon","coordinates":[[[1,2],[3,4],[1,2]]]}}]}`,
			"bad.geojson: feature 0: geometry: a ring has 3 points"},
		{"river without a name", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"layer":"river"},"geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]}}]}`,
			"bad.geojson: feature 0: name: a river needs an English name"},
		{"no land", `{"type":"FeatureCollection","features":[]}`, "bad.geojson: no land features"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseBasemap("bad.geojson", []byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestParsePlacesErrors(t *testing.T) {
	tests := []struct {
		name, props, geom, want string
	}{
		{"line", `{"name":"X","kind":"city","rank":1}`, `{"type":"LineString","coordinates":[[1,2],[3,4]]}`, "feature 0: geometry: must be a Point"},
		{"no name", `{"kind":"city","rank":1}`, `{"type":"Point","coordinates":[1,2]}`, "feature 0: name: missing"},
		{"bad kind", `{"name":"X","kind":"town","rank":1}`, `{"type":"Point","coordinates":[1,2]}`, `feature 0 (X): kind: "town"`},
		{"bad rank", `{"name":"X","kind":"city","rank":7}`, `{"type":"Point","coordinates":[1,2]}`, "feature 0 (X): rank: 7"},
		{"bad side", `{"name":"X","kind":"city","rank":1,"side":"up"}`, `{"type":"Point","coordinates":[1,2]}`, `feature 0 (X): side: "up"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := `{"type":"FeatureCollection","features":[{"type":"Feature","properties":` + tc.props + `,"geometry":` + tc.geom + `}]}`
			_, err := ParsePlaces("p.geojson", []byte(data))
			if err == nil || !strings.Contains(err.Error(), "p.geojson: "+tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func BenchmarkEmbeddedGeography(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := EmbeddedGeography(); err != nil {
			b.Fatal(err)
		}
	}
}
