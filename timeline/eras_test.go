package timeline

import (
	"testing"
	"time"

	"korea1950/geodata"
)

func TestErasTileTheSpan(t *testing.T) {
	if !Eras[0].From.Equal(geodata.SpanStart) {
		t.Errorf("the first era starts %v, not at the span's start", Eras[0].From)
	}
	last := Eras[len(Eras)-1]
	if last.Until.Before(geodata.SpanEnd) || last.Until.After(geodata.SpanEnd.Add(time.Minute)) {
		t.Errorf("the last era ends %v, not at the span's end", last.Until)
	}
	names := map[string]bool{}
	for i, e := range Eras {
		if !e.From.Before(e.Until) {
			t.Errorf("%s: from %v is not before until %v", e.Name("en"), e.From, e.Until)
		}
		if i > 0 && !Eras[i-1].Until.Equal(e.From) {
			t.Errorf("%s starts %v but %s ends %v: a gap or an overlap", e.Name("en"), e.From, Eras[i-1].Name("en"), Eras[i-1].Until)
		}
		if e.From.Before(geodata.SpanStart) || e.Until.After(geodata.SpanEnd.Add(time.Minute)) {
			t.Errorf("%s lies outside the span", e.Name("en"))
		}
		if e.Source == "" || e.Name("en") == "" || e.Short("en") == "" {
			t.Errorf("era %d lacks a name, a short name or a source", i)
		}
		if names[e.Name("en")] {
			t.Errorf("two eras are called %q", e.Name("en"))
		}
		names[e.Name("en")] = true
	}
}

func TestEraAt(t *testing.T) {
	for _, tc := range []struct {
		t    time.Time
		want string
	}{
		{at(1950, 6, 24, 23, 59), "before the war"},
		{at(1950, 6, 25, 4, 0), "the invasion"},
		{at(1950, 8, 3, 12, 0), "the invasion"},
		{at(1950, 8, 4, 0, 0), "the Pusan perimeter"},
		{at(1950, 9, 15, 6, 0), "Inchon and the breakout"},
		{at(1950, 9, 30, 23, 0), "Inchon and the breakout"},
		{at(1950, 10, 1, 0, 0), "the crossing"},
		{at(1950, 10, 19, 12, 0), "the crossing"},
		{at(1950, 10, 25, 12, 0), "Chinese intervention"},
		{at(1950, 11, 28, 12, 0), "the retreat"},
		{at(1951, 1, 4, 12, 0), "the retreat"},
		{at(1951, 4, 22, 12, 0), "counteroffensives and spring offensives"},
		{at(1952, 10, 6, 12, 0), "the stalemate: truce talks"},
		{at(1953, 7, 27, 21, 59), "the stalemate: truce talks"},
		{at(1953, 7, 28, 12, 0), "the armistice"},
		{geodata.SpanEnd, "the armistice"},
	} {
		e := EraAt(tc.t)
		if e == nil || e.Name("en") != tc.want {
			t.Errorf("era at %v is %v, want %q", tc.t.Format(time.DateTime), e, tc.want)
		}
	}
	if EraAt(geodata.SpanStart.Add(-time.Hour)) != nil {
		t.Error("an era before the span")
	}
}
