package app

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"korea1950/app/userstate"
	"korea1950/geodata"
)

const oneEvent = `{"type": "FeatureCollection", "features": [
{"type": "Feature", "geometry": {"type": "Point", "coordinates": [126.9, 37.6]},
 "properties": {"id": "ID", "kind": "event", "title": "An event", "start": "1950-09-28", "side": "un", "sources": ["notes"]}}]}`

// testLibrary returns a library whose UI calls arrive on a channel, so the
// test goroutine plays the UI goroutine.
func testLibrary(t *testing.T, only bool) (*library, chan func(), chan *geodata.Dataset) {
	calls := make(chan func(), 16)
	loads := make(chan *geodata.Dataset, 16)
	l := &library{only: only, do: func(f func()) { calls <- f }}
	l.onLoaded = func(ds *geodata.Dataset, _ *geodata.Store) { loads <- ds }
	t.Cleanup(l.stop)
	return l, calls, loads
}

// nextLoad runs UI calls until a load arrives.
func nextLoad(t *testing.T, calls chan func(), loads chan *geodata.Dataset) *geodata.Dataset {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case f := <-calls:
			f()
		case ds := <-loads:
			return ds
		case <-timeout:
			t.Fatal("no load within 5 s")
		}
	}
}

func TestLibraryDropAndReload(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.geojson")
	os.WriteFile(a, []byte(strings.Replace(oneEvent, "ID", "dropped-a", 1)), 0o644)
	txt := filepath.Join(dir, "notes.txt")
	os.WriteFile(txt, []byte("not geodata"), 0o644)

	l, calls, loads := testLibrary(t, false)
	l.reload()
	base := len(nextLoad(t, calls, loads).Features)

	if n := l.drop([]string{txt}); n != 0 {
		t.Errorf("a text file counted as geodata")
	}
	if n := l.drop([]string{a, txt, a}); n != 2 {
		t.Errorf("drop counted %d geodata files, want 2 (the same one twice)", n)
	}
	ds := nextLoad(t, calls, loads)
	if len(ds.Features) != base+1 || len(ds.Problems) != 0 || len(l.dropped) != 1 {
		t.Errorf("after the drop: %d features, problems %v, dropped %v", len(ds.Features), ds.Problems, l.dropped)
	}

	// A dropped file is watched: saving it again reloads.
	time.Sleep(20 * time.Millisecond)
	os.WriteFile(a, []byte(strings.Replace(oneEvent, "1950-09-28", "1950-02-30", 1)), 0o644)
	ds = nextLoad(t, calls, loads)
	if len(ds.Features) != base || ds.Problems.Errors() != 1 {
		t.Errorf("after saving a broken version: %d features, problems %v", len(ds.Features), ds.Problems)
	}

	// A folder replaces nothing of the dropped files, and a file already
	// in the folder is not added twice.
	l.setFolder(dir)
	nextLoad(t, calls, loads)
	b := filepath.Join(dir, "b.geojson")
	os.WriteFile(b, []byte(strings.Replace(oneEvent, "ID", "in-folder", 1)), 0o644)
	ds = nextLoad(t, calls, loads) // the watcher saw b arrive
	l.drop([]string{b})
	if slices.Contains(l.dropped, b) {
		t.Error("a file inside the open folder was added again as a dropped file")
	}
	if got := byID(ds, "in-folder"); got == nil {
		t.Error("the new file in the folder did not load")
	}
}

func byID(ds *geodata.Dataset, id string) *geodata.Feature {
	for _, f := range ds.Features {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// TestSessionRestores saves a position with the map moved off any named
// view and expects a new window's map to open there, and -date to win
// over the saved date.
func TestSessionRestores(t *testing.T) {
	test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), StateFile)
	st, err := userstate.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	saved := time.Date(1950, 10, 19, 12, 0, 0, 0, geodata.Seoul)
	if err := st.SetLast(userstate.Position{Date: saved, View: userstate.View{Lon: 125.75, Lat: 39.03, MetresPerPixel: 500}}); err != nil {
		t.Fatal(err)
	}
	if err := st.SetSetting(settingFolder, t.TempDir()); err != nil {
		t.Fatal(err)
	}
	st.Close()

	for _, tc := range []struct {
		args []string
		date time.Time
	}{
		{nil, saved},
		{[]string{"-date", "1950-06-28"}, time.Date(1950, 6, 28, 12, 0, 0, 0, geodata.Seoul)},
	} {
		o, _ := ParseArgs(tc.args)
		u := newUI(nil, o)
		w := test.NewWindow(u.content)
		w.Resize(fyne.NewSize(1000, 700))
		u.lib = &library{}
		s := openSession(filepath.Dir(path))
		s.restore(u, o)
		if !u.m.Date().Equal(tc.date) || !u.tl.Value().Equal(tc.date) {
			t.Errorf("%v: date %v, want %v", tc.args, u.m.Date(), tc.date)
		}
		c := u.m.Centre()
		if math.Abs(c[0]-125.75) > 1e-6 || math.Abs(c[1]-39.03) > 1e-6 || math.Abs(u.m.Viewport().MetresPerPixel()-500) > 1e-6 {
			t.Errorf("%v: centre %v at %g m/px, want 125.75 39.03 at 500", tc.args, c, u.m.Viewport().MetresPerPixel())
		}
		if _, fitted := u.m.NamedView(); fitted {
			t.Error("a restored free view is marked as a fitted named view")
		}
		if u.lib.folder == "" {
			t.Error("the remembered folder was not reopened")
		}
		for name, b := range u.views {
			if b.Importance == widget.HighImportance {
				t.Errorf("the %s button is lit for a free view", name)
			}
		}
		s.close()
		w.Close()
	}
}
