package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"korea1950/app/story"
	"korea1950/maps"
)

func readStory(t *testing.T, path string) *story.Story {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := story.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// Recording appends the date, the view, the layers and the selection as
// a scene, and the director plays it back to the same place.
func TestRecordSceneAppends(t *testing.T) {
	u, _ := newTestUI(t, "-date", "1950-10-02", "-at", "23:30+08:00")
	dir := t.TempDir()
	u.sess = &session{dir: dir}
	u.m.SetCentre(orb.Point{125.75, 39.02}, 812.34)
	u.setLayers(maps.AllLayers &^ maps.LayerUnits)
	u.selectFeature(mustFeature(t, "zhou-panikkar-1950-10-02"), fromPanel)
	if _, err := u.recordScene(); err != nil {
		t.Fatal(err)
	}
	u.selectFeature(nil, fromPanel)
	u.setLayers(maps.AllLayers)
	u.showView(maps.EastAsia)
	msg, err := u.recordScene()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "stories", "my-story.json")
	if !strings.Contains(msg, "Scene 2") || !strings.Contains(msg, path) {
		t.Errorf("message %q", msg)
	}
	st := readStory(t, path)
	if len(st.Scenes) != 2 {
		t.Fatalf("%d scenes, want 2", len(st.Scenes))
	}
	a, b := st.Scenes[0], st.Scenes[1]
	want := time.Date(1950, 10, 2, 15, 30, 0, 0, time.UTC)
	if !a.From.Equal(want) || !a.To.Equal(want) {
		t.Errorf("scene 1 at %v, want %v", a.From, want)
	}
	if a.View.Name != "" || !near(a.View.Lon, 125.75) || !near(a.View.Lat, 39.02) || !near(a.View.MetresPerPixel, 812.3) {
		t.Errorf("scene 1 view %+v", a.View)
	}
	if a.Layers != "all,-units" || len(a.Highlight) != 1 || a.Highlight[0] != "zhou-panikkar-1950-10-02" {
		t.Errorf("scene 1 layers %q, highlight %v", a.Layers, a.Highlight)
	}
	if !strings.Contains(a.Title.In("en"), "3 October 1950, 00:30 (Seoul)") || !strings.Contains(a.Title.In("en"), "Zhou Enlai warns") {
		t.Errorf("scene 1 title %q", a.Title.In("en"))
	}
	if b.View.Name != "eastasia" || b.Layers != "" || len(b.Highlight) != 0 {
		t.Errorf("scene 2: %+v", b)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("the stories folder holds %d files, want only my-story.json (no temporary file left)", len(entries))
	}

	// Played back, the first scene brings the map to where it was.
	clock := newDirectorOn(t, u)
	u.showView(maps.Peninsula)
	u.director.Start(st, false)
	clock.Advance(u.director.Transition + u.director.FrameInterval)
	checkAtCentre(t, u, a.View)
	if !u.tl.Value().Equal(want) || u.layers&maps.LayerUnits != 0 || u.selected == nil {
		t.Errorf("played back: date %v, layers %s, selected %v", u.tl.Value(), maps.FormatLayers(u.layers), u.selected)
	}
}

// A story file that cannot be read is kept as it is; the scene goes
// beside it, and the next ones follow it there.
func TestRecordKeepsABrokenStory(t *testing.T) {
	u, _ := newTestUI(t, "-date", "1950-10-19")
	dir := t.TempDir()
	u.sess = &session{dir: dir}
	stories := filepath.Join(dir, "stories")
	if err := os.MkdirAll(stories, 0o755); err != nil {
		t.Fatal(err)
	}
	broken := []byte(`{"title": {"en": "Half written"}, "scenes": [{"title": {"en": "A"}, "from": "1950-13-40", "view": "peninsula"}]}`)
	mine := filepath.Join(stories, "my-story.json")
	if err := os.WriteFile(mine, broken, 0o644); err != nil {
		t.Fatal(err)
	}
	msg, err := u.recordScene()
	if err != nil {
		t.Fatal(err)
	}
	beside := filepath.Join(stories, "my-story-2.json")
	if !strings.Contains(msg, beside) || !strings.Contains(msg, `scene 1: from: date "1950-13-40"`) || !strings.Contains(msg, "kept as it was") {
		t.Errorf("message %q does not say where the scene went and why", msg)
	}
	if data, _ := os.ReadFile(mine); string(data) != string(broken) {
		t.Error("the broken story file was changed")
	}
	if _, err := u.recordScene(); err != nil {
		t.Fatal(err)
	}
	if st := readStory(t, beside); len(st.Scenes) != 2 {
		t.Errorf("%s has %d scenes, want 2", beside, len(st.Scenes))
	}
}

// R records the view; the File menu offers the same.
func TestRecordKey(t *testing.T) {
	u, w := newTestUI(t, "-date", "1950-09-15")
	dir := t.TempDir()
	u.sess = &session{dir: dir}
	u.typedRune('R')
	st := readStory(t, filepath.Join(dir, "stories", "my-story.json"))
	if len(st.Scenes) != 1 || !strings.Contains(st.Scenes[0].Title.In("en"), "15 September 1950") {
		t.Errorf("R recorded %+v", st.Scenes)
	}
	if u.overlay() == nil {
		t.Error("no dialog says the scene was recorded")
	}
	found := false
	for _, m := range mainMenu(w, u).Items {
		for _, it := range m.Items {
			found = found || it.Label == "Record this view as a scene"
		}
	}
	if !found {
		t.Error("the menu has no item to record a scene")
	}
}
