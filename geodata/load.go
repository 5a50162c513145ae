package geodata

import (
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/paulmach/orb"
)

// Dataset is what loading produced: the features that passed every check
// and every problem found, in file order. Skipped features are absent.
type Dataset struct {
	Features []*Feature
	Problems Problems
	// Inputs are the names of the inputs, in the order they were layered.
	Inputs []string
}

// Load reads the inputs in order, later ones on top of earlier ones: a
// user feature with the id of an embedded one replaces it and is marked
// EditedLocally. It never fails as a whole; every problem is in the
// dataset, and only the features with errors are left out.
func Load(inputs ...Input) *Dataset {
	ds := &Dataset{}
	byID := map[string]*draft{}
	var order []string
	skipped := map[string]bool{}
	for _, in := range inputs {
		ds.Inputs = append(ds.Inputs, in.Name)
		ds.Problems = append(ds.Problems, in.Problems...)
		seen := map[string]*draft{}
		for _, file := range in.Files {
			raws, ps := decodeFile(file.Name, file.Data)
			ds.Problems = append(ds.Problems, ps...)
			for i := range raws {
				d, ps := checkFeature(&raws[i])
				ds.Problems = append(ds.Problems, ps...)
				if d == nil {
					if raws[i].idSet {
						skipped[raws[i].id] = true
					}
					continue
				}
				f := d.f
				f.Origin = in.Name
				if first := seen[f.ID]; first != nil {
					ds.Problems = append(ds.Problems, Problem{File: f.File, Feature: f.Index, ID: f.ID, Field: "id",
						Msg: fmt.Sprintf("duplicate: %s feature %d has this id already", first.f.File, first.f.Index)})
					continue
				}
				seen[f.ID] = d
				if prev := byID[f.ID]; prev != nil {
					if prev.f.Origin == EmbeddedName {
						f.EditedLocally = true
					} else {
						ds.Problems = append(ds.Problems, Problem{File: f.File, Feature: f.Index, ID: f.ID, Field: "id", Warning: true,
							Msg: fmt.Sprintf("replaces %s feature %d, loaded earlier from %s", prev.f.File, prev.f.Index, prev.f.Origin)})
					}
				} else {
					order = append(order, f.ID)
				}
				delete(skipped, f.ID)
				byID[f.ID] = d
			}
		}
	}
	r := resolver{byID: byID, skipped: skipped}
	// Places first: every other feature's dates and positions lean on them.
	for pass := 0; pass < 2; pass++ {
		for _, id := range order {
			d := byID[id]
			if (d.f.Kind == KindPlace) != (pass == 0) {
				continue
			}
			if ps := r.resolve(d); ps.Errors() > 0 {
				r.skipped[id] = true
				delete(byID, id)
			} else {
				ds.Features = append(ds.Features, d.f)
			}
			ds.Problems = append(ds.Problems, r.take()...)
		}
	}
	ds.Features, ds.Problems = linkSeries(ds.Features, ds.Problems)
	SortByStart(ds.Features)
	// Problems read file by file, feature by feature, as an author fixes them.
	sort.SliceStable(ds.Problems, func(i, j int) bool {
		a, b := ds.Problems[i], ds.Problems[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Feature < b.Feature
	})
	return ds
}

// resolver turns drafts into features: zones, dates, references.
type resolver struct {
	byID    map[string]*draft
	skipped map[string]bool
	ps      Problems
}

func (r *resolver) take() Problems {
	ps := r.ps
	r.ps = nil
	return ps
}

func (r *resolver) errf(f *Feature, field, format string, a ...any) {
	r.ps = append(r.ps, Problem{File: f.File, Feature: f.Index, ID: f.ID, Field: field, Msg: fmt.Sprintf(format, a...)})
}

func (r *resolver) warnf(f *Feature, field, format string, a ...any) {
	r.ps = append(r.ps, Problem{File: f.File, Feature: f.Index, ID: f.ID, Field: field, Msg: fmt.Sprintf(format, a...), Warning: true})
}

// place looks up a referenced place, recording a problem if there is none.
func (r *resolver) place(f *Feature, field, id string) *Feature {
	d := r.byID[id]
	switch {
	case d == nil && r.skipped[id]:
		r.errf(f, field, "%q has problems of its own (see above), so this can't be placed", id)
	case d == nil:
		r.errf(f, field, "%q refers to nothing: no place has this id", id)
	case d.f.Kind != KindPlace:
		r.errf(f, field, "%q is %s, not a place", id, an(string(d.f.Kind)))
	case d.f.Zone == nil:
		r.errf(f, field, "%q has problems of its own (see above), so this can't be placed", id)
	default:
		return d.f
	}
	return nil
}

// resolve checks one draft's zone, dates and references and fills in its
// active span and bound.
func (r *resolver) resolve(d *draft) Problems {
	f := d.f
	startZone, endZone := Seoul, Seoul
	var points []*Feature
	if f.Place != "" {
		if p := r.place(f, "place", f.Place); p != nil {
			startZone, endZone = p.Zone, p.Zone
			points = append(points, p)
		}
	}
	if f.Kind == KindMessage {
		if p := r.place(f, "from", f.Sender); p != nil {
			startZone = p.Zone
			points = append(points, p)
		}
		for i, v := range f.Via {
			if p := r.place(f, fmt.Sprintf("via[%d]", i), v); p != nil {
				points = append(points, p)
			}
		}
		if p := r.place(f, "to", f.Receiver); p != nil {
			endZone = p.Zone
			points = append(points, p)
		}
	}
	if d.tz != "" {
		loc, err := loadZone(d.tz)
		if err != nil || d.tz == "Local" {
			r.errf(f, "tz", "%q is not an IANA time zone (such as Asia/Seoul, Asia/Shanghai, Europe/Moscow, America/New_York)", d.tz)
		} else {
			startZone, endZone = loc, loc
			f.TZ = d.tz
		}
	}
	f.Zone = startZone
	if f.Kind == KindPlace && r.ps.Errors() > 0 {
		f.Zone = nil
	}
	r.dates(d, startZone, endZone)
	if !f.hasGeometry && len(points) > 0 {
		b := orb.Bound{Min: points[0].Geometry.(orb.Point), Max: points[0].Geometry.(orb.Point)}
		for _, p := range points[1:] {
			b = b.Extend(p.Geometry.(orb.Point))
		}
		f.Bound = b
		if f.Kind != KindMessage {
			f.Geometry = points[0].Geometry
		}
	}
	return r.ps
}

// dates parses start, end and date_alt in the zones of the feature's
// places, and sets its active span.
func (r *resolver) dates(d *draft, startZone, endZone *time.Location) {
	f := d.f
	f.From, f.Until = Always, Never
	var err error
	if d.start != "" {
		if f.Start, err = ParseDate(d.start, startZone); err != nil {
			r.errf(f, "start", "%v", err)
			return
		}
		if f.Start.OpenStart {
			r.errf(f, "start", "%q: an open start can't be placed on the timeline; give the earliest date", d.start)
			return
		}
		f.From, f.Until = f.Start.Start, f.Start.End
		if f.Start.OpenEnd {
			f.Until = Never
		}
	}
	if d.end != "" {
		if f.End, err = ParseDate(d.end, endZone); err != nil {
			r.errf(f, "end", "%v", err)
			return
		}
		f.hasEnd = true
		switch {
		case f.End.OpenStart:
			r.errf(f, "end", "%q: an end can't open with .. or nothing; give the date it ends", d.end)
			return
		case d.start == "":
			r.errf(f, "end", "an end needs a start")
			return
		case f.Start.Interval:
			r.errf(f, "end", "the start %q is already an interval; give its end there or drop end", d.start)
			return
		case f.End.Start.Before(f.Start.Start):
			r.errf(f, "end", "%q is before the start %q", d.end, d.start)
			return
		}
		f.Until = f.End.End
		if f.End.OpenEnd {
			f.Until = Never
		}
	} else if f.Kind == KindPlace && d.start != "" {
		f.Until = Never // a place with a start exists from then on
	}
	for i := range f.DateAlt {
		alt := &f.DateAlt[i]
		if alt.Date, err = ParseDate(alt.Value, startZone); err != nil {
			r.errf(f, fmt.Sprintf("date_alt[%d].value", i), "%v", err)
		}
	}
	if d.start != "" && (f.Until.Before(SpanStart) || !f.From.Before(SpanEnd)) {
		r.warnf(f, "start", "%q lies outside the timeline (%s to %s), so it is never shown",
			d.start, SpanStart.Format("2006-01-02"), SpanEnd.Format("2006-01-02"))
	}
}

// zones caches time zones: loading one from the embedded database costs
// tens of microseconds, and every place names one.
var zones sync.Map

func loadZone(name string) (*time.Location, error) {
	if loc, ok := zones.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err == nil {
		zones.Store(name, loc)
	}
	return loc, err
}
