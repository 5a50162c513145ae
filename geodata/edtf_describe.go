package geodata

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// dateWords are the words and word orders Describe writes in one language.
// Format verbs are indexed where languages order the parts differently.
type dateWords struct {
	year, decade, years string    // 1950, 195X, 19XX
	month               string    // year, month name
	season              string    // year text, season name
	seasons             [4]string // spring, summer, autumn, winter
	dateTime            string    // day, clock
	about               string    // '~'
	from, fromOpen      string    // an interval with an unknown end, with an open one
	until               string    // an interval with an open or unknown start
	rangeSep            string    // between the two dates of an interval
	yearRange           string    // from, to
	monthRange          string    // year, month, month
	dayRange            string    // year, month, day, day
	dayRange2           string    // year, month, day, month, day
	clockRange          string    // day, clock, clock
	notes, noteSep      string    // brackets around notes, and between them

	uncertain, monthX, dayX, monthDayX, startUnknown, endUnknown string
}

var describeWords = map[string]*dateWords{
	"en": {
		year: "%d", decade: "%ds", years: "%d–%d",
		month:  "%[2]s %[1]d",
		season: "%[2]s %[1]s", seasons: [4]string{"spring", "summer", "autumn", "winter"},
		dateTime: "%s, %s", about: "about %s",
		from: "from %s", fromOpen: "from %s onwards", until: "until %s", rangeSep: " – ",
		yearRange: "%d–%d", monthRange: "%[2]s–%[3]s %[1]d",
		dayRange: "%[3]d–%[4]d %[2]s %[1]d", dayRange2: "%[3]d %[2]s – %[5]d %[4]s %[1]d",
		clockRange: "%s, %s–%s",
		notes:      " (%s)", noteSep: ", ",
		uncertain: "uncertain", monthX: "month unspecified", dayX: "day unspecified",
		monthDayX: "month and day unspecified", startUnknown: "start unknown", endUnknown: "end unknown",
	},
	"ko": {
		year: "%d년", decade: "%d년대", years: "%d–%d년",
		month:  "%[1]d년 %[2]s",
		season: "%[1]s년 %[2]s", seasons: [4]string{"봄", "여름", "가을", "겨울"},
		dateTime: "%s %s", about: "%s경",
		from: "%s부터", fromOpen: "%s부터", until: "%s까지", rangeSep: " ~ ",
		yearRange: "%d~%d년", monthRange: "%[1]d년 %[2]s~%[3]s",
		dayRange: "%[1]d년 %[2]s %[3]d일~%[4]d일", dayRange2: "%[1]d년 %[2]s %[3]d일~%[4]s %[5]d일",
		clockRange: "%s %s~%s",
		notes:      " (%s)", noteSep: ", ",
		uncertain: "불확실", monthX: "월 미상", dayX: "일 미상",
		monthDayX: "월·일 미상", startUnknown: "시작 미상", endUnknown: "끝 미상",
	},
	"zh": {
		year: "%d年", decade: "%d年代", years: "%d–%d年",
		month:  "%[1]d年%[2]s",
		season: "%[1]s年%[2]s", seasons: [4]string{"春季", "夏季", "秋季", "冬季"},
		dateTime: "%s %s", about: "约%s",
		from: "%s起", fromOpen: "%s起", until: "至%s", rangeSep: "至",
		yearRange: "%d年至%d年", monthRange: "%[1]d年%[2]s至%[3]s",
		dayRange: "%[1]d年%[2]s%[3]d日至%[4]d日", dayRange2: "%[1]d年%[2]s%[3]d日至%[4]s%[5]d日",
		clockRange: "%s %s至%s",
		notes:      "（%s）", noteSep: "，",
		uncertain: "不确定", monthX: "月份不详", dayX: "日期不详",
		monthDayX: "月日不详", startUnknown: "开始时间不详", endUnknown: "结束时间不详",
	},
}

// Describe writes d for people reading lang ("en", "ko" or "zh"; English
// otherwise) at the precision it was written, with its qualifiers in
// words: "about 9 October 1950", "1950년 가을", "1950年10月18日至19日".
// Days, months, seasons and years are calendar periods and are written as
// they were given; a date-time is shown in loc (nil means UTC) with loc's
// offset then. Only Dates from ParseDate can be described.
func (d Date) Describe(lang string, loc *time.Location) string {
	w, ok := describeWords[lang]
	if !ok {
		lang, w = "en", describeWords["en"]
	}
	if loc == nil {
		loc = time.UTC
	}
	a, b := d.parts[0], d.parts[1]
	if !d.Interval {
		return w.render(w.phrase(a, lang, loc))
	}
	switch {
	case a.open:
		ph := w.phrase(b, lang, loc)
		ph.text = fmt.Sprintf(w.until, ph.text)
		if a.unknown {
			ph.notes = append(ph.notes, w.startUnknown)
		}
		return w.render(ph)
	case b.open:
		ph := w.phrase(a, lang, loc)
		if b.unknown {
			ph.text = fmt.Sprintf(w.from, ph.text)
			ph.notes = append(ph.notes, w.endUnknown)
		} else {
			ph.text = fmt.Sprintf(w.fromOpen, ph.text)
		}
		return w.render(ph)
	}
	pa, pb := w.phrase(a, lang, loc), w.phrase(b, lang, loc)
	if !slices.Equal(pa.notes, pb.notes) {
		return w.render(pa) + w.rangeSep + w.render(pb)
	}
	if s, ok := w.compact(a, b, lang, loc); ok {
		return w.render(phrase{s, pa.notes})
	}
	return w.render(phrase{pa.text + w.rangeSep + pb.text, pa.notes})
}

// phrase is one date in words and the notes that follow it in brackets.
type phrase struct {
	text  string
	notes []string
}

func (w *dateWords) render(ph phrase) string {
	if len(ph.notes) == 0 {
		return ph.text
	}
	return ph.text + fmt.Sprintf(w.notes, strings.Join(ph.notes, w.noteSep))
}

func (w *dateWords) phrase(p datePart, lang string, loc *time.Location) phrase {
	var ph phrase
	switch {
	case p.prec >= PrecMinute:
		day, clock, offset := wallText(p, loc)
		ph.text = fmt.Sprintf(w.dateTime, FormatDay(day, lang), clock)
		ph.notes = append(ph.notes, offset)
	case p.xYear == 1:
		ph.text = fmt.Sprintf(w.decade, p.year)
	case p.xYear == 2:
		ph.text = fmt.Sprintf(w.years, p.year, p.year+99)
	case p.prec == PrecYear || p.xMonth:
		ph.text = fmt.Sprintf(w.year, p.year)
		switch {
		case p.xDay:
			ph.notes = append(ph.notes, w.monthDayX)
		case p.xMonth:
			ph.notes = append(ph.notes, w.monthX)
		}
	case p.prec == PrecSeason:
		year := fmt.Sprint(p.year)
		if p.month == 24 { // winter runs into the next year
			year = fmt.Sprintf("%d–%02d", p.year, (p.year+1)%100)
			if (p.year+1)%100 == 0 {
				year = fmt.Sprintf("%d–%d", p.year, p.year+1)
			}
		}
		ph.text = fmt.Sprintf(w.season, year, w.seasons[p.month-21])
	case p.prec == PrecMonth || p.xDay:
		ph.text = fmt.Sprintf(w.month, p.year, MonthName(time.Month(p.month), lang, false))
		if p.xDay {
			ph.notes = append(ph.notes, w.dayX)
		}
	default:
		ph.text = FormatDay(noonOf(p.year, time.Month(p.month), p.day), lang)
	}
	if p.approximate {
		ph.text = fmt.Sprintf(w.about, ph.text)
	}
	if p.uncertain {
		ph.notes = append(ph.notes, w.uncertain)
	}
	return ph
}

// compact writes the two dates of an interval in one phrase where they share
// their precision and larger parts: "18–19 October 1950".
func (w *dateWords) compact(a, b datePart, lang string, loc *time.Location) (string, bool) {
	if a.prec != b.prec || a.approximate || b.approximate || a.unspecified() || b.unspecified() {
		return "", false
	}
	var ma, mb string
	if a.prec == PrecMonth || a.prec == PrecDay {
		ma, mb = MonthName(time.Month(a.month), lang, false), MonthName(time.Month(b.month), lang, false)
	}
	switch {
	case a.prec == PrecYear && a.year == b.year:
		return fmt.Sprintf(w.year, a.year), true
	case a.prec == PrecYear:
		return fmt.Sprintf(w.yearRange, a.year, b.year), true
	case a.year != b.year:
		// Other precisions compact within a year only.
	case a.prec == PrecMonth && a.month == b.month:
		return fmt.Sprintf(w.month, a.year, ma), true
	case a.prec == PrecMonth:
		return fmt.Sprintf(w.monthRange, a.year, ma, mb), true
	case a.prec == PrecDay && a.month == b.month && a.day == b.day:
		return FormatDay(noonOf(a.year, time.Month(a.month), a.day), lang), true
	case a.prec == PrecDay && a.month == b.month:
		return fmt.Sprintf(w.dayRange, a.year, ma, a.day, b.day), true
	case a.prec == PrecDay:
		return fmt.Sprintf(w.dayRange2, a.year, ma, a.day, mb, b.day), true
	}
	if a.prec >= PrecMinute {
		dayA, clockA, _ := wallText(a, loc)
		dayB, clockB, _ := wallText(b, loc)
		if dayA.Equal(dayB) { // and the offsets match: the notes are equal
			return fmt.Sprintf(w.clockRange, FormatDay(dayA, lang), clockA, clockB), true
		}
	}
	return "", false
}

// wallText returns a date-time's day (as noon in Seoul, for FormatDay),
// clock and offset in loc. A date-time written T24:00 that falls at the
// start of a day in loc is shown at 24:00 of the day before.
func wallText(p datePart, loc *time.Location) (day time.Time, clock, offset string) {
	t := p.start.In(loc)
	y, m, d := t.Date()
	layout := "15:04"
	if p.prec == PrecSecond {
		layout += ":05"
	}
	clock = t.Format(layout)
	if p.hour24 {
		if start, _ := wallClock(time.Date(y, m, d, 0, 0, 0, 0, time.UTC), loc); start.Equal(p.start) {
			d, clock = d-1, "24:00"
			if p.prec == PrecSecond {
				clock = "24:00:00"
			}
			t = t.Add(-time.Nanosecond) // the offset with which the day ended
		}
	}
	_, off := t.Zone()
	return noonOf(y, m, d), clock, utcOffset(off)
}

// noonOf returns noon in Seoul on a calendar day, which FormatDay writes
// as that day.
func noonOf(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 12, 0, 0, 0, Seoul)
}

// utcOffset writes an offset east of UTC as UTC+8, UTC+5:30 or UTC−5.
func utcOffset(secs int) string {
	if secs == 0 {
		return "UTC"
	}
	sign := "+"
	if secs < 0 {
		sign, secs = "−", -secs
	}
	h, m, s := secs/3600, secs/60%60, secs%60
	switch {
	case s != 0:
		return fmt.Sprintf("UTC%s%d:%02d:%02d", sign, h, m, s)
	case m != 0:
		return fmt.Sprintf("UTC%s%d:%02d", sign, h, m)
	}
	return fmt.Sprintf("UTC%s%d", sign, h)
}
