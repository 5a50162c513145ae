package geodata

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// geomError is a geometry problem and where in the geometry it lies, as a
// field path such as ".coordinates[3][1]".
type geomError struct{ path, msg string }

// decodeGeometry reads a GeoJSON geometry into orb types, checking every
// position: two or three finite numbers, longitude from −180 to 180,
// latitude from −90 to 90; lines of two positions or more; closed rings of
// four or more.
func decodeGeometry(raw json.RawMessage) (orb.Geometry, string, *geomError) {
	var g struct {
		Type        string
		Coordinates json.RawMessage
	}
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, "", &geomError{"", "want a GeoJSON geometry object, found " + valueText(raw)}
	}
	if isNull(g.Coordinates) {
		if g.Type == "GeometryCollection" {
			return nil, "", &geomError{".type", "a GeometryCollection is not supported: use one feature per geometry"}
		}
		return nil, "", &geomError{".coordinates", "missing"}
	}
	badShape := func(want string) *geomError {
		return &geomError{".coordinates", fmt.Sprintf("a %s wants %s", g.Type, want)}
	}
	switch g.Type {
	case "Point":
		var c []float64
		if json.Unmarshal(g.Coordinates, &c) != nil {
			return nil, "", badShape("[longitude, latitude]")
		}
		p, err := position(c, "")
		return p, g.Type, err
	case "LineString", "MultiPoint":
		var cs [][]float64
		if json.Unmarshal(g.Coordinates, &cs) != nil {
			return nil, "", badShape("a list of [longitude, latitude] positions")
		}
		ls, err := line(cs, "", 2)
		if g.Type == "MultiPoint" {
			return orb.MultiPoint(ls), g.Type, err
		}
		return ls, g.Type, err
	case "MultiLineString":
		var cs [][][]float64
		if json.Unmarshal(g.Coordinates, &cs) != nil {
			return nil, "", badShape("a list of lines")
		}
		if len(cs) == 0 {
			return nil, "", badShape("at least one line")
		}
		var ml orb.MultiLineString
		for i, c := range cs {
			ls, err := line(c, fmt.Sprintf("[%d]", i), 2)
			if err != nil {
				return nil, "", err
			}
			ml = append(ml, ls)
		}
		return ml, g.Type, nil
	case "Polygon":
		var cs [][][]float64
		if json.Unmarshal(g.Coordinates, &cs) != nil {
			return nil, "", badShape("a list of rings")
		}
		p, err := polygon(cs, "")
		return p, g.Type, err
	case "MultiPolygon":
		var cs [][][][]float64
		if json.Unmarshal(g.Coordinates, &cs) != nil {
			return nil, "", badShape("a list of polygons")
		}
		if len(cs) == 0 {
			return nil, "", badShape("at least one polygon")
		}
		var mp orb.MultiPolygon
		for i, c := range cs {
			p, err := polygon(c, fmt.Sprintf("[%d]", i))
			if err != nil {
				return nil, "", err
			}
			mp = append(mp, p)
		}
		return mp, g.Type, nil
	case "":
		return nil, "", &geomError{".type", "missing"}
	}
	return nil, "", &geomError{".type", fmt.Sprintf("%q is not a GeoJSON geometry type", g.Type)}
}

func position(c []float64, path string) (orb.Point, *geomError) {
	at := ".coordinates" + path
	if len(c) < 2 || len(c) > 3 {
		return orb.Point{}, &geomError{at, fmt.Sprintf("a position is [longitude, latitude], found %d numbers", len(c))}
	}
	for i, v := range c {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return orb.Point{}, &geomError{fmt.Sprintf("%s[%d]", at, i), "not a finite number"}
		}
	}
	if c[0] < -180 || c[0] > 180 {
		return orb.Point{}, &geomError{at + "[0]", fmt.Sprintf("longitude %g is outside −180 to 180", c[0])}
	}
	if c[1] < -90 || c[1] > 90 {
		hint := ""
		if c[0] >= -90 && c[0] <= 90 && c[1] >= 90 {
			hint = " (latitude and longitude swapped? GeoJSON puts longitude first)"
		}
		return orb.Point{}, &geomError{at + "[1]", fmt.Sprintf("latitude %g is outside −90 to 90%s", c[1], hint)}
	}
	return orb.Point{c[0], c[1]}, nil
}

func line(cs [][]float64, path string, least int) (orb.LineString, *geomError) {
	if len(cs) < least {
		return nil, &geomError{".coordinates" + path, fmt.Sprintf("a line needs at least %d positions, found %d", least, len(cs))}
	}
	ls := make(orb.LineString, len(cs))
	for i, c := range cs {
		p, err := position(c, fmt.Sprintf("%s[%d]", path, i))
		if err != nil {
			return nil, err
		}
		ls[i] = p
	}
	return ls, nil
}

func polygon(cs [][][]float64, path string) (orb.Polygon, *geomError) {
	if len(cs) == 0 {
		return nil, &geomError{".coordinates" + path, "a polygon needs at least its outer ring"}
	}
	var p orb.Polygon
	for i, c := range cs {
		at := fmt.Sprintf("%s[%d]", path, i)
		ls, err := line(c, at, 4)
		if err != nil {
			return nil, err
		}
		if ls[0] != ls[len(ls)-1] {
			return nil, &geomError{".coordinates" + at, "the ring is not closed: its last position must repeat its first"}
		}
		p = append(p, orb.Ring(ls))
	}
	return p, nil
}
