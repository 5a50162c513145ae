package userstate_test

import (
	"errors"
	"math"
	"testing"
	"time"

	"korea1950/app/userstate"
)

func TestInvalidInputIsRefused(t *testing.T) {
	view := func(lon, lat, mpp float64) userstate.View {
		return userstate.View{Lon: lon, Lat: lat, MetresPerPixel: mpp}
	}
	bookmark := func(name string, date time.Time, v userstate.View) func(*userstate.Store) error {
		return func(s *userstate.Store) error {
			_, err := s.AddBookmark(userstate.Bookmark{Name: name, Date: date, View: v})
			return err
		}
	}
	last := func(date time.Time, v userstate.View) func(*userstate.Store) error {
		return func(s *userstate.Store) error { return s.SetLast(userstate.Position{Date: date, View: v}) }
	}
	note := func(n userstate.Note) func(*userstate.Store) error {
		return func(s *userstate.Store) error { _, err := s.AddNote(n); return err }
	}
	tests := []struct {
		name string
		do   func(*userstate.Store) error
	}{
		{"bookmark without name", bookmark("", june25, peninsula)},
		{"bookmark named by spaces", bookmark(" \t", june25, peninsula)},
		{"bookmark name not UTF-8", bookmark("\xff", june25, peninsula)},
		{"bookmark without date", bookmark("x", time.Time{}, peninsula)},
		{"bookmark in year 10000", bookmark("x", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), peninsula)},
		{"NaN longitude", bookmark("x", june25, view(math.NaN(), 38, 1500))},
		{"+Inf longitude", bookmark("x", june25, view(math.Inf(1), 38, 1500))},
		{"longitude 180.5", bookmark("x", june25, view(180.5, 38, 1500))},
		{"NaN latitude", bookmark("x", june25, view(127, math.NaN(), 1500))},
		{"-Inf latitude", bookmark("x", june25, view(127, math.Inf(-1), 1500))},
		{"latitude -91", bookmark("x", june25, view(127, -91, 1500))},
		{"NaN scale", bookmark("x", june25, view(127, 38, math.NaN()))},
		{"+Inf scale", bookmark("x", june25, view(127, 38, math.Inf(1)))},
		{"zero scale", bookmark("x", june25, view(127, 38, 0))},
		{"negative scale", bookmark("x", june25, view(127, 38, -1))},
		{"scale too coarse", bookmark("x", june25, view(127, 38, userstate.MaxMetresPerPixel*2))},
		{"position without date", last(time.Time{}, peninsula)},
		{"position with NaN scale", last(june25, view(127, 38, math.NaN()))},
		{"position with latitude 90.001", last(june25, view(127, 90.001, 10))},
		{"empty note", note(userstate.Note{Text: "  "})},
		{"note feature not UTF-8", note(userstate.Note{Text: "x", Feature: "\xc3"})},
		{"empty setting name", func(s *userstate.Store) error { return s.SetSetting("", "x") }},
		{"setting value not UTF-8", func(s *userstate.Store) error { return s.SetSetting("k", "\xff") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t, dbPath(t))
			if err := tt.do(s); !errors.Is(err, userstate.ErrInvalid) {
				t.Fatalf("error = %v, want one wrapping ErrInvalid", err)
			}
			s = reopen(t, s)
			bs, _ := s.Bookmarks()
			ns, _ := s.Notes()
			_, hasLast := s.Last()
			if len(bs) > 0 || len(ns) > 0 || hasLast || len(s.Settings()) > 0 {
				t.Errorf("something was stored: %v %v %v %v", bs, ns, hasLast, s.Settings())
			}
		})
	}
}

func TestEditsRefuseEmptyText(t *testing.T) {
	s := open(t, dbPath(t))
	b, err := s.AddBookmark(userstate.Bookmark{Name: "Seoul", Date: june25, View: peninsula})
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.AddNote(userstate.Note{Text: "crossing"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RenameBookmark(b.ID, " "); !errors.Is(err, userstate.ErrInvalid) {
		t.Errorf("RenameBookmark to a blank name: %v, want ErrInvalid", err)
	}
	if err := s.UpdateNote(n.ID, ""); !errors.Is(err, userstate.ErrInvalid) {
		t.Errorf("UpdateNote to empty text: %v, want ErrInvalid", err)
	}
	bs, _ := s.Bookmarks()
	ns, _ := s.Notes()
	if len(bs) != 1 || bs[0].Name != "Seoul" || len(ns) != 1 || ns[0].Text != "crossing" {
		t.Errorf("after refused edits: %+v %+v", bs, ns)
	}
}
