package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/maps"
)

// shows is the timeline's filter: it draws what the map draws.
func (u *ui) shows(f *geodata.Feature) bool { return u.layers.Shows(f) }

// setLayers shows the layers l on both maps and the timeline.
func (u *ui) setLayers(l maps.Layers) {
	u.layers = l
	u.m.SetLayers(l)
	if u.cmp != nil {
		u.cmp.SetLayers(l)
	}
	u.tl.SetFilter(u.shows)
}

// sideWords are the toggles' names of the sides.
var sideWords = map[string]string{
	"un": "United Nations", "rok": "South Korea (ROK)", "us": "United States",
	"uk": "Britain and Commonwealth", "kpa": "North Korea (KPA)", "cpv": "Chinese volunteers (CPV)",
	"prc": "People's Republic of China", "ussr": "Soviet Union", "india": "India",
}

// kindWords are the toggles' names of the kinds and the basemap's layers.
var kindWords = map[string]string{
	"territory": "Held territory", "fronts": "Front lines", "units": "Formations",
	"moves": "Movements", "messages": "Messages in transit", "events": "Events and decisions",
	"land": "Land", "rivers": "Rivers", "borders": "Borders", "parallel": "38th parallel",
	"labels": "Place names", "scale": "Scale bar",
}

// layersPanel is the Layers window's content: a toggle per kind, per side
// and per basemap layer, beside the legend. Each toggle bears the name
// -layers takes, so the command line and the window speak alike.
func (u *ui) layersPanel() fyne.CanvasObject {
	group := func(title string, names []string, words map[string]string) fyne.CanvasObject {
		box := container.NewVBox(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, name := range names {
			bit := maps.LayerNames[name]
			c := widget.NewCheck(words[name]+"  ("+name+")", func(on bool) {
				if on {
					u.setLayers(u.layers | bit)
				} else {
					u.setLayers(u.layers &^ bit)
				}
			})
			c.SetChecked(u.layers&bit != 0)
			box.Add(c)
		}
		return box
	}
	toggles := container.NewVBox(
		group("What", maps.LayerKinds, kindWords),
		group("Whose", maps.LayerSides, sideWords),
		group("Map", []string{"land", "rivers", "borders", "parallel", "labels", "scale"}, kindWords),
	)
	left := container.NewVScroll(toggles)
	left.SetMinSize(fyne.NewSize(320, 480))
	legend := container.NewVScroll(maps.NewLegend(u.lang))
	legend.SetMinSize(fyne.NewSize(400, 480))
	return container.NewHBox(left, legend)
}
