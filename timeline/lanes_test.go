package timeline

import (
	"testing"
	"time"

	"korea1950/geodata"
)

// Every message's sender, receiver and via places, every decision's and
// every event's place in the shipped data has a lane of its own in the
// table: nothing falls to the fallback.
func TestEveryShippedItemHasALane(t *testing.T) {
	n := 0
	for _, f := range shipped().Features {
		switch f.Kind {
		case geodata.KindPlace:
			if _, ok := LaneOfPlace(f.ID); !ok {
				t.Errorf("place %s has no lane", f.ID)
			}
		case geodata.KindMessage:
			for _, id := range append(append([]string{f.Sender}, f.Via...), f.Receiver) {
				if _, ok := LaneOfPlace(id); !ok {
					t.Errorf("message %s: place %q has no lane", f.ID, id)
				}
			}
			n++
		case geodata.KindDecision, geodata.KindEvent:
			if _, ok := LaneOfPlace(f.Place); !ok && f.Geometry == nil {
				t.Errorf("%s %s: no place with a lane and no position", f.Kind, f.ID)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("the shipped data has no messages, decisions or events")
	}
}

func TestLanesOfTheChapter(t *testing.T) {
	byID := map[string]*geodata.Feature{}
	for _, f := range shipped().Features {
		byID[f.ID] = f
	}
	lane := func(id string) string { return Lanes[laneIndex[id]].ID }
	for _, tc := range []struct {
		id   string
		want []string // the lanes of its path, or its one lane
	}{
		{"kim-stalin-plea-1950-10-01", []string{"pyongyang", "moscow"}},
		{"stalin-mao-1950-10-01", []string{"moscow", "beijing"}},
		{"mao-draft-1950-10-02", []string{"beijing", "moscow"}},
		{"zhou-panikkar-1950-10-02", []string{"beijing", "new-delhi", "new-delhi", "london", "washington"}},
		{"politburo-1950-10-05", []string{"beijing"}},
		{"soviet-air-decision-1950-10", []string{"moscow"}},
		{"inchon-landing-1950-09-15", []string{"ground"}},
		{"pyongyang-falls-1950-10-19", []string{"ground"}},
		{"us-crosses-38th", []string{"ground"}},
		{"wpk-politburo-1950-09-21", []string{"pyongyang"}},
		{"macarthur-taiwan-visit-1950-07-31", []string{"elsewhere"}},
	} {
		f := byID[tc.id]
		if f == nil {
			t.Errorf("%s is not in the shipped data", tc.id)
			continue
		}
		var got []string
		if f.Kind == geodata.KindMessage {
			hops := messagePath(f)
			for i, h := range hops {
				got = append(got, Lanes[h.lane].ID)
				if i > 0 && h.t.Before(hops[i-1].t) {
					t.Errorf("%s: hop %d goes back in time", tc.id, i)
				}
			}
			if hops[0].t.Before(f.From) || hops[len(hops)-1].t.After(f.Until) {
				t.Errorf("%s: path runs %v..%v, outside its time in transit %v..%v", tc.id, hops[0].t, hops[len(hops)-1].t, f.From, f.Until)
			}
		} else {
			got = []string{Lanes[laneOfFeature(f)].ID}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: lanes %v, want %v", tc.id, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] || lane(tc.want[i]) != tc.want[i] {
				t.Errorf("%s: lanes %v, want %v", tc.id, got, tc.want)
				break
			}
		}
	}
}

// The signals view draws the chapter's sequence: Stalin asks Mao an hour
// after Kim Il-sung's plea reaches him, although the two spans the data
// gives for them overlap.
func TestStalinAsksMaoAfterKimsPleaArrives(t *testing.T) {
	ds := geodata.Load(geodata.Embedded())
	byID := map[string]*geodata.Feature{}
	for _, f := range ds.Features {
		byID[f.ID] = f
	}
	kim, stalin := byID["kim-stalin-plea-1950-10-01"], byID["stalin-mao-1950-10-01"]
	if kim == nil || stalin == nil {
		t.Fatal("the two telegrams are not in the shipped data")
	}
	arrives := messagePath(kim)[len(messagePath(kim))-1].t
	leaves := messagePath(stalin)[0].t
	if gap := leaves.Sub(arrives); gap != time.Hour {
		t.Errorf("Stalin's request leaves %v after Kim's plea arrives, want an hour", gap)
	}
}
