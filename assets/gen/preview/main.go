// Command preview renders a basemap GeoJSON to a PNG for a visual check:
// land filled (non-zero rule) with its outline as coast, rivers blue,
// borders red.
//
//	go run ./assets/gen/preview -in assets/basemap/peninsula.geojson -out /tmp/p.png [-w 1600] [-bbox 117,31,136,46]
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"golang.org/x/image/vector"
)

func main() {
	in := flag.String("in", "", "GeoJSON file")
	out := flag.String("out", "preview.png", "PNG output")
	width := flag.Int("w", 1600, "image width in pixels")
	bb := flag.String("bbox", "", "minlon,minlat,maxlon,maxlat (default: data bounds)")
	dump := flag.String("dump", "", "optional gmt -M text dump to overlay in green (debugging)")
	grid := flag.Float64("grid", 0, "draw a lon/lat grid with this spacing in degrees (debugging)")
	flag.Parse()
	data, err := os.ReadFile(*in)
	if err != nil {
		panic(err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(data)
	if err != nil {
		panic(err)
	}
	b := orb.Bound{Min: orb.Point{math.Inf(1), math.Inf(1)}, Max: orb.Point{math.Inf(-1), math.Inf(-1)}}
	if *bb != "" {
		f := strings.Split(*bb, ",")
		v := make([]float64, 4)
		for i := range v {
			v[i], _ = strconv.ParseFloat(f[i], 64)
		}
		b = orb.Bound{Min: orb.Point{v[0], v[1]}, Max: orb.Point{v[2], v[3]}}
	} else {
		for _, f := range fc.Features {
			b = b.Union(f.Geometry.Bound())
		}
	}
	// Equirectangular with cos(mid-lat) aspect.
	k := math.Cos((b.Min[1] + b.Max[1]) / 2 * math.Pi / 180)
	W := *width
	scale := float64(W) / (b.Max[0] - b.Min[0])
	H := int((b.Max[1] - b.Min[1]) * scale / k)
	proj := func(p orb.Point) (float32, float32) {
		return float32((p[0] - b.Min[0]) * scale), float32((b.Max[1] - p[1]) * scale / k)
	}
	img := image.NewRGBA(image.Rect(0, 0, W, H))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.RGBA{170, 200, 230, 255}), image.Point{}, draw.Src)

	fill := func(rings []orb.Ring, c color.RGBA) {
		r := vector.NewRasterizer(W, H)
		for _, ring := range rings {
			for i, p := range ring {
				x, y := proj(p)
				if i == 0 {
					r.MoveTo(x, y)
				} else {
					r.LineTo(x, y)
				}
			}
			r.ClosePath()
		}
		r.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{})
	}
	stroke := func(ls []orb.Point, c color.RGBA, wpx float32) {
		r := vector.NewRasterizer(W, H)
		for i := 0; i+1 < len(ls); i++ {
			x0, y0 := proj(ls[i])
			x1, y1 := proj(ls[i+1])
			dx, dy := x1-x0, y1-y0
			l := float32(math.Hypot(float64(dx), float64(dy)))
			if l == 0 {
				continue
			}
			nx, ny := -dy/l*wpx/2, dx/l*wpx/2
			// each quad wound the same way so non-zero keeps overlaps filled
			r.MoveTo(x0+nx, y0+ny)
			r.LineTo(x1+nx, y1+ny)
			r.LineTo(x1-nx, y1-ny)
			r.LineTo(x0-nx, y0-ny)
			r.ClosePath()
		}
		r.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{})
	}
	counts := map[string]int{}
	var coast, rivers, borders [][]orb.Point
	for _, f := range fc.Features {
		layer, _ := f.Properties["layer"].(string)
		counts[layer]++
		switch g := f.Geometry.(type) {
		case orb.Polygon:
			fill(g, color.RGBA{236, 226, 198, 255})
			for _, r := range g {
				coast = append(coast, r)
			}
		case orb.MultiPolygon:
			var all []orb.Ring
			for _, p := range g {
				all = append(all, p...)
			}
			fill(all, color.RGBA{236, 226, 198, 255})
			for _, r := range all {
				coast = append(coast, r)
			}
		case orb.LineString:
			if layer == "river" {
				rivers = append(rivers, g)
			} else {
				borders = append(borders, g)
			}
		case orb.MultiLineString:
			for _, l := range g {
				if layer == "river" {
					rivers = append(rivers, l)
				} else {
					borders = append(borders, l)
				}
			}
		}
	}
	for _, l := range coast {
		stroke(l, color.RGBA{90, 90, 90, 255}, 1)
	}
	for _, l := range borders {
		stroke(l, color.RGBA{220, 0, 0, 255}, 2.5)
	}
	for _, l := range rivers {
		stroke(l, color.RGBA{0, 60, 255, 255}, 2)
	}
	if *grid > 0 {
		for x := math.Ceil(b.Min[0] / *grid) * *grid; x <= b.Max[0]; x += *grid {
			stroke([]orb.Point{{x, b.Min[1]}, {x, b.Max[1]}}, color.RGBA{150, 150, 150, 255}, 0.6)
		}
		for y := math.Ceil(b.Min[1] / *grid) * *grid; y <= b.Max[1]; y += *grid {
			stroke([]orb.Point{{b.Min[0], y}, {b.Max[0], y}}, color.RGBA{150, 150, 150, 255}, 0.6)
		}
	}
	if *dump != "" {
		raw, err := os.ReadFile(*dump)
		if err != nil {
			panic(err)
		}
		var cur []orb.Point
		flush := func() {
			if len(cur) > 1 {
				stroke(cur, color.RGBA{0, 170, 0, 255}, 1)
			}
			cur = nil
		}
		for _, line := range strings.Split(string(raw), "\n") {
			if strings.HasPrefix(line, ">") {
				flush()
				continue
			}
			f := strings.Fields(line)
			if len(f) >= 2 {
				x, _ := strconv.ParseFloat(f[0], 64)
				y, _ := strconv.ParseFloat(f[1], 64)
				cur = append(cur, orb.Point{x, y})
			}
		}
		flush()
	}
	fo, err := os.Create(*out)
	if err != nil {
		panic(err)
	}
	if err := png.Encode(fo, img); err != nil {
		panic(err)
	}
	fo.Close()
	fmt.Println(*out, W, H, counts)
}
