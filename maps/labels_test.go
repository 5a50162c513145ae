package maps

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"korea1950/geodata"
)

// Every view, at both zoom limits and at its own fit, at several window
// sizes: no two labels may overlap, and none may leave the view.
func TestLabelsNeverOverlap(t *testing.T) {
	test.NewTempApp(t)
	geo := embedded(t)
	for _, v := range Views {
		for _, size := range [][2]float64{{1280, 660}, {800, 500}, {1920, 950}} {
			fit := FitBound(v.Bound, size[0], size[1])
			in, out := fit, fit
			in.ZoomAbout(MaxScale/fit.Scale, size[0]/2, size[1]/2)
			out.ZoomAbout(MinScale/fit.Scale, size[0]/2, size[1]/2)
			for name, vp := range map[string]Viewport{"fit": fit, "max zoom": in, "min zoom": out} {
				for _, lang := range []string{"en", "ko", "zh"} {
					labels := LayoutLabels(geo.Places, vp, lang, measureLabel, nil)
					for i, a := range labels {
						if !a.Box.inside(vp.Width, vp.Height) {
							t.Errorf("%s %v %s %s: label %q at %v leaves the view", v.Name, size, name, lang, a.Text, a.Box)
						}
						for _, b := range labels[i+1:] {
							if a.Box.Overlaps(b.Box) {
								t.Errorf("%s %v %s %s: labels %q %v and %q %v overlap", v.Name, size, name, lang, a.Text, a.Box, b.Text, b.Box)
							}
						}
					}
				}
			}
		}
	}
}

func labelled(labels []Label) map[string]Label {
	m := map[string]Label{}
	for _, l := range labels {
		m[l.Place.Names["en"]] = l
	}
	return m
}

func TestPeninsulaLabelsEveryCityAndRiver(t *testing.T) {
	test.NewTempApp(t)
	geo := embedded(t)
	for _, size := range [][2]float64{{1280, 660}, {1920, 950}} {
		vp := FitBound(Peninsula.Bound, size[0], size[1])
		got := labelled(LayoutLabels(geo.Places, vp, "en", measureLabel, nil))
		for _, name := range []string{"Seoul", "Inchon", "Pusan", "Taegu", "Taejon", "Kaesong", "Pyongyang", "Wonsan",
			"Hungnam", "Sinuiju", "Andong (Dandong)", "Chosin Reservoir",
			"Yalu", "Tumen", "Han", "Imjin", "Naktong", "Taedong", "Chongchon"} {
			if _, ok := got[name]; !ok {
				t.Errorf("peninsula %v: %s is not labelled", size, name)
			}
		}
	}
}

func TestEastAsiaShowsCapitalsAndFarMarkers(t *testing.T) {
	test.NewTempApp(t)
	geo := embedded(t)
	vp := FitBound(EastAsia.Bound, 1280, 660)
	got := labelled(LayoutLabels(geo.Places, vp, "en", measureLabel, nil))
	for _, name := range []string{"Beijing", "Shenyang (Mukden)", "Tokyo", "Taipei", "Seoul", "Pyongyang"} {
		if l, ok := got[name]; !ok || l.Edge {
			t.Errorf("East Asia: %s should be labelled on the map", name)
		}
	}
	moscow, washington := got["Moscow"], got["Washington"]
	if !moscow.Edge || moscow.DX >= 0 {
		t.Errorf("Moscow should be an edge marker pointing west, got %+v", moscow)
	}
	if !washington.Edge || washington.DX <= 0 {
		t.Errorf("Washington should be an edge marker pointing east across the Pacific, got %+v", washington)
	}
	if _, ok := got["Inchon"]; ok {
		t.Errorf("East Asia: rank-2 places such as Inchon should wait for a closer zoom")
	}
}

func TestLabelsAvoidReservedAreas(t *testing.T) {
	test.NewTempApp(t)
	geo := embedded(t)
	vp := FitBound(Peninsula.Bound, 1280, 660)
	reserved := []Rect{{0, 0, 1280, 330}} // the whole upper half
	for _, l := range LayoutLabels(geo.Places, vp, "en", measureLabel, reserved) {
		if l.Box.Overlaps(reserved[0]) {
			t.Errorf("label %q at %v covers the reserved area", l.Text, l.Box)
		}
	}
}

// The map's labels and the geodata's places are one list: every label of a
// town, a reservoir or a far capital names its geodata place, and stands
// exactly where that place is.
func TestLabelsStandOnTheirGeodataPlaces(t *testing.T) {
	geo, err := EmbeddedGeography()
	if err != nil {
		t.Fatal(err)
	}
	ds := geodata.Load(geodata.Embedded())
	places := map[string]*geodata.Feature{}
	for _, f := range ds.Features {
		if f.Kind == geodata.KindPlace {
			places[f.ID] = f
		}
	}
	for _, p := range geo.Places {
		if p.Kind == "river" {
			continue
		}
		f := places[p.ID]
		if f == nil {
			t.Errorf("label %q: place %q is not a geodata place", p.Names["en"], p.ID)
			continue
		}
		pt, ok := f.Geometry.(orb.Point)
		if !ok || pt != p.At {
			t.Errorf("label %q stands at %v, its place %s at %v", p.Names["en"], p.At, f.ID, f.Geometry)
		}
	}
}
