package maps

import (
	"fmt"
	"sort"
	"strings"

	"korea1950/geodata"
)

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

// ParseLayers reads a list of layers as the -layers flag takes it: names
// separated by commas add layers, "-name" takes one away, "all" adds every
// layer ("-all" takes every one away). An empty list is every layer.
func ParseLayers(s string) (Layers, error) {
	if strings.TrimSpace(s) == "" {
		return AllLayers, nil
	}
	var l Layers
	for _, name := range strings.Split(s, ",") {
		name, off := strings.CutPrefix(strings.TrimSpace(name), "-")
		bit, ok := LayerNames[name]
		if name == "all" {
			bit, ok = AllLayers, true
		}
		if !ok {
			names := make([]string, 0, len(LayerNames))
			for n := range LayerNames {
				names = append(names, n)
			}
			sort.Strings(names)
			return 0, fmt.Errorf("%q is not a layer (want %s, or all)", name, strings.Join(names, ", "))
		}
		if off {
			l &^= bit
		} else {
			l |= bit
		}
	}
	return l, nil
}

// layerOrder is the order FormatLayers writes names in: the basemap's,
// the kinds', then the sides'.
var layerOrder = append(append([]string{"land", "rivers", "borders", "parallel", "labels", "scale"}, LayerKinds...), LayerSides...)

// FormatLayers writes l as ParseLayers reads it: "all" for every layer,
// "all,-name..." when most are on, otherwise the names of those on.
func FormatLayers(l Layers) string {
	var on, off []string
	for _, name := range layerOrder {
		if l&LayerNames[name] != 0 {
			on = append(on, name)
		} else {
			off = append(off, "-"+name)
		}
	}
	switch {
	case len(off) == 0:
		return "all"
	case len(off) < len(on):
		return "all," + strings.Join(off, ",")
	case len(on) == 0:
		return "-all"
	}
	return strings.Join(on, ",")
}
