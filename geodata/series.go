package geodata

import (
	"fmt"
	"sort"

	"github.com/paulmach/orb"

	"korea1950/internal/i18n"
)

// linkSeries orders the keyframes of each series by start, links each to
// its neighbours and ends each one's active span where the next begins.
// Keyframes that clash with an earlier one of their series are dropped.
func linkSeries(features []*Feature, ps Problems) ([]*Feature, Problems) {
	series := map[string][]*Feature{}
	var names []string
	for _, f := range features {
		if f.Series == "" {
			continue
		}
		if series[f.Series] == nil {
			names = append(names, f.Series)
		}
		series[f.Series] = append(series[f.Series], f)
	}
	drop := map[*Feature]bool{}
	for _, name := range names {
		frames := series[name]
		sort.SliceStable(frames, func(i, j int) bool { return frames[i].From.Before(frames[j].From) })
		kept := frames[:0]
		for _, f := range frames {
			problem := func(field, format string, a ...any) {
				ps = append(ps, Problem{File: f.File, Feature: f.Index, ID: f.ID, Field: field, Msg: fmt.Sprintf(format, a...)})
				drop[f] = true
			}
			if len(kept) > 0 {
				prev := kept[len(kept)-1]
				switch {
				case prev.Kind != f.Kind:
					problem("series", "%q is a series of %s keyframes (%s), and this is %s", name, prev.Kind, prev.ID, an(string(f.Kind)))
					continue
				case prev.From.Equal(f.From):
					problem("start", "keyframe %s of series %q starts at the same moment", prev.ID, name)
					continue
				}
			}
			kept = append(kept, f)
		}
		for i, f := range kept {
			if i > 0 {
				f.Prev = kept[i-1]
			}
			if i+1 < len(kept) {
				f.Next = kept[i+1]
				if !f.hasEnd || kept[i+1].From.Before(f.Until) {
					f.Until = kept[i+1].From
				}
			} else if !f.hasEnd {
				f.Until = Never
			}
			if !f.Interpolate {
				continue
			}
			warn := func(format string, a ...any) {
				ps = append(ps, Problem{File: f.File, Feature: f.Index, ID: f.ID, Field: "interpolate",
					Msg: fmt.Sprintf(format, a...) + "; the earlier keyframe is held instead", Warning: true})
				f.Interpolate = false
			}
			switch {
			case f.Prev == nil:
				warn("the first keyframe of series %q has nothing before it to interpolate from", name)
			case geometryType(f.Prev.Geometry) != geometryType(f.Geometry):
				warn("keyframe %s is %s and this is %s: they can't be morphed", f.Prev.ID, an(geometryType(f.Prev.Geometry)), an(geometryType(f.Geometry)))
			}
		}
	}
	if len(drop) == 0 {
		return features, ps
	}
	out := features[:0]
	for _, f := range features {
		if !drop[f] {
			out = append(out, f)
		}
	}
	return out, ps
}

func geometryType(g orb.Geometry) string {
	if g == nil {
		return "null"
	}
	return g.GeoJSONType()
}

// Shown says how a keyframe is drawn at t: "interpolated between D1 and
// D2" when the next keyframe asks for interpolation, "line of D1; next
// known D2" when it is held, or "line of D1" for the last keyframe. The
// dates are days in Korea time.
func (f *Feature) Shown() string { return f.ShownIn("en") }

// ShownIn is Shown in lang, from the app's translation table.
func (f *Feature) ShownIn(lang string) string {
	d1 := f.From.In(Seoul).Format("2006-01-02")
	if f.Next == nil {
		return i18n.Tf(lang, "front.last", d1)
	}
	d2 := f.Next.From.In(Seoul).Format("2006-01-02")
	if f.Next.Interpolate {
		return i18n.Tf(lang, "front.interpolated", d1, d2)
	}
	return i18n.Tf(lang, "front.held", d1, d2)
}
