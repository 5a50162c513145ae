package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"korea1950/internal/i18n"
	"korea1950/timeline/playback"
)

// newPresenterUI is the window of newTestUI with its keys wired as
// runWindow wires them, and presenter mode on a fake clock.
func newPresenterUI(t *testing.T, args ...string) (*ui, fyne.Window, *playback.FakeClock) {
	t.Helper()
	u, w := newTestUI(t, args...)
	u.win = w
	w.Canvas().SetOnTypedKey(u.typedKey)
	w.Canvas().SetOnTypedRune(u.typedRune)
	clock := playback.NewFakeClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	u.pres = newPresenter(u, clock)
	u.director = newDirector(u, clock)
	u.pres.storyName, u.pres.story = "test", testStory()
	t.Cleanup(func() { u.leavePresenter() })
	return u, w, clock
}

// press types a named key on a window's canvas, as the driver does.
func press(w fyne.Window, name fyne.KeyName) {
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: name})
}

// F5 turns the window into presenter mode: full screen, the map alone
// with its caption, the map's text twice its size; Escape gives the
// window back as it was, not full screen if it was not.
func TestPresenterEntersAndLeaves(t *testing.T) {
	for _, full := range []bool{false, true} {
		u, w, _ := newPresenterUI(t)
		w.SetFullScreen(full)
		menu := fyne.NewMainMenu(fyne.NewMenu("File"))
		w.SetMainMenu(menu)
		press(w, fyne.KeyF5)
		if w.MainMenu() != nil {
			t.Error("presenter mode shows the menu bar")
		}
		if !u.presenting() || w.Content() != u.pres.root || !w.FullScreen() {
			t.Fatalf("after F5: presenting %v, presenter content %v, full screen %v", u.presenting(), w.Content() == u.pres.root, w.FullScreen())
		}
		if u.m.TextScale() != projectorMapText {
			t.Errorf("the map's text scale is %g in presenter mode, want %d", u.m.TextScale(), projectorMapText)
		}
		if contains(w.Content(), u.find.Object()) || contains(w.Content(), u.tl) {
			t.Error("presenter mode shows the search box or the timeline")
		}
		if !contains(w.Content(), u.m) {
			t.Error("presenter mode does not show the map")
		}
		if sz := u.m.Size(); sz.Height < w.Canvas().Size().Height-80 {
			t.Errorf("the map is %v in a %v window: the caption takes more than 80 px", sz, w.Canvas().Size())
		}
		press(w, fyne.KeyEscape)
		if u.presenting() || w.Content() != u.content || w.FullScreen() != full {
			t.Errorf("after Escape (full screen before: %v): presenting %v, window content back %v, full screen %v",
				full, u.presenting(), w.Content() == u.content, w.FullScreen())
		}
		if w.MainMenu() != menu {
			t.Error("after Escape the menu bar is not back")
		}
		if u.m.TextScale() != 1 || !contains(w.Content(), u.m) {
			t.Error("after Escape the map is not back at its text size in the window")
		}
	}
}

// B blacks the screen out; any clicker key brings it back first and does
// nothing else; "." is the other blank key.
func TestPresenterBlank(t *testing.T) {
	u, w, _ := newPresenterUI(t)
	press(w, fyne.KeyF5)
	test.TypeOnCanvas(w.Canvas(), "B")
	if !u.pres.blank() {
		t.Fatal("B did not blank the screen")
	}
	img := w.Canvas().Capture()
	for _, pt := range [][2]int{{10, 10}, {640, 400}, {1270, 790}} {
		if r, g, b, _ := img.At(pt[0], pt[1]).RGBA(); r|g|b != 0 {
			t.Errorf("blank screen at %v is %v, want black", pt, img.At(pt[0], pt[1]))
		}
	}
	date := u.tl.Value()
	press(w, fyne.KeyPageDown)
	if u.pres.blank() {
		t.Error("PageDown did not bring the screen back")
	}
	if !u.tl.Value().Equal(date) {
		t.Error("PageDown on a blank screen moved on as well as bringing it back")
	}
	test.TypeOnCanvas(w.Canvas(), ".")
	if !u.pres.blank() {
		t.Error(". did not blank the screen")
	}
	test.TypeOnCanvas(w.Canvas(), ".")
	if u.pres.blank() {
		t.Error(". did not bring the screen back")
	}
	press(w, fyne.KeyEscape)
	if u.pres.blank() || u.presenting() {
		t.Error("Escape did not leave presenter mode")
	}
}

// The explore keys are off in presenter mode: no compare view, no search,
// no stepping of days; the presenter's own keys work in either case.
func TestPresenterKeysReplaceExplore(t *testing.T) {
	u, w, _ := newPresenterUI(t)
	press(w, fyne.KeyF5)
	test.TypeOnCanvas(w.Canvas(), "c/L2")
	press(w, fyne.KeyDown)
	if u.cmp != nil || u.overlay() != nil {
		t.Error("explore keys reached the window in presenter mode")
	}
	test.TypeOnCanvas(w.Canvas(), "P")
	if !u.pres.ink.Pen() || u.pres.caption.pen.Importance != 1 {
		t.Errorf("P did not turn the pen on (pen %v)", u.pres.ink.Pen())
	}
	test.TypeOnCanvas(w.Canvas(), "p")
	if u.pres.ink.Pen() {
		t.Error("p did not turn the pen off")
	}
	scale := u.m.Viewport().Scale
	test.TypeOnCanvas(w.Canvas(), "+")
	if u.m.Viewport().Scale <= scale {
		t.Error("+ did not zoom in presenter mode")
	}
}

// N opens the notes window: its clock shows the time since presenter mode
// began; its keys are the presenter's; closing it leaves presenter mode
// on, and leaving presenter mode closes it.
func TestPresenterNotesWindow(t *testing.T) {
	u, w, clock := newPresenterUI(t)
	press(w, fyne.KeyF5)
	windows := len(fyne.CurrentApp().Driver().AllWindows())
	test.TypeOnCanvas(w.Canvas(), "n")
	n := u.pres.notes
	if n == nil {
		t.Fatal("N opened no notes window")
	}
	if got := len(fyne.CurrentApp().Driver().AllWindows()); got != windows+1 {
		t.Errorf("%d windows open after N, want %d: one more, the notes", got, windows+1)
	}
	clock.Advance(65 * time.Second)
	if !strings.Contains(n.clock.Text, "0:01:05 in") {
		t.Errorf("the notes' clock shows %q after 65 s, want 0:01:05 in", n.clock.Text)
	}
	// The clicker's keys work in the notes window too.
	test.TypeOnCanvas(n.w.Canvas(), "b")
	if !u.pres.blank() {
		t.Error("b in the notes window did not blank the screen")
	}
	test.TypeOnCanvas(n.w.Canvas(), "b")
	n.w.Close()
	if !u.presenting() || u.pres.notes != nil {
		t.Error("closing the notes window left presenter mode, or was not noticed")
	}
	if clock.Tickers() != 0 {
		t.Errorf("%d tickers left running once the notes window closed", clock.Tickers())
	}
	test.TypeOnCanvas(w.Canvas(), "N")
	if u.pres.notes == nil {
		t.Fatal("N did not open the notes window again")
	}
	press(w, fyne.KeyEscape)
	if u.pres.notes != nil || clock.Tickers() != 0 {
		t.Error("leaving presenter mode left the notes window open or its clock running")
	}
}

// The clicker moves through the story: PageDown, Right and Space to the
// next scene, PageUp and Left back, Home and End to the ends; the map and
// the timeline come to each scene's view and date, the caption and the
// notes follow, and the pen's strokes go at each change. Escape stops
// the story; F5 goes on from the scene it was left at.
func TestPresenterClickerKeys(t *testing.T) {
	u, w, clock := newPresenterUI(t)
	st := u.pres.story
	settle := func() { clock.Advance(u.director.Transition + 10*time.Second) }
	at := func(step string, i int) {
		t.Helper()
		settle()
		sc := &st.Scenes[i]
		if got := u.director.Index(); got != i {
			t.Fatalf("after %s: scene %d, want %d", step, got+1, i+1)
		}
		if want := sc.To; !u.tl.Value().Equal(want) || !u.m.Date().Equal(want) {
			t.Errorf("after %s: the timeline shows %v and the map %v, want scene %d's %v", step, u.tl.Value(), u.m.Date(), i+1, want)
		}
		if want := fmt.Sprintf("%d / %d", i+1, len(st.Scenes)); u.pres.caption.counter.Text != want || u.pres.caption.title.Text != sc.Title["en"] {
			t.Errorf("after %s: the caption shows %q %q, want %q %q", step, u.pres.caption.counter.Text, u.pres.caption.title.Text, want, sc.Title["en"])
		}
	}
	press(w, fyne.KeyF5)
	at("F5", 0)
	test.TypeOnCanvas(w.Canvas(), "n")
	for _, s := range []struct {
		key  fyne.KeyName
		want int
	}{
		{fyne.KeyPageDown, 1}, {fyne.KeySpace, 2}, {fyne.KeySpace, 2}, {fyne.KeyLeft, 1}, {fyne.KeyPageUp, 0},
		{fyne.KeyPageUp, 0}, {fyne.KeyEnd, 2}, {fyne.KeyHome, 0}, {fyne.KeyRight, 1},
	} {
		press(w, s.key)
		at(string(s.key), s.want)
	}
	if n := u.pres.notes; n == nil || n.heading.Text != "2 / 3  "+st.Scenes[1].Title["en"] || n.next.Text != "Next: "+st.Scenes[2].Title["en"] {
		t.Errorf("the notes window does not follow the scenes")
	}
	// The pen's drawing is wiped at the next scene.
	test.TypeOnCanvas(w.Canvas(), "p")
	drawStroke(u.pres.ink, fyne.NewPos(100, 100), fyne.NewPos(300, 200))
	if u.pres.ink.Strokes() != 1 {
		t.Fatal("the pen drew nothing on the map")
	}
	press(w, fyne.KeyPageDown)
	if u.pres.ink.Strokes() != 0 {
		t.Error("the pen's strokes were not wiped at the scene change")
	}
	at("PageDown", 2)
	press(w, fyne.KeyPageUp)
	press(w, fyne.KeyEscape)
	if u.director.Active() || u.presenting() {
		t.Error("Escape did not stop the story and leave presenter mode")
	}
	settle()
	if clock.Tickers() != 0 {
		t.Errorf("%d tickers running after presenter mode was left", clock.Tickers())
	}
	// Entered again, it goes on from the scene it was left at.
	press(w, fyne.KeyF5)
	at("F5 again", 1)
}

// Without a story presenter mode still works and says why there is none.
func TestPresenterWithoutAStory(t *testing.T) {
	u, w, _ := newPresenterUI(t)
	u.pres.storyName, u.pres.story = "no-such-story", nil
	press(w, fyne.KeyF5)
	if !u.presenting() || !strings.Contains(u.pres.caption.title.Text, "no-such-story") {
		t.Errorf("the caption says %q, want the reason there is no story", u.pres.caption.title.Text)
	}
	press(w, fyne.KeyPageDown)
	test.TypeOnCanvas(w.Canvas(), "b")
	if !u.pres.blank() {
		t.Error("b did not blank the screen without a story")
	}
}

// The shipped default is the story F5 plays when -story names none.
func TestPresenterPlaysTheShippedStory(t *testing.T) {
	u, w, _ := newPresenterUI(t)
	u.pres.storyName, u.pres.story = "", nil
	press(w, fyne.KeyF5)
	if st := u.director.Story(); st == nil || st.Name != defaultStory {
		t.Fatalf("F5 plays %v, want %s", st, defaultStory)
	}
}

// contains reports whether o is in the tree under root, as drawn.
func contains(root, o fyne.CanvasObject) bool {
	found := false
	walk(root, func(c fyne.CanvasObject) { found = found || c == o })
	return found
}

// walk calls f on root and every object under it, through the renderers
// the canvas drew with (test.LaidOutObjects makes new ones, which would
// replace a Label's text and lose its theme).
func walk(root fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(root)
	switch c := root.(type) {
	case *fyne.Container:
		for _, o := range c.Objects {
			walk(o, f)
		}
	case fyne.Widget:
		for _, o := range test.WidgetRenderer(c).Objects() {
			walk(o, f)
		}
	}
}

// A change of language in presenter mode rewrites the caption at once,
// on the same scene.
func TestPresenterFollowsTheLanguage(t *testing.T) {
	u, w, clock := newPresenterUI(t)
	st := u.pres.story
	press(w, fyne.KeyF5)
	press(w, fyne.KeyPageDown)
	clock.Advance(u.director.Transition + 10*time.Second)
	u.setLanguage("ko")
	if got, want := u.pres.caption.title.Text, st.Scenes[1].Title.In("ko"); got != want {
		t.Errorf("the caption says %q after the switch, want %q", got, want)
	}
	if got := u.pres.caption.pen.Text; got != i18n.T("ko", "present.pen") {
		t.Errorf("the pen button says %q", got)
	}
	if u.director.Index() != 1 {
		t.Errorf("the switch moved the story to scene %d", u.director.Index()+1)
	}
}
