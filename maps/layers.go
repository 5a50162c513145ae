package maps

import "korea1950/geodata"

// Layers says which parts of the map are drawn: the basemap's layers, the
// overlay's kinds, and the sides whose features are shown.
type Layers uint64

// The basemap's layers, in drawing order.
const (
	LayerLand Layers = 1 << iota
	LayerRivers
	LayerBorders
	LayerParallel
	LayerLabels
	LayerScale
)

// The overlay's kinds, in drawing order.
const (
	LayerTerritory Layers = 1 << (iota + 16)
	LayerFronts
	LayerMoves
	LayerMessages
	LayerEvents // events and decisions
	LayerUnits
)

// One layer per side: a feature is drawn only when its kind's layer and
// its side's layer are both on. Neutral features are always drawn.
const (
	LayerUN Layers = 1 << (iota + 32)
	LayerROK
	LayerUS
	LayerUK
	LayerKPA
	LayerCPV
	LayerPRC
	LayerUSSR
	LayerIndia
)

// Groups of layers.
const (
	baseLayers = LayerLand | LayerRivers | LayerBorders | LayerParallel | LayerLabels | LayerScale
	kindLayers = LayerTerritory | LayerFronts | LayerMoves | LayerMessages | LayerEvents | LayerUnits
	sideLayers = LayerUN | LayerROK | LayerUS | LayerUK | LayerKPA | LayerCPV | LayerPRC | LayerUSSR | LayerIndia
)

// AllLayers is every layer of the map.
const AllLayers = baseLayers | kindLayers | sideLayers

// LayerNames maps the names used by the -layers flag and the layer toggles
// to layers.
var LayerNames = map[string]Layers{
	"land":      LayerLand,
	"rivers":    LayerRivers,
	"borders":   LayerBorders,
	"parallel":  LayerParallel,
	"labels":    LayerLabels,
	"scale":     LayerScale,
	"territory": LayerTerritory,
	"fronts":    LayerFronts,
	"units":     LayerUnits,
	"moves":     LayerMoves,
	"messages":  LayerMessages,
	"events":    LayerEvents,
	"un":        LayerUN,
	"rok":       LayerROK,
	"us":        LayerUS,
	"uk":        LayerUK,
	"kpa":       LayerKPA,
	"cpv":       LayerCPV,
	"prc":       LayerPRC,
	"ussr":      LayerUSSR,
	"india":     LayerIndia,
}

// LayerKinds are the names of the overlay's kind layers, in the order the
// app offers their toggles.
var LayerKinds = []string{"territory", "fronts", "units", "moves", "messages", "events"}

// LayerSides are the names of the side layers, in the order the app offers
// their toggles.
var LayerSides = []string{"un", "rok", "us", "uk", "kpa", "cpv", "prc", "ussr", "india"}

// kindLayer returns the layer of a kind of feature, or 0 for a kind the
// overlay does not draw.
func kindLayer(k geodata.Kind) Layers {
	switch k {
	case geodata.KindArea:
		return LayerTerritory
	case geodata.KindFront:
		return LayerFronts
	case geodata.KindUnit:
		return LayerUnits
	case geodata.KindMove:
		return LayerMoves
	case geodata.KindMessage:
		return LayerMessages
	case geodata.KindEvent, geodata.KindDecision:
		return LayerEvents
	case geodata.KindPlace:
		return LayerLabels
	}
	return 0
}

// sideLayer returns the layer of a side; neutral and unknown sides have
// none and are always drawn.
func sideLayer(s geodata.Side) Layers {
	if l, ok := LayerNames[string(s)]; ok && l&sideLayers != 0 {
		return l
	}
	return 0
}

// Shows reports whether layers l show feature f: its kind's layer is on
// (a place's is the labels), and its side's layer too, if it has one. The
// app filters the timeline with it, so that both show the same things.
func (l Layers) Shows(f *geodata.Feature) bool {
	k := kindLayer(f.Kind)
	if k == 0 || l&k == 0 {
		return false
	}
	s := sideLayer(f.Side)
	return s == 0 || l&s != 0
}
