package maps

import (
	"github.com/paulmach/orb"

	"korea1950/internal/i18n"
)

// View is a named starting view of the map: the lon/lat rectangle it fits
// into the window.
type View struct {
	Name  string
	Title string
	Bound orb.Bound
}

// The named views. Peninsula is the default.
var (
	Peninsula = View{"peninsula", "Peninsula", orb.Bound{Min: orb.Point{124.0, 33.0}, Max: orb.Point{131.0, 43.0}}}
	EastAsia  = View{"eastasia", "East Asia", orb.Bound{Min: orb.Point{110.0, 22.0}, Max: orb.Point{143.0, 48.0}}}
)

// Views lists the named views in the order the app offers them.
var Views = []View{Peninsula, EastAsia}

// ViewByName returns the named view and whether it exists.
func ViewByName(name string) (View, bool) {
	for _, v := range Views {
		if v.Name == name {
			return v, true
		}
	}
	return View{}, false
}

// viewKeys are the keys of the views' titles in the translation table.
var viewKeys = map[string]string{"peninsula": "view.peninsula", "eastasia": "view.eastasia"}

// TitleIn is the view's title in lang, as the toolbar shows it.
func (v View) TitleIn(lang string) string {
	if k, ok := viewKeys[v.Name]; ok {
		return i18n.T(lang, k)
	}
	return v.Title
}
