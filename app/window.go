package app

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"korea1950/assets"
	"korea1950/geodata"
	"korea1950/internal/fonts"
	"korea1950/internal/i18n"
	"korea1950/maps"
	"korea1950/timeline/playback"
)

// AppID is the application's identifier, as in FyneApp.toml.
const AppID = "io.github.korea1950.app"

var started = time.Now()

// displayProblem says why no window can be opened here, or "" if one can:
// on Linux it needs $DISPLAY or $WAYLAND_DISPLAY, and an X server that
// answers on $DISPLAY.
func displayProblem() string {
	if runtime.GOOS != "linux" && runtime.GOOS != "freebsd" {
		return ""
	}
	if os.Getenv("WAYLAND_DISPLAY") != "" {
		return ""
	}
	d := os.Getenv("DISPLAY")
	if d == "" {
		return "no display to open a window on (DISPLAY is not set)"
	}
	if !xServerAnswers(d) {
		return fmt.Sprintf("no X server answers on DISPLAY=%s", d)
	}
	return ""
}

// xServerAnswers dials the X server of a DISPLAY value such as ":0",
// ":99.0" or "host:10": a local socket, or TCP port 6000 plus the number.
func xServerAnswers(display string) bool {
	host, num, ok := strings.Cut(display, ":")
	if !ok {
		return true // an unusual form: let the driver try
	}
	num, _, _ = strings.Cut(num, ".")
	n, err := strconv.Atoi(num)
	if err != nil {
		return true
	}
	var conn net.Conn
	if host == "" || host == "unix" {
		conn, err = net.DialTimeout("unix", fmt.Sprintf("/tmp/.X11-unix/X%d", n), 2*time.Second)
		if err != nil {
			conn, err = net.DialTimeout("unix", fmt.Sprintf("@/tmp/.X11-unix/X%d", n), 2*time.Second)
		}
	} else {
		conn, err = net.DialTimeout("tcp", net.JoinHostPort(host, strconv.Itoa(6000+n)), 2*time.Second)
	}
	if err != nil {
		return false
	}
	conn.Close()
	return true
}

// runWindow opens the window and runs until it is closed or the process
// is told to stop (SIGINT, SIGTERM), then returns the exit status.
func runWindow(o Options) (status int) {
	if msg := displayProblem(); msg != "" {
		fmt.Fprintf(os.Stderr, "korea1950: %s; run it on a desktop, under Xvfb, "+
			"or use 'korea1950 render' to draw a PNG without one\n", msg)
		return 1
	}
	defer func() {
		// The GL driver panics when it cannot start (no GL, a display
		// that went away): say so in one line rather than a trace.
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "korea1950: could not open the window: %v\n", r)
			status = 1
		}
	}()
	a := fyneapp.NewWithID(AppID)
	if o.Kiosk {
		useKioskTheme(a) // before any widget is drawn
	}
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow("Korea 1950")
	// The language's fonts are in the theme before any text is measured.
	a.Settings().SetTheme(fonts.Theme(fonts.Unwrap(a.Settings().Theme()), o.Lang))
	u := newUI(nil, o)
	u.do = fyne.Do
	u.win = w
	u.onAbout = func() { showAbout(w, u.lang) }
	u.onLayers = func() { showLayers(w, u) }
	u.onFullScreen = func() { w.SetFullScreen(!w.FullScreen()) }
	u.onLeaveFullScreen = func() { w.SetFullScreen(false) }
	// The map reaches the window's edges, as render draws it.
	w.SetPadded(false)
	if !o.Kiosk { // the kiosk lays the widgets out anew (openKiosk)
		w.SetContent(u.content)
	}
	u.canvas = w.Canvas()
	w.Canvas().SetOnTypedKey(u.typedKey)
	w.Canvas().SetOnTypedRune(u.typedRune)
	w.Resize(fyne.NewSize(float32(o.Width), float32(o.Height)))
	w.SetMaster()

	// The user's data: the geodata on top of the embedded data, and the
	// saved state, which puts the date and view back where they were.
	u.lib = &library{only: o.Only, folder: o.Data, do: fyne.Do}
	infoPath, loads := os.Getenv("KOREA1950_DATA_INFO"), 0
	selectAtStart := o.Select
	storyAtStart := o.Story
	presentAtStart := o.Present
	if o.Story != nil {
		u.presenter().storyName, u.presenter().story = o.Story.Name, o.Story
	}
	u.lib.onLoaded = func(ds *geodata.Dataset, s *geodata.Store) {
		u.dataLoaded(ds, s)
		loads++
		if playPath := os.Getenv("KOREA1950_PLAYBACK_INFO"); playPath != "" && loads == 1 {
			go measurePlayback(playPath, u)
		}
		if selectAtStart != "" {
			u.selectFeature(s.ByID(selectAtStart), fromStart)
			selectAtStart = ""
		}
		if storyAtStart != nil {
			startStory(w, u, storyAtStart)
			storyAtStart = nil
		}
		// Presenter mode begins once the data is there, on the story
		// just started (-story) or the shipped one.
		if presentAtStart {
			u.enterPresenter()
			presentAtStart = false
		}
		if infoPath != "" {
			writeDataInfo(infoPath, u, ds, loads)
		}
	}
	u.sess = openSession(a.Storage().RootURI().Path())
	// The window's part of a change of language: its title and menu (the
	// kiosk has none). The language at start goes the same way as a change.
	u.themeFonts = true
	u.onLanguage = func() {
		w.SetTitle(i18n.T(u.lang, "app.title"))
		if !o.Kiosk {
			w.SetMainMenu(mainMenu(w, u))
		}
	}
	var k *kiosk
	if o.Kiosk {
		k = openKiosk(a, w, u, o, playback.RealClock()) // no menu, no folders, no dropping
		w.SetTitle(i18n.T(u.lang, "app.title"))
	} else {
		u.sess.restore(u, o)
		u.moved() // the opening position counts as where the user was
		u.onData = func() { showProblems(w, u.lib.ds, u.sess.problems, u.lang) }
		u.setLanguage(o.Lang)
		w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { dropped(w, u, uris) })
	}

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	// Fyne's desktop driver quits on SIGINT and SIGTERM itself (a second
	// quit of ours raced with it); the app only watches that the quit ends.
	go func() {
		<-stop
		quitWatchdog(u.sess)
	}()
	// The window opens at once on the sea; the geography is parsed off the
	// UI goroutine and handed to the map when it is ready.
	go func() {
		geo, err := maps.EmbeddedGeography()
		fyne.Do(func() {
			if err != nil {
				showMessage(w, u.lang, i18n.T(u.lang, "dialog.error"), i18n.Tf(u.lang, "dialog.basemap", err))
				return
			}
			u.setGeography(geo)
		})
	}()
	framePath := os.Getenv("KOREA1950_FRAME_INFO")
	a.Lifecycle().SetOnStarted(func() {
		u.lib.reload()
		if k != nil {
			k.Start()
		} else if len(u.sess.problems) > 0 {
			showMessage(w, u.lang, i18n.T(u.lang, "dialog.state.title"), strings.Join(u.sess.problems, "\n\n"))
		}
		if framePath != "" {
			go reportFirstFrame(framePath, w, u)
		}
	})
	w.ShowAndRun()
	if os.Getenv("KOREA1950_TEST_QUIT_HANG") != "" {
		select {} // the smoke test of the watchdog: a quit that never ends
	}
	if k != nil {
		k.Close()
	}
	u.director.Stop()
	u.player.Close()
	// Fyne queues its OnStopped callback and may exit before running it,
	// so the last writes happen here, once the loop is over.
	u.lib.stop()
	u.sess.close()
	return 0
}

// quitGrace is how long the window may take to close once told to quit.
const quitGrace = 5 * time.Second

// quitWatchdog makes sure that a quit ends the process. In about one quit
// of forty under Xvfb, Fyne 2.7.1 never returns from Run: its main loop,
// draining its queue as it stops, can miss the OnStopped hook that the
// lifecycle goroutine is handing it, and Run then waits in
// Lifecycle.WaitForEvents for that goroutine, which waits for the loop.
// A kiosk supervisor or systemd would wait and then kill the app; instead
// the pending position is written, the stacks are printed, and the process
// exits. Each state change is already fsynced, so nothing else is lost.
func quitWatchdog(sess *session) {
	time.Sleep(quitGrace)
	buf := make([]byte, 1<<20)
	n := runtime.Stack(buf, true)
	fmt.Fprintf(os.Stderr, "korea1950: the window did not close within %v of the signal to quit; "+
		"the position is saved and the app exits now. Its goroutines:\n%s\n", quitGrace, buf[:n])
	sess.flush()
	os.Exit(0)
}

// FrameInfo is what the smoke test and the start-up benchmark learn from a
// running window, which writes it as JSON to $KOREA1950_FRAME_INFO once the
// map's land is first drawn: where the map is and how it is projected, how
// long the first frame took, and the memory then in use.
type FrameInfo struct {
	MapX, MapY float32
	// ContentX and ContentY are where the content (below any menu bar)
	// begins, in Fyne units.
	ContentX, ContentY float32
	CanvasScale        float32
	Viewport           maps.Viewport
	FirstFrameMs       float64
	RSSKiB             int
}

// reportFirstFrame waits until the window has drawn the map, then writes
// FrameInfo as JSON to path. It runs off the UI goroutine and reads the
// widgets only inside fyne.DoAndWait.
func reportFirstFrame(path string, w fyne.Window, u *ui) {
	var info FrameInfo
	ready := false
	for i := 0; i < 600 && !ready; i++ {
		fyne.DoAndWait(func() {
			if !u.m.Ready() || w.Canvas().Size().Width == 0 {
				return
			}
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.m)
			cpos := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.content)
			info = FrameInfo{MapX: pos.X, MapY: pos.Y, ContentX: cpos.X, ContentY: cpos.Y,
				CanvasScale: w.Canvas().Scale(), Viewport: u.m.Viewport()}
			ready = true
		})
		if !ready {
			time.Sleep(10 * time.Millisecond)
		}
	}
	if !ready {
		fmt.Fprintln(os.Stderr, "korea1950: frame info: the map was not drawn within 6 s")
		return
	}
	info.FirstFrameMs = float64(time.Since(started).Microseconds()) / 1000
	info.RSSKiB = residentKiB()
	data, _ := json.Marshal(info)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "korea1950: frame info:", err)
	}
}

// PlaybackInfo is what a window started with $KOREA1950_PLAYBACK_INFO
// measures: it plays Inchon to the Chinese offensive (15 September to 30
// November 1950) at a day a second, looping, for Seconds, and counts the
// overlay frames the map painted.
type PlaybackInfo struct {
	Seconds float64
	Frames  int
	FPS     float64
}

// measurePlayback plays for ten seconds and writes a PlaybackInfo to path.
// It runs off the UI goroutine.
func measurePlayback(path string, u *ui) {
	const seconds = 10
	var before int
	var began time.Time
	fyne.DoAndWait(func() {
		u.player.SetRange(geodata.Noon(time.Date(1950, 9, 15, 0, 0, 0, 0, geodata.Seoul)),
			geodata.Noon(time.Date(1950, 11, 30, 0, 0, 0, 0, geodata.Seoul)))
		u.player.SetSpeed(playback.DefaultSpeed) // a day a second
		u.player.SetLoop(true)
		u.player.Play()
		before, began = u.m.OverlayFrames(), time.Now()
	})
	time.Sleep(seconds * time.Second)
	var info PlaybackInfo
	fyne.DoAndWait(func() {
		u.player.Pause()
		info.Frames = u.m.OverlayFrames() - before
		info.Seconds = time.Since(began).Seconds()
	})
	info.FPS = float64(info.Frames) / info.Seconds
	data, _ := json.Marshal(info)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "korea1950: playback info:", err)
	}
}

// residentKiB reads the process's resident memory from /proc, or 0.
func residentKiB() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			var kib int
			fmt.Sscanf(strings.TrimSpace(rest), "%d", &kib)
			return kib
		}
	}
	return 0
}

// showLayers shows the layer toggles beside the legend.
func showLayers(w fyne.Window, u *ui) {
	d := dialog.NewCustom(i18n.T(u.lang, "layers.title"), i18n.T(u.lang, "dialog.close"), u.layersPanel(), w)
	d.Show()
}

// showAbout shows, in lang, what the app is, the credits and the notice
// of its data's sources, which stay in English.
func showAbout(w fyne.Window, lang string) {
	text := widget.NewRichTextFromMarkdown(i18n.T(lang, "about.text") + "\n\n---\n\n# " + i18n.T(lang, "credits.title") +
		"\n\n" + creditsText(lang) + "\n\n---\n\n" + assets.Notice)
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	d := dialog.NewCustom(i18n.T(lang, "about.title"), i18n.T(lang, "dialog.close"), scroll, w)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}
