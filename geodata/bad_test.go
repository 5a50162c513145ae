package geodata

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestBadFiles loads each file of testdata/bad, which holds one problem,
// on top of the embedded data, and checks that exactly one problem is
// reported, naming the file, the feature and the field, and that the
// file's valid features still load.
func TestBadFiles(t *testing.T) {
	tests := []struct {
		file    string
		feature int    // 0: a problem of the whole file
		id      string // "" when the id is not known
		field   string // "" when no field is to blame
		msg     string
		loaded  int // the file's valid features that must still load
	}{
		{"missing-id", 2, "", "id", "missing", 1},
		{"missing-kind", 2, "bad-event", "kind", "missing", 1},
		{"unknown-kind", 2, "bad-event", "kind", `"battle" is not a kind`, 1},
		{"missing-title", 2, "bad-event", "title", "missing", 1},
		{"missing-start", 2, "bad-event", "start", "missing", 1},
		{"missing-side", 2, "bad-event", "side", "missing", 1},
		{"unknown-side", 2, "bad-event", "side", `"north" is not a side`, 1},
		{"missing-sources", 2, "bad-event", "sources", "missing", 1},
		{"source-without-work", 2, "bad-event", "sources[0].work", "missing", 1},
		{"impossible-day", 2, "bad-event", "start", "February 1950 has 28 days", 1},
		{"month-13", 2, "bad-event", "start", "month 13 does not exist", 1},
		{"hour-25", 2, "bad-event", "start", "hour 25 does not exist", 1},
		{"end-before-start", 2, "bad-event", "end", "is before the start", 1},
		{"interval-with-end", 2, "bad-event", "end", "already an interval", 1},
		{"level-2-date", 2, "bad-event", "start", "EDTF level 2 is not supported", 1},
		{"bad-date-alt", 2, "bad-event", "date_alt[0].value", `"7 October 1950"`, 1},
		{"unknown-tz", 2, "bad-event", "tz", "not an IANA time zone", 1},
		{"quote-too-long", 2, "bad-event", "quote", "25 words", 1},
		{"delivered-not-boolean", 2, "bad-message", "delivered", "want true or false", 1},
		{"reference-to-nothing", 2, "bad-message", "to", `"atlantis" refers to nothing`, 1},
		{"reference-not-a-place", 2, "bad-message", "via[0]", `"ok-event" is an event, not a place`, 1},
		{"message-without-to", 2, "bad-message", "to", "missing", 1},
		{"wrong-geometry-for-kind", 2, "bad-front", "geometry.type", "a front needs a LineString or MultiLineString, not a Point", 1},
		{"event-without-position", 2, "bad-event", "geometry", "missing", 1},
		{"geometry-collection", 2, "bad-event", "geometry.type", "GeometryCollection is not supported", 1},
		{"longitude-out-of-range", 2, "bad-event", "geometry.coordinates[0]", "longitude 200 is outside", 1},
		{"latitude-longitude-swapped", 2, "bad-event", "geometry.coordinates[1]", "swapped?", 1},
		{"line-of-one-position", 2, "bad-front", "geometry.coordinates", "at least 2 positions", 1},
		{"unclosed-ring", 2, "bad-area", "geometry.coordinates[0]", "not closed", 1},
		{"front-without-series", 2, "bad-front", "series", "missing", 1},
		{"series-of-two-kinds", 2, "bad-area", "series", "a series of front keyframes", 1},
		{"series-same-start", 2, "bad-front", "start", "starts at the same moment", 1},
		{"unknown-echelon", 2, "bad-unit", "echelon", `"platoon" is not an echelon`, 1},
		{"duplicate-id", 2, "ok-event", "id", "duplicate", 1},
		{"id-mismatch", 2, "other-id", "id", "differ", 1},
		{"feature-not-a-feature", 2, "", "type", `is "Point"; want "Feature"`, 1},
		{"bad-json-missing-comma", 2, "", "", "bad JSON at line 3, column 124", 1},
		{"nan-coordinate", 2, "", "", "bad JSON at line 3, column 59: invalid character 'N'", 1},
		{"truncated", 2, "", "", "ends in the middle", 1},
		{"not-a-featurecollection", 0, "", "type", `want "FeatureCollection"`, 0},
		{"features-not-a-list", 0, "", "features", "want a list of features", 0},
		{"top-level-list", 0, "", "", "not GeoJSON", 0},
		{"projected-crs", 0, "", "crs", "EPSG:4326", 0},
		{"empty", 0, "", "", "the file is empty", 0},
		{"image", 0, "", "", "this is a PNG image", 0},
	}
	files, _ := filepath.Glob("testdata/bad/*.geojson")
	if len(files) != len(tests) {
		t.Errorf("testdata/bad has %d files and the table %d rows: keep them one to one", len(files), len(tests))
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", "bad", tc.file+".geojson")
			ds := Load(Embedded(), ReadPath(path))
			var mine Problems
			for _, p := range ds.Problems {
				if p.File == path {
					mine = append(mine, p)
				} else {
					t.Errorf("a problem outside the file: %s", p)
				}
			}
			if len(mine) != 1 {
				t.Fatalf("want one problem, got %d: %v", len(mine), mine)
			}
			p, line := mine[0], mine[0].String()
			if p.Feature != tc.feature || p.ID != tc.id || p.Field != tc.field || p.Warning {
				t.Errorf("got feature %d id %q field %q (warning %v); want feature %d id %q field %q",
					p.Feature, p.ID, p.Field, p.Warning, tc.feature, tc.id, tc.field)
			}
			wantPrefix := path + ":"
			if tc.feature > 0 {
				wantPrefix = path + ":feature " + strconv.Itoa(tc.feature)
				if tc.id != "" {
					wantPrefix += " (" + tc.id + ")"
				}
				wantPrefix += ": "
				if tc.field != "" {
					wantPrefix += tc.field + ": "
				}
			}
			if !strings.HasPrefix(line, wantPrefix) || !strings.Contains(line, tc.msg) {
				t.Errorf("got  %s\nwant %s… containing %q", line, wantPrefix, tc.msg)
			}
			loaded := 0
			for _, f := range ds.Features {
				if f.File == path {
					loaded++
				}
			}
			if loaded != tc.loaded {
				t.Errorf("%d valid features loaded from the file, want %d", loaded, tc.loaded)
			}
		})
	}
}

// TestNotGeoJSON feeds files that are not GeoJSON at all: each gets one
// clear problem, quickly, and nothing panics.
func TestNotGeoJSON(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.geojson")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil { // a sparse 200 MB file: not read
		t.Fatal(err)
	}
	f.Close()
	nested := filepath.Join(dir, "nested.geojson")
	deep := `{"type": "FeatureCollection", "features": [` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "]}"
	if err := os.WriteFile(nested, []byte(deep), 0o644); err != nil {
		t.Fatal(err)
	}
	nestedTop := filepath.Join(dir, "nested-top.geojson")
	if err := os.WriteFile(nestedTop, []byte(strings.Repeat(`{"a":`, 100000)), 0o644); err != nil {
		t.Fatal(err)
	}
	binary := filepath.Join(dir, "random.geojson")
	if err := os.WriteFile(binary, []byte{0xde, 0xad, 0xbe, 0xef, 0xff, 0xfe, 0x00, 0x01}, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ path, want string }{
		{huge, "200.0 MiB is over the 16.0 MiB limit"},
		{nested, "feature 1: bad JSON at line 1, column"},
		{nestedTop, "bad JSON"},
		{binary, "binary data"},
		{filepath.Join(dir, "missing.geojson"), "cannot be read"},
	}
	for _, tc := range tests {
		ds := Load(ReadPath(tc.path))
		if len(ds.Problems) != 1 || !strings.Contains(ds.Problems[0].String(), tc.want) {
			t.Errorf("%s: got %v, want one problem containing %q", filepath.Base(tc.path), ds.Problems, tc.want)
		}
	}
}

// TestCutCharacterAtSniff checks that a valid file is not taken for binary
// data when the first 4 KiB end inside a Korean character, wherever in
// the character the cut falls.
func TestCutCharacterAtSniff(t *testing.T) {
	head := `{"type": "FeatureCollection", "features": [
{"type": "Feature", "geometry": {"type": "Point", "coordinates": [126.978, 37.566]},
 "properties": {"id": "p", "kind": "place", "title": "Seoul", "tz": "Asia/Seoul", "side": "rok", "sources": ["x"], "summary": "`
	for shift := 0; shift < 3; shift++ {
		pad := sniffSize - len(head) - 1 - shift // the cut falls after byte 1, 2 or 3 of 서
		text := head + strings.Repeat(" ", pad) + strings.Repeat("서울", 10) + `"}}]}`
		if c := text[sniffSize-1]; c < 0x80 {
			t.Fatalf("shift %d: the cut is not inside a character", shift)
		}
		ds := Load(Input{Name: "t", Files: []InputFile{{Name: "cut.geojson", Data: []byte(text)}}})
		if len(ds.Problems) != 0 || len(ds.Features) != 1 {
			t.Errorf("shift %d: %v", shift, ds.Problems)
		}
	}
}
