package userstate_test

import (
	"testing"
	"time"

	"korea1950/app/userstate"
)

func TestNoteRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   userstate.Note
	}{
		{"text only", userstate.Note{Text: "Read about the Han river bridge."}},
		{"about a date and a feature", userstate.Note{Text: "Naktong line\nholds", Date: june25, Feature: "front-1950-08-04"}},
		{"given times", userstate.Note{ID: "n1", Text: "말", Created: time.Date(2025, 3, 1, 9, 0, 0, 7, time.Local),
			Updated: time.Date(2025, 3, 2, 9, 0, 0, 8, time.UTC)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t, dbPath(t))
			got, err := s.AddNote(tt.in)
			if err != nil {
				t.Fatalf("AddNote: %v", err)
			}
			want := tt.in
			want.ID, want.Created = got.ID, got.Created
			if tt.in.Updated.IsZero() {
				want.Updated = got.Created
			}
			if got.ID == "" || got.Created.IsZero() || !sameNote(got, want) {
				t.Errorf("AddNote returned %+v, want %+v", got, want)
			}
			s = reopen(t, s)
			noProblems(t, s)
			all, err := s.Notes()
			if err != nil {
				t.Fatal(err)
			}
			if len(all) != 1 || !sameNote(all[0], want) {
				t.Fatalf("after reopening: %+v, want [%+v]", all, want)
			}
		})
	}
}

func TestNoteUpdateAndDelete(t *testing.T) {
	s := open(t, dbPath(t))
	n, err := s.AddNote(userstate.Note{Text: "first", Date: june25, Feature: "f1"})
	if err != nil {
		t.Fatal(err)
	}
	other, err := s.AddNote(userstate.Note{Text: "other"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateNote(n.ID, "second"); err != nil {
		t.Fatalf("UpdateNote: %v", err)
	}
	if err := s.DeleteNote(other.ID); err != nil {
		t.Fatalf("DeleteNote: %v", err)
	}
	s = reopen(t, s)
	all, err := s.Notes()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 {
		t.Fatalf("notes = %+v, want one", all)
	}
	got := all[0]
	if got.ID != n.ID || got.Text != "second" || !got.Date.Equal(n.Date) || got.Feature != "f1" || !got.Created.Equal(n.Created) {
		t.Errorf("updated note = %+v, from %+v", got, n)
	}
	if got.Updated.Before(n.Updated) {
		t.Errorf("Updated %v is before the first version's %v", got.Updated, n.Updated)
	}
}
