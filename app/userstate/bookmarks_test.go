package userstate_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/tidwall/buntdb"

	"korea1950/app/userstate"
)

func TestBookmarkRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   userstate.Bookmark
	}{
		{"plain", userstate.Bookmark{Name: "Invasion", Date: june25, View: peninsula}},
		{"unnamed view, far corner", userstate.Bookmark{Name: "Edge", Date: time.Date(1950, 12, 31, 23, 59, 59, 999999999, time.UTC),
			View: userstate.View{Lon: -180, Lat: 90, MetresPerPixel: userstate.MaxMetresPerPixel}}},
		{"Korean name, local date", userstate.Bookmark{Name: "인천 상륙", Date: time.Date(1950, 9, 15, 6, 30, 0, 1, time.Local),
			View: userstate.View{Lon: 126.6, Lat: 37.45, MetresPerPixel: 0.25, Name: "eastasia"}}},
		{"given id and creation time", userstate.Bookmark{ID: "mine-1", Name: "Pusan", Date: june25, View: peninsula,
			Created: time.Date(2024, 2, 29, 12, 0, 0, 5, time.FixedZone("X", -5*3600))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t, dbPath(t))
			got, err := s.AddBookmark(tt.in)
			if err != nil {
				t.Fatalf("AddBookmark: %v", err)
			}
			if got.ID == "" || got.Created.IsZero() || (tt.in.ID != "" && got.ID != tt.in.ID) {
				t.Errorf("AddBookmark returned ID %q, Created %v", got.ID, got.Created)
			}
			if !tt.in.Created.IsZero() && !got.Created.Equal(tt.in.Created) {
				t.Errorf("Created = %v, want the given %v", got.Created, tt.in.Created)
			}
			want := tt.in
			want.ID, want.Created = got.ID, got.Created
			if !sameBookmark(got, want) {
				t.Errorf("AddBookmark returned %+v, want %+v", got, want)
			}
			s = reopen(t, s)
			noProblems(t, s)
			all, err := s.Bookmarks()
			if err != nil {
				t.Fatal(err)
			}
			if len(all) != 1 || !sameBookmark(all[0], want) {
				t.Fatalf("after reopening: %+v, want [%+v]", all, want)
			}
			if all[0].Date.Location() != time.UTC || all[0].Created.Location() != time.UTC {
				t.Errorf("times not in UTC: %v, %v", all[0].Date, all[0].Created)
			}
		})
	}
}

func TestBookmarkStoredAsUTCJSON(t *testing.T) {
	s := open(t, dbPath(t))
	b, err := s.AddBookmark(userstate.Bookmark{Name: "Invasion", Date: june25, View: peninsula})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := buntdb.Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var raw string
	if err := db.View(func(tx *buntdb.Tx) error {
		raw, err = tx.Get("bookmark:" + b.ID)
		return err
	}); err != nil {
		t.Fatalf("key bookmark:%s: %v", b.ID, err)
	}
	var fields map[string]any
	if err := json.Unmarshal([]byte(raw), &fields); err != nil {
		t.Fatalf("value %q is not JSON: %v", raw, err)
	}
	if got, want := fields["Date"], "1950-06-24T19:00:00.123456789Z"; got != want {
		t.Errorf("stored Date = %v, want %v", got, want)
	}
	if c, _ := fields["Created"].(string); !strings.HasSuffix(c, "Z") {
		t.Errorf("stored Created = %q, want UTC", c)
	}
}

func TestBookmarkRenameAndDelete(t *testing.T) {
	s := open(t, dbPath(t))
	keep, err := s.AddBookmark(userstate.Bookmark{Name: "Keep", Date: june25, View: peninsula})
	if err != nil {
		t.Fatal(err)
	}
	gone, err := s.AddBookmark(userstate.Bookmark{Name: "Gone", Date: june25, View: peninsula})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RenameBookmark(keep.ID, "Kept"); err != nil {
		t.Fatalf("RenameBookmark: %v", err)
	}
	if err := s.DeleteBookmark(gone.ID); err != nil {
		t.Fatalf("DeleteBookmark: %v", err)
	}
	s = reopen(t, s)
	all, err := s.Bookmarks()
	if err != nil {
		t.Fatal(err)
	}
	keep.Name = "Kept"
	if len(all) != 1 || !sameBookmark(all[0], keep) {
		t.Errorf("after rename and delete: %+v, want [%+v]", all, keep)
	}
}

func TestMissingIDsAreNamed(t *testing.T) {
	const id = "19500625T040000.000000000Z-missing"
	tests := []struct {
		name string
		do   func(*userstate.Store) error
	}{
		{"RenameBookmark", func(s *userstate.Store) error { return s.RenameBookmark(id, "x") }},
		{"DeleteBookmark", func(s *userstate.Store) error { return s.DeleteBookmark(id) }},
		{"UpdateNote", func(s *userstate.Store) error { return s.UpdateNote(id, "x") }},
		{"DeleteNote", func(s *userstate.Store) error { return s.DeleteNote(id) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t, dbPath(t))
			err := tt.do(s)
			if !errors.Is(err, userstate.ErrNotFound) || !strings.Contains(err.Error(), id) {
				t.Errorf("error = %v, want ErrNotFound naming %q", err, id)
			}
		})
	}
}

func TestGivenIDMustBeFree(t *testing.T) {
	s := open(t, dbPath(t))
	first, err := s.AddBookmark(userstate.Bookmark{ID: "a", Name: "First", Date: june25, View: peninsula})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.AddBookmark(userstate.Bookmark{ID: "a", Name: "Second", Date: june25, View: peninsula})
	if !errors.Is(err, userstate.ErrExists) || !strings.Contains(err.Error(), `"a"`) {
		t.Errorf("second AddBookmark with id a: %v, want ErrExists naming it", err)
	}
	all, _ := s.Bookmarks()
	if len(all) != 1 || !sameBookmark(all[0], first) {
		t.Errorf("bookmarks = %+v, want only the first", all)
	}
}

func TestBookmarkOrder(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2025, 1, 1, h, 0, 0, 0, time.UTC) }
	tests := []struct {
		name    string
		created []time.Time // zero: let AddBookmark set it
		want    []int       // indexes into created, in the order Bookmarks returns
	}{
		{"added one after another", make([]time.Time, 6), []int{0, 1, 2, 3, 4, 5}},
		{"given creation times", []time.Time{at(3), at(1), at(2)}, []int{1, 2, 0}},
		{"same creation time: by id", []time.Time{at(1), at(1), at(1)}, []int{0, 1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t, dbPath(t))
			var added []userstate.Bookmark
			for i, c := range tt.created {
				b, err := s.AddBookmark(userstate.Bookmark{Name: string(rune('A' + i)), Date: june25, View: peninsula, Created: c})
				if err != nil {
					t.Fatal(err)
				}
				added = append(added, b)
			}
			s = reopen(t, s)
			all, err := s.Bookmarks()
			if err != nil {
				t.Fatal(err)
			}
			var got, want []string
			for _, b := range all {
				got = append(got, b.Name)
			}
			for _, i := range tt.want {
				want = append(want, added[i].Name)
			}
			if strings.Join(got, "") != strings.Join(want, "") {
				t.Errorf("order = %v, want %v", got, want)
			}
		})
	}
}
