package geodata

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// MaxFileSize is the largest geodata file read: 16 MiB, some forty times
// the whole embedded dataset. A larger file is refused, not read.
const MaxFileSize = 16 << 20

// rawFeature is one feature as decoded from JSON, before its properties
// are checked.
type rawFeature struct {
	file     string
	index    int
	id       string
	idSet    bool
	props    map[string]json.RawMessage
	geometry json.RawMessage
}

// decodeFile reads a GeoJSON FeatureCollection. It returns the features it
// could decode, and a problem for everything else. A syntax error stops
// the file there: the features before it are kept.
func decodeFile(name string, data []byte) ([]rawFeature, Problems) {
	fileErr := func(format string, a ...any) Problems {
		return Problems{{File: name, Msg: fmt.Sprintf(format, a...)}}
	}
	if len(data) > MaxFileSize {
		return nil, fileErr("%s is over the %s limit for one geodata file", sizeText(int64(len(data))), sizeText(MaxFileSize))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a byte-order mark, as some editors write
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, fileErr("the file is empty; want a GeoJSON FeatureCollection")
	}
	if what := notJSON(trimmed); what != "" {
		return nil, fileErr("not GeoJSON: %s", what)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	syntax := func(err error, feature int) Problems {
		return Problems{{File: name, Feature: feature, Msg: jsonError(data, err, dec.InputOffset())}}
	}
	if tok, err := dec.Token(); err != nil {
		return nil, syntax(err, 0)
	} else if tok != json.Delim('{') {
		return nil, fileErr("not GeoJSON: want a FeatureCollection object, found %s", tokenText(tok))
	}
	var (
		features []rawFeature
		ps       Problems
		kind     string
		sawList  bool
	)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return features, append(ps, syntax(err, 0)...)
		}
		key, _ := tok.(string)
		switch key {
		case "type":
			if err := dec.Decode(&kind); err != nil {
				return features, append(ps, Problem{File: name, Field: "type", Msg: "want the string \"FeatureCollection\""})
			}
		case "crs":
			var crs struct{ Properties struct{ Name string } }
			if err := dec.Decode(&crs); err != nil {
				return features, append(ps, syntax(err, 0)...)
			}
			if n := crs.Properties.Name; n != "" && !isWGS84(n) {
				return nil, append(ps, Problem{File: name, Field: "crs", Msg: fmt.Sprintf(
					"the coordinates are in %s; GeoJSON (RFC 7946) wants longitude and latitude in WGS 84: export with EPSG:4326", n)})
			}
		case "features":
			sawList = true
			if tok, err := dec.Token(); err != nil {
				return features, append(ps, syntax(err, 0)...)
			} else if tok != json.Delim('[') {
				return features, append(ps, Problem{File: name, Field: "features", Msg: "want a list of features, found " + tokenText(tok)})
			}
			for n := 1; dec.More(); n++ {
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					return features, append(ps, syntax(err, n)...)
				}
				f, p := decodeFeature(name, n, raw)
				ps = append(ps, p...)
				if f != nil {
					features = append(features, *f)
				}
			}
			if _, err := dec.Token(); err != nil {
				return features, append(ps, syntax(err, 0)...)
			}
		default: // foreign members such as "name" and "bbox" are allowed
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return features, append(ps, syntax(err, 0)...)
			}
		}
	}
	if _, err := dec.Token(); err != nil {
		return features, append(ps, syntax(err, 0)...)
	}
	if _, err := dec.Token(); err != io.EOF {
		ps = append(ps, Problem{File: name, Msg: "there is more after the FeatureCollection's closing brace"})
	}
	if kind != "FeatureCollection" {
		ps = append(ps, Problem{File: name, Field: "type", Msg: fmt.Sprintf("is %q; want \"FeatureCollection\"", kind)})
		return nil, ps
	}
	if !sawList {
		ps = append(ps, Problem{File: name, Field: "features", Msg: "missing: a FeatureCollection needs a list of features"})
	}
	return features, ps
}

// decodeFeature reads one member of "features".
func decodeFeature(file string, n int, raw json.RawMessage) (*rawFeature, Problems) {
	bad := func(field, format string, a ...any) (*rawFeature, Problems) {
		return nil, Problems{{File: file, Feature: n, Field: field, Msg: fmt.Sprintf(format, a...)}}
	}
	var f struct {
		Type       *string
		ID         json.RawMessage
		Geometry   json.RawMessage
		Properties json.RawMessage
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		return bad("", "want a Feature object, found %s", valueText(raw))
	}
	if f.Type == nil || *f.Type != "Feature" {
		got := "nothing"
		if f.Type != nil {
			got = fmt.Sprintf("%q", *f.Type)
		}
		return bad("type", "is %s; want \"Feature\"", got)
	}
	rf := &rawFeature{file: file, index: n, geometry: f.Geometry}
	if isNull(f.Properties) {
		return bad("properties", "missing: every feature needs id, kind, title, side and sources")
	}
	if err := json.Unmarshal(f.Properties, &rf.props); err != nil {
		return bad("properties", "want an object, found %s", valueText(f.Properties))
	}
	// The id may be the Feature's own "id" (RFC 7946) or a property, as
	// QGIS shows it; when both are given they must agree.
	var ps Problems
	pid := rf.props["id"]
	for _, v := range []json.RawMessage{f.ID, pid} {
		if isNull(v) {
			continue
		}
		id, ok := idText(v)
		if !ok {
			return bad("id", "want a string such as \"stalin-mao-1950-10-01\", found %s", valueText(v))
		}
		if rf.idSet && id != rf.id {
			ps = append(ps, Problem{File: file, Feature: n, ID: rf.id, Field: "id",
				Msg: fmt.Sprintf("the Feature's id %q and the property id %q differ", rf.id, id)})
			return nil, ps
		}
		rf.id, rf.idSet = id, true
	}
	delete(rf.props, "id")
	return rf, ps
}

// idText reads an id: a string, or a whole number as QGIS may write.
func idText(v json.RawMessage) (string, bool) {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return s, true
	}
	var n json.Number
	if json.Unmarshal(v, &n) == nil {
		if _, err := n.Int64(); err == nil {
			return n.String(), true
		}
	}
	return "", false
}

func isNull(v json.RawMessage) bool {
	return len(v) == 0 || string(bytes.TrimSpace(v)) == "null"
}

func isWGS84(crs string) bool {
	c := strings.ToUpper(crs)
	return strings.HasSuffix(c, "CRS84") || strings.HasSuffix(c, "EPSG::4326") || strings.HasSuffix(c, "EPSG:4326")
}

// notJSON names what a file is when it plainly is not JSON text.
func notJSON(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG")):
		return "this is a PNG image"
	case bytes.HasPrefix(b, []byte("\xff\xd8\xff")):
		return "this is a JPEG image"
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return "this is a ZIP archive (a .kmz, .xlsx or zipped shapefile?)"
	case bytes.HasPrefix(b, []byte("%PDF")):
		return "this is a PDF document"
	case bytes.HasPrefix(b, []byte("SQLite format 3")):
		return "this is an SQLite database (a GeoPackage?): export the layer as GeoJSON"
	case bytes.HasPrefix(b, []byte("<")):
		return "this is XML or HTML (KML or GPX?): export the layer as GeoJSON"
	case !utf8Start(b):
		return "this is binary data, not UTF-8 text"
	case b[0] != '{':
		return fmt.Sprintf("want a FeatureCollection object starting with '{', found %q", b[0])
	}
	return ""
}

// sniffSize is how much of a file notJSON looks at.
const sniffSize = 4096

// utf8Start reports whether the first sniffSize bytes of b are UTF-8 text,
// allowing for a Korean or Chinese character cut at the boundary.
func utf8Start(b []byte) bool {
	p := b[:min(len(b), sniffSize)]
	for len(p) < len(b) && len(p) > sniffSize-utf8.UTFMax && !utf8.Valid(p) {
		p = p[:len(p)-1]
	}
	return utf8.Valid(p)
}

// jsonError turns a decoding error into "line L, column C: what".
func jsonError(data []byte, err error, offset int64) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		offset = se.Offset
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		msg = "the file ends in the middle of the JSON (cut short?)"
		offset = int64(len(data))
	}
	line, col := lineCol(data, offset)
	return fmt.Sprintf("bad JSON at line %d, column %d: %s", line, col, msg)
}

// lineCol turns a byte offset into a 1-based line and column (in runes).
func lineCol(data []byte, offset int64) (line, col int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	if offset < 0 {
		offset = 0
	}
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}

func tokenText(t json.Token) string {
	switch v := t.(type) {
	case json.Delim:
		if v == '[' {
			return "a list"
		}
		return "an object"
	case string:
		return "a string"
	case nil:
		return "null"
	case bool:
		return "true or false"
	default:
		return "a number"
	}
}

// valueText says what kind of JSON value v is.
func valueText(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "nothing"
	}
	switch v[0] {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case '"':
		return "a string"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	}
	return "a number"
}

func sizeText(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}
