package maps

import (
	"fmt"

	"korea1950/assets"
)

// Geography is everything static that the map draws: a detailed basemap of
// the peninsula, a coarse one of East Asia, and the labelled places.
type Geography struct {
	Detail, Coarse *Basemap
	Places         []Place
}

// EmbeddedGeography parses the basemaps and places shipped in the binary.
func EmbeddedGeography() (*Geography, error) {
	detail, err := ParseBasemap(assets.PeninsulaFile, assets.Peninsula)
	if err != nil {
		return nil, err
	}
	coarse, err := ParseBasemap(assets.EastAsiaFile, assets.EastAsia)
	if err != nil {
		return nil, err
	}
	places, err := ParsePlaces(assets.LabelsFile, assets.Labels)
	if err != nil {
		return nil, err
	}
	if len(places) == 0 {
		return nil, fmt.Errorf("%s: no places", assets.LabelsFile)
	}
	return &Geography{Detail: detail, Coarse: coarse, Places: places}, nil
}
