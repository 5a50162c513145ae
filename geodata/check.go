package geodata

import (
	"slices"
	"sort"
	"strings"
)

// commonFields are the properties every kind may carry.
var commonFields = []string{"kind", "title", "title:ko", "title:zh", "start", "end", "side",
	"sources", "summary", "summary:ko", "summary:zh", "quote", "actors", "tags",
	"approximate", "date_alt", "tz"}

// kindFields are the properties only some kinds carry.
var kindFields = map[Kind][]string{
	KindPlace:    {"names"},
	KindFront:    {"series", "interpolate"},
	KindArea:     {"series", "interpolate"},
	KindUnit:     {"echelon", "designation", "series", "interpolate", "place"},
	KindMove:     {},
	KindEvent:    {"place"},
	KindDecision: {"place"},
	KindMessage:  {"from", "to", "via", "delivered"},
}

// fieldKinds says which kinds a kind-specific field belongs to, for the
// warning when it turns up on another kind.
var fieldKinds = map[string]string{
	"names": "a place", "series": "a front, area or unit", "interpolate": "a front, area or unit",
	"echelon": "a unit", "designation": "a unit", "place": "an event, decision or unit",
	"from": "a message", "to": "a message", "via": "a message", "delivered": "a message",
}

var allFields = func() []string {
	set := map[string]bool{"id": true}
	for _, f := range commonFields {
		set[f] = true
	}
	for _, fs := range kindFields {
		for _, f := range fs {
			set[f] = true
		}
	}
	var out []string
	for f := range set {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}()

// geometryTypes are the geometries each kind may have; "null" means none.
var geometryTypes = map[Kind][]string{
	KindPlace:    {"Point"},
	KindFront:    {"LineString", "MultiLineString"},
	KindArea:     {"Polygon", "MultiPolygon"},
	KindUnit:     {"Point"},
	KindMove:     {"LineString"},
	KindEvent:    {"Point", "null"},
	KindDecision: {"Point", "null"},
	KindMessage:  {"null", "LineString"},
}

// MaxQuoteWords is the longest quote allowed: the project quotes its
// sources only in short phrases.
const MaxQuoteWords = 20

// draft is a feature whose fields are read but whose dates and references
// wait until every place is known.
type draft struct {
	f          *Feature
	start, end string
	tz         string
}

// checkFeature reads and checks the properties and geometry of one
// feature. It returns nil when the feature must be skipped.
func checkFeature(rf *rawFeature) (*draft, Problems) {
	r := newPropReader(rf)
	f := &Feature{File: rf.file, Index: rf.index, ID: rf.id, Delivered: true}
	if !rf.idSet {
		r.errf("id", "missing: every feature needs an id unique in its folder")
	} else if !validID(rf.id) {
		r.errf("id", "%q: want up to 120 characters without spaces", rf.id)
	}
	kind := r.str("kind", true)
	f.Kind = Kind(kind)
	if _, ok := kindFields[f.Kind]; kind != "" && !ok {
		r.errf("kind", "%q is not a kind (want %s)", kind, kindList())
		return nil, r.ps
	}
	if kind == "" {
		return nil, r.ps
	}
	d := &draft{f: f}
	f.Title = r.str("title", true)
	f.Titles = map[string]string{}
	f.Summaries = map[string]string{}
	for _, lang := range []string{"ko", "zh"} {
		if t := r.str("title:"+lang, false); t != "" {
			f.Titles[lang] = t
		}
		if s := r.str("summary:"+lang, false); s != "" {
			f.Summaries[lang] = s
		}
	}
	side := r.str("side", true)
	f.Side = Side(side)
	if _, ok := Sides[f.Side]; side != "" && !ok {
		r.errf("side", "%q is not a side (want %s)", side, sideList())
	}
	f.Sources = r.sources()
	f.Summary = r.str("summary", false)
	f.Quote = r.str("quote", false)
	if n := len(strings.Fields(f.Quote)); n > MaxQuoteWords {
		r.errf("quote", "%d words; quote at most %d words and say the rest in summary", n, MaxQuoteWords)
	}
	f.Actors = r.strList("actors", false)
	f.Tags = r.strList("tags", false)
	f.Approximate, _ = r.boolean("approximate")
	f.DateAlt = r.dateAlts()
	d.start = r.str("start", f.Kind != KindPlace)
	d.end = r.str("end", false)
	d.tz = r.str("tz", f.Kind == KindPlace)

	known := map[string]bool{}
	for _, name := range kindFields[f.Kind] {
		known[name] = true
	}
	switch f.Kind {
	case KindPlace:
		f.Names = r.strList("names", false)
	case KindFront, KindArea, KindUnit:
		f.Series = r.str("series", f.Kind != KindUnit)
		f.Interpolate, _ = r.boolean("interpolate")
		if f.Interpolate && f.Series == "" {
			r.errf("interpolate", "needs a series: interpolation runs between keyframes of one series")
		}
		if f.Kind == KindUnit {
			f.Echelon = r.str("echelon", true)
			if f.Echelon != "" && !slices.Contains(Echelons, f.Echelon) {
				r.errf("echelon", "%q is not an echelon (want %s)", f.Echelon, strings.Join(Echelons, ", "))
			}
			f.Designation = r.str("designation", true)
			f.Place = r.str("place", false)
		}
	case KindEvent, KindDecision:
		f.Place = r.str("place", false)
	case KindMessage:
		f.Sender = r.str("from", true)
		f.Receiver = r.str("to", true)
		f.Via = r.strList("via", true)
		if v, set := r.boolean("delivered"); set {
			f.Delivered = v
		}
	}
	r.unknown(known)
	r.geometry(f)
	if r.bad {
		return nil, r.ps
	}
	return d, r.ps
}

// geometry decodes and checks the feature's geometry against its kind.
func (r *propReader) geometry(f *Feature) {
	allowed := geometryTypes[f.Kind]
	if isNull(r.rf.geometry) {
		if slices.Contains(allowed, "null") {
			if (f.Kind == KindEvent || f.Kind == KindDecision) && f.Place == "" {
				r.errf("geometry", "missing: give a Point, or a place id in \"place\"")
			}
			return
		}
		r.errf("geometry", "missing: %s needs %s", an(string(f.Kind)), an(strings.Join(allowed, " or ")))
		return
	}
	g, typ, err := decodeGeometry(r.rf.geometry)
	if err != nil {
		r.errf("geometry"+err.path, "%s", err.msg)
		return
	}
	if !slices.Contains(allowed, typ) {
		want := strings.ReplaceAll(strings.Join(allowed, " or "), " or null", "")
		want = strings.ReplaceAll(want, "null or ", "")
		r.errf("geometry.type", "%s needs %s, not %s", an(string(f.Kind)), an(want), an(typ))
		return
	}
	f.Geometry = g
	f.Bound = g.Bound()
	f.hasGeometry = true
}

func kindList() string {
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

func sideList() string {
	var names []string
	for s := range Sides {
		names = append(names, string(s))
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
