package timeline

import (
	"time"

	"korea1950/geodata"
	"korea1950/internal/i18n"
)

// Era is one labelled phase of the war, shown as a band above the
// timeline's body. Eras tile the data's span without gaps: each one ends
// where the next begins.
type Era struct {
	// Key and ShortKey are the keys, in the app's translation table, of
	// the label drawn in the band and of the short one that stands in when
	// the band is too narrow for it; Name and Short look them up.
	Key, ShortKey string
	// From and Until bound the era, [From, Until), in Seoul time.
	From, Until time.Time
	// Source says which history sets the era's start.
	Source string
}

// Works cited for the era boundaries: the U.S. Army's official histories
// of the war (Center of Military History, United States Army).
const (
	appleman = "Appleman, South to the Naktong, North to the Yalu (1961)"
	mossman  = "Mossman, Ebb and Flow, November 1950–July 1951 (1990)"
	hermes   = "Hermes, Truce Tent and Fighting Front (1966)"
)

// seoulDay is midnight at the start of a calendar day in Seoul.
func seoulDay(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, geodata.Seoul)
}

// Eras lists the phases of the war in time order, from the start of the
// data's span to its end. A boundary is midnight in Seoul at the start of
// the first day of the next era, except the armistice, which took effect
// at 22:00 on 27 July 1953.
var Eras = buildEras([]Era{
	{Key: "era.before", ShortKey: "era.before.short",
		From:   geodata.SpanStart,
		Source: "the start of the data's span (July 1949)"},
	{Key: "era.invasion", ShortKey: "era.invasion.short",
		From:   seoulDay(1950, time.June, 25),
		Source: appleman + ": the North Korean attack across the 38th parallel before dawn on 25 June 1950"},
	{Key: "era.perimeter", ShortKey: "era.perimeter.short",
		From:   seoulDay(1950, time.August, 4),
		Source: appleman + ": Eighth Army completes its withdrawal behind the Naktong and holds the perimeter from 4 August 1950"},
	{Key: "era.inchon", ShortKey: "era.inchon.short",
		From:   seoulDay(1950, time.September, 15),
		Source: appleman + ": X Corps lands at Inchon on 15 September 1950; Eighth Army breaks out from the 16th"},
	{Key: "era.crossing", ShortKey: "era.crossing.short",
		From:   seoulDay(1950, time.October, 1),
		Source: appleman + ": ROK troops cross the 38th parallel on the east coast on 1 October 1950; the advance to the Yalu"},
	{Key: "era.cpv", ShortKey: "era.cpv.short",
		From:   seoulDay(1950, time.October, 25),
		Source: appleman + ": the Chinese first phase offensive strikes the ROK II Corps on 25 October 1950"},
	{Key: "era.retreat", ShortKey: "era.retreat.short",
		From:   seoulDay(1950, time.November, 25),
		Source: appleman + " and " + mossman + ": the Chinese second phase offensive opens on the night of 25 November 1950"},
	{Key: "era.counter", ShortKey: "era.counter.short",
		From:   seoulDay(1951, time.January, 25),
		Source: mossman + ": Operation Thunderbolt opens the UN counteroffensive on 25 January 1951"},
	{Key: "era.stalemate", ShortKey: "era.stalemate.short",
		From:   seoulDay(1951, time.July, 10),
		Source: hermes + ": the armistice negotiations open at Kaesong on 10 July 1951"},
	{Key: "era.armistice", ShortKey: "era.armistice.short",
		From:   time.Date(1953, time.July, 27, 22, 0, 0, 0, geodata.Seoul),
		Source: hermes + ": the armistice signed at Panmunjom on 27 July 1953 takes effect at 22:00"},
})

// Name is the era's label in lang.
func (e *Era) Name(lang string) string { return i18n.T(lang, e.Key) }

// Short is the era's short label in lang.
func (e *Era) Short(lang string) string { return i18n.T(lang, e.ShortKey) }

// buildEras sets each era's Until to the next one's From, and the last
// one's to the end of the span's last minute, so that EraAt(SpanEnd) is
// the last era.
func buildEras(es []Era) []Era {
	for i := range es {
		if i+1 < len(es) {
			es[i].Until = es[i+1].From
		} else {
			es[i].Until = geodata.SpanEnd.Add(time.Minute)
		}
	}
	return es
}

// EraAt returns the era holding t, or nil outside the span.
func EraAt(t time.Time) *Era {
	for i := range Eras {
		if !t.Before(Eras[i].From) && t.Before(Eras[i].Until) {
			return &Eras[i]
		}
	}
	return nil
}
