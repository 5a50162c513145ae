package app

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"korea1950/app/story"
	"korea1950/maps"
)

// -story opens a shipped story or a story file; render draws one scene.
func TestStoryFlags(t *testing.T) {
	o, err := ParseArgs([]string{"-story", "three-weeks"})
	if err != nil {
		t.Fatal(err)
	}
	if o.Story == nil || o.Story.Name != "three-weeks" || o.Scene != 1 {
		t.Errorf("-story three-weeks: story %v, scene %d", o.Story, o.Scene)
	}
	o, err = ParseArgs([]string{"render", "-story", "year-1950", "-scene", "8", "-o", "x.png"})
	if err != nil {
		t.Fatal(err)
	}
	if o.Story == nil || o.Story.Name != "year-1950" || o.Scene != 8 {
		t.Errorf("render -story year-1950 -scene 8: story %v, scene %d", o.Story, o.Scene)
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "mine.json")
	os.WriteFile(good, []byte(`{"title": {"en": "Mine"}, "scenes": [{"title": {"en": "A"}, "from": "1950-10-19", "view": "peninsula"}]}`), 0o644)
	if o, err = ParseArgs([]string{"-story", good}); err != nil || o.Story.Name != "mine" {
		t.Errorf("-story %s: %v, %v", good, o.Story, err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"title": {"en": "Bad"}, "scenes": [
		{"title": {"en": "A"}, "from": "1950-13-40", "view": "peninsula"},
		{"title": {"en": "B"}, "from": "1950-10-19", "view": "peninsula", "layers": "seas"}]}`), 0o644)

	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"-story", "no-such-story"}, []string{`-story: "no-such-story" is not a shipped story (want three-weeks, year-1950`}},
		{[]string{"-story", filepath.Join(dir, "missing.json")}, []string{"-story:", "missing.json"}},
		{[]string{"-story", bad}, []string{bad + `: scene 1: from: date "1950-13-40"`, bad + `: scene 2: layers: "seas" is not a layer`}},
		{[]string{"render", "-date", "1950-10-19", "-scene", "2", "-o", "x.png"}, []string{"-scene needs -story"}},
		{[]string{"render", "-story", "three-weeks", "-scene", "99", "-o", "x.png"}, []string{`-scene 99: the story "three-weeks" has scenes 1 to 14`}},
		{[]string{"-story", "three-weeks", "-scene", "2"}, []string{"-scene is not a flag of the window"}},
	} {
		_, err := ParseArgs(tc.args)
		var ue *UsageError
		if !errors.As(err, &ue) {
			t.Errorf("%q: error %v, want a usage error", tc.args, err)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%q: error %q\nwant it to contain %q", tc.args, err, w)
			}
		}
	}
	for _, name := range []string{"-story", "-scene"} {
		if !strings.Contains(Usage, name) {
			t.Errorf("usage does not document %s", name)
		}
	}
}

// render -story draws a scene as it ends: its view, its last date, its
// highlight's details and its caption.
func TestRenderStoryScene(t *testing.T) {
	test.NewTempApp(t)
	geo, err := maps.EmbeddedGeography()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		scene int
		check func(t *testing.T, r Rendered, sc *story.Scene)
	}{
		{1, func(t *testing.T, r Rendered, sc *story.Scene) {
			c := r.Viewport.ToLonLat(r.Viewport.Width/2, r.Viewport.Height/2)
			if !near(c[0], sc.View.Lon) || !near(c[1], sc.View.Lat) || !near(r.Viewport.MetresPerPixel(), sc.View.MetresPerPixel) {
				t.Errorf("scene 1: the map is at %v, %.1f m/px; want %+v", c, r.Viewport.MetresPerPixel(), sc.View)
			}
		}},
		{9, func(t *testing.T, r Rendered, sc *story.Scene) {
			fit := maps.FitBound(maps.EastAsia.Bound, r.Viewport.Width, r.Viewport.Height)
			if fit.Center != r.Viewport.Center || fit.Scale != r.Viewport.Scale {
				t.Errorf("scene 9: viewport %+v, want the East Asia view %+v", r.Viewport, fit)
			}
		}},
	} {
		o, err := ParseArgs([]string{"render", "-story", "three-weeks", "-scene", strconv.Itoa(tc.scene), "-o", "unused.png"})
		if err != nil {
			t.Fatal(err)
		}
		tc.check(t, Render(geo, o), &o.Story.Scenes[tc.scene-1])
	}
}

// The caption shows the scene in the language of the window, labelled
// as a draft translation where the story says so.
func TestStoryCaption(t *testing.T) {
	u, _ := newTestUI(t, "-lang", "ko")
	st, _ := story.ByName("three-weeks")
	d := u.director
	d.OnScene = func(i int, _ *story.Scene) { u.showStoryCaption(st, i) }
	d.ShowScene(st, 8)
	c := u.caption
	if c == nil || !u.right.Visible() {
		t.Fatal("no caption in the side panel")
	}
	if c.title.Text != st.Scenes[8].Title["ko"] || c.text.Text != st.Scenes[8].Text["ko"] || !c.draft.Visible() {
		t.Errorf("caption %q / %q, draft shown %v", c.title.Text, c.text.Text, c.draft.Visible())
	}
	if !strings.Contains(c.count.Text, "9 / 14") {
		t.Errorf("caption count %q", c.count.Text)
	}
	if u.selected == nil || u.selected.ID != "zhou-panikkar-1950-10-02" || !u.tl.Value().Equal(st.Scenes[8].To) {
		t.Errorf("scene 9 selected %v at %v", u.selected, u.tl.Value())
	}
	u.lang = "zh"
	u.relabelStoryCaption()
	if c.title.Text != st.Scenes[8].Title["zh"] || !c.draft.Visible() {
		t.Errorf("relabelled in Chinese: %q, draft shown %v", c.title.Text, c.draft.Visible())
	}
	u.lang = "en"
	d.ShowScene(st, 0)
	if c.title.Text != st.Scenes[0].Title["en"] || c.draft.Visible() {
		t.Errorf("English caption %q, draft shown %v", c.title.Text, c.draft.Visible())
	}
}
