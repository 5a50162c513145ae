package app

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"korea1950/geodata"
)

// inputs are the geodata the options ask for: the embedded data unless
// -only, then the user's folder and any other paths, each its own input.
func inputs(only bool, paths ...string) []geodata.Input {
	var ins []geodata.Input
	if !only {
		ins = append(ins, geodata.Embedded())
	}
	for _, p := range paths {
		if p != "" {
			ins = append(ins, geodata.ReadPath(p))
		}
	}
	return ins
}

// runValidate is "korea1950 validate": every problem, one per line, then
// the summary. The paths are checked on top of the embedded data (so they
// may refer to its places) unless -only.
func runValidate(o Options, out io.Writer) int {
	if len(o.Paths) == 0 && o.Only {
		fmt.Fprintln(out, "korea1950 validate: -only without a PATH leaves nothing to check")
		return 2
	}
	ds := geodata.Load(inputs(o.Only, o.Paths...)...)
	for _, p := range ds.Problems {
		fmt.Fprintln(out, p)
	}
	n := 0
	for _, f := range ds.Features {
		if len(o.Paths) == 0 || f.Origin != geodata.EmbeddedName {
			n++
		}
	}
	fmt.Fprintln(out, geodata.Summary(n, ds.Problems))
	if len(ds.Problems) > 0 {
		return 1
	}
	return 0
}

// inspected is one line of "korea1950 inspect".
type inspected struct {
	ID            string           `json:"id"`
	Kind          geodata.Kind     `json:"kind"`
	Side          geodata.Side     `json:"side"`
	Title         string           `json:"title"`
	Start         string           `json:"start,omitempty"`
	End           string           `json:"end,omitempty"`
	From          *time.Time       `json:"from,omitempty"`
	Until         *time.Time       `json:"until,omitempty"`
	Origin        string           `json:"origin"`
	EditedLocally bool             `json:"edited_locally,omitempty"`
	Keyframes     []inspectedKey   `json:"keyframes,omitempty"`
	Shown         string           `json:"shown,omitempty"`
	Sources       []geodata.Source `json:"sources,omitempty"`
}

type inspectedKey struct {
	ID          string `json:"id"`
	Start       string `json:"start"`
	Interpolate bool   `json:"interpolate,omitempty"`
}

// runInspect is "korea1950 inspect": every feature active on -date's day,
// each in the local time of its place, or at -at's instant, or every
// feature.
func runInspect(o Options, out, errOut io.Writer) int {
	ds := geodata.Load(inputs(o.Only, o.Data)...)
	for _, p := range ds.Problems {
		fmt.Fprintln(errOut, p)
	}
	store, err := geodata.NewStore(ds.Features)
	if err != nil {
		fmt.Fprintln(errOut, "korea1950 inspect:", err)
		return 1
	}
	defer store.Close()
	var hits []*geodata.Feature
	collect := func(f *geodata.Feature) bool { hits = append(hits, f); return true }
	switch {
	case o.Instant:
		store.Active(geodata.World, o.Date, collect)
	case o.DateSet:
		// Each feature's day is its own place's: look a day either side
		// of Korea's, then keep what falls on the date where it happened.
		y, m, d := o.Date.In(geodata.Seoul).Date()
		from, until := geodata.DayOf(o.Date)
		store.Overlapping(geodata.World, from.AddDate(0, 0, -1), until.AddDate(0, 0, 1), func(f *geodata.Feature) bool {
			return !f.OnDay(y, m, d) || collect(f)
		})
	default:
		hits = store.Features()
	}
	geodata.SortByStart(hits)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, f := range hits {
		if err := enc.Encode(inspect(f)); err != nil {
			fmt.Fprintln(errOut, "korea1950 inspect:", err)
			return 1
		}
	}
	return 0
}

func inspect(f *geodata.Feature) inspected {
	l := inspected{ID: f.ID, Kind: f.Kind, Side: f.Side, Title: f.Title, Start: f.Start.Raw, End: f.End.Raw,
		Origin: f.Origin, EditedLocally: f.EditedLocally, Sources: f.Sources}
	if f.From.After(geodata.Always) {
		from := f.From.UTC()
		l.From = &from
	}
	if f.Until.Before(geodata.Never) {
		until := f.Until.UTC()
		l.Until = &until
	}
	if f.Keyframe() {
		l.Keyframes = []inspectedKey{{ID: f.ID, Start: f.Start.Raw}}
		if n := f.Next; n != nil && n.Interpolate {
			l.Keyframes = append(l.Keyframes, inspectedKey{ID: n.ID, Start: n.Start.Raw, Interpolate: true})
		}
		l.Shown = f.Shown()
	}
	return l
}
