// Command gen turns GMT/GSHHG text dumps into the compact GeoJSON basemaps
// shipped in assets/basemap. It is not part of the app build; run it through
// assets/gen/gen.sh, which produces the dumps and then calls
//
//	go run ./assets/gen/basemap -dumps DIR -out assets/basemap
//
// Input (in -dumps DIR, written by gen.sh with `gmt coast ... -M`):
//
//	pen_land.txt pen_lakes.txt pen_rivers.txt pen_borders.txt
//	ea_land.txt  ea_lakes.txt  ea_borders.txt
//
// Land: GSHHG shorelines come as pieces cut at 2° bins, stored with land on
// the left of the direction of travel. Pieces are joined end to end; closed
// rings are CCW for land and CW for lakes; lines cut by the region rectangle
// are closed by walking the rectangle CCW. Lines are simplified
// (Douglas–Peucker) before closing, so the region edge stays exact.
//
// Rivers: WDBII rivers are unnamed. Each of the seven rivers is the shortest
// path through the river network between hand-checked waypoints (source to
// mouth), crossing reservoirs along the border line or by short bridges, plus
// a few hand-placed points where GSHHG maps the estuary as sea. The
// Chongchon is not in WDBII and is traced from known places (approximate).
//
// Borders: WDBII national borders, clipped to the region, with every vertex
// inside 124–131°E × 33–39.5°N removed (no inter-Korean boundary in 1950).
//
// The output is deterministic: same dumps in, byte-identical files out.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// region is one shipped basemap: its box, the prefix of its dump files,
// its simplification, and whether it carries the named rivers.
type region struct {
	name, prefix string
	box          bbox
	tol          float64 // Douglas–Peucker tolerance, degrees
	prec         int     // decimals kept
	minArea      float64 // smallest island or lake kept, square degrees
	rivers       bool
}

var regions = []region{
	// GSHHG high resolution; about 200 m.
	{name: "peninsula", prefix: "pen", box: bbox{112, 28, 142, 47}, tol: 0.002, prec: 3, minArea: 2e-4, rivers: true},
	// GSHHG intermediate resolution; about 2 km.
	{name: "eastasia", prefix: "ea", box: bbox{60, 0, 180, 65}, tol: 0.02, prec: 2, minArea: 4e-3},
}

func main() {
	dumps := flag.String("dumps", "", "directory with the gmt coast dumps")
	outDir := flag.String("out", "assets/basemap", "output directory")
	flag.Parse()
	if *dumps == "" {
		fatal(fmt.Errorf("-dumps is required"))
	}
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		fatal(err)
	}
	for _, r := range regions {
		in := func(layer string) string { return filepath.Join(*dumps, r.prefix+"_"+layer+".txt") }
		w := &writer{prec: r.prec, first: true}
		w.land(buildLand(landOpts{
			box: r.box, tol: r.tol, prec: r.prec, minArea: r.minArea, name: r.name,
			landFile: in("land"), lakesFile: in("lakes"),
		}))
		w.borders(buildBorders(in("borders"), r.box, r.tol, r.prec))
		if r.rivers {
			w.rivers(buildRivers(in("rivers"), in("borders"), r.tol, r.prec))
		}
		w.save(filepath.Join(*outDir, r.name+".geojson"))
	}
}
