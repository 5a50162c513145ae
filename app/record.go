package app

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"korea1950/app/story"
	"korea1950/geodata"
	"korea1950/internal/i18n"
	"korea1950/maps"
)

// userStory is the name of the story that "Record this view as a scene"
// builds, in the stories folder of the app's storage folder.
const userStory = "my-story"

// record records the view as a scene and says how it went.
func (u *ui) record() {
	msg, err := u.recordScene()
	title := i18n.T(u.lang, "record.done.title")
	if err != nil {
		title, msg = i18n.T(u.lang, "record.failed.title"), err.Error()
	}
	if w := u.window(); w != nil {
		showMessage(w, u.lang, title, msg)
	} else {
		fmt.Fprintln(os.Stderr, "korea1950:", msg)
	}
}

// recordScene appends the map as it is now to the user's story: the date,
// the view (named if the map still shows one as fitted), the layers, and
// the selected feature as its highlight. It returns what it did, in a
// sentence. A story file that cannot be read is never written over: the
// scene goes into the next free my-story-N.json beside it.
func (u *ui) recordScene() (string, error) {
	if u.sess == nil || u.sess.dir == "" {
		return "", errors.New("there is no storage folder to keep a story in")
	}
	dir := filepath.Join(u.sess.dir, "stories")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	var path string
	var st *story.Story
	var kept []string // files that could not be read, and why
	for n := 1; n <= 100 && st == nil; n++ {
		name := userStory + ".json"
		if n > 1 {
			name = fmt.Sprintf("%s-%d.json", userStory, n)
		}
		path = filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			st = &story.Story{Title: story.Text{"en": "My story"}}
		case err != nil:
			kept = append(kept, err.Error())
		default:
			if st, err = story.Parse(path, data); err != nil {
				first, _, _ := strings.Cut(err.Error(), "\n")
				kept = append(kept, first)
			}
		}
	}
	if st == nil {
		return "", fmt.Errorf("no story file in %s can be read or created: %s", dir, strings.Join(kept, "; "))
	}
	st.Scenes = append(st.Scenes, u.sceneNow())
	data, err := story.Marshal(st)
	if err != nil {
		return "", err
	}
	if err := writeFileAtomic(path, data); err != nil {
		return "", err
	}
	msg := i18n.Tf(u.lang, "record.done", len(st.Scenes), path)
	if len(kept) > 0 {
		msg += "\n\n" + i18n.Tf(u.lang, "record.kept", strings.Join(kept, "\n"))
	}
	return msg, nil
}

// sceneNow is the map as it is now as a story's scene.
func (u *ui) sceneNow() story.Scene {
	date := u.tl.Value().Truncate(time.Second).In(geodata.Seoul)
	sc := story.Scene{From: date, To: date, Seconds: story.DefaultSeconds}
	title := geodata.FormatDay(date, "en")
	if !date.Equal(geodata.Noon(date)) {
		title += date.In(geodata.Seoul).Format(", 15:04 (Seoul)")
	}
	if named, fitted := u.m.NamedView(); fitted {
		sc.View = story.View{Name: named.Name}
	} else {
		c := u.m.Centre()
		round := func(x, unit float64) float64 { return math.Round(x/unit) * unit }
		sc.View = story.View{Lon: round(c[0], 1e-4), Lat: round(c[1], 1e-4),
			MetresPerPixel: math.Min(story.MaxMetresPerPixel, math.Max(story.MinMetresPerPixel, round(u.m.Viewport().MetresPerPixel(), 0.1)))}
	}
	if l := maps.FormatLayers(u.layers); l != "all" {
		sc.Layers = l
	}
	if u.selected != nil {
		sc.Highlight = []string{u.selected.ID}
		title += ": " + u.selected.Title
	}
	sc.Title = story.Text{"en": title}
	return sc
}

// writeFileAtomic writes data to path so that path holds either its old
// content or all of the new, even if the power fails: a temporary file in
// the same folder is written, flushed to disk, and renamed over path, and
// the folder is flushed too.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	// A story is for sharing, readable as a file made by hand would be.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// window is the window that shows u, or nil when rendering.
func (u *ui) window() fyne.Window {
	if u.canvas == nil || fyne.CurrentApp() == nil {
		return nil
	}
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w.Canvas() == u.canvas {
			return w
		}
	}
	return nil
}
