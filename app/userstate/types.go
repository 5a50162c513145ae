package userstate

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxMetresPerPixel is the coarsest map scale a View may hold: at 1000 km a
// pixel the whole equator fits in forty pixels.
const MaxMetresPerPixel = 1_000_000

// ErrInvalid is wrapped by every error about a value the store refuses.
var ErrInvalid = errors.New("userstate: invalid value")

// View is a map view: the centre in degrees and the map's scale as metres
// per pixel (so it is independent of window size), plus the named view it
// came from if any ("peninsula", "eastasia").
type View struct {
	Lon, Lat, MetresPerPixel float64
	Name                     string `json:",omitempty"`
}

// Bookmark is a date and a view the user saved under a name.
type Bookmark struct {
	ID, Name string
	Date     time.Time
	View     View
	Created  time.Time
}

// Note is the user's text, optionally about a date and a feature id; a zero
// Date or an empty Feature means the note is not about one.
type Note struct {
	ID, Text         string
	Date             time.Time
	Feature          string
	Created, Updated time.Time
}

// Position is where the user was: the date and the view.
type Position struct {
	Date time.Time
	View View
}

// invalid returns an error wrapping ErrInvalid.
func invalid(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, a...))
}

// Validate reports whether v is a view the store accepts: finite numbers,
// lon in [-180, 180], lat in [-90, 90], metres per pixel in
// (0, MaxMetresPerPixel].
func (v View) Validate() error {
	switch {
	case math.IsNaN(v.Lon) || v.Lon < -180 || v.Lon > 180:
		return invalid("view longitude %v is not in [-180, 180]", v.Lon)
	case math.IsNaN(v.Lat) || v.Lat < -90 || v.Lat > 90:
		return invalid("view latitude %v is not in [-90, 90]", v.Lat)
	case math.IsNaN(v.MetresPerPixel) || v.MetresPerPixel <= 0 || v.MetresPerPixel > MaxMetresPerPixel:
		return invalid("view scale %v metres per pixel is not in (0, %d]", v.MetresPerPixel, MaxMetresPerPixel)
	}
	return checkText("view name", v.Name, false)
}

// Validate reports whether b can be stored: a name, a date and a valid
// view. The ID and Created may be empty; AddBookmark fills them in.
func (b Bookmark) Validate() error {
	if err := checkText("bookmark name", b.Name, true); err != nil {
		return err
	}
	if err := checkTime("bookmark date", b.Date, true); err != nil {
		return err
	}
	if err := checkTime("bookmark creation time", b.Created, false); err != nil {
		return err
	}
	return b.View.Validate()
}

// Validate reports whether n can be stored: some text, and times that
// RFC 3339 can write. The ID, Created and Updated may be empty; AddNote
// fills them in.
func (n Note) Validate() error {
	if err := checkText("note text", n.Text, true); err != nil {
		return err
	}
	if err := checkText("note feature", n.Feature, false); err != nil {
		return err
	}
	for _, t := range []struct {
		what string
		t    time.Time
	}{{"note date", n.Date}, {"note creation time", n.Created}, {"note update time", n.Updated}} {
		if err := checkTime(t.what, t.t, false); err != nil {
			return err
		}
	}
	return nil
}

// Validate reports whether p can be stored: a date and a valid view.
func (p Position) Validate() error {
	if err := checkTime("position date", p.Date, true); err != nil {
		return err
	}
	return p.View.Validate()
}

// checkText refuses invalid UTF-8 (JSON would silently replace it) and,
// when required, a string that is empty or only spaces.
func checkText(what, s string, required bool) error {
	if !utf8.ValidString(s) {
		return invalid("%s %q is not valid UTF-8", what, s)
	}
	if required && strings.TrimSpace(s) == "" {
		return invalid("%s is empty", what)
	}
	return nil
}

// checkTime refuses a zero time when one is required, and years RFC 3339
// cannot write.
func checkTime(what string, t time.Time, required bool) error {
	if t.IsZero() {
		if required {
			return invalid("%s is not set", what)
		}
		return nil
	}
	if y := t.UTC().Year(); y < 1 || y > 9999 {
		return invalid("%s %v is outside the years 1 to 9999", what, t)
	}
	return nil
}
