// Package geodata holds the app's knowledge of time and data: the span the
// data covers, how dates given on the command line and in files are read,
// and how they are written for people. It knows nothing of the screen.
package geodata

import (
	"fmt"
	"time"
	_ "time/tzdata" // 1950 zone rules must not depend on the host's tzdata
)

// Seoul is Korea's time zone from IANA's database, which knows that in
// 1950 Seoul kept summer time (UTC+10 on 25 June, UTC+9 from September).
var Seoul = mustZone("Asia/Seoul")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic("geodata: embedded tzdata lacks " + name)
	}
	return loc
}

// The span of the data: the first and last calendar days, in Seoul, that
// the timeline offers (July 1949, when Liu Shaoqi promised the Viet Minh
// support, to July 1953).
var (
	SpanStart = time.Date(1949, time.July, 1, 0, 0, 0, 0, Seoul)
	SpanEnd   = time.Date(1953, time.July, 31, 23, 59, 0, 0, Seoul)
)

// Opening is the moment the app opens on: noon in Seoul on 25 June 1950,
// the day the war began.
var Opening = Noon(time.Date(1950, time.June, 25, 0, 0, 0, 0, Seoul))

// Noon returns 12:00 in Seoul on t's calendar day in Seoul. A day given
// without a time stands for its noon, which lies inside that day in every
// zone from Moscow to Tokyo.
func Noon(t time.Time) time.Time {
	y, m, d := t.In(Seoul).Date()
	return time.Date(y, m, d, 12, 0, 0, 0, Seoul)
}

// ParseDay reads a calendar day written YYYY-MM-DD and returns its noon in
// Seoul. It refuses days that do not exist (1950-02-30) and days outside
// the data's span.
func ParseDay(s string) (time.Time, error) {
	t, err := time.ParseInLocation("2006-01-02", s, Seoul)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: want a real calendar day as YYYY-MM-DD", s)
	}
	t = Noon(t)
	if err := inSpan(t); err != nil {
		return time.Time{}, fmt.Errorf("date %q: %w", s, err)
	}
	return t, nil
}

// ParseInstant reads a time on a given day: "HH:MM" in Seoul's local
// time, "HH:MM" with a zone ("23:30Z", "23:30+08:00"), or a full
// timestamp ("1950-10-02T23:30+08:00"), which then overrides the day.
func ParseInstant(day time.Time, s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04Z07:00", "2006-01-02T15:04:05Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, spanErr(s, t)
		}
	}
	y, m, d := day.In(Seoul).Date()
	date := fmt.Sprintf("%04d-%02d-%02dT", y, m, d)
	// A local time is read as ParseDate reads one: the earlier of a time
	// that happened twice, and an error for one that never happened.
	if wall, err := time.Parse("2006-01-02T15:04", date+s); err == nil {
		t, ok := wallClock(wall, Seoul)
		if !ok {
			return time.Time{}, fmt.Errorf("time %q: %s did not happen in Seoul on %s: the clocks went forward", s, s, date[:10])
		}
		return t, spanErr(s, t)
	}
	if t, err := time.Parse("2006-01-02T15:04Z07:00", date+s); err == nil {
		return t, spanErr(s, t)
	}
	return time.Time{}, fmt.Errorf("time %q: want HH:MM (Seoul time), HH:MM with a zone such as 23:30+08:00, or YYYY-MM-DDTHH:MM+hh:mm", s)
}

func spanErr(s string, t time.Time) error {
	if err := inSpan(t); err != nil {
		return fmt.Errorf("time %q: %w", s, err)
	}
	return nil
}

func inSpan(t time.Time) error {
	if t.Before(SpanStart) || t.After(SpanEnd) {
		return fmt.Errorf("outside the data's span, %s to %s", SpanStart.Format("2006-01-02"), SpanEnd.Format("2006-01-02"))
	}
	return nil
}

var months = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// FormatDay writes t's calendar day in Seoul for people reading lang:
// "25 June 1950", "1950년 6월 25일", "1950年6月25日".
func FormatDay(t time.Time, lang string) string {
	y, m, d := t.In(Seoul).Date()
	switch lang {
	case "ko":
		return fmt.Sprintf("%d년 %d월 %d일", y, m, d)
	case "zh":
		return fmt.Sprintf("%d年%d月%d日", y, m, d)
	}
	return fmt.Sprintf("%d %s %d", d, months[m-1], y)
}

// MonthName returns the month's name in lang, short where short is true.
func MonthName(m time.Month, lang string, short bool) string {
	switch lang {
	case "ko":
		return fmt.Sprintf("%d월", m)
	case "zh":
		return fmt.Sprintf("%d月", m)
	}
	if short {
		return months[m-1][:3]
	}
	return months[m-1]
}

// Languages lists the languages of labels and dates.
var Languages = []string{"en", "ko", "zh"}

// ValidLanguage reports whether lang is one of Languages.
func ValidLanguage(lang string) bool {
	for _, l := range Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// DayOf returns the calendar day in Seoul that holds t, as the interval
// [midnight, next midnight).
func DayOf(t time.Time) (from, until time.Time) {
	y, m, d := t.In(Seoul).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, Seoul), time.Date(y, m, d+1, 0, 0, 0, 0, Seoul)
}
