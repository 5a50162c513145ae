package app

import (
	"fmt"
	"image"
	"testing"

	"fyne.io/fyne/v2/test"

	"korea1950/geodata"
	"korea1950/internal/probe"
	"korea1950/maps"
)

func TestRenderShowsSeaLandAndTheParallel(t *testing.T) {
	test.NewTempApp(t)
	geo, err := maps.EmbeddedGeography()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		view string
		w, h int
	}{
		{"peninsula", 1280, 800},
		{"peninsula", 1920, 1080},
		{"peninsula", 800, 600},
	} {
		o, err := ParseArgs([]string{"render", "-date", "1950-10-19", "-view", tc.view, "-size", sizeArg(tc.w, tc.h), "-o", "unused.png"})
		if err != nil {
			t.Fatal(err)
		}
		r := Render(geo, o)
		if got := r.Image.Bounds().Size(); got != image.Pt(tc.w, tc.h) {
			t.Fatalf("%s %dx%d: image is %v", tc.view, tc.w, tc.h, got)
		}
		pic := probe.Picture{Image: r.Image, Origin: image.Pt(int(r.MapPos.X), int(r.MapPos.Y)), Scale: 1, View: r.Viewport}
		for _, msg := range probe.Check(pic) {
			t.Errorf("%s %dx%d: %s", tc.view, tc.w, tc.h, msg)
		}
	}
}

// Without the land layer the known land point shows sea: the probe can fail.
func TestProbeNoticesMissingLand(t *testing.T) {
	test.NewTempApp(t)
	geo, err := maps.EmbeddedGeography()
	if err != nil {
		t.Fatal(err)
	}
	o, _ := ParseArgs([]string{"render", "-date", "1950-06-25", "-layers", "rivers,parallel", "-o", "unused.png"})
	r := Render(geo, o)
	pic := probe.Picture{Image: r.Image, Origin: image.Pt(int(r.MapPos.X), int(r.MapPos.Y)), Scale: 1, View: r.Viewport}
	if len(probe.Check(pic)) == 0 {
		t.Error("a map without land passed the probe")
	}
}

func TestRenderShowsTheDate(t *testing.T) {
	test.NewTempApp(t)
	geo, _ := maps.EmbeddedGeography()
	o, _ := ParseArgs([]string{"render", "-date", "1950-10-19", "-o", "unused.png"})
	u := newUI(geo, o)
	if got, want := u.tl.Value(), o.Date; !got.Equal(want) {
		t.Errorf("strip shows %v, want %v", got, want)
	}
	if got := u.m.Date(); !got.Equal(o.Date) {
		t.Errorf("map shows %v, want %v", got, o.Date)
	}
	u.tl.StepDays(1)
	if got, want := u.m.Date(), geodata.Noon(o.Date.AddDate(0, 0, 1)); !got.Equal(want) {
		t.Errorf("after a step the map shows %v, want %v", got, want)
	}
}

func sizeArg(w, h int) string { return fmt.Sprintf("%dx%d", w, h) }
