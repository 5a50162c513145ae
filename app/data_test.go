package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// seed is a small fixture of one or more features of each kind, apart from
// the embedded dataset, which dataset_test.go checks.
const seed = "../geodata/testdata/seed"

func TestValidateCommand(t *testing.T) {
	clean := t.TempDir()
	os.WriteFile(filepath.Join(clean, "mine.geojson"), []byte(`{"type": "FeatureCollection", "features": [
{"type": "Feature", "geometry": null, "properties": {"id": "d", "kind": "decision", "title": "A decision",
 "start": "1950-10-13", "side": "prc", "place": "beijing", "sources": ["notes"]}}]}`), 0o644)
	tests := []struct {
		args   []string
		status int
		lines  []string // each must appear
		last   string
	}{
		{[]string{"validate", "-only", seed}, 0, nil, "17 features, 0 errors"},
		{[]string{"validate", clean}, 0, nil, "1 feature, 0 errors"},
		{[]string{"validate", "-only", clean}, 1, []string{`place: "beijing" refers to nothing`}, "0 features, 1 error"},
		{[]string{"validate", "../geodata/testdata/bad/impossible-day.geojson", "../geodata/testdata/bad/image.geojson"}, 1,
			[]string{"impossible-day.geojson:feature 2 (bad-event): start:", "image.geojson: not GeoJSON"}, "1 feature, 2 errors"},
	}
	for _, tc := range tests {
		o, err := ParseArgs(tc.args)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		status := runValidate(o, &out)
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		if status != tc.status || lines[len(lines)-1] != tc.last {
			t.Errorf("%v: status %d, last line %q; want %d, %q", tc.args, status, lines[len(lines)-1], tc.status, tc.last)
		}
		for _, want := range tc.lines {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%v: no line with %q in\n%s", tc.args, want, out.String())
			}
		}
	}
}

func inspectIDs(t *testing.T, args ...string) (ids []string, lines map[string]inspected) {
	t.Helper()
	o, err := ParseArgs(append([]string{"inspect"}, args...))
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if status := runInspect(o, &out, &errOut); status != 0 {
		t.Fatalf("status %d: %s", status, errOut.String())
	}
	lines = map[string]inspected{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if line == "" {
			continue
		}
		var l inspected
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatalf("not a JSON line: %q", line)
		}
		if l.Kind != "place" {
			ids = append(ids, l.ID)
		}
		lines[l.ID] = l
	}
	sort.Strings(ids)
	return ids, lines
}

func TestInspectCommand(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		// A day is kept where things happened. Stalin's request, dated 1
		// October at the Black Sea, is not on 2 October; Zhou's warning
		// around midnight of 2 October in Beijing is, though it was already
		// 3 October in Korea.
		{[]string{"-date", "1950-10-02"}, "[dprk-1950-06-25 front-1950-06-25 mao-draft-1950-10-02 zhou-panikkar-1950-10-02]"},
		{[]string{"-date", "1950-10-01"}, "[dprk-1950-06-25 front-1950-06-25 stalin-mao-1950-10-01]"},
		// The warning ran past midnight in Beijing; Mao's draft of 2 October did not.
		{[]string{"-date", "1950-10-03"}, "[dprk-1950-06-25 front-1950-06-25 zhou-panikkar-1950-10-02]"},
		// At midnight in Beijing the draft's day is over: the warning alone is in transit.
		{[]string{"-at", "1950-10-03T00:00+08:00"}, "[dprk-1950-06-25 front-1950-06-25 zhou-panikkar-1950-10-02]"},
		{[]string{"-date", "1950-09-20"}, "[dprk-1950-06-25 front-1950-06-25 inchon-to-seoul]"},
	}
	for _, tc := range tests {
		ids, _ := inspectIDs(t, append(tc.args, "-data", seed, "-only")...)
		if got := "[" + strings.Join(ids, " ") + "]"; got != tc.want {
			t.Errorf("inspect %v:\n got %s\nwant %s", tc.args, got, tc.want)
		}
	}
	_, lines := inspectIDs(t, "-date", "1950-07-01", "-data", seed, "-only")
	front := lines["front-1950-06-25"]
	if len(front.Keyframes) != 1 || front.Keyframes[0].ID != "front-1950-06-25" || front.Shown != "line of 1950-06-25" {
		t.Errorf("a front's keyframes: %+v", front)
	}
	if _, ok := lines["beijing"]; !ok {
		t.Error("places are always active")
	}
}

func TestInspectUserData(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mine.geojson"), []byte(`{"type": "FeatureCollection", "features": [
{"type": "Feature", "geometry": null, "properties": {"id": "mao-decides-1950-10-13", "kind": "decision",
 "title": "Mao decides (my wording)", "start": "1950-10-13", "side": "prc", "place": "beijing", "sources": ["notes"]}}]}`), 0o644)
	_, lines := inspectIDs(t, "-date", "1950-10-13", "-data", dir)
	if l := lines["mao-decides-1950-10-13"]; !l.EditedLocally || l.Title != "Mao decides (my wording)" || l.Origin != dir {
		t.Errorf("the user's version: %+v", l)
	}
	ids, _ := inspectIDs(t, "-data", dir, "-only")
	if len(ids) != 0 {
		t.Errorf("with -only and a reference to an embedded place, nothing should load: %v", ids)
	}
}

// TestInspectWants checks "inspect -date D" on the embedded data against
// testdata/inspect/D.want: the ids of the features active that day (places,
// always active, left out), checked by hand against the chapter and the
// histories. Lines starting with # are comments.
func TestInspectWants(t *testing.T) {
	files, _ := filepath.Glob("testdata/inspect/*.want")
	if len(files) < 5 {
		t.Fatalf("%d expected lists in testdata/inspect, want 5 or more", len(files))
	}
	for _, name := range files {
		date := strings.TrimSuffix(filepath.Base(name), ".want")
		t.Run(date, func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, l := range strings.Split(string(data), "\n") {
				if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
					want = append(want, l)
				}
			}
			sort.Strings(want)
			got, _ := inspectIDs(t, "-date", date)
			missing, extra := difference(want, got), difference(got, want)
			if len(missing) > 0 || len(extra) > 0 {
				t.Errorf("inspect -date %s:\nmissing %v\nunexpected %v", date, missing, extra)
			}
		})
	}
}

// difference lists the members of a that are not in b.
func difference(a, b []string) []string {
	in := map[string]bool{}
	for _, s := range b {
		in[s] = true
	}
	var d []string
	for _, s := range a {
		if !in[s] {
			d = append(d, s)
		}
	}
	return d
}
