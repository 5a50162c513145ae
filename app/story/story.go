// Package story holds guided stories: an ordered list of scenes, each a
// date or a range of dates to play, a view of the map, the layers shown,
// the features highlighted, a short text and the speaker's notes. It reads
// and writes the story files described in docs/stories.md and knows the
// stories shipped in assets/stories. It knows nothing of the screen: the
// app's director plays a story on the map and the timeline.
package story

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// Story is a titled, ordered list of scenes.
type Story struct {
	// Name is the file's name without .json, such as "three-weeks".
	Name string
	// Title is the story's title in each language.
	Title Text
	// Draft lists the languages whose texts are draft translations that
	// no native-speaking historian has reviewed; the app labels them so.
	Draft []string
	// Scenes are played in order; there is at least one.
	Scenes []Scene
}

// IsDraft reports whether the story's texts in lang are a draft
// translation. A language the story does not give at all falls back to
// English and is not a draft.
func (s *Story) IsDraft(lang string) bool { return slices.Contains(s.Draft, lang) }

// Text is a text in several languages: "en" (always there), "ko", "zh".
type Text map[string]string

// In returns the text in lang, or the English text when there is none.
func (t Text) In(lang string) string {
	if s, ok := t[lang]; ok && s != "" {
		return s
	}
	return t["en"]
}

// Scene is one step of a story.
type Scene struct {
	// Title and Text are shown with the scene; Notes are the speaker's
	// notes, shown to the lecturer only. Title has English at least; Text
	// and Notes may be empty.
	Title, Text, Notes Text
	// From and To are the moment shown, or the range of dates played:
	// To equals From for a single moment, and is never before it.
	From, To time.Time
	// View is where the map looks.
	View View
	// Layers are the layers shown, as the -layers flag writes them; ""
	// is every layer.
	Layers string
	// Highlight are ids of features; the first is selected.
	Highlight []string
	// Seconds is how long the scene is held or its range played before
	// the attract loop moves on, and how long a presenter's step plays a
	// range. Parse sets DefaultSeconds when the file gives none.
	Seconds float64
}

// IsRange reports whether the scene plays a range of dates.
func (sc *Scene) IsRange() bool { return sc.To.After(sc.From) }

// DefaultSeconds is a scene's Seconds when its file gives none.
const DefaultSeconds = 8

// MaxSeconds is the longest a scene may last.
const MaxSeconds = 600

// View is a named view of the map ("peninsula", "eastasia"), or a centre
// in degrees with a scale in true ground metres per pixel at the centre,
// as the user's saved positions keep it. Name wins when it is set.
type View struct {
	Name                     string
	Lon, Lat, MetresPerPixel float64
}

// Limits of a View's centre and scale. Latitude stops short of the poles,
// where Web Mercator does not reach; a scale of 10 to 100,000 metres a
// pixel spans a town to a hemisphere.
const (
	MaxLat            = 85
	MinMetresPerPixel = 10
	MaxMetresPerPixel = 100_000
)

// check reports what is wrong with v's numbers, or nil; a named view is
// checked against the map's names by Parse.
func (v View) check() error {
	switch {
	case math.IsNaN(v.Lon) || v.Lon < -180 || v.Lon > 180:
		return fmt.Errorf("lon %v is not in [-180, 180]", v.Lon)
	case math.IsNaN(v.Lat) || v.Lat < -MaxLat || v.Lat > MaxLat:
		return fmt.Errorf("lat %v is not in [-%d, %d]", v.Lat, MaxLat, MaxLat)
	case math.IsNaN(v.MetresPerPixel) || v.MetresPerPixel < MinMetresPerPixel || v.MetresPerPixel > MaxMetresPerPixel:
		return fmt.Errorf("metres_per_pixel %v is not in [%d, %d]", v.MetresPerPixel, MinMetresPerPixel, MaxMetresPerPixel)
	}
	return nil
}

// Vocabulary is what Parse checks the names of views and layers against.
// Only the map knows them, and package story cannot import package maps,
// which draws with Fyne: the app sets Names to the map's own (see
// app/stories.go). While Views and Layers are nil any view name and any
// layer list is accepted.
type Vocabulary struct {
	// Views reports whether name is a named view of the map.
	Views func(name string) bool
	// Layers reports what is wrong with a layer list, or nil.
	Layers func(list string) error
}

// Names is the vocabulary Parse uses.
var Names Vocabulary
