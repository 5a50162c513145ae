package app

import (
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"

	"korea1950/app/story"
	"korea1950/geodata"
	"korea1950/internal/i18n"
	"korea1950/maps"
)

// Stories are checked against the map's own names of views and layers.
func init() {
	story.Names = story.Vocabulary{
		Views: func(name string) bool { _, ok := maps.ViewByName(name); return ok },
		Layers: func(list string) error {
			_, err := maps.ParseLayers(list)
			return err
		},
	}
}

// loadStory finds the story that -story names: a shipped story by its
// name ("three-weeks"), or a story file by its path (ending in .json).
func loadStory(name string) (*story.Story, error) {
	if strings.HasSuffix(name, ".json") {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		return story.Parse(name, data)
	}
	st, err := story.ByName(name)
	if st != nil {
		return st, nil
	}
	if err != nil {
		return nil, err
	}
	all, _ := story.Embedded()
	names := make([]string, len(all))
	for i, s := range all {
		names[i] = s.Name
	}
	return nil, fmt.Errorf("%q is not a shipped story (want %s, or the path of a .json story file)", name, strings.Join(names, ", "))
}

// missingHighlights lists the highlighted features of st that s does not
// hold, each as "file: scene N: highlight: ...". A story plays without
// them: the scene selects the first highlight that is there, or none.
func missingHighlights(file string, st *story.Story, s *geodata.Store) []string {
	if s == nil {
		return nil
	}
	var out []string
	for i, sc := range st.Scenes {
		for _, id := range sc.Highlight {
			if s.ByID(id) == nil {
				out = append(out, fmt.Sprintf("%s: scene %d: highlight: no feature %q in the data loaded", file, i+1, id))
			}
		}
	}
	return out
}

// storyFeature is the feature a scene selects: the first of its
// highlights that the data holds, or nil.
func (u *ui) storyFeature(sc *story.Scene) *geodata.Feature {
	if u.store == nil {
		return nil
	}
	for _, id := range sc.Highlight {
		if f := u.store.ByID(id); f != nil {
			return f
		}
	}
	return nil
}

// startStory plays st in the window from its first scene, with its
// caption over the map; PageDown and PageUp step it. What is wrong with it
// is shown in a dialog, and it plays all the same.
func startStory(w fyne.Window, u *ui, st *story.Story) {
	u.director.OnScene = func(i int, _ *story.Scene) { u.showStoryCaption(u.director.Story(), i) }
	u.director.OnProblems = func(msgs []string) {
		showMessage(w, u.lang, i18n.T(u.lang, "story.problems"), strings.Join(msgs, "\n"))
	}
	u.director.Start(st, false)
}
