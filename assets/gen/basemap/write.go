package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// Output: compact, deterministic GeoJSON.

type writer struct {
	buf   bytes.Buffer
	prec  int
	first bool
}

func (w *writer) num(v float64) {
	s := strconv.FormatFloat(v, 'f', w.prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	w.buf.WriteString(s)
}

func (w *writer) pts(p []orb.Point) {
	w.buf.WriteByte('[')
	for i, q := range p {
		if i > 0 {
			w.buf.WriteByte(',')
		}
		w.buf.WriteByte('[')
		w.num(q[0])
		w.buf.WriteByte(',')
		w.num(q[1])
		w.buf.WriteByte(']')
	}
	w.buf.WriteByte(']')
}

func (w *writer) feature(props string, geomType string, body func()) {
	if !w.first {
		w.buf.WriteByte(',')
	}
	w.first = false
	w.buf.WriteString(`{"type":"Feature","properties":` + props + `,"geometry":{"type":"` + geomType + `","coordinates":`)
	body()
	w.buf.WriteString(`}}`)
}

func (w *writer) land(mp orb.MultiPolygon) {
	w.feature(`{"layer":"land"}`, "MultiPolygon", func() {
		w.buf.WriteByte('[')
		for i, poly := range mp {
			if i > 0 {
				w.buf.WriteByte(',')
			}
			w.buf.WriteByte('[')
			for j, r := range poly {
				if j > 0 {
					w.buf.WriteByte(',')
				}
				w.pts(r)
			}
			w.buf.WriteByte(']')
		}
		w.buf.WriteByte(']')
	})
}

func (w *writer) borders(ls [][]orb.Point) {
	for _, l := range ls {
		w.feature(`{"layer":"border"}`, "LineString", func() { w.pts(l) })
	}
}

func jstr(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func (w *writer) rivers(lines [][]orb.Point) {
	for i, r := range rivers {
		props := fmt.Sprintf(`{"layer":"river","name":%s,"name_ko":%s,"name_zh":%s,"approximate":%t,"source":%s}`,
			jstr(r.name), jstr(r.nameKo), jstr(r.nameZh), r.approx, jstr(r.source))
		w.feature(props, "LineString", func() { w.pts(lines[i]) })
	}
}

func (w *writer) save(path string) {
	var out bytes.Buffer
	out.WriteString(`{"type":"FeatureCollection","features":[`)
	out.Write(w.buf.Bytes())
	out.WriteString("]}\n")
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		fatal(err)
	}
	fmt.Printf("wrote %s (%d bytes)\n", path, out.Len())
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}
