package geodata

// Dates in files follow ISO 8601 as profiled by the Library of Congress's
// Extended Date/Time Format (EDTF, 2019), levels 0 and 1; see
// https://www.loc.gov/standards/datetime/. ParseDate turns one into the
// span of time it covers; Describe (edtf_describe.go) writes it for people.

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Precision says how finely a date was written.
type Precision int

// The precisions, coarsest first.
const (
	PrecYear Precision = iota
	PrecSeason
	PrecMonth
	PrecDay
	PrecMinute
	PrecSecond
)

var precisionNames = [...]string{"year", "season", "month", "day", "minute", "second"}

var _ fmt.Stringer = PrecYear

// String names the precision: "year", "season", "month", "day", "minute" or "second".
func (p Precision) String() string {
	if p >= 0 && int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", int(p))
}

// Date is a parsed EDTF value: the UTC interval [Start, End) it covers, and
// how it was written. Values are immutable and safe to share between
// goroutines.
//
// An open ("..") or unknown (empty) end of an interval has the zero
// time.Time as its Start or End, with OpenStart or OpenEnd set; Contains
// treats such an end as unbounded. UnknownStart and UnknownEnd tell the
// empty ends (the end exists but is not known) from the ".." ones (there is
// no end).
type Date struct {
	Raw                      string
	Start, End               time.Time // UTC; End is exclusive
	Precision                Precision // of the (first) date; of the other one when the first is open
	EndPrecision             Precision // of the second date of an interval; equal to Precision otherwise
	Interval                 bool      // written as A/B
	Uncertain                bool      // '?' (or '%') on any part
	Approximate              bool      // '~' (or '%') on any part
	Unspecified              bool      // 'X' digits on any part
	OpenStart, OpenEnd       bool      // ".." or empty at that end of an interval
	UnknownStart, UnknownEnd bool      // empty at that end: it exists but is not known
	Local                    bool      // some part had no explicit offset, so it was read in the zone given to ParseDate

	parts [2]datePart // the dates as written, for Describe; [1] only in an interval
}

// datePart is one date of a Date as it was written.
type datePart struct {
	open, unknown          bool // ".." or "" as an end of an interval
	prec                   Precision
	year, month, day       int // month is the season code 21–24 at PrecSeason
	xYear                  int // trailing year digits written X: 0, 1 or 2
	xMonth, xDay           bool
	uncertain, approximate bool
	hour24                 bool // written T24:00, the end of the day
	local                  bool
	start, end             time.Time // UTC
}

// ErrLevel2 is wrapped by ParseDate's errors for forms of EDTF level 2.
var ErrLevel2 = errors.New("EDTF level 2 is not supported")

const shapeHint = "want YYYY, YYYY-MM or YYYY-MM-DD, a date-time YYYY-MM-DDThh:mm[:ss] with an optional offset (Z, +09:00), or two of these joined by /"

// ParseDate reads s, an EDTF level 0 or 1 date (1950-10-07, 1950-10,
// 1950-23 for autumn, 195X, 1950-10-07?, 1950-10-01T02:00+09:00,
// 1950-10-18/1950-10-19, 1950-10-18/..), and returns the time it covers.
// A date without a time is that calendar period in loc; a date-time without
// an offset is read in loc. Errors are one line quoting s.
func ParseDate(s string, loc *time.Location) (Date, error) {
	d, err := parseDate(s, loc)
	if err != nil {
		return Date{}, fmt.Errorf("%q: %w", s, err)
	}
	return d, nil
}

// Contains reports whether t lies in [Start, End); an open or unknown end
// bounds nothing.
func (d Date) Contains(t time.Time) bool {
	return (d.OpenStart || !t.Before(d.Start)) && (d.OpenEnd || t.Before(d.End))
}

func parseDate(s string, loc *time.Location) (Date, error) {
	switch {
	case loc == nil:
		return Date{}, errors.New("no time zone to read it in")
	case s == "":
		return Date{}, errors.New("empty date")
	case strings.TrimSpace(s) != s:
		return Date{}, errors.New("space before or after the date")
	case strings.IndexFunc(s, unicode.IsSpace) >= 0:
		return Date{}, errors.New("a date has no spaces; " + shapeHint)
	case strings.ContainsAny(s, "[]{}"):
		return Date{}, fmt.Errorf("sets of dates: %w", ErrLevel2)
	}
	halves := strings.Split(s, "/")
	if len(halves) > 2 {
		return Date{}, errors.New(shapeHint + " (an interval has a single /)")
	}
	a, err := parsePart(halves[0], loc)
	if err != nil {
		return Date{}, err
	}
	b := a // a single date is both ends
	if len(halves) == 2 {
		if b, err = parsePart(halves[1], loc); err != nil {
			return Date{}, err
		}
		switch {
		case a.open && b.open:
			return Date{}, errors.New("an interval needs a date at one end at least")
		case !a.open && !b.open && b.start.Before(a.start):
			return Date{}, errors.New("the interval ends before it starts")
		}
	} else if a.open {
		return Date{}, errors.New("an open end (..) belongs in an interval, as in 1950-10-18/..")
	}
	d := Date{
		Raw:          s,
		Start:        a.start, // zero at an open end
		End:          b.end,
		Precision:    a.prec,
		EndPrecision: b.prec,
		Interval:     len(halves) == 2,
		Uncertain:    a.uncertain || b.uncertain,
		Approximate:  a.approximate || b.approximate,
		Unspecified:  a.unspecified() || b.unspecified(),
		OpenStart:    a.open,
		OpenEnd:      b.open,
		UnknownStart: a.unknown,
		UnknownEnd:   b.unknown,
		Local:        a.local || b.local,
		parts:        [2]datePart{a, b},
	}
	if a.open {
		d.Precision = b.prec
	}
	if b.open {
		d.EndPrecision = a.prec
	}
	return d, nil
}

func (p datePart) unspecified() bool { return p.xYear > 0 || p.xMonth || p.xDay }

// parsePart reads one side of an interval, or a whole single date.
func parsePart(s string, loc *time.Location) (datePart, error) {
	switch s {
	case "..":
		return datePart{open: true}, nil
	case "":
		return datePart{open: true, unknown: true}, nil
	}
	var p datePart
	// Level 1 puts one qualifier at the end of a date. That it may also end
	// a date-time (1950-10-01T02:00~) is a small extension of ours.
	switch q := s[len(s)-1]; q {
	case '?', '~', '%': // % is both
		p.uncertain, p.approximate = q != '~', q != '?'
		s = s[:len(s)-1]
	}
	if i := strings.IndexAny(s, "?~%"); i >= 0 {
		switch {
		case i == len(s)-1:
			return p, errors.New("one qualifier at most: % means both ? (uncertain) and ~ (approximate)")
		case strings.Contains(s[:i], "T"):
			return p, errors.New("a qualifier goes at the end, after the time and its offset")
		}
		return p, fmt.Errorf("a qualifier inside a date: %w", ErrLevel2)
	}
	if s == "" || s == ".." {
		return p, errors.New("a qualifier needs a date before it")
	}
	switch s[0] {
	case 'Y':
		return p, errors.New("letter-prefixed years (Y…) lie outside years 1–9999, the only ones supported")
	case '-', '+':
		return p, errors.New("signed years lie outside years 1–9999, the only ones supported")
	}
	date, clock, timed := strings.Cut(s, "T")
	if err := p.parseCalendar(date); err != nil {
		return p, err
	}
	p.local = true
	if !timed {
		p.setPeriod(loc)
		return p, nil
	}
	if p.prec != PrecDay || p.unspecified() {
		return p, errors.New("a time needs a whole date before it: YYYY-MM-DDThh:mm")
	}
	return p, p.parseClock(clock, loc)
}

// parseCalendar reads YYYY, YYYY-MM (or a season YYYY-21…24) or YYYY-MM-DD,
// with X for unspecified trailing digits as level 1 allows them.
func (p *datePart) parseCalendar(s string) error {
	if len(s) < 4 {
		return errors.New(shapeHint)
	}
	year, rest := s[:4], s[4:]
	if rest != "" && rest[0] != '-' {
		switch {
		case isDigit(rest[0]):
			return errors.New("a year of more than four digits lies outside years 1–9999, the only ones supported")
		case rest[0] == 'S' || rest[0] == 'E':
			return fmt.Errorf("significant digits or exponents in a year: %w", ErrLevel2)
		}
		return errors.New(shapeHint)
	}
	digits := strings.TrimRight(year, "X")
	p.xYear = 4 - len(digits)
	for i := 0; i < len(digits); i++ {
		switch c := digits[i]; {
		case c == 'X':
			return fmt.Errorf("X other than in the last two digits of a year: %w", ErrLevel2)
		case !isDigit(c):
			return errors.New(shapeHint)
		}
		p.year = p.year*10 + int(digits[i]-'0')
	}
	p.year *= pow10(p.xYear)
	switch {
	case p.xYear > 2:
		return fmt.Errorf("X other than in the last two digits of a year: %w", ErrLevel2)
	case p.xYear > 0 && rest != "":
		return fmt.Errorf("a year with X digits followed by a month: %w", ErrLevel2)
	case p.year == 0:
		return fmt.Errorf("%s reaches year 0, outside years 1–9999, the only ones supported", year)
	case rest == "":
		p.prec = PrecYear
		return nil
	}
	if len(rest) != 3 && (len(rest) != 6 || rest[3] != '-') {
		return errors.New(shapeHint)
	}
	var err error
	if p.month, p.xMonth, err = twoDigits(rest[1:3], "month"); err != nil {
		return err
	}
	p.prec = PrecMonth
	switch m := p.month; {
	case p.xMonth, m >= 1 && m <= 12:
	case m >= 21 && m <= 24:
		p.prec = PrecSeason
		if len(rest) > 3 {
			return fmt.Errorf("season %d has no days", m)
		}
		return nil
	case m >= 25 && m <= 41:
		return fmt.Errorf("season %d: %w", m, ErrLevel2)
	default:
		return fmt.Errorf("month %d does not exist", m)
	}
	if len(rest) == 3 {
		return nil
	}
	if p.day, p.xDay, err = twoDigits(rest[4:6], "day"); err != nil {
		return err
	}
	p.prec = PrecDay
	switch {
	case p.xMonth && !p.xDay:
		return fmt.Errorf("a day in an unspecified month: %w", ErrLevel2)
	case p.xDay:
	case p.day == 0:
		return errors.New("day 0 does not exist")
	case p.day > daysIn(p.year, time.Month(p.month)):
		return fmt.Errorf("%s %d has %d days", time.Month(p.month), p.year, daysIn(p.year, time.Month(p.month)))
	}
	return nil
}

// twoDigits reads a month or day: two digits, or XX when unspecified.
func twoDigits(s, what string) (n int, x bool, err error) {
	switch {
	case s == "XX":
		return 0, true, nil
	case strings.Contains(s, "X"):
		return 0, false, fmt.Errorf("a %s partly X: %w", what, ErrLevel2)
	case num2(s) < 0:
		return 0, false, errors.New(shapeHint)
	}
	return num2(s), false, nil
}

// setPeriod sets start and end to the calendar period the date names in loc.
// Seasons are the Northern Hemisphere's meteorological ones: spring (21) is
// 1 March to 1 June, summer (22) June to August, autumn (23) September to
// November, and winter (24) 1 December to 1 March of the next year.
func (p *datePart) setPeriod(loc *time.Location) {
	from := time.Date(p.year, time.January, 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(1, 0, 0)
	switch {
	case p.xYear > 0:
		to = from.AddDate(pow10(p.xYear), 0, 0)
	case p.prec == PrecSeason:
		from = time.Date(p.year, time.Month(3*(p.month-20)), 1, 0, 0, 0, 0, time.UTC)
		to = from.AddDate(0, 3, 0)
	case p.xMonth:
	case p.prec == PrecMonth || p.xDay:
		from = time.Date(p.year, time.Month(p.month), 1, 0, 0, 0, 0, time.UTC)
		to = from.AddDate(0, 1, 0)
	case p.prec == PrecDay:
		from = time.Date(p.year, time.Month(p.month), p.day, 0, 0, 0, 0, time.UTC)
		to = from.AddDate(0, 0, 1)
	}
	p.start, _ = wallClock(from, loc)
	p.end, _ = wallClock(to, loc)
}

// parseClock reads hh:mm or hh:mm:ss and an optional offset after the T,
// and sets the instant and the minute or second it covers.
func (p *datePart) parseClock(s string, loc *time.Location) error {
	rest := strings.TrimLeft(s, "0123456789:")
	clock := s[:len(s)-len(rest)]
	h, m, sec := -1, -1, 0
	p.prec = PrecMinute
	if len(clock) == 8 && clock[5] == ':' {
		sec, p.prec = num2(clock[6:]), PrecSecond
	}
	if (len(clock) == 5 || p.prec == PrecSecond) && clock[2] == ':' {
		h, m = num2(clock[:2]), num2(clock[3:5])
	}
	switch {
	case h < 0 || m < 0 || sec < 0:
		return errors.New("want the time as hh:mm or hh:mm:ss")
	case rest != "" && (rest[0] == '.' || rest[0] == ','):
		return errors.New("fractions of a second are not supported")
	case h > 24:
		return fmt.Errorf("hour %d does not exist", h)
	case m > 59:
		return fmt.Errorf("minute %d does not exist", m)
	case sec == 60:
		return errors.New("second 60 (a leap second) is not supported")
	case sec > 60:
		return fmt.Errorf("second %d does not exist", sec)
	case h == 24 && (m != 0 || sec != 0):
		return fmt.Errorf("%s does not exist: hour 24 is only 24:00, the end of the day", clock)
	}
	p.hour24 = h == 24
	wall := time.Date(p.year, time.Month(p.month), p.day, h, m, sec, 0, time.UTC) // 24:00 is the next day's 00:00
	if rest == "" {
		t, ok := wallClock(wall, loc)
		if !ok && !p.hour24 { // the end of a day is the next one's first instant
			return fmt.Errorf("%s on %s did not happen in %s: the clocks moved forward past it", clock, wall.Format("2006-01-02"), loc)
		}
		p.start = t
	} else {
		off, err := parseOffset(rest)
		if err != nil {
			return err
		}
		p.start, p.local = wall.Add(-time.Duration(off)*time.Second), false
	}
	p.end = p.start.Add(time.Minute)
	if p.prec == PrecSecond {
		p.end = p.start.Add(time.Second)
	}
	return nil
}

// parseOffset reads Z, ±hh:mm, ±hhmm or ±hh, from -12:00 to +14:00, and
// returns it in seconds east of UTC.
func parseOffset(s string) (int, error) {
	if s == "Z" {
		return 0, nil
	}
	h, m := -1, 0
	switch {
	case len(s) == 3:
		h = num2(s[1:3])
	case len(s) == 5:
		h, m = num2(s[1:3]), num2(s[3:5])
	case len(s) == 6 && s[3] == ':':
		h, m = num2(s[1:3]), num2(s[4:6])
	}
	sign := map[byte]int{'+': 1, '-': -1}[s[0]]
	off := sign * (h*3600 + m*60)
	switch {
	case h < 0 || m < 0 || sign == 0:
		return 0, errors.New("want an offset such as Z, +09:00, +0900 or +09")
	case m > 59 || off > 14*3600 || off < -12*3600:
		return 0, fmt.Errorf("offset out of range: %s (want -12:00 to +14:00)", s)
	case sign < 0 && off == 0:
		return 0, fmt.Errorf("offset %s stands for an unknown offset; write Z or +00:00", s)
	}
	return off, nil
}

// wallClock returns the instant at which loc's clocks read wall (whose
// fields, taken in UTC, are the reading). If they read it twice, because
// they were turned back, it is the earlier instant. If they never read it,
// because they moved forward past it, ok is false and t is the instant they
// moved forward: the first whose reading is later than wall.
func wallClock(wall time.Time, loc *time.Location) (t time.Time, ok bool) {
	// Offsets stay within a day, so the zone periods within a day and a
	// half of wall taken as UTC hold every candidate.
	limit := wall.Add(36 * time.Hour)
	for at := wall.Add(-36 * time.Hour); ; {
		local := at.In(loc)
		_, off := local.Zone()
		from, until := local.ZoneBounds()
		u := wall.Add(-time.Duration(off) * time.Second)
		if !from.IsZero() && u.Before(from) {
			return from.UTC(), false
		}
		if until.IsZero() || u.Before(until) {
			return u, true
		}
		if !until.Before(limit) {
			return u, true // not reached: some period holds every reading
		}
		at = until
	}
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func pow10(n int) int {
	p := 1
	for range n {
		p *= 10
	}
	return p
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// num2 reads two decimal digits, or returns -1.
func num2(s string) int {
	if len(s) != 2 || !isDigit(s[0]) || !isDigit(s[1]) {
		return -1
	}
	return int(s[0]-'0')*10 + int(s[1]-'0')
}
