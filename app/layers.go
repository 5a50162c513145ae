package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/internal/i18n"
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

// sideWords are the keys of the toggles' names of the sides.
var sideWords = map[string]string{
	"un": "side.un", "rok": "side.rok", "us": "side.us", "uk": "side.uk", "kpa": "side.kpa",
	"cpv": "side.cpv", "prc": "side.prc", "ussr": "side.ussr", "india": "side.india",
}

// kindWords are the keys of the toggles' names of the kinds and the
// basemap's layers.
var kindWords = map[string]string{
	"territory": "layer.territory", "fronts": "layer.fronts", "units": "layer.units",
	"moves": "layer.moves", "messages": "layer.messages", "events": "layer.events",
	"land": "layer.land", "rivers": "layer.rivers", "borders": "layer.borders", "parallel": "map.parallel",
	"labels": "layer.labels", "scale": "layer.scale",
}

// layersPanel is the Layers window's content, in the ui's language: a
// toggle per kind, per side and per basemap layer, beside the legend. Each
// toggle bears the name -layers takes, so the command line and the window
// speak alike.
func (u *ui) layersPanel() fyne.CanvasObject {
	group := func(title string, names []string, words map[string]string) fyne.CanvasObject {
		box := container.NewVBox(widget.NewLabelWithStyle(i18n.T(u.lang, title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, name := range names {
			bit := maps.LayerNames[name]
			c := widget.NewCheck(i18n.T(u.lang, words[name])+"  ("+name+")", func(on bool) {
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
		group("layers.what", maps.LayerKinds, kindWords),
		group("layers.whose", maps.LayerSides, sideWords),
		group("layers.map", []string{"land", "rivers", "borders", "parallel", "labels", "scale"}, kindWords),
	)
	left := container.NewVScroll(toggles)
	left.SetMinSize(fyne.NewSize(320, 480))
	legend := container.NewVScroll(maps.NewLegend(u.lang))
	legend.SetMinSize(fyne.NewSize(400, 480))
	return container.NewHBox(left, legend)
}
