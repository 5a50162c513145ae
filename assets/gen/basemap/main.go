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

func main() {
	dumps := flag.String("dumps", "", "directory with the gmt coast dumps")
	outDir := flag.String("out", "assets/basemap", "output directory")
	flag.Parse()
	if *dumps == "" {
		fatal(fmt.Errorf("-dumps is required"))
	}
	in := func(n string) string { return filepath.Join(*dumps, n) }
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		fatal(err)
	}

	// Peninsula: 112–142°E × 28–47°N, GSHHG high, DP 0.002°, 3 decimals.
	{
		const tol, prec = 0.002, 3
		land := buildLand(landOpts{
			box: bbox{112, 28, 142, 47}, tol: tol, prec: prec, minArea: 2e-4, name: "peninsula",
			landFile: in("pen_land.txt"), lakesFile: in("pen_lakes.txt"),
		})
		w := &writer{prec: prec, first: true}
		w.land(land)
		w.borders(buildBorders(in("pen_borders.txt"), bbox{112, 28, 142, 47}, tol, prec))
		w.rivers(buildRivers(in("pen_rivers.txt"), in("pen_borders.txt"), tol, prec))
		w.save(filepath.Join(*outDir, "peninsula.geojson"))
	}
	// East Asia: 60–180°E × 0–65°N, GSHHG intermediate, DP 0.02°, 2 decimals.
	{
		const tol, prec = 0.02, 2
		land := buildLand(landOpts{
			box: bbox{60, 0, 180, 65}, tol: tol, prec: prec, minArea: 4e-3, name: "eastasia",
			landFile: in("ea_land.txt"), lakesFile: in("ea_lakes.txt"),
		})
		w := &writer{prec: prec, first: true}
		w.land(land)
		w.borders(buildBorders(in("ea_borders.txt"), bbox{60, 0, 180, 65}, tol, prec))
		w.save(filepath.Join(*outDir, "eastasia.geojson"))
	}
}
