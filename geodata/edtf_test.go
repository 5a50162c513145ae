package geodata

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The zones of the tests. Their 1950 rules, as Go's embedded tzdata has
// them (checked by listing each zone's transitions with Time.ZoneBounds):
//   - Asia/Seoul: UTC+9, with summer time (KDT, UTC+10) from 1 April 1950
//     00:00 KST, when clocks went to 01:00 (1950-03-31T15:00Z), until
//     10 September 1950 00:00 KDT, when they went back to 23:00 on the 9th
//     (1950-09-09T14:00Z). From 21 March 1954 to 10 August 1961 Seoul kept
//     UTC+8:30.
//   - Asia/Tokyo: UTC+9, with summer time (JDT, UTC+10) from 7 May 1950
//     00:00 JST, when clocks went to 01:00 (1950-05-06T15:00Z), until
//     10 September 1950 01:00 JDT, when they went back to 00:00
//     (1950-09-09T15:00Z).
//   - America/New_York: EDT (UTC−4) from 30 April 1950 02:00 EST
//     (1950-04-30T07:00Z) until 24 September 1950 02:00 EDT, when clocks
//     went back to 01:00 EST, UTC−5 (1950-09-24T06:00Z).
//   - Europe/Moscow: UTC+3 all year, with no summer time from 1945 to
//     April 1981.
//   - Asia/Shanghai: UTC+8 all year; summer time ended on 27 May 1949 and
//     came back only in May 1986.
//   - Asia/Kolkata: UTC+5:30 all year, since 15 October 1945.
var (
	tokyo    = mustZone("Asia/Tokyo")
	newYork  = mustZone("America/New_York")
	moscow   = mustZone("Europe/Moscow")
	shanghai = mustZone("Asia/Shanghai")
	kolkata  = mustZone("Asia/Kolkata")
)

// flags writes a Date's flags as letters, in this order: I interval,
// U uncertain, A approximate, X unspecified, < open start, > open end,
// ( unknown start, ) unknown end, L local.
func flags(d Date) string {
	var b strings.Builder
	for i, on := range []bool{d.Interval, d.Uncertain, d.Approximate, d.Unspecified,
		d.OpenStart, d.OpenEnd, d.UnknownStart, d.UnknownEnd, d.Local} {
		if on {
			b.WriteByte("IUAX<>()L"[i])
		}
	}
	return b.String()
}

var validDates = []struct {
	in         string
	loc        *time.Location
	start, end string // UTC, RFC 3339; "" at an open or unknown end
	prec, endp Precision
	flags      string // see flags
}{
	// Level 0 in Seoul: UTC+9 in winter and autumn, UTC+10 from 1 April to 9 September.
	{"1950", Seoul, "1949-12-31T15:00:00Z", "1950-12-31T15:00:00Z", PrecYear, PrecYear, "L"},
	{"1950-10", Seoul, "1950-09-30T15:00:00Z", "1950-10-31T15:00:00Z", PrecMonth, PrecMonth, "L"},
	{"1950-06", Seoul, "1950-05-31T14:00:00Z", "1950-06-30T14:00:00Z", PrecMonth, PrecMonth, "L"},
	{"1950-10-07", Seoul, "1950-10-06T15:00:00Z", "1950-10-07T15:00:00Z", PrecDay, PrecDay, "L"},
	{"1950-06-25", Seoul, "1950-06-24T14:00:00Z", "1950-06-25T14:00:00Z", PrecDay, PrecDay, "L"},
	{"1950-04-01", Seoul, "1950-03-31T15:00:00Z", "1950-04-01T14:00:00Z", PrecDay, PrecDay, "L"}, // 23 hours: 00:00 became 01:00
	{"1950-09-09", Seoul, "1950-09-08T14:00:00Z", "1950-09-09T15:00:00Z", PrecDay, PrecDay, "L"}, // 25 hours: 23:00–24:00 twice
	{"1950-09-10", Seoul, "1950-09-09T15:00:00Z", "1950-09-10T15:00:00Z", PrecDay, PrecDay, "L"},
	{"1950-06-25T04:00", Seoul, "1950-06-24T18:00:00Z", "1950-06-24T18:01:00Z", PrecMinute, PrecMinute, "L"},
	{"1950-10-01T02:00:30", Seoul, "1950-09-30T17:00:30Z", "1950-09-30T17:00:31Z", PrecSecond, PrecSecond, "L"},
	{"1950-10-01T02:00Z", Seoul, "1950-10-01T02:00:00Z", "1950-10-01T02:01:00Z", PrecMinute, PrecMinute, ""},
	{"1950-10-01T02:00+03:00", Seoul, "1950-09-30T23:00:00Z", "1950-09-30T23:01:00Z", PrecMinute, PrecMinute, ""},
	{"1950-10-01T02:00+0300", Seoul, "1950-09-30T23:00:00Z", "1950-09-30T23:01:00Z", PrecMinute, PrecMinute, ""},
	{"1950-10-01T02:00+03", Seoul, "1950-09-30T23:00:00Z", "1950-09-30T23:01:00Z", PrecMinute, PrecMinute, ""},
	{"1950-10-01T02:00:30-05:00", Seoul, "1950-10-01T07:00:30Z", "1950-10-01T07:00:31Z", PrecSecond, PrecSecond, ""},
	{"1950-10-01T02:00+05:30", Seoul, "1950-09-30T20:30:00Z", "1950-09-30T20:31:00Z", PrecMinute, PrecMinute, ""},
	{"1950-10-01T02:00+14:00", Seoul, "1950-09-30T12:00:00Z", "1950-09-30T12:01:00Z", PrecMinute, PrecMinute, ""},
	{"1950-10-01T02:00-12:00", Seoul, "1950-10-01T14:00:00Z", "1950-10-01T14:01:00Z", PrecMinute, PrecMinute, ""},
	{"1950-10-02T24:00", Seoul, "1950-10-02T15:00:00Z", "1950-10-02T15:01:00Z", PrecMinute, PrecMinute, "L"},
	{"1950-10-02T24:00:00+08:00", Seoul, "1950-10-02T16:00:00Z", "1950-10-02T16:00:01Z", PrecSecond, PrecSecond, ""},
	{"1950-03-31T24:00", Seoul, "1950-03-31T15:00:00Z", "1950-03-31T15:01:00Z", PrecMinute, PrecMinute, "L"}, // the moment clocks jumped
	{"1950-09-09T23:30", Seoul, "1950-09-09T13:30:00Z", "1950-09-09T13:31:00Z", PrecMinute, PrecMinute, "L"}, // the first of two, in KDT
	{"1950-09-09T23:30+09:00", Seoul, "1950-09-09T14:30:00Z", "1950-09-09T14:31:00Z", PrecMinute, PrecMinute, ""},
	{"1950-10-18/1950-10-19", Seoul, "1950-10-17T15:00:00Z", "1950-10-19T15:00:00Z", PrecDay, PrecDay, "IL"},
	{"1950-10-18/1950-10-18", Seoul, "1950-10-17T15:00:00Z", "1950-10-18T15:00:00Z", PrecDay, PrecDay, "IL"},
	{"1950/1950-10", Seoul, "1949-12-31T15:00:00Z", "1950-10-31T15:00:00Z", PrecYear, PrecMonth, "IL"},
	{"1950-10-01T22:00/1950-10-02T24:00", Seoul, "1950-10-01T13:00:00Z", "1950-10-02T15:01:00Z", PrecMinute, PrecMinute, "IL"},
	{"1950-10-01T22:00Z/1950-10-02T01:00:30Z", Seoul, "1950-10-01T22:00:00Z", "1950-10-02T01:00:31Z", PrecMinute, PrecSecond, "I"},

	// Level 1: qualifiers.
	{"1950-10-09~", Seoul, "1950-10-08T15:00:00Z", "1950-10-09T15:00:00Z", PrecDay, PrecDay, "AL"},
	{"1950-10-09?", Seoul, "1950-10-08T15:00:00Z", "1950-10-09T15:00:00Z", PrecDay, PrecDay, "UL"},
	{"1950-10-09%", Seoul, "1950-10-08T15:00:00Z", "1950-10-09T15:00:00Z", PrecDay, PrecDay, "UAL"},
	{"1950?", Seoul, "1949-12-31T15:00:00Z", "1950-12-31T15:00:00Z", PrecYear, PrecYear, "UL"},
	{"1950-10~", Seoul, "1950-09-30T15:00:00Z", "1950-10-31T15:00:00Z", PrecMonth, PrecMonth, "AL"},
	{"1950-10-01T02:00~", Seoul, "1950-09-30T17:00:00Z", "1950-09-30T17:01:00Z", PrecMinute, PrecMinute, "AL"},
	{"1950-10-01T02:00+09:00?", Seoul, "1950-09-30T17:00:00Z", "1950-09-30T17:01:00Z", PrecMinute, PrecMinute, "U"},
	{"1950-10-18?/1950-10-19~", Seoul, "1950-10-17T15:00:00Z", "1950-10-19T15:00:00Z", PrecDay, PrecDay, "IUAL"},
	// Seasons, Northern Hemisphere meteorological, in Seoul: spring starts
	// in KST and ends in KDT.
	{"1950-21", Seoul, "1950-02-28T15:00:00Z", "1950-05-31T14:00:00Z", PrecSeason, PrecSeason, "L"},
	{"1950-22", Seoul, "1950-05-31T14:00:00Z", "1950-08-31T14:00:00Z", PrecSeason, PrecSeason, "L"},
	{"1950-23", Seoul, "1950-08-31T14:00:00Z", "1950-11-30T15:00:00Z", PrecSeason, PrecSeason, "L"},
	{"1950-24", Seoul, "1950-11-30T15:00:00Z", "1951-02-28T15:00:00Z", PrecSeason, PrecSeason, "L"},
	{"1951-24", time.UTC, "1951-12-01T00:00:00Z", "1952-03-01T00:00:00Z", PrecSeason, PrecSeason, "L"},
	// Unspecified digits. The 1950s end in Seoul at UTC+8:30.
	{"195X", Seoul, "1949-12-31T15:00:00Z", "1959-12-31T15:30:00Z", PrecYear, PrecYear, "XL"},
	{"19XX", time.UTC, "1900-01-01T00:00:00Z", "2000-01-01T00:00:00Z", PrecYear, PrecYear, "XL"},
	{"1950-XX", Seoul, "1949-12-31T15:00:00Z", "1950-12-31T15:00:00Z", PrecMonth, PrecMonth, "XL"},
	{"1950-10-XX", Seoul, "1950-09-30T15:00:00Z", "1950-10-31T15:00:00Z", PrecDay, PrecDay, "XL"},
	{"1950-XX-XX", Seoul, "1949-12-31T15:00:00Z", "1950-12-31T15:00:00Z", PrecDay, PrecDay, "XL"},
	// Open and unknown ends.
	{"1950-10-18/..", Seoul, "1950-10-17T15:00:00Z", "", PrecDay, PrecDay, "I>L"},
	{"../1950-10-19", Seoul, "", "1950-10-19T15:00:00Z", PrecDay, PrecDay, "I<L"},
	{"1950-10-18/", Seoul, "1950-10-17T15:00:00Z", "", PrecDay, PrecDay, "I>)L"},
	{"/1950-10-19", Seoul, "", "1950-10-19T15:00:00Z", PrecDay, PrecDay, "I<(L"},
	{"1950-10-18T02:00Z/..", Seoul, "1950-10-18T02:00:00Z", "", PrecMinute, PrecMinute, "I>"},
	{"../1950", Seoul, "", "1950-12-31T15:00:00Z", PrecYear, PrecYear, "I<L"},

	// Tokyo: JDT (UTC+10) from 7 May to 10 September 1950.
	{"1950-05-07", tokyo, "1950-05-06T15:00:00Z", "1950-05-07T14:00:00Z", PrecDay, PrecDay, "L"}, // 23 hours
	{"1950-06-25", tokyo, "1950-06-24T14:00:00Z", "1950-06-25T14:00:00Z", PrecDay, PrecDay, "L"},
	{"1950-09-10", tokyo, "1950-09-09T14:00:00Z", "1950-09-10T15:00:00Z", PrecDay, PrecDay, "L"}, // 25 hours
	{"1950-10-07", tokyo, "1950-10-06T15:00:00Z", "1950-10-07T15:00:00Z", PrecDay, PrecDay, "L"},
	// Washington: EDT (UTC−4) until 24 September 1950, then EST (UTC−5).
	{"1950-06-25", newYork, "1950-06-25T04:00:00Z", "1950-06-26T04:00:00Z", PrecDay, PrecDay, "L"},
	{"1950-06-24T22:00", newYork, "1950-06-25T02:00:00Z", "1950-06-25T02:01:00Z", PrecMinute, PrecMinute, "L"},
	{"1950-04-30", newYork, "1950-04-30T05:00:00Z", "1950-05-01T04:00:00Z", PrecDay, PrecDay, "L"}, // 23 hours
	{"1950-09-24", newYork, "1950-09-24T04:00:00Z", "1950-09-25T05:00:00Z", PrecDay, PrecDay, "L"}, // 25 hours
	{"1950-09-24T01:30", newYork, "1950-09-24T05:30:00Z", "1950-09-24T05:31:00Z", PrecMinute, PrecMinute, "L"},
	{"1950-09-24T01:30-05:00", newYork, "1950-09-24T06:30:00Z", "1950-09-24T06:31:00Z", PrecMinute, PrecMinute, ""},
	{"1950-10-07", newYork, "1950-10-07T05:00:00Z", "1950-10-08T05:00:00Z", PrecDay, PrecDay, "L"},
	// Moscow UTC+3, Beijing UTC+8, New Delhi UTC+5:30, all year.
	{"1950-06-25", moscow, "1950-06-24T21:00:00Z", "1950-06-25T21:00:00Z", PrecDay, PrecDay, "L"},
	{"1950-10-07", moscow, "1950-10-06T21:00:00Z", "1950-10-07T21:00:00Z", PrecDay, PrecDay, "L"},
	{"1950-06-25", shanghai, "1950-06-24T16:00:00Z", "1950-06-25T16:00:00Z", PrecDay, PrecDay, "L"},
	{"1950-10-02", shanghai, "1950-10-01T16:00:00Z", "1950-10-02T16:00:00Z", PrecDay, PrecDay, "L"},
	{"1950-10-02T24:00", shanghai, "1950-10-02T16:00:00Z", "1950-10-02T16:01:00Z", PrecMinute, PrecMinute, "L"},
	{"1950-10-07", kolkata, "1950-10-06T18:30:00Z", "1950-10-07T18:30:00Z", PrecDay, PrecDay, "L"},
	{"1950-10-07T12:00", kolkata, "1950-10-07T06:30:00Z", "1950-10-07T06:31:00Z", PrecMinute, PrecMinute, "L"},
	{"9999-12-31", time.UTC, "9999-12-31T00:00:00Z", "10000-01-01T00:00:00Z", PrecDay, PrecDay, "L"},
	{"0001", time.UTC, "0001-01-01T00:00:00Z", "0002-01-01T00:00:00Z", PrecYear, PrecYear, "L"},
}

func rfc3339(t time.Time, open bool) string {
	if open {
		if !t.IsZero() {
			return "open end not the zero time: " + t.String()
		}
		return ""
	}
	if t.Location() != time.UTC {
		return "not in UTC: " + t.String()
	}
	return t.Format(time.RFC3339)
}

func TestParseDate(t *testing.T) {
	for _, tc := range validDates {
		t.Run(tc.loc.String()+"/"+tc.in, func(t *testing.T) {
			d, err := ParseDate(tc.in, tc.loc)
			if err != nil {
				t.Fatal(err)
			}
			if got := rfc3339(d.Start, d.OpenStart); got != tc.start {
				t.Errorf("Start %s, want %s", got, tc.start)
			}
			if got := rfc3339(d.End, d.OpenEnd); got != tc.end {
				t.Errorf("End %s, want %s", got, tc.end)
			}
			if d.Precision != tc.prec || d.EndPrecision != tc.endp {
				t.Errorf("precision %v/%v, want %v/%v", d.Precision, d.EndPrecision, tc.prec, tc.endp)
			}
			if got := flags(d); got != tc.flags {
				t.Errorf("flags %q, want %q", got, tc.flags)
			}
			if d.Raw != tc.in {
				t.Errorf("Raw %q", d.Raw)
			}
		})
	}
}

func TestContains(t *testing.T) {
	at := func(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t }
	tests := []struct {
		in   string
		t    string
		want bool
	}{
		{"1950-10-02", "1950-10-01T15:00:00Z", true}, // 00:00 KST
		{"1950-10-02", "1950-10-01T14:59:59Z", false},
		{"1950-10-02", "1950-10-02T14:59:59Z", true},
		{"1950-10-02", "1950-10-02T15:00:00Z", false}, // End is exclusive
		{"1950-10-18/..", "1950-10-17T15:00:00Z", true},
		{"1950-10-18/..", "9999-01-01T00:00:00Z", true},
		{"1950-10-18/..", "1950-10-17T14:59:59Z", false},
		{"/1950-10-19", "0001-01-01T00:00:00Z", true},
		{"/1950-10-19", "1950-10-19T15:00:00Z", false},
		{"1950-10-02T24:00", "1950-10-02T15:00:59Z", true},
		{"1950-10-02T24:00", "1950-10-02T15:01:00Z", false},
	}
	for _, tc := range tests {
		d, err := ParseDate(tc.in, Seoul)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Contains(at(tc.t)); got != tc.want {
			t.Errorf("%s.Contains(%s) = %v, want %v", tc.in, tc.t, got, tc.want)
		}
	}
	if (Date{}).Contains(time.Now()) {
		t.Error("the zero Date contains now")
	}
}

var invalidDates = []struct {
	in, err string
}{
	{"", "empty date"},
	{" 1950", "space before or after"},
	{"1950-10-07\n", "space before or after"},
	{"1950 -10", "no spaces"},
	{"1950/10/07", "want YYYY, YYYY-MM or YYYY-MM-DD"},
	{"07/10/1950", "want YYYY, YYYY-MM or YYYY-MM-DD"},
	{"1950-1-7", "want YYYY, YYYY-MM or YYYY-MM-DD"},
	{"1950-10-07x", "want YYYY, YYYY-MM or YYYY-MM-DD"},
	{"1950-10-07t02:00", "want YYYY, YYYY-MM or YYYY-MM-DD"},
	{"195x", "want YYYY, YYYY-MM or YYYY-MM-DD"},
	{"1950-02-30", "February 1950 has 28 days"},
	{"1950-02-29", "February 1950 has 28 days"},
	{"1900-02-29", "February 1900 has 28 days"},
	{"1950-09-31", "September 1950 has 30 days"},
	{"1950-13-01", "month 13 does not exist"},
	{"1950-00", "month 0 does not exist"},
	{"1950-10-00", "day 0 does not exist"},
	{"1950-10-01T25:00", "hour 25 does not exist"},
	{"1950-10-01T02:60", "minute 60 does not exist"},
	{"1950-10-01T02:00:60", "leap second"},
	{"1950-10-01T24:30", "hour 24 is only 24:00"},
	{"1950-10-01T24:00:01", "hour 24 is only 24:00"},
	{"1950-10-01T02", "want the time as hh:mm or hh:mm:ss"},
	{"1950-10-01T0200", "want the time as hh:mm or hh:mm:ss"},
	{"1950-10-01T", "want the time as hh:mm or hh:mm:ss"},
	{"1950-10-01T02:00:30.5", "fractions of a second"},
	{"1950-10T02:00", "a time needs a whole date"},
	{"1950-10-XXT02:00", "a time needs a whole date"},
	{"1950-10-01T02:00+15:00", "offset out of range"},
	{"1950-10-01T02:00-13:00", "offset out of range"},
	{"1950-10-01T02:00+09:60", "offset out of range"},
	{"1950-10-01T02:00+9", "want an offset such as Z"},
	{"1950-10-01T02:00z", "want an offset such as Z"},
	{"1950-10-01T02:00-00:00", "write Z or +00:00"},
	{"1950-04-01T00:30", "did not happen in Asia/Seoul"}, // clocks went from 00:00 to 01:00
	{"1950-10-19/1950-10-18", "the interval ends before it starts"},
	{"1950-10-01T12:00/1950-10-01", "the interval ends before it starts"},
	{"1950/10/07/08", "an interval has a single /"},
	{"..", "belongs in an interval"},
	{"/", "a date at one end at least"},
	{"../..", "a date at one end at least"},
	{"?", "a qualifier needs a date"},
	{"1950?~", "one qualifier at most"},
	{"1950-10-01T02:00?+09:00", "a qualifier goes at the end"},
	{"Y170000002", "outside years 1–9999"},
	{"Y-170000002", "outside years 1–9999"},
	{"-1950", "outside years 1–9999"},
	{"+1950", "outside years 1–9999"},
	{"19500", "outside years 1–9999"},
	{"0000", "outside years 1–9999"},
	{"000X", "outside years 1–9999"},
	{"1950-21-01", "season 21 has no days"},
	{"1950-42", "month 42 does not exist"},
	// Level 2.
	{"1950-25", "EDTF level 2 is not supported"},
	{"1950-41", "EDTF level 2 is not supported"},
	{"2004-06-~11", "EDTF level 2 is not supported"},
	{"2004?-06-11", "EDTF level 2 is not supported"},
	{"?1950", "EDTF level 2 is not supported"},
	{"[1950,1951]", "EDTF level 2 is not supported"},
	{"{1950..1953}", "EDTF level 2 is not supported"},
	{"1950S2", "EDTF level 2 is not supported"},
	{"1XXX", "EDTF level 2 is not supported"},
	{"X950", "EDTF level 2 is not supported"},
	{"195X-10", "EDTF level 2 is not supported"},
	{"1950-1X", "EDTF level 2 is not supported"},
	{"1950-10-1X", "EDTF level 2 is not supported"},
	{"1950-XX-05", "EDTF level 2 is not supported"},
}

func TestParseDateErrors(t *testing.T) {
	for _, tc := range invalidDates {
		d, err := ParseDate(tc.in, Seoul)
		switch {
		case err == nil:
			t.Errorf("%q: no error, want %q; got %+v", tc.in, tc.err, d)
		case !strings.HasPrefix(err.Error(), strconv.Quote(tc.in)+": ") || !strings.Contains(err.Error(), tc.err):
			t.Errorf("error %q, want one quoting %q and saying %q", err, tc.in, tc.err)
		case strings.Contains(tc.err, "level 2") != errors.Is(err, ErrLevel2):
			t.Errorf("error %q: errors.Is(err, ErrLevel2) = %v", err, errors.Is(err, ErrLevel2))
		case d != Date{}:
			t.Errorf("%q: a Date with the error: %+v", tc.in, d)
		}
	}
	if _, err := ParseDate("1950-04-30T02:30", newYork); err == nil || !strings.Contains(err.Error(), "did not happen in America/New_York") {
		t.Errorf("2:30 on 30 April 1950 in New York: error %v, want one saying it did not happen", err)
	}
	if _, err := ParseDate("1950", nil); err == nil {
		t.Error("no error for a nil location")
	}
}

func TestPrecisionString(t *testing.T) {
	want := []string{"year", "season", "month", "day", "minute", "second", "Precision(6)"}
	for p := PrecYear; p <= PrecSecond+1; p++ {
		if got := p.String(); got != want[p] {
			t.Errorf("Precision(%d).String() = %q, want %q", int(p), got, want[p])
		}
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		in         string
		read, show *time.Location // given to ParseDate and to Describe
		en, ko, zh string
	}{
		// Each precision.
		{"1950", Seoul, Seoul, "1950", "1950년", "1950年"},
		{"1950-23", Seoul, Seoul, "autumn 1950", "1950년 가을", "1950年秋季"},
		{"1950-24", Seoul, Seoul, "winter 1950–51", "1950–51년 겨울", "1950–51年冬季"},
		{"1999-24", Seoul, Seoul, "winter 1999–2000", "1999–2000년 겨울", "1999–2000年冬季"},
		{"1950-10", Seoul, Seoul, "October 1950", "1950년 10월", "1950年10月"},
		{"1950-10-07", Seoul, Seoul, "7 October 1950", "1950년 10월 7일", "1950年10月7日"},
		{"1950-10-01T02:00", Seoul, Seoul, "1 October 1950, 02:00 (UTC+9)", "1950년 10월 1일 02:00 (UTC+9)", "1950年10月1日 02:00（UTC+9）"},
		{"1950-10-01T02:00:30", Seoul, Seoul, "1 October 1950, 02:00:30 (UTC+9)", "1950년 10월 1일 02:00:30 (UTC+9)", "1950年10月1日 02:00:30（UTC+9）"},
		// Days are calendar days wherever they are shown; date-times move to the zone shown.
		{"1950-10-07", Seoul, newYork, "7 October 1950", "1950년 10월 7일", "1950年10月7日"},
		{"1950-06-25T04:00", Seoul, newYork, "24 June 1950, 14:00 (UTC−4)", "1950년 6월 24일 14:00 (UTC−4)", "1950年6月24日 14:00（UTC−4）"},
		{"1950-10-01T02:00+09:00", Seoul, kolkata, "30 September 1950, 22:30 (UTC+5:30)", "1950년 9월 30일 22:30 (UTC+5:30)", "1950年9月30日 22:30（UTC+5:30）"},
		{"1950-10-01T02:00Z", Seoul, nil, "1 October 1950, 02:00 (UTC)", "1950년 10월 1일 02:00 (UTC)", "1950年10月1日 02:00（UTC）"},
		// 24:00 stays 24:00 where it is a midnight, with the offset the day ended with.
		{"1950-10-02T24:00", shanghai, shanghai, "2 October 1950, 24:00 (UTC+8)", "1950년 10월 2일 24:00 (UTC+8)", "1950年10月2日 24:00（UTC+8）"},
		{"1950-10-02T24:00:00", shanghai, shanghai, "2 October 1950, 24:00:00 (UTC+8)", "1950년 10월 2일 24:00:00 (UTC+8)", "1950年10月2日 24:00:00（UTC+8）"},
		{"1950-10-02T24:00", shanghai, Seoul, "3 October 1950, 01:00 (UTC+9)", "1950년 10월 3일 01:00 (UTC+9)", "1950年10月3日 01:00（UTC+9）"},
		{"1950-03-31T24:00", Seoul, Seoul, "31 March 1950, 24:00 (UTC+9)", "1950년 3월 31일 24:00 (UTC+9)", "1950年3月31日 24:00（UTC+9）"},
		// Qualifiers.
		{"1950-10-09~", Seoul, Seoul, "about 9 October 1950", "1950년 10월 9일경", "约1950年10月9日"},
		{"1950-10-09?", Seoul, Seoul, "9 October 1950 (uncertain)", "1950년 10월 9일 (불확실)", "1950年10月9日（不确定）"},
		{"1950-10-09%", Seoul, Seoul, "about 9 October 1950 (uncertain)", "1950년 10월 9일경 (불확실)", "约1950年10月9日（不确定）"},
		{"1950-10-01T02:00~", Seoul, Seoul, "about 1 October 1950, 02:00 (UTC+9)", "1950년 10월 1일 02:00경 (UTC+9)", "约1950年10月1日 02:00（UTC+9）"},
		// Unspecified digits.
		{"195X", Seoul, Seoul, "1950s", "1950년대", "1950年代"},
		{"19XX", Seoul, Seoul, "1900–1999", "1900–1999년", "1900–1999年"},
		{"1950-XX", Seoul, Seoul, "1950 (month unspecified)", "1950년 (월 미상)", "1950年（月份不详）"},
		{"1950-10-XX", Seoul, Seoul, "October 1950 (day unspecified)", "1950년 10월 (일 미상)", "1950年10月（日期不详）"},
		{"1950-XX-XX?", Seoul, Seoul, "1950 (month and day unspecified, uncertain)", "1950년 (월·일 미상, 불확실)", "1950年（月日不详，不确定）"},
		// Intervals.
		{"1950-10-18/1950-10-19", Seoul, Seoul, "18–19 October 1950", "1950년 10월 18일~19일", "1950年10月18日至19日"},
		{"1950-10-18/1950-11-02", Seoul, Seoul, "18 October – 2 November 1950", "1950년 10월 18일~11월 2일", "1950年10月18日至11月2日"},
		{"1950-12-30/1951-01-02", Seoul, Seoul, "30 December 1950 – 2 January 1951", "1950년 12월 30일 ~ 1951년 1월 2일", "1950年12月30日至1951年1月2日"},
		{"1950-10/1950-11", Seoul, Seoul, "October–November 1950", "1950년 10월~11월", "1950年10月至11月"},
		{"1950/1953", Seoul, Seoul, "1950–1953", "1950~1953년", "1950年至1953年"},
		{"1950-10-18?/1950-10-19?", Seoul, Seoul, "18–19 October 1950 (uncertain)", "1950년 10월 18일~19일 (불확실)", "1950年10月18日至19日（不确定）"},
		{"1950-10-18~/1950-10-19", Seoul, Seoul, "about 18 October 1950 – 19 October 1950", "1950년 10월 18일경 ~ 1950년 10월 19일", "约1950年10月18日至1950年10月19日"},
		{"1950-10-02T22:00/1950-10-02T24:00", Seoul, Seoul, "2 October 1950, 22:00–24:00 (UTC+9)", "1950년 10월 2일 22:00~24:00 (UTC+9)", "1950年10月2日 22:00至24:00（UTC+9）"},
		{"1950-09-09T22:00/1950-09-10T01:00", Seoul, Seoul, "9 September 1950, 22:00 (UTC+10) – 10 September 1950, 01:00 (UTC+9)",
			"1950년 9월 9일 22:00 (UTC+10) ~ 1950년 9월 10일 01:00 (UTC+9)", "1950年9月9日 22:00（UTC+10）至1950年9月10日 01:00（UTC+9）"},
		{"1950-10-18/..", Seoul, Seoul, "from 18 October 1950 onwards", "1950년 10월 18일부터", "1950年10月18日起"},
		{"1950-10-18/", Seoul, Seoul, "from 18 October 1950 (end unknown)", "1950년 10월 18일부터 (끝 미상)", "1950年10月18日起（结束时间不详）"},
		{"../1950-10-19", Seoul, Seoul, "until 19 October 1950", "1950년 10월 19일까지", "至1950年10月19日"},
		{"/1950-10-19", Seoul, Seoul, "until 19 October 1950 (start unknown)", "1950년 10월 19일까지 (시작 미상)", "至1950年10月19日（开始时间不详）"},
	}
	for _, tc := range tests {
		d, err := ParseDate(tc.in, tc.read)
		if err != nil {
			t.Fatal(err)
		}
		for lang, want := range map[string]string{"en": tc.en, "ko": tc.ko, "zh": tc.zh} {
			if got := d.Describe(lang, tc.show); got != want {
				t.Errorf("%s in %s, %s: %q, want %q", tc.in, tc.show, lang, got, want)
			}
		}
	}
	d, _ := ParseDate("1950-10-07", Seoul)
	if got := d.Describe("fr", Seoul); got != "7 October 1950" {
		t.Errorf("an unknown language: %q, want English", got)
	}
}

// FuzzParseDate checks that no input panics and that every accepted one
// keeps the invariants of a Date.
func FuzzParseDate(f *testing.F) {
	for _, tc := range validDates {
		f.Add(tc.in)
	}
	for _, tc := range invalidDates {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s, Seoul)
		if err != nil {
			if msg := err.Error(); !strings.HasPrefix(msg, strconv.Quote(s)+": ") || strings.Contains(msg, "\n") {
				t.Fatalf("error %q is not one line quoting the input", msg)
			}
			return
		}
		switch {
		case d.Raw != s:
			t.Fatalf("Raw %q", d.Raw)
		case d.OpenStart && !d.Start.IsZero(), d.OpenEnd && !d.End.IsZero():
			t.Fatalf("%q: an open end not at the zero time: %v, %v", s, d.Start, d.End)
		case !d.OpenStart && !d.OpenEnd && !d.Start.Before(d.End):
			t.Fatalf("%q: Start %v not before End %v", s, d.Start, d.End)
		case d.Start.Location() != time.UTC || d.End.Location() != time.UTC:
			t.Fatalf("%q: not in UTC: %v, %v", s, d.Start, d.End)
		case !d.OpenStart && !d.Contains(d.Start), !d.OpenEnd && d.Contains(d.End):
			t.Fatalf("%q: Contains does not hold [Start, End)", s)
		case d.UnknownStart && !d.OpenStart, d.UnknownEnd && !d.OpenEnd:
			t.Fatalf("%q: an unknown end not open", s)
		}
		if again, err := ParseDate(d.Raw, Seoul); err != nil || again != d {
			t.Fatalf("%q parsed again: %+v, %v; first %+v", s, again, err, d)
		}
		for _, lang := range Languages {
			if d.Describe(lang, newYork) == "" {
				t.Fatalf("%q: empty in %s", s, lang)
			}
		}
	})
}
