package timeline

import (
	"time"

	"korea1950/geodata"
)

// Era is one labelled phase of the war, shown as a band above the
// timeline's body. Eras tile the data's span without gaps: each one ends
// where the next begins.
type Era struct {
	// Name is the label drawn in the band; Short stands in when the band
	// is too narrow for Name.
	Name, Short string
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
	{Name: "before the war", Short: "before",
		From:   geodata.SpanStart,
		Source: "the start of the data's span (July 1949)"},
	{Name: "the invasion", Short: "invasion",
		From:   seoulDay(1950, time.June, 25),
		Source: appleman + ": the North Korean attack across the 38th parallel before dawn on 25 June 1950"},
	{Name: "the Pusan perimeter", Short: "Pusan",
		From:   seoulDay(1950, time.August, 4),
		Source: appleman + ": Eighth Army completes its withdrawal behind the Naktong and holds the perimeter from 4 August 1950"},
	{Name: "Inchon and the breakout", Short: "Inchon",
		From:   seoulDay(1950, time.September, 15),
		Source: appleman + ": X Corps lands at Inchon on 15 September 1950; Eighth Army breaks out from the 16th"},
	{Name: "the crossing", Short: "crossing",
		From:   seoulDay(1950, time.October, 1),
		Source: appleman + ": ROK troops cross the 38th parallel on the east coast on 1 October 1950; the advance to the Yalu"},
	{Name: "Chinese intervention", Short: "CPV",
		From:   seoulDay(1950, time.October, 25),
		Source: appleman + ": the Chinese first phase offensive strikes the ROK II Corps on 25 October 1950"},
	{Name: "the retreat", Short: "retreat",
		From:   seoulDay(1950, time.November, 25),
		Source: appleman + " and " + mossman + ": the Chinese second phase offensive opens on the night of 25 November 1950"},
	{Name: "counteroffensives and spring offensives", Short: "counteroffensives",
		From:   seoulDay(1951, time.January, 25),
		Source: mossman + ": Operation Thunderbolt opens the UN counteroffensive on 25 January 1951"},
	{Name: "the stalemate: truce talks", Short: "stalemate",
		From:   seoulDay(1951, time.July, 10),
		Source: hermes + ": the armistice negotiations open at Kaesong on 10 July 1951"},
	{Name: "the armistice", Short: "armistice",
		From:   time.Date(1953, time.July, 27, 22, 0, 0, 0, geodata.Seoul),
		Source: hermes + ": the armistice signed at Panmunjom on 27 July 1953 takes effect at 22:00"},
})

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
