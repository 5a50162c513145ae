package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
)

// labels collects the text of every label under o.
func labels(t *testing.T, o fyne.CanvasObject) []string {
	var out []string
	switch v := o.(type) {
	case *widget.Label:
		out = append(out, v.Text)
	case *fyne.Container:
		for _, c := range v.Objects {
			out = append(out, labels(t, c)...)
		}
	case fyne.Widget:
		r := test.TempWidgetRenderer(t, v)
		for _, c := range r.Objects() {
			out = append(out, labels(t, c)...)
		}
	}
	return out
}

func TestProblemsPanel(t *testing.T) {
	test.NewTempApp(t)
	ds := geodata.Load(geodata.ReadPath(seed), geodata.ReadPath("../geodata/testdata/bad/impossible-day.geojson"),
		geodata.ReadPath("../geodata/testdata/bad/image.geojson"))
	ds.Features[0].EditedLocally = true
	var copied string
	panel := problemsPanel(ds, []string{"state.db could not be read"}, "en", func(s string) { copied = s })
	text := strings.Join(labels(t, panel), "\n")
	for _, want := range []string{
		"18 features, 2 errors",
		"impossible-day.geojson:feature 2 (bad-event): start:",
		"image.geojson: not GeoJSON: this is a PNG image",
		"your saved state: state.db could not be read",
		"Edited locally",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the panel lacks %q:\n%s", want, text)
		}
	}
	if got, want := dataLabel(ds, "en"), "18 features · 2 problems"; got != want {
		t.Errorf("data button %q, want %q", got, want)
	}
	if dataImportance(ds) != widget.DangerImportance {
		t.Error("errors do not make the data button red")
	}
	w := test.NewWindow(panel)
	defer w.Close()
	test.Tap(findButton(t, panel, "Copy all"))
	if strings.Count(copied, "\n") != 2 {
		t.Errorf("Copy all copied %q, want three lines", copied)
	}
}

func findButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	switch v := o.(type) {
	case *widget.Button:
		if v.Text == text {
			return v
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			if b := findButton(t, c, text); b != nil {
				return b
			}
		}
	}
	return nil
}
