package main

import (
	"bytes"
	"encoding/json"
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
	cmd.Env = append(append(os.Environ(), env...), "KOREA1950_FRAME_INFO="+infoPath)
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
		cmd.Process.Kill()
		tb.Errorf("the app did not exit within 15 s of SIGTERM")
	}
	if s := stderr.String(); strings.Contains(s, "panic") || strings.Contains(s, "DATA RACE") {
		tb.Errorf("the app's stderr shows a failure:\n%s", s)
	}
}

var absRe = regexp.MustCompile(`Absolute upper-left (X|Y):\s+(-?\d+)`)

// windowOrigin asks the X server where the window's top-left corner is.
func windowOrigin(t *testing.T) image.Point {
	out, err := exec.Command("xwininfo", "-name", "Korea 1950").Output()
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
	}{
		{"peninsula", "peninsula", nil},
		{"eastasia", "eastasia", nil},
		// HiDPI: the raster is drawn at device pixels, so the probes
		// still land on their pixels at a scale of 1.5.
		{"peninsula-hidpi", "peninsula", []string{"FYNE_SCALE=1.5"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			win, info := startApp(t, bin, tc.env, "-view", tc.view, "-date", "1950-10-19")
			time.Sleep(700 * time.Millisecond) // let the frame reach the screen
			shot := filepath.Join(t.TempDir(), "shot.png")
			if out, err := exec.Command("import", "-window", "root", shot).CombinedOutput(); err != nil {
				t.Fatalf("import: %v\n%s", err, out)
			}
			origin := windowOrigin(t)
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
