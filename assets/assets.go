// Package assets holds the files embedded in the binary: the basemaps of
// the peninsula and of East Asia, the labelled places, the app icon, the
// notice naming every source and licence, and the shipped stories.
// assets/gen/gen.sh regenerates the basemaps from their public sources.
package assets

import "embed"

// File names of the embedded data, as used in error messages.
const (
	PeninsulaFile = "assets/basemap/peninsula.geojson"
	EastAsiaFile  = "assets/basemap/eastasia.geojson"
	LabelsFile    = "assets/places/labels.geojson"
)

// Peninsula is the detailed basemap: land, the seven named rivers, borders.
//
//go:embed basemap/peninsula.geojson
var Peninsula []byte

// EastAsia is the coarse basemap of East Asia: land and borders.
//
//go:embed basemap/eastasia.geojson
var EastAsia []byte

// Labels holds the labelled places: cities, river label anchors, and the
// far capitals shown at the map's edge.
//
//go:embed places/labels.geojson
var Labels []byte

// Notice names every source of the embedded data and its licence.
//
//go:embed NOTICE.md
var Notice string

// Stories holds the shipped guided stories, stories/*.json, in the
// format of docs/stories.md; package app/story reads them.
//
//go:embed stories/*.json
var Stories embed.FS

// Icon is the application icon, a PNG.
//
//go:embed icon.png
var Icon []byte

// The fonts of Korean and Chinese text: Noto Sans CJK KR and SC, Regular
// and Bold, subset by assets/gen/fonts.sh (SIL Open Font License 1.1, in
// fonts/LICENSE). English keeps Fyne's own font.
var (
	//go:embed fonts/NotoSansCJKkr-Regular.subset.otf
	FontKR []byte
	//go:embed fonts/NotoSansCJKkr-Bold.subset.otf
	FontKRBold []byte
	//go:embed fonts/NotoSansCJKsc-Regular.subset.otf
	FontSC []byte
	//go:embed fonts/NotoSansCJKsc-Bold.subset.otf
	FontSCBold []byte
)
