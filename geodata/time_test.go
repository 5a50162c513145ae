package geodata

import (
	"strings"
	"testing"
	"time"
)

func TestParseDay(t *testing.T) {
	tests := []struct {
		in      string
		wantUTC string // noon in Seoul, in UTC
		err     string
	}{
		// Seoul kept summer time, UTC+10, on 25 June 1950.
		{"1950-06-25", "1950-06-25T02:00:00Z", ""},
		// Back to UTC+9 by October.
		{"1950-10-19", "1950-10-19T03:00:00Z", ""},
		// The span opens with Liu Shaoqi's July 1949 promise; Seoul kept summer time then too.
		{"1949-07-01", "1949-07-01T02:00:00Z", ""},
		{"1953-07-27", "1953-07-27T03:00:00Z", ""},
		{"1950-02-30", "", "want a real calendar day"},
		{"1950-13-01", "", "want a real calendar day"},
		{"25/06/1950", "", "want a real calendar day"},
		{"1950-6-25", "", "want a real calendar day"},
		{"1949-06-30", "", "outside the data's span"},
		{"1953-08-01", "", "outside the data's span"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseDay(tc.in)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), tc.in) {
					t.Errorf("error %v, want one naming %q and saying %q", err, tc.in, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s := got.UTC().Format(time.RFC3339); s != tc.wantUTC {
				t.Errorf("got %s, want %s", s, tc.wantUTC)
			}
		})
	}
}

func TestParseInstant(t *testing.T) {
	oct2, _ := ParseDay("1950-10-02")
	jun25, _ := ParseDay("1950-06-25")
	sep9, _ := ParseDay("1950-09-09")
	tests := []struct {
		day     time.Time
		in      string
		wantUTC string
	}{
		{oct2, "23:30", "1950-10-02T14:30:00Z"},       // Seoul, UTC+9
		{jun25, "04:00", "1950-06-24T18:00:00Z"},      // Seoul summer time, UTC+10
		{oct2, "23:30+08:00", "1950-10-02T15:30:00Z"}, // Beijing time
		{oct2, "00:15Z", "1950-10-02T00:15:00Z"},
		{jun25, "1950-10-18T21:00+08:00", "1950-10-18T13:00:00Z"}, // a full timestamp wins
		// Seoul's clocks went back from 24:00 KDT to 23:00 KST on
		// 9 September 1950: 23:30 happened twice; the earlier is meant,
		// as in geodata files.
		{sep9, "23:30", "1950-09-09T13:30:00Z"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseInstant(tc.day, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if s := got.UTC().Format(time.RFC3339); s != tc.wantUTC {
				t.Errorf("got %s, want %s", s, tc.wantUTC)
			}
		})
	}
	for _, bad := range []string{"25:00", "noon", "23:30+25:00", "1960-01-01T00:00Z"} {
		if _, err := ParseInstant(oct2, bad); err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("%q: error %v, want one naming it", bad, err)
		}
	}
	// 00:30 on 1 April 1950 never happened in Seoul: the clocks went
	// from 00:00 straight to 01:00.
	apr1 := time.Date(1950, 4, 1, 12, 0, 0, 0, Seoul)
	if _, err := ParseInstant(apr1, "00:30"); err == nil || !strings.Contains(err.Error(), "did not happen") {
		t.Errorf("00:30 on 1950-04-01 in Seoul: error %v, want one saying it did not happen", err)
	}
}

// The zones of the story, from embedded IANA data: what a clock read there.
func TestZonesIn1950(t *testing.T) {
	tests := []struct {
		zone, utc, want string
	}{
		{"Asia/Seoul", "1950-06-24T19:00:00Z", "1950-06-25 05:00 +10"},
		{"Asia/Seoul", "1950-10-01T00:00:00Z", "1950-10-01 09:00 +09"},
		{"Asia/Pyongyang", "1950-06-24T19:00:00Z", "1950-06-25 04:00 +09"},
		{"America/New_York", "1950-06-25T12:00:00Z", "1950-06-25 08:00 -04"},
		{"America/New_York", "1950-10-07T12:00:00Z", "1950-10-07 07:00 -05"},
		{"Asia/Shanghai", "1950-10-02T16:00:00Z", "1950-10-03 00:00 +08"},
		{"Europe/Moscow", "1950-10-01T12:00:00Z", "1950-10-01 15:00 +03"},
	}
	for _, tc := range tests {
		loc, err := time.LoadLocation(tc.zone)
		if err != nil {
			t.Fatal(err)
		}
		u, _ := time.Parse(time.RFC3339, tc.utc)
		if got := u.In(loc).Format("2006-01-02 15:04 -07"); got != tc.want {
			t.Errorf("%s at %s: %s, want %s", tc.zone, tc.utc, got, tc.want)
		}
	}
}

func TestFormatDay(t *testing.T) {
	d, _ := ParseDay("1950-10-19")
	for lang, want := range map[string]string{"en": "19 October 1950", "ko": "1950년 10월 19일", "zh": "1950年10月19日"} {
		if got := FormatDay(d, lang); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	// Late evening in Washington is already the next day in Seoul.
	dc, _ := time.LoadLocation("America/New_York")
	late := time.Date(1950, 10, 6, 22, 0, 0, 0, dc)
	if got := FormatDay(late, "en"); got != "7 October 1950" {
		t.Errorf("22:00 in Washington on 6 October is %q in Seoul, want 7 October 1950", got)
	}
}
