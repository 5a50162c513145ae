package maps

import (
	"fmt"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// Basemap is the static geography under the story: land to fill, rivers
// and borders to stroke. Geometry is projected to Web Mercator once, when the
// basemap is parsed, so that drawing only scales and shifts it.
type Basemap struct {
	// Name says which file the basemap came from.
	Name string
	// Land holds the outer rings and holes of every land polygon.
	Land []Path
	// Rivers holds the named rivers, each made of one or more paths.
	Rivers []River
	// Borders holds international land borders as open paths.
	Borders []Path
	// Bound is the lon/lat rectangle that the file covers.
	Bound orb.Bound
}

// Path is a projected polyline or ring with its Web Mercator bound, used to
// skip what lies outside the view.
type Path struct {
	Points []orb.Point
	Bound  orb.Bound
}

// River is a named river of the basemap.
type River struct {
	// Names holds the river's name by language: "en", "ko", "zh".
	Names map[string]string
	// Approximate is true for a course traced from known places rather than
	// taken from survey data.
	Approximate bool
	Paths       []Path
}

// ParseBasemap reads a basemap GeoJSON FeatureCollection whose features
// carry a "layer" property: "land", "river" or "border". name is used in
// error messages.
func ParseBasemap(name string, data []byte) (*Basemap, error) {
	fc, err := geojson.UnmarshalFeatureCollection(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	bm := &Basemap{Name: name}
	first := true
	for i, f := range fc.Features {
		layer := f.Properties.MustString("layer", "")
		where := fmt.Sprintf("%s: feature %d", name, i)
		switch layer {
		case "land":
			rings, err := polygonRings(f.Geometry)
			if err != nil {
				return nil, fmt.Errorf("%s: geometry: %w", where, err)
			}
			bm.Land = append(bm.Land, rings...)
		case "river":
			lines, err := lineStrings(f.Geometry)
			if err != nil {
				return nil, fmt.Errorf("%s: geometry: %w", where, err)
			}
			r := River{
				Names:       map[string]string{},
				Approximate: f.Properties.MustBool("approximate", false),
				Paths:       lines,
			}
			for lang, key := range map[string]string{"en": "name", "ko": "name_ko", "zh": "name_zh"} {
				if s := f.Properties.MustString(key, ""); s != "" {
					r.Names[lang] = s
				}
			}
			if r.Names["en"] == "" {
				return nil, fmt.Errorf("%s: name: a river needs an English name", where)
			}
			bm.Rivers = append(bm.Rivers, r)
		case "border":
			lines, err := lineStrings(f.Geometry)
			if err != nil {
				return nil, fmt.Errorf("%s: geometry: %w", where, err)
			}
			bm.Borders = append(bm.Borders, lines...)
		default:
			return nil, fmt.Errorf("%s: layer: %q is not land, river or border", where, layer)
		}
		b := f.Geometry.Bound()
		if first {
			bm.Bound, first = b, false
		} else {
			bm.Bound = bm.Bound.Union(b)
		}
	}
	if len(bm.Land) == 0 {
		return nil, fmt.Errorf("%s: no land features", name)
	}
	return bm, nil
}

func newPath(pts []orb.Point) Path {
	p := Path{Points: make([]orb.Point, len(pts))}
	for i, pt := range pts {
		p.Points[i] = Project(pt)
	}
	p.Bound = orb.MultiPoint(p.Points).Bound()
	return p
}

func polygonRings(g orb.Geometry) ([]Path, error) {
	var polys []orb.Polygon
	switch g := g.(type) {
	case orb.Polygon:
		polys = []orb.Polygon{g}
	case orb.MultiPolygon:
		polys = g
	default:
		return nil, fmt.Errorf("land must be a Polygon or MultiPolygon, not %s", g.GeoJSONType())
	}
	var out []Path
	for _, poly := range polys {
		for _, ring := range poly {
			if len(ring) < 4 {
				return nil, fmt.Errorf("a ring has %d points; it needs at least 4", len(ring))
			}
			out = append(out, newPath(ring))
		}
	}
	return out, nil
}

func lineStrings(g orb.Geometry) ([]Path, error) {
	switch g := g.(type) {
	case orb.LineString:
		return []Path{newPath(g)}, nil
	case orb.MultiLineString:
		out := make([]Path, 0, len(g))
		for _, ls := range g {
			out = append(out, newPath(ls))
		}
		return out, nil
	default:
		return nil, fmt.Errorf("must be a LineString or MultiLineString, not %s", g.GeoJSONType())
	}
}
