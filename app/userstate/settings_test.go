package userstate_test

import (
	"testing"
	"time"

	"korea1950/app/userstate"
)

func TestSettingRoundTrip(t *testing.T) {
	tests := []struct {
		name   string
		writes [][2]string // key, value in order
		want   map[string]string
	}{
		{"one", [][2]string{{"theme", "dark"}}, map[string]string{"theme": "dark"}},
		{"empty value and odd text", [][2]string{{"a", ""}, {"b:c", "\"quoted\"\n\x00"}, {"언어", "한국어"}},
			map[string]string{"a": "", "b:c": "\"quoted\"\n\x00", "언어": "한국어"}},
		{"later write wins", [][2]string{{"speed", "1"}, {"speed", "2"}}, map[string]string{"speed": "2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t, dbPath(t))
			for _, w := range tt.writes {
				if err := s.SetSetting(w[0], w[1]); err != nil {
					t.Fatalf("SetSetting(%q, %q): %v", w[0], w[1], err)
				}
			}
			s = reopen(t, s)
			noProblems(t, s)
			got := s.Settings()
			if len(got) != len(tt.want) {
				t.Errorf("Settings() = %q, want %q", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("Settings()[%q] = %q, want %q", k, got[k], v)
				}
				if one, ok := s.Setting(k); !ok || one != v {
					t.Errorf("Setting(%q) = %q, %v; want %q, true", k, one, ok, v)
				}
			}
			if v, ok := s.Setting("never-set"); ok {
				t.Errorf("Setting(never-set) = %q, true", v)
			}
		})
	}
}

func TestLastRoundTrip(t *testing.T) {
	tests := []struct {
		name   string
		writes []userstate.Position
	}{
		{"one", []userstate.Position{{Date: june25, View: peninsula}}},
		{"latest wins", []userstate.Position{
			{Date: june25, View: peninsula},
			{Date: time.Date(1950, 11, 27, 0, 0, 0, 42, time.UTC), View: userstate.View{Lon: 127.1, Lat: 40.4, MetresPerPixel: 30}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t, dbPath(t))
			if p, ok := s.Last(); ok {
				t.Fatalf("new store: Last() = %+v, true", p)
			}
			for _, p := range tt.writes {
				if err := s.SetLast(p); err != nil {
					t.Fatalf("SetLast: %v", err)
				}
			}
			s = reopen(t, s)
			noProblems(t, s)
			want := tt.writes[len(tt.writes)-1]
			got, ok := s.Last()
			if !ok || !got.Date.Equal(want.Date) || got.View != want.View {
				t.Errorf("Last() = %+v, %v; want %+v", got, ok, want)
			}
		})
	}
}
