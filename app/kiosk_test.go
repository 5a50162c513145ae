package app

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"korea1950/internal/i18n"
	"korea1950/maps"
	"korea1950/timeline"
	"korea1950/timeline/playback"
)

// newTestKiosk opens the kiosk as the window does, in a 1920×1080 test
// window, on the shipped data and a fresh state file, its idle watcher on
// a FakeClock (not yet started). Its quit counts in *quits.
func newTestKiosk(t *testing.T, args ...string) (k *kiosk, w fyne.Window, clock *playback.FakeClock, quits *int) {
	t.Helper()
	useKioskTheme(test.NewTempApp(t))
	geo, err := maps.EmbeddedGeography()
	if err != nil {
		t.Fatal(err)
	}
	o, err := ParseArgs(append([]string{"-kiosk"}, args...))
	if err != nil {
		t.Fatal(err)
	}
	u := newUI(geo, o)
	u.setStore(shippedStore())
	u.sess = openSession(t.TempDir())
	w = test.NewWindow(nil)
	w.SetPadded(false)
	clock = playback.NewFakeClock(time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC))
	u.director = newDirector(u, clock)
	k = openKiosk(fyne.CurrentApp(), w, u, o, clock)
	u.canvas = w.Canvas()
	w.Resize(fyne.NewSize(1920, 1080))
	quits = new(int)
	k.quit = func() { *quits++ }
	t.Cleanup(func() { k.Close(); u.director.Stop(); u.player.Close(); u.sess.close(); w.Close() })
	return k, w, clock, quits
}

// relayout lays the window's content out again, as the real window does
// when what shows changes: a resize there and back reaches every container
// whose size depends on the window's.
func relayout(w fyne.Window) {
	s := w.Canvas().Size()
	w.Resize(s.SubtractWidthHeight(1, 1))
	w.Resize(s)
}

// tappable is an object a visitor can tap, and where it is on the canvas.
type tappable struct {
	obj  fyne.CanvasObject
	pos  fyne.Position
	size fyne.Size
}

func (tp tappable) String() string {
	return fmt.Sprintf("%T at (%.0f, %.0f), %.1f×%.1f", tp.obj, tp.pos.X, tp.pos.Y, tp.size.Width, tp.size.Height)
}

// tappables walks the visible objects under o, as laid out, and returns
// those that take a tap.
func tappables(o fyne.CanvasObject) []tappable {
	var out []tappable
	var walk func(o fyne.CanvasObject, at fyne.Position)
	walk = func(o fyne.CanvasObject, at fyne.Position) {
		if !o.Visible() {
			return
		}
		pos := at.Add(o.Position())
		if _, ok := o.(fyne.Tappable); ok {
			out = append(out, tappable{o, pos, o.Size()})
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c, pos)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c, pos)
			}
		}
	}
	walk(o, fyne.Position{})
	return out
}

// absPos is where obj is on w's canvas, as a tap finds it (the test
// driver's AbsolutePositionForObject counts a padding that the unpadded
// window does not have).
func absPos(w fyne.Window, obj fyne.CanvasObject) fyne.Position {
	var found *fyne.Position
	var walk func(o fyne.CanvasObject, at fyne.Position)
	walk = func(o fyne.CanvasObject, at fyne.Position) {
		if found != nil {
			return
		}
		pos := at.Add(o.Position())
		if o == obj {
			found = &pos
			return
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c, pos)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c, pos)
			}
		}
	}
	walk(w.Canvas().Content(), fyne.Position{})
	if found == nil {
		panic(fmt.Sprintf("%T is not on the canvas", obj))
	}
	return *found
}

// within counts the buttons among tps that lie inside obj, on w.
func within(w fyne.Window, tps []tappable, obj fyne.CanvasObject) int {
	at := absPos(w, obj)
	n := 0
	for _, tp := range tps {
		if _, ok := tp.obj.(*widget.Button); ok && tp.pos.X >= at.X && tp.pos.Y >= at.Y &&
			tp.pos.X+tp.size.Width <= at.X+obj.Size().Width && tp.pos.Y+tp.size.Height <= at.Y+obj.Size().Height {
			n++
		}
	}
	return n
}

// Everything a visitor can tap on the kiosk is at least 48×48 pixels, in
// every state the kiosk can show: the map's zoom buttons, the views,
// compare and its bar, the language switch, the credits, the transport
// and the timeline's buttons, the details panel, the question and the
// attract loop. A scroll bar is the one exception: a finger drags the
// content instead.
func TestKioskTargetsAreTouchSized(t *testing.T) {
	k, w, _, _ := newTestKiosk(t)
	u := k.u
	check := func(state string) []tappable {
		relayout(w)
		tps := tappables(w.Canvas().Content())
		for _, tp := range tps {
			if fmt.Sprintf("%T", tp.obj) == "*widget.scrollBarArea" {
				continue
			}
			if tp.size.Width < touchTarget || tp.size.Height < touchTarget {
				t.Errorf("%s: %v is smaller than %d×%d", state, tp, touchTarget, touchTarget)
			}
		}
		return tps
	}
	tps := check("at the start")
	if n := within(w, tps, u.m); n != 3 {
		t.Errorf("%d buttons on the map, want its zoom in, zoom out and reset", n)
	}
	if n := within(w, tps, u.tl); n != 3 {
		t.Errorf("%d buttons on the timeline, want its three zoom buttons", n)
	}
	shown := map[fyne.CanvasObject]bool{}
	for _, tp := range tps {
		shown[tp.obj] = true
	}
	for name, obj := range map[string]fyne.CanvasObject{
		"EN": k.langs["en"], "한국어": k.langs["ko"], "中文": k.langs["zh"], "Credits": k.creditsOpen,
		"Peninsula": u.views["peninsula"], "East Asia": u.views["eastasia"], "Compare": u.compare,
		"Events": k.modes[timeline.ModeEvents], "Signals": k.modes[timeline.ModeSignals], "Play": u.tr.play, "next event": u.tr.next, "previous event": u.tr.prev,
	} {
		if !shown[obj] {
			t.Errorf("the kiosk does not show %s", name)
		}
	}
	// Nothing that types, opens files or dialogs, or leaves full screen.
	for name, obj := range map[string]fyne.CanvasObject{
		"the search box": u.find.entry, "the date box": u.tr.date, "the speed": u.tr.speed,
		"the data button": u.data, "Full screen": u.full, "Layers": u.layersB, "About": u.about,
	} {
		if shown[obj] {
			t.Errorf("the kiosk shows %s", name)
		}
	}

	u.selectFeature(mustFeature(t, "zhou-panikkar-1950-10-02"), fromMap)
	u.toggleCompare()
	check("with the details and compare open")
	u.closeCompare()
	k.openCredits()
	check("with the credits open")
	k.closeCredits()
	k.ask.setLeft(15)
	k.ask.obj.Show()
	check("asking")
	k.ask.obj.Hide()
	k.banner.obj.Show()
	check("in the attract loop")
}

// The kiosk has no menu and opens full screen, in its theme.
func TestKioskWindow(t *testing.T) {
	_, w, _, _ := newTestKiosk(t)
	if w.MainMenu() != nil {
		t.Error("the kiosk has a main menu")
	}
	if !w.FullScreen() {
		t.Error("the kiosk is not full screen")
	}
	if _, ok := fyne.CurrentApp().Settings().Theme().(kioskTheme); !ok {
		t.Errorf("the theme is %T, want the kiosk's", fyne.CurrentApp().Settings().Theme())
	}
}

// Every key is ignored but the exit chord, and counts as a touch.
func TestKioskKeys(t *testing.T) {
	k, w, clock, quits := newTestKiosk(t)
	u := k.u
	k.Start()
	date, vp := u.m.Date(), u.m.Viewport()
	for _, key := range []fyne.KeyName{fyne.KeyRight, fyne.KeyEnd, fyne.KeyEscape, fyne.KeyF11, fyne.KeyF1, fyne.KeySpace} {
		w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: key})
	}
	for _, r := range "+-2cLs/gq" {
		w.Canvas().OnTypedRune()(r)
	}
	if !u.m.Date().Equal(date) || u.m.Viewport() != vp || u.cmp != nil || u.player.Playing() ||
		u.tl.Mode() != timeline.ModeEvents || w.Canvas().Overlays().Top() != nil || !w.FullScreen() {
		t.Error("a key did something in the kiosk")
	}
	if !k.idle.touched {
		t.Error("keys did not count as a visitor's input")
	}
	sc := w.Canvas().(fyne.Shortcutable)
	sc.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierControl})
	sc.TypedShortcut(&fyne.ShortcutCopy{})
	if *quits != 0 {
		t.Errorf("Ctrl+Q or Ctrl+C left the kiosk")
	}
	sc.TypedShortcut(kioskExit)
	if *quits != 1 {
		t.Errorf("Ctrl+Shift+Q left the kiosk %d times, want once", *quits)
	}
	// In the attract loop a key wakes the kiosk.
	clock.Advance(90 * time.Second)
	clock.Advance(15 * time.Second)
	if k.idle.State() != idleAttract {
		t.Fatalf("state %v after 105 s, want attract", k.idle.State())
	}
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if k.idle.State() != idleExploring || k.banner.obj.Visible() {
		t.Errorf("a key did not wake the kiosk: %v", k.idle.State())
	}
}

// docs/keys.md's Kiosk table is the kiosk's keys.
func TestKioskKeysDoc(t *testing.T) {
	doc := keyTables(t)["Kiosk"]
	if len(doc) != len(kioskKeys) {
		t.Fatalf("docs/keys.md lists %d kiosk keys, the app binds %d", len(doc), len(kioskKeys))
	}
	for i, b := range kioskKeys {
		if doc[i][0] != b.Key || doc[i][1] != b.Action {
			t.Errorf("row %d: docs say %s = %q, the app binds %s = %q", i+1, doc[i][0], doc[i][1], b.Key, b.Action)
		}
	}
}

// The kiosk's own words follow its language switch: the question, the
// banner, the credits and the bar; the works in the credits keep their
// titles.
func TestKioskWordsFollowTheLanguage(t *testing.T) {
	k, _, _, _ := newTestKiosk(t)
	for _, tc := range []struct{ lang, touch, still, credits string }{
		{"ko", "화면을 눌러 둘러보세요", "계속 둘러보시겠어요?", "출처와 제작"},
		{"zh", "触摸屏幕开始探索", "还在浏览吗？", "鸣谢"},
		{"en", "Touch to explore", "Still exploring?", "Credits"},
	} {
		k.setLanguage(tc.lang)
		if k.banner.touch.Text != tc.touch || k.ask.question.Text != tc.still || k.creditsOpen.Text != tc.credits {
			t.Errorf("%s: banner %q, question %q, credits button %q", tc.lang, k.banner.touch.Text, k.ask.question.Text, k.creditsOpen.Text)
		}
		if got := k.creditsB.Text; got != i18n.T(tc.lang, "credits.close") {
			t.Errorf("%s: the credits' close button says %q", tc.lang, got)
		}
	}
}

// A kiosk has no keyboard: the compare view's date box only shows the
// date, which its arrows step.
func TestKioskCompareDateIsNotTyped(t *testing.T) {
	k, _, _, _ := newTestKiosk(t)
	k.u.toggleCompare()
	var boxes []*keyEntry
	walk(k.u.centre, func(o fyne.CanvasObject) {
		if e, ok := o.(*keyEntry); ok {
			boxes = append(boxes, e)
		}
	})
	if len(boxes) != 1 || !boxes[0].Disabled() {
		t.Fatalf("the compare view has %d date boxes (want 1, disabled)", len(boxes))
	}
}
