package geodata

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWatch saves, adds, replaces and removes files in a watched folder
// and expects one report for each settled change, and none for files that
// are not geodata or for a folder left alone.
func TestWatch(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fronts.geojson")
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(path, "{}")
	changes := make(chan struct{}, 10)
	w := Watch([]string{dir}, 20*time.Millisecond, func() { changes <- struct{}{} })
	defer w.Stop()

	expect := func(what string, want bool) {
		t.Helper()
		select {
		case <-changes:
			if !want {
				t.Errorf("%s: reported as a change", what)
			}
		case <-time.After(400 * time.Millisecond):
			if want {
				t.Errorf("%s: no change reported", what)
			}
		}
	}
	expect("nothing done", false)
	write(filepath.Join(dir, "notes.txt"), "not geodata")
	expect("a text file added", false)
	time.Sleep(15 * time.Millisecond) // a new modification time even on coarse clocks
	write(path, `{"type": "FeatureCollection", "features": []}`)
	expect("a file saved", true)
	write(filepath.Join(dir, "units.geojson"), "{}")
	expect("a file added", true)
	tmp := filepath.Join(dir, ".save.tmp")
	write(tmp, "{ }")
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
	expect("a file replaced by rename", true)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	expect("a file removed", true)
	expect("nothing more", false)
}

func TestWatchStopIsIdempotent(t *testing.T) {
	w := Watch([]string{t.TempDir()}, time.Millisecond, func() {})
	w.Stop()
	w.Stop()
}
