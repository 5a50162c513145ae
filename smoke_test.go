package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"korea1950/app"
	"korea1950/geodata"
	"korea1950/internal/probe"
)

func needDisplay(tb testing.TB) {
	tb.Helper()
	if os.Getenv("DISPLAY") == "" {
		tb.Skip("needs an X display; make test runs this under Xvfb")
	}
}

// buildApp builds the real binary, as make run does.
func buildApp(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "korea1950")
	cmd := exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// running is the app started by startApp.
type running struct {
	cmd    *exec.Cmd
	stderr *bytes.Buffer
	exited chan error
}

// startApp starts the window with extra environment variables env and
// waits for its first frame.
func startApp(tb testing.TB, bin string, env []string, args ...string) (*running, app.FrameInfo) {
	tb.Helper()
	infoPath := filepath.Join(tb.TempDir(), "frame.json")
	cmd := exec.Command(bin, args...)
	// Each run gets its own saved state unless env names one: a position
	// left by another run must not move this one's map.
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+tb.TempDir())
	cmd.Env = append(append(cmd.Env, env...), "KOREA1950_FRAME_INFO="+infoPath)
	r := &running{cmd: cmd, stderr: &bytes.Buffer{}, exited: make(chan error, 1)}
	cmd.Stderr = r.stderr
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	go func() { r.exited <- cmd.Wait() }()
	deadline := time.After(60 * time.Second)
	for {
		data, err := os.ReadFile(infoPath)
		if err == nil && len(data) > 0 {
			var info app.FrameInfo
			if err := json.Unmarshal(data, &info); err != nil {
				tb.Fatalf("frame info %q: %v", data, err)
			}
			return r, info
		}
		select {
		case err := <-r.exited:
			tb.Fatalf("the app exited (%v) before its first frame; stderr:\n%s", err, r.stderr)
		case <-deadline:
			cmd.Process.Kill()
			tb.Fatalf("no first frame within 60 s; stderr:\n%s", r.stderr)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// stopApp asks the app to quit as a window manager or kiosk supervisor
// would, and checks that it exits cleanly.
func stopApp(tb testing.TB, r *running) {
	tb.Helper()
	cmd, stderr, done := r.cmd, r.stderr, r.exited
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-done:
		if err != nil {
			tb.Errorf("the app did not exit cleanly: %v\n%s", err, stderr.String())
		}
	case <-time.After(15 * time.Second):
		// SIGQUIT makes the Go runtime print every goroutine's stack and
		// exit: the report shows where the quit hung.
		cmd.Process.Signal(syscall.SIGQUIT)
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		tb.Errorf("the app did not exit within 15 s of SIGTERM; its goroutines then:\n%s", lastLines(stderr.String(), 200))
		return
	}
	s := stderr.String()
	if strings.Contains(s, "panic") || strings.Contains(s, "DATA RACE") {
		tb.Errorf("the app's stderr shows a failure:\n%s", s)
	}
	// The app's quit watchdog ended a hung quit: it still exited with its
	// position saved, which is what a supervisor needs, but the stacks say
	// where the GL driver hung.
	if i := strings.Index(s, "did not close within"); i >= 0 {
		tb.Logf("the quit watchdog ended the app; its report:\n%s", firstLines(s[i:], 120))
	}
}

// firstLines is the start of s, at most n lines.
func firstLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	return strings.Join(lines[:min(n, len(lines))], "\n")
}

// lastLines is the end of s, at most n lines.
func lastLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

var absRe = regexp.MustCompile(`Absolute upper-left (X|Y):\s+(-?\d+)`)

// windowOrigin asks the X server where the window's top-left corner is;
// the window is found by its title, which is in the app's language.
func windowOrigin(t *testing.T, title ...string) image.Point {
	name := "Korea 1950"
	if len(title) > 0 {
		name = title[0]
	}
	out, err := exec.Command("xwininfo", "-name", name).Output()
	if err != nil {
		t.Fatalf("xwininfo: %v", err)
	}
	var p image.Point
	for _, m := range absRe.FindAllStringSubmatch(string(out), -1) {
		n, _ := strconv.Atoi(m[2])
		if m[1] == "X" {
			p.X = n
		} else {
			p.Y = n
		}
	}
	return p
}

// TestRealWindow opens the GL window under X, takes a screenshot of the
// screen, checks the map's known points in it, and closes the app.
func TestRealWindow(t *testing.T) {
	needDisplay(t)
	bin := buildApp(t)
	for _, tc := range []struct {
		name, view string
		env        []string
		lang       string // the window's language, and its title in it
		title      string
	}{
		{"peninsula", "peninsula", nil, "en", "Korea 1950"},
		{"eastasia", "eastasia", nil, "en", "Korea 1950"},
		// HiDPI: the raster is drawn at device pixels, so the probes
		// still land on their pixels at a scale of 1.5.
		{"peninsula-hidpi", "peninsula", []string{"FYNE_SCALE=1.5"}, "en", "Korea 1950"},
		// Korean, in the embedded fonts: the window opens and draws alike.
		{"peninsula-korean", "peninsula", nil, "ko", "한반도 1950"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The probes test the basemap's projection, so the window
			// shows the basemap alone: labels and overlays may be placed
			// over the probes' open sea. TestRealWindowMatchesRender
			// covers them.
			win, info := startApp(t, bin, tc.env, "-view", tc.view, "-date", "1950-10-19", "-layers", "land,rivers,borders,parallel,scale", "-lang", tc.lang)
			time.Sleep(700 * time.Millisecond) // let the frame reach the screen
			shot := filepath.Join(t.TempDir(), "shot.png")
			if out, err := exec.Command("import", "-window", "root", shot).CombinedOutput(); err != nil {
				t.Fatalf("import: %v\n%s", err, out)
			}
			origin := windowOrigin(t, tc.title)
			stopApp(t, win)

			f, err := os.Open(shot)
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(f)
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			if dir := os.Getenv("KOREA1950_SHOTS"); dir != "" {
				data, _ := os.ReadFile(shot)
				os.WriteFile(filepath.Join(dir, "window-"+tc.name+".png"), data, 0o644)
			}
			s := float64(info.CanvasScale)
			pic := probe.Picture{
				Image:  img,
				Origin: origin.Add(image.Pt(int(float64(info.MapX)*s), int(float64(info.MapY)*s))),
				Scale:  s,
				View:   info.Viewport,
			}
			for _, msg := range probe.Check(pic) {
				t.Error(msg)
			}
			if tc.env != nil && info.CanvasScale != 1.5 {
				t.Errorf("canvas scale %g, want 1.5 from FYNE_SCALE", info.CanvasScale)
			}
			t.Logf("first frame after %.0f ms, resident memory %d KiB", info.FirstFrameMs, info.RSSKiB)
		})
	}
}

// BenchmarkColdStart measures the time from starting the process to its
// first frame, and reports the resident memory then and the binary's size.
func BenchmarkColdStart(b *testing.B) {
	needDisplay(b)
	bin := buildApp(b)
	fi, err := os.Stat(bin)
	if err != nil {
		b.Fatal(err)
	}
	var ms, rss float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		win, info := startApp(b, bin, nil)
		ms += info.FirstFrameMs
		rss += float64(info.RSSKiB)
		stopApp(b, win)
	}
	b.ReportMetric(ms/float64(b.N), "ms-to-first-frame")
	b.ReportMetric(rss/float64(b.N)/1024, "MiB-resident")
	b.ReportMetric(float64(fi.Size())/(1<<20), "MiB-binary")
}

// waitData waits until the window has written a DataInfo to path that
// satisfies ok, and returns it.
func waitData(t *testing.T, path string, what string, ok func(app.DataInfo) bool) app.DataInfo {
	t.Helper()
	var info app.DataInfo
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(path); err == nil && json.Unmarshal(data, &info) == nil && ok(info) {
			return info
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("%s: not seen within 5 s; last data info %+v", what, info)
	return info
}

const userEvent = `{"type": "FeatureCollection", "features": [
{"type": "Feature", "geometry": {"type": "Point", "coordinates": [126.9, 37.6]},
 "properties": {"id": "%s", "kind": "event", "title": "A lecturer's event", "start": "1950-09-28", "side": "un", "sources": ["lecture notes"]}}]}`

// TestRealWindowUserData opens the window on a user folder with one good
// and one broken file, saves a new file into the folder as QGIS would, and
// expects the window to reload it within a second or two while keeping
// its date and view. Then it restarts the app and expects the date the
// user left.
func TestRealWindowUserData(t *testing.T) {
	needDisplay(t)
	bin := buildApp(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.geojson"), []byte(fmt.Sprintf(userEvent, "lecture-1")), 0o644)
	os.WriteFile(filepath.Join(dir, "broken.geojson"), []byte(`{"type": "FeatureCollection", "features": [{"type": "Feature",`), 0o644)
	// Files that are not GeoJSON at all: an image saved with the wrong
	// name, and a 200 MB file (sparse: it takes no disk).
	png, _ := os.ReadFile("assets/icon.png")
	os.WriteFile(filepath.Join(dir, "picture.geojson"), png, 0o644)
	if f, err := os.Create(filepath.Join(dir, "huge.geojson")); err == nil {
		f.Truncate(200 << 20)
		f.Close()
	}
	embedded := len(geodata.Load(geodata.Embedded()).Features)
	state := "XDG_CONFIG_HOME=" + t.TempDir()
	dataPath := filepath.Join(t.TempDir(), "data.json")
	env := []string{state, "KOREA1950_DATA_INFO=" + dataPath}

	win, _ := startApp(t, bin, env, "-data", dir, "-date", "1950-10-07")
	first := waitData(t, dataPath, "the first load", func(i app.DataInfo) bool { return i.Loads >= 1 })
	if first.Features != embedded+1 || first.Errors != 3 {
		t.Errorf("first load: %d features and %d errors, want %d and 3", first.Features, first.Errors, embedded+1)
	}
	if dir := os.Getenv("KOREA1950_SHOTS"); dir != "" {
		exec.Command("import", "-window", "root", filepath.Join(dir, "window-userdata.png")).Run()
	}
	began := time.Now()
	os.WriteFile(filepath.Join(dir, "more.geojson"), []byte(fmt.Sprintf(userEvent, "lecture-2")), 0o644)
	second := waitData(t, dataPath, "the reload", func(i app.DataInfo) bool { return i.Loads >= 2 })
	t.Logf("reloaded %d ms after the save", time.Since(began).Milliseconds())
	if second.Features != embedded+2 || second.Errors != 3 {
		t.Errorf("after the save: %d features and %d errors, want %d and 3", second.Features, second.Errors, embedded+2)
	}
	if second.Date != first.Date || second.Lon != first.Lon || second.Lat != first.Lat {
		t.Errorf("the reload moved the map: %+v, then %+v", first, second)
	}
	stopApp(t, win)
	if b, err := os.ReadFile(filepath.Join(strings.TrimPrefix(state, "XDG_CONFIG_HOME="), "fyne", app.AppID, app.StateFile)); err != nil || !bytes.Contains(b, []byte(first.Date)) {
		t.Errorf("the state file does not hold the date the user left (%v):\n%s", err, b)
	}

	// The next start, with no -date, opens where the user left off.
	os.Remove(dataPath)
	win, _ = startApp(t, bin, env)
	again := waitData(t, dataPath, "the load after a restart", func(i app.DataInfo) bool { return i.Loads >= 1 })
	if again.Date != first.Date {
		t.Errorf("after a restart the date is %s, want %s, where the user left it", again.Date, first.Date)
	}
	stopApp(t, win)
}

// capture takes a screenshot of the X screen and decodes it.
func capture(t *testing.T) image.Image {
	t.Helper()
	shot := filepath.Join(t.TempDir(), "shot.png")
	if out, err := exec.Command("import", "-window", "root", shot).CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	return readPNG(t, shot)
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

// Tolerance of TestRealWindowMatchesRender: a pixel differs when one of its
// channels differs by more than pixelTolerance levels; at most
// differingTolerance of the pixels may, and the mean difference over all
// channels of all pixels may be at most meanTolerance levels. The GL window
// and the software painter draw the map's rasters identically, but they
// smooth the edges of text differently: at a scale of 0.5, where glyphs
// are all edge, that alone makes about 4 % of the pixels differ and a mean
// of about 6 levels. A missing overlay, a shifted layout or another date
// differs in 14 % or more.
const (
	pixelTolerance     = 48
	differingTolerance = 0.06
	meanTolerance      = 8.0
)

// TestRealWindowMatchesRender opens the window at 480×270 pixels (960×540
// at a scale of 0.5) and compares what it shows below its menu bar with
// korea1950 render of the same size, date and scale.
func TestRealWindowMatchesRender(t *testing.T) {
	needDisplay(t)
	bin := buildApp(t)
	dataPath := filepath.Join(t.TempDir(), "data.json")
	env := []string{"FYNE_SCALE=0.5", "FYNE_THEME=light", "KOREA1950_DATA_INFO=" + dataPath}
	win, info := startApp(t, bin, env, "-size", "960x540", "-date", "1950-10-19")
	waitData(t, dataPath, "the data", func(i app.DataInfo) bool { return i.Loads >= 1 })
	time.Sleep(time.Second) // let the overlay reach the screen
	shot := capture(t)
	origin := windowOrigin(t)
	stopApp(t, win)

	// The menu bar takes the top of the window; render draws the content.
	s := float64(info.CanvasScale)
	h := 270 - int(float64(info.ContentY)*s+0.5)
	out := filepath.Join(t.TempDir(), "render.png")
	cmd := exec.Command(bin, "render", "-date", "1950-10-19", "-size", fmt.Sprintf("480x%d", h), "-scale", "0.5", "-o", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("render: %v\n%s", err, b)
	}
	want := readPNG(t, out)
	at := origin.Add(image.Pt(int(float64(info.ContentX)*s+0.5), int(float64(info.ContentY)*s+0.5)))
	b := want.Bounds()
	if !image.Rect(at.X, at.Y, at.X+b.Dx(), at.Y+b.Dy()).In(shot.Bounds()) {
		t.Fatalf("the window's content at %v is not %v on the screen %v", at, b.Size(), shot.Bounds())
	}
	differing, total, sum := 0, b.Dx()*b.Dy(), 0.0
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			r1, g1, b1, _ := shot.At(at.X+x, at.Y+y).RGBA()
			r2, g2, b2, _ := want.At(b.Min.X+x, b.Min.Y+y).RGBA()
			dr, dg, db := absDiff(r1, r2)>>8, absDiff(g1, g2)>>8, absDiff(b1, b2)>>8
			sum += float64(dr + dg + db)
			if max(dr, dg, db) > pixelTolerance {
				differing++
			}
		}
	}
	frac, mean := float64(differing)/float64(total), sum/float64(3*total)
	t.Logf("%d of %d pixels (%.2f%%) differ by more than %d levels; the mean difference is %.1f levels",
		differing, total, 100*frac, pixelTolerance, mean)
	if dir := os.Getenv("KOREA1950_SHOTS"); dir != "" {
		crop := image.NewRGBA(b)
		for y := 0; y < b.Dy(); y++ {
			for x := 0; x < b.Dx(); x++ {
				crop.Set(x, y, shot.At(at.X+x, at.Y+y))
			}
		}
		f, _ := os.Create(filepath.Join(dir, "window-480x270.png"))
		png.Encode(f, crop)
		f.Close()
		data, _ := os.ReadFile(out)
		os.WriteFile(filepath.Join(dir, "render-480x270.png"), data, 0o644)
	}
	if frac > differingTolerance || mean > meanTolerance {
		t.Errorf("the window and render differ in %.2f%% of the pixels (at most %.0f%% may) by a mean of %.1f levels (at most %.0f)",
			100*frac, 100*differingTolerance, mean, meanTolerance)
	}
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// BenchmarkPlaybackFPS plays ten seconds of the autumn of 1950 at a day a
// second in the real window and reports the overlay frames painted per
// second. Under Xvfb the GL is Mesa's software renderer (llvmpipe).
func BenchmarkPlaybackFPS(b *testing.B) {
	needDisplay(b)
	bin := buildApp(b)
	var fps float64
	for i := 0; i < b.N; i++ {
		path := filepath.Join(b.TempDir(), "playback.json")
		win, _ := startApp(b, bin, []string{"KOREA1950_PLAYBACK_INFO=" + path}, "-size", "1920x1080")
		var info app.PlaybackInfo
		deadline := time.Now().Add(40 * time.Second)
		for time.Now().Before(deadline) {
			if data, err := os.ReadFile(path); err == nil && json.Unmarshal(data, &info) == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		stopApp(b, win)
		if info.Seconds == 0 {
			b.Fatal("the window wrote no playback info within 40 s")
		}
		fps += info.FPS
	}
	b.ReportMetric(fps/float64(b.N), "frames/s")
}

// TestRealWindowQuitWatchdog makes the window's quit hang, as the GL driver
// rarely does, and expects the app to exit cleanly all the same within the
// watchdog's grace, with the position the user left saved.
func TestRealWindowQuitWatchdog(t *testing.T) {
	needDisplay(t)
	bin := buildApp(t)
	config := t.TempDir()
	win, _ := startApp(t, bin, []string{"XDG_CONFIG_HOME=" + config, "KOREA1950_TEST_QUIT_HANG=1"}, "-date", "1950-11-28")
	time.Sleep(time.Second) // the opening position is written 0.7 s after it was last moved
	began := time.Now()
	win.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-win.exited:
		if err != nil {
			t.Errorf("the app exited with %v after a hung quit\n%s", err, win.stderr)
		}
	case <-time.After(15 * time.Second):
		win.cmd.Process.Kill()
		t.Fatalf("the app did not exit within 15 s of a hung quit\n%s", lastLines(win.stderr.String(), 60))
	}
	t.Logf("exited %.1f s after SIGTERM", time.Since(began).Seconds())
	if !strings.Contains(win.stderr.String(), "did not close within") {
		t.Errorf("the watchdog did not say why it ended the app:\n%s", win.stderr)
	}
	b, err := os.ReadFile(filepath.Join(config, "fyne", app.AppID, app.StateFile))
	if err != nil || !bytes.Contains(b, []byte("1950-11-28")) {
		t.Errorf("the state file does not hold the date the user left (%v):\n%s", err, b)
	}
}
