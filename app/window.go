package app

import (
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"korea1950/assets"
	"korea1950/maps"
)

// AppID is the application's identifier, as in FyneApp.toml.
const AppID = "io.github.korea1950.app"

var started = time.Now()

// hasDisplay reports whether a window can be opened here.
func hasDisplay() bool {
	if runtime.GOOS != "linux" && runtime.GOOS != "freebsd" {
		return true
	}
	return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
}

// runWindow opens the window and runs until it is closed or the process
// is told to stop (SIGINT, SIGTERM), then returns the exit status.
func runWindow(o Options) int {
	if !hasDisplay() {
		fmt.Fprintln(os.Stderr, "korea1950: no display to open a window on (DISPLAY is not set); "+
			"run it on a desktop, under Xvfb, or use 'korea1950 render' to draw a PNG without one")
		return 1
	}
	geo, err := maps.EmbeddedGeography()
	if err != nil {
		fmt.Fprintln(os.Stderr, "korea1950:", err)
		return 1
	}
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow("Korea 1950")
	u := newUI(geo, o)
	u.onAbout = func() { showAbout(w) }
	u.onFullScreen = func() { w.SetFullScreen(!w.FullScreen()) }
	u.onLeaveFullScreen = func() { w.SetFullScreen(false) }
	w.SetContent(u.content)
	w.Canvas().SetOnTypedKey(u.typedKey)
	w.Canvas().SetOnTypedRune(u.typedRune)
	w.Resize(fyne.NewSize(1280, 800))
	w.SetMaster()

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-stop
		fyne.Do(a.Quit)
	}()
	if path := os.Getenv("KOREA1950_FRAME_INFO"); path != "" {
		a.Lifecycle().SetOnStarted(func() { go reportFirstFrame(path, w, u) })
	}
	w.ShowAndRun()
	return 0
}

// frameInfo is what the smoke test and the start-up benchmark learn from a
// running window: where the map is and how it is projected, how long the
// first frame took, and the memory then in use.
type frameInfo struct {
	MapX, MapY   float32
	CanvasScale  float32
	Viewport     maps.Viewport
	FirstFrameMs float64
	RSSKiB       int
}

// reportFirstFrame waits until the window has drawn the map, then writes
// frameInfo as JSON to path. It runs off the UI goroutine and reads the
// widgets only inside fyne.DoAndWait.
func reportFirstFrame(path string, w fyne.Window, u *ui) {
	var info frameInfo
	for i := 0; i < 600; i++ {
		ready := false
		fyne.DoAndWait(func() {
			if u.m.Redraws() == 0 || w.Canvas().Size().Width == 0 {
				return
			}
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.m)
			info = frameInfo{MapX: pos.X, MapY: pos.Y, CanvasScale: w.Canvas().Scale(), Viewport: u.m.Viewport()}
			ready = true
		})
		if ready {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	info.FirstFrameMs = float64(time.Since(started).Microseconds()) / 1000
	info.RSSKiB = residentKiB()
	data, _ := json.Marshal(info)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "korea1950: frame info:", err)
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

// showAbout shows what the app is and the notice of its data's sources.
func showAbout(w fyne.Window) {
	text := widget.NewRichTextFromMarkdown(aboutText + "\n\n---\n\n" + assets.Notice)
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	d := dialog.NewCustom("About Korea 1950", "Close", scroll, w)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}

const aboutText = `**Korea 1950** pairs a map of the Korean peninsula with a timeline of the war's first year: who told whom what, when, and what was happening on the ground at that moment.

Its story follows Thomas J. Christensen, *Worse Than a Monolith* (Princeton University Press, 2011), chapter 3. The map's geography comes from the public sources below.`
