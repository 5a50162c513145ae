package geodata

import (
	"sort"
	"time"

	"github.com/paulmach/orb"
)

// Kind is what a feature is; docs/geodata.md describes each.
type Kind string

// The kinds of feature.
const (
	KindPlace    Kind = "place"
	KindFront    Kind = "front"
	KindArea     Kind = "area"
	KindUnit     Kind = "unit"
	KindMove     Kind = "move"
	KindEvent    Kind = "event"
	KindDecision Kind = "decision"
	KindMessage  Kind = "message"
)

// Kinds lists every kind in the order docs/geodata.md gives them.
var Kinds = []Kind{KindPlace, KindFront, KindArea, KindUnit, KindMove, KindEvent, KindDecision, KindMessage}

// Side is whose a feature is.
type Side string

// Sides maps each side to what it means; docs/geodata.md has the same table.
var Sides = map[Side]string{
	"un":      "the United Nations Command and the UN itself, where no one nation is meant",
	"rok":     "the Republic of Korea (South Korea) and its army",
	"us":      "the United States",
	"uk":      "the United Kingdom and Commonwealth forces",
	"kpa":     "the Democratic People's Republic of Korea (North Korea) and the Korean People's Army",
	"cpv":     "the Chinese People's Volunteers, China's army in Korea from October 1950",
	"prc":     "the People's Republic of China: its government and its forces in China",
	"ussr":    "the Soviet Union",
	"india":   "India, the go-between of Beijing and the West",
	"neutral": "no side: geography, towns, and anything that belongs to none",
}

// Echelons are the sizes of formation a unit may have, smallest first.
var Echelons = []string{"regiment", "brigade", "division", "corps", "army", "army group"}

// Source is one citation: the work, and where in it.
type Source struct {
	Work    string `json:"work"`
	Endnote int    `json:"endnote,omitempty"`
	Page    string `json:"page,omitempty"`
	Note    string `json:"note,omitempty"`
}

// DateAlt is another date that a passage gives for the same thing.
type DateAlt struct {
	Value   string `json:"value"`
	Date    Date   `json:"-"`
	Passage string `json:"passage"`
}

// Never is the end of something that has no end: the last keyframe of a
// series, a place without dates.
var Never = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)

// Always is the start of something without a start.
var Always = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)

// Feature is one checked item of geodata. Fields a kind does not use are
// empty.
type Feature struct {
	ID    string
	Kind  Kind
	Side  Side
	Title string
	// Titles holds the title in other languages, by language ("ko", "zh").
	Titles map[string]string
	// Start and End are as written; End is zero when absent.
	Start, End Date
	// From and Until bound when the feature is active, [From, Until):
	// see Active.
	From, Until time.Time

	Sources        []Source
	Summary, Quote string
	Summaries      map[string]string
	Actors, Tags   []string
	Approximate    bool
	DateAlt        []DateAlt
	Names          []string       // place: other names and period spellings
	TZ             string         // place: IANA zone
	Zone           *time.Location // the zone its start is read in (a place's own)
	Echelon        string         // unit
	Designation    string         // unit
	Place          string         // event, decision, unit: the place id it happened at
	Sender         string         // message: the place id it was sent from ("from")
	Receiver       string         // message: the place id it went to ("to")
	Via            []string
	Delivered      bool // message: false for a draft never sent
	Series         string
	Interpolate    bool
	Geometry       orb.Geometry // nil for a message drawn between its places
	Bound          orb.Bound
	Prev, Next     *Feature // neighbouring keyframes of the same series
	File           string   // the file it came from, as shown in problems
	Index          int      // its 1-based position in the file
	Origin         string   // the source: "embedded" or a user folder or file
	EditedLocally  bool     // a user file replaced the embedded feature of this id
	hasGeometry    bool
	hasEnd         bool
}

// TitleIn returns the title in lang, or the English title.
func (f *Feature) TitleIn(lang string) string {
	if t := f.Titles[lang]; t != "" {
		return t
	}
	return f.Title
}

// Keyframe reports whether the feature is one keyframe of a series.
func (f *Feature) Keyframe() bool { return f.Series != "" }

// Active reports whether the feature is active at t:
//   - a message from its sending to its receipt;
//   - an event, decision, unit or move during its day or interval;
//   - a keyframe from its start until the next keyframe of its series
//     (or its own end);
//   - a place always, unless it has dates.
func (f *Feature) Active(t time.Time) bool {
	return !t.Before(f.From) && t.Before(f.Until)
}

// Overlaps reports whether the feature is active at some moment of
// [from, until).
func (f *Feature) Overlaps(from, until time.Time) bool {
	return f.From.Before(until) && from.Before(f.Until)
}

// OnDay reports whether the feature is active at some moment of the
// calendar day y-m-d as kept where it happened: in the zone its start is
// read in. Zhou Enlai's warning around midnight of 2 October in Beijing is
// on 2 October, though it was already 3 October in Korea.
func (f *Feature) OnDay(y int, m time.Month, d int) bool {
	loc := f.Zone
	if loc == nil {
		loc = Seoul
	}
	return f.Overlaps(time.Date(y, m, d, 0, 0, 0, 0, loc), time.Date(y, m, d+1, 0, 0, 0, 0, loc))
}

// SortByStart orders features by the start of their active span, then id.
func SortByStart(fs []*Feature) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if !a.From.Equal(b.From) {
			return a.From.Before(b.From)
		}
		return a.ID < b.ID
	})
}
