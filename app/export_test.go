package app

import (
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"korea1950/geodata"
	"korea1950/internal/fonts"
	"korea1950/maps"
)

func TestParseStep(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		bad  bool
	}{
		{"1d", 24 * time.Hour, false},
		{"6h", 6 * time.Hour, false},
		{"14d", 14 * 24 * time.Hour, false},
		{"0d", 0, true},
		{"-1d", 0, true},
		{"1w", 0, true},
		{"d", 0, true},
		{"", 0, true},
	} {
		got, err := parseStep(tc.in)
		if (err != nil) != tc.bad || got != tc.want {
			t.Errorf("parseStep(%q) = %v, %v", tc.in, got, err)
		}
	}
}

// The export command's mistakes are said on the command line, with the
// flag they are about.
func TestExportArgs(t *testing.T) {
	dir := t.TempDir()
	o, err := ParseArgs([]string{"export", "-from", "1950-10-01", "-to", "1950-10-19", "-step", "6h", "-o", dir})
	if err != nil {
		t.Fatal(err)
	}
	if o.Width != 1920 || o.Height != 1080 || o.Step != 6*time.Hour || o.From.Day() != 1 || o.To.Day() != 19 {
		t.Errorf("export options: %dx%d every %v from %v to %v", o.Width, o.Height, o.Step, o.From, o.To)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "-from", "1950-10-01", "-to", "1950-10-19"}, "needs -o DIR"},
		{[]string{"export", "-o", dir, "-to", "1950-10-19"}, "needs -story NAME, or -from"},
		{[]string{"export", "-o", dir, "-story", "year-1950", "-from", "1950-10-19"}, "not both"},
		{[]string{"export", "-o", dir, "-story", "no-such-story"}, "-story"},
		{[]string{"export", "-o", dir, "-from", "1950-10-41", "-to", "1950-10-19"}, "-from:"},
		{[]string{"export", "-o", dir, "-from", "1950-10-19", "-to", "1950-10-01"}, "before -from"},
		{[]string{"export", "-o", dir, "-from", "1949-07-01", "-to", "1953-07-31", "-step", "1h"}, "more than 2000"},
		{[]string{"export", "-o", dir, "-from", "1950-10-01", "-to", "1950-10-02", "-step", "2x"}, "-step"},
		{[]string{"export", "-o", dir, "-from", "1950-10-01", "-to", "1950-10-02", "-compare", "1950-10-03"}, "-compare is not a flag of export"},
	} {
		_, err := ParseArgs(tc.args)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want it to say %q", tc.args, err, tc.want)
		}
	}
}

// testPlate is a small plate on the shipped data.
func testPlate(t *testing.T, w, h int, scale float32) *plate {
	t.Helper()
	test.NewTempApp(t)
	geo, err := maps.EmbeddedGeography()
	if err != nil {
		t.Fatal(err)
	}
	o, _ := ParseArgs(nil)
	p := newPlate(geo, shippedStore(), o, w, h, scale)
	t.Cleanup(p.close)
	return p
}

// An exported sequence is one PNG a frame and a looping GIF whose frames,
// played over each other as a viewer does, give back the PNGs.
func TestExportSequenceGIF(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no ffmpeg
	p := testPlate(t, 640, 360, 0.5)
	from := time.Date(1950, 10, 1, 12, 0, 0, 0, geodata.Seoul)
	frames, err := rangeFrames(from, from.Add(48*time.Hour), 24*time.Hour, frameHold)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out, err := exportSequence(p, frames, dir, "test")
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Frames) != 3 || out.MP4 != "" || !strings.Contains(out.MP4Reason, "ffmpeg") {
		t.Fatalf("exported %+v", out)
	}
	f, err := os.Open(out.GIF)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := gif.DecodeAll(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) != 3 || g.LoopCount != 0 || g.Config.Width != 640 || g.Config.Height != 360 {
		t.Fatalf("GIF: %d frames, loop %d, %dx%d", len(g.Image), g.LoopCount, g.Config.Width, g.Config.Height)
	}
	screen := image.NewRGBA(image.Rect(0, 0, 640, 360))
	var shown []*image.RGBA
	for i, fr := range g.Image {
		if g.Delay[i] != 25 {
			t.Errorf("frame %d is held %d cs, want 25", i, g.Delay[i])
		}
		draw.Draw(screen, fr.Bounds(), fr, fr.Bounds().Min, draw.Src)
		cp := image.NewRGBA(screen.Bounds())
		copy(cp.Pix, screen.Pix)
		shown = append(shown, cp)
		want, err := readPNG(out.Frames[i])
		if err != nil {
			t.Fatal(err)
		}
		if d := meanDiff(cp, want); d > 3 {
			t.Errorf("GIF frame %d differs from its PNG by %.1f levels on average", i, d)
		}
	}
	if d := meanDiff(shown[0], shown[2]); d < 0.05 {
		t.Errorf("the first and last frames are the same (%.3f): the date does not move", d)
	}
}

// meanDiff is the mean absolute difference of two images' RGB levels.
func meanDiff(a, b image.Image) float64 {
	bd := a.Bounds()
	var sum float64
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			ca := color.RGBAModel.Convert(a.At(x, y)).(color.RGBA)
			cb := color.RGBAModel.Convert(b.At(x, y)).(color.RGBA)
			sum += absDiff(ca.R, cb.R) + absDiff(ca.G, cb.G) + absDiff(ca.B, cb.B)
		}
	}
	return sum / float64(3*bd.Dx()*bd.Dy())
}

func absDiff(a, b uint8) float64 {
	if a > b {
		return float64(a - b)
	}
	return float64(b - a)
}

// With ffmpeg installed, the frames also become an MP4, each held for its
// time. (A stand-in ffmpeg records what it is asked.)
func TestExportMP4AsksFFmpeg(t *testing.T) {
	bin := t.TempDir()
	log := filepath.Join(bin, "args")
	script := "#!/bin/sh\nprintf '%s\\n' \"$@\" > " + log + "\nfor a; do last=$a; done\nlist=$(/usr/bin/awk 'p{print;exit} /^-i$/{p=1}' " + log + ")\n/bin/cp \"$list\" " + log + ".list\n: > \"$last\"\n"
	if err := os.WriteFile(filepath.Join(bin, "ffmpeg"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin)
	p := testPlate(t, 320, 180, 0.25)
	from := time.Date(1950, 10, 1, 12, 0, 0, 0, geodata.Seoul)
	frames, _ := rangeFrames(from, from.Add(24*time.Hour), 24*time.Hour, frameHold)
	out, err := exportSequence(p, frames, t.TempDir(), "test")
	if err != nil {
		t.Fatal(err)
	}
	if out.MP4 == "" {
		t.Fatalf("no MP4: %s", out.MP4Reason)
	}
	args, _ := os.ReadFile(log)
	list, _ := os.ReadFile(log + ".list")
	for _, want := range []string{"concat", "libx264", "yuv420p", out.MP4} {
		if !strings.Contains(string(args), want) {
			t.Errorf("ffmpeg was not asked %q: %s", want, args)
		}
	}
	if strings.Count(string(list), "duration 0.250") != 2 || strings.Count(string(list), "frame-0002.png") != 2 {
		t.Errorf("the frame list is\n%s", list)
	}
}

// The caption names the works that the features shown cite, the chapter
// among them in October 1950, and not where the places' coordinates come
// from.
func TestSourcesLine(t *testing.T) {
	s := shippedStore()
	world := maps.EastAsia.Bound
	line := sourcesLine(s, world, time.Date(1950, 10, 2, 12, 0, 0, 0, geodata.Seoul), "en")
	if !strings.Contains(line, "Christensen") {
		t.Errorf("2 October: %s", line)
	}
	if strings.Contains(line, "Wikipedia") {
		t.Errorf("places' sources are named: %s", line)
	}
	if n := strings.Count(line, ";") + 1; n > maxSources+1 {
		t.Errorf("%d works named, want at most %d and a count", n, maxSources)
	}
}

// The window's "export the view" draws what the map shows at 1080p and
// 4K: the same layout, twice as sharp.
func TestExportView(t *testing.T) {
	u, _ := newTestUI(t, "-date", "1950-10-19")
	u.geo, _ = maps.EmbeddedGeography()
	dir := t.TempDir()
	for i, s := range ExportSizes {
		path := filepath.Join(dir, "view.png")
		if err := exportView(u, i, path); err != nil {
			t.Fatal(err)
		}
		img, err := readPNG(path)
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != s.Width || b.Dy() != s.Height {
			t.Errorf("size %d: %v, want %dx%d", i, b, s.Width, s.Height)
		}
	}
}

// Off the named views, an exported view shows at least the area the
// window's map shows, about the same centre.
func TestExportKeepsTheArea(t *testing.T) {
	u, w := newTestUI(t, "-date", "1950-10-19")
	u.m.SetCentre(orb.Point{125.75, 39.03}, 700)
	w.Canvas().Refresh(u.m)
	want := u.m.Viewport().Bound()
	p := testPlate(t, 1920, 1080, 1)
	p.viewOf(u.m)
	p.image()
	got := p.u.m.Viewport().Bound()
	pad := 0.01 * (want.Max[0] - want.Min[0])
	if got.Min[0] > want.Min[0]+pad || got.Min[1] > want.Min[1]+pad || got.Max[0] < want.Max[0]-pad || got.Max[1] < want.Max[1]-pad {
		t.Errorf("the export shows %v, which does not hold the window's %v", got, want)
	}
	if got.Max[0]-got.Min[0] > 2*(want.Max[0]-want.Min[0]) && got.Max[1]-got.Min[1] > 2*(want.Max[1]-want.Min[1]) {
		t.Errorf("the export shows %v, far more than the window's %v", got, want)
	}
}

// A story exports scene by scene: each scene's dates, its title in the
// caption, and a GIF that plays as long as the story's seconds.
func TestExportStoryGIF(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no ffmpeg
	o, err := ParseArgs([]string{"export", "-story", "year-1950", "-step", "14d", "-size", "320x180", "-scale", "0.25", "-o", t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	frames, name, err := exportPlan(o)
	if err != nil || name != "year-1950" {
		t.Fatalf("plan: %q, %v", name, err)
	}
	var total time.Duration
	scenes := 0
	for _, f := range frames {
		total += f.Hold
		if f.apply != nil {
			scenes++
		}
	}
	if scenes != len(o.Story.Scenes) {
		t.Errorf("%d frames put a scene in place, want %d", scenes, len(o.Story.Scenes))
	}
	var want float64
	for _, sc := range o.Story.Scenes {
		want += sc.Seconds
	}
	if d := total.Seconds() - want; d < -1 || d > 1 {
		t.Errorf("the frames last %.1f s, the story %.1f s", total.Seconds(), want)
	}
	p := testPlate(t, o.Width, o.Height, float32(o.Scale))
	out, err := exportSequence(p, frames, o.Out, name)
	if err != nil {
		t.Fatal(err)
	}
	// The last frame of each scene shows its last date, and its title.
	last := frames[len(frames)-1]
	sc := o.Story.Scenes[len(o.Story.Scenes)-1]
	if !last.Date.Equal(sc.To) || !strings.Contains(last.Title, sc.Title.In("en")) {
		t.Errorf("the last frame is %v %q, want %v %q", last.Date, last.Title, sc.To, sc.Title.In("en"))
	}
	if !p.u.tl.Value().Equal(sc.To) {
		t.Errorf("after the export the plate is at %v, want %v", p.u.tl.Value(), sc.To)
	}
	f, err := os.Open(out.GIF)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := gif.DecodeAll(f)
	if err != nil {
		t.Fatal(err)
	}
	cs := 0
	for _, d := range g.Delay {
		cs += d
	}
	if len(g.Image) != len(frames) || float64(cs)/100 < want-2 || float64(cs)/100 > want+2 {
		t.Errorf("the GIF has %d frames lasting %.1f s; want %d frames and %.0f s", len(g.Image), float64(cs)/100, len(frames), want)
	}
}

// An export in Korean or Chinese draws with the embedded fonts, not with
// whatever the machine has (a machine without CJK fonts drew boxes).
func TestExportUsesTheLanguagesFonts(t *testing.T) {
	test.NewTempApp(t)
	geo, err := maps.EmbeddedGeography()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"ko", "zh"} {
		o, _ := ParseArgs([]string{"-lang", lang})
		p := newPlate(geo, shippedStore(), o, 320, 180, 0.25)
		if got, want := p.theme.Font(fyne.TextStyle{}), fonts.For(lang, false); got != want {
			t.Errorf("%s: the export draws with %v, want %v", lang, got.Name(), want.Name())
		}
		p.close()
	}
}
