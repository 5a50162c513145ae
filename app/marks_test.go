package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"korea1950/app/userstate"
	"korea1950/geodata"
)

// marksUI is a test window whose session writes to a state file in a
// temporary folder; reopen gives a new session on the same file.
func marksUI(t *testing.T, dir string) *ui {
	t.Helper()
	u, _ := newTestUI(t, "-date", "1950-10-02")
	u.sess = openSession(dir)
	t.Cleanup(func() { u.sess.close() })
	return u
}

// A bookmark keeps the date and the view; jumping to it brings both
// back, after a restart too. Rename and delete change the state file.
func TestBookmarksPanel(t *testing.T) {
	dir := t.TempDir()
	u := marksUI(t, dir)
	u.marks.toggle()
	if !u.marks.showing() {
		t.Fatal("the panel does not show after toggle")
	}
	u.m.SetCentre(orb.Point{125.75, 39.03}, 400)
	saved := u.m.Centre()
	u.marks.addBookmark("")
	if len(u.marks.rows) != 1 || u.marks.rows[0].bookmark == nil {
		t.Fatalf("rows after one bookmark: %+v", u.marks.rows)
	}
	if got := u.marks.rows[0].bookmark.Name; !strings.HasPrefix(got, "2 October 1950") {
		t.Errorf("a new bookmark is named %q, want its day first", got)
	}

	// Move away in time and space, then jump back.
	u.tl.SetValue(time.Date(1950, 12, 24, 12, 0, 0, 0, geodata.Seoul))
	u.m.SetCentre(orb.Point{127.5, 36.0}, 2000)
	u.marks.jump(0)
	if d := u.tl.Value(); !d.Equal(time.Date(1950, 10, 2, 12, 0, 0, 0, geodata.Seoul)) {
		t.Errorf("after the jump the timeline is at %v", d)
	}
	if !u.m.Date().Equal(u.tl.Value()) {
		t.Errorf("the map's date %v does not follow the timeline's %v", u.m.Date(), u.tl.Value())
	}
	if c := u.m.Centre(); !near(c[0], saved[0]) || !near(c[1], saved[1]) || !near(u.m.Viewport().MetresPerPixel(), 400) {
		t.Errorf("after the jump the map is at %v, %.1f m/px; want %v, 400", c, u.m.Viewport().MetresPerPixel(), saved)
	}

	u.marks.rename(0, "Panikkar's midnight")
	u.marks.addBookmark("second")
	u.marks.remove(1)
	u.sess.close()

	// A new session on the same file lists what was left.
	again := marksUI(t, dir)
	again.marks.toggle()
	if len(again.marks.rows) != 1 || again.marks.rows[0].bookmark.Name != "Panikkar's midnight" {
		t.Fatalf("after a restart the rows are %+v", again.marks.rows)
	}
}

// A note keeps its text, the date and the selected feature; jumping to it
// selects the feature again, and editing changes only the text.
func TestNotesPanel(t *testing.T) {
	u := marksUI(t, t.TempDir())
	f := mustFeature(t, firstMessageID(t))
	u.selectFeature(f, fromTimeline)
	u.marks.toggle()
	u.marks.addNote("Ask the class: why India?\nSecond line")
	if len(u.marks.rows) != 1 || u.marks.rows[0].note == nil {
		t.Fatalf("rows after one note: %+v", u.marks.rows)
	}
	n := u.marks.rows[0].note
	if n.Feature != f.ID || !n.Date.Equal(u.tl.Value()) {
		t.Errorf("the note is about %q on %v, want %q on %v", n.Feature, n.Date, f.ID, u.tl.Value())
	}
	if title, sub := u.marks.rowText(u.marks.rows[0]); title != "Ask the class: why India?" || !strings.Contains(sub, f.ID) {
		t.Errorf("the row says %q / %q", title, sub)
	}
	u.marks.addNote("   ") // blank text is not a note
	if len(u.marks.rows) != 1 {
		t.Errorf("a blank note was saved: %d rows", len(u.marks.rows))
	}

	u.selectFeature(nil, fromPanel)
	u.tl.SetValue(time.Date(1951, 1, 4, 12, 0, 0, 0, geodata.Seoul))
	u.marks.jump(0)
	if u.selected == nil || u.selected.ID != f.ID {
		t.Errorf("jumping to the note selects %v, want %s", u.selected, f.ID)
	}
	if !u.tl.Value().Equal(n.Date) {
		t.Errorf("jumping to the note goes to %v, want %v", u.tl.Value(), n.Date)
	}
	// Closing the details gives the panel back.
	u.selectFeature(nil, fromPanel)
	if !u.marks.showing() {
		t.Error("closing the details does not bring the bookmarks back")
	}
	u.marks.rename(0, "edited")
	if got := u.marks.rows[0].note; got.Text != "edited" || got.Feature != f.ID {
		t.Errorf("after the edit the note is %+v", got)
	}
}

// Without a state file the panel says why and saves nothing, and the app
// goes on.
func TestMarksWithoutAStore(t *testing.T) {
	u, _ := newTestUI(t)
	u.sess = &session{problems: []string{"locked"}}
	u.marks.toggle()
	u.marks.addBookmark("x")
	u.marks.addNote("y")
	if len(u.marks.rows) != 0 || !u.marks.addB.Disabled() {
		t.Errorf("rows %d, add button disabled %v", len(u.marks.rows), u.marks.addB.Disabled())
	}
	if !strings.Contains(u.marks.status.Text, "could not be opened") {
		t.Errorf("the panel says %q", u.marks.status.Text)
	}
}

// A store that fails a write (here: closed under the panel) is reported
// in the panel, and the rows already saved stay listed.
func TestMarksReportAFailedWrite(t *testing.T) {
	dir := t.TempDir()
	u := marksUI(t, dir)
	u.marks.toggle()
	u.marks.addBookmark("kept")
	st, err := userstate.Open(filepath.Join(t.TempDir(), StateFile))
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	real := u.sess.st
	u.sess.st = st
	u.marks.addBookmark("lost")
	if !strings.Contains(u.marks.status.Text, "Could not save the bookmark") {
		t.Errorf("the panel says %q", u.marks.status.Text)
	}
	u.sess.st = real
	u.marks.reload()
	if len(u.marks.rows) != 1 || u.marks.rows[0].bookmark.Name != "kept" {
		t.Errorf("rows after the failed write: %+v", u.marks.rows)
	}
}

// firstMessageID is a message of the shipped data, for a note about one.
func firstMessageID(t *testing.T) string {
	for _, f := range shippedStore().Features() {
		if f.Kind == geodata.KindMessage {
			return f.ID
		}
	}
	t.Fatal("no message in the shipped data")
	return ""
}
