package app

import (
	"errors"
	"flag"
	"strings"
	"testing"
	"time"

	"korea1950/geodata"
	"korea1950/maps"
)

func TestParseArgs(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name  string
		args  []string
		check func(t *testing.T, o Options)
	}{
		{"defaults", nil, func(t *testing.T, o Options) {
			if o.Command != "" || o.Lang != "en" || o.View != maps.Peninsula || !o.Date.Equal(geodata.Opening) || o.Layers != maps.AllLayers {
				t.Errorf("defaults: %+v", o)
			}
		}},
		{"window flags", []string{"-lang", "ko", "-view", "eastasia", "-date", "1950-10-19", "-data", dir, "-only"}, func(t *testing.T, o Options) {
			want := time.Date(1950, 10, 19, 12, 0, 0, 0, geodata.Seoul)
			if o.Lang != "ko" || o.View != maps.EastAsia || !o.Date.Equal(want) || o.Data != dir || !o.Only {
				t.Errorf("got %+v", o)
			}
		}},
		{"kiosk", []string{"-kiosk", "-idle", "30", "-countdown", "10", "-lang", "ko"}, func(t *testing.T, o Options) {
			if !o.Kiosk || o.IdleSeconds != 30 || o.CountdownSeconds != 10 || o.Lang != "ko" {
				t.Errorf("got %+v", o)
			}
		}},
		{"kiosk with the remembered idle times", []string{"-kiosk"}, func(t *testing.T, o Options) {
			if !o.Kiosk || o.IdleSeconds != 0 || o.CountdownSeconds != 0 {
				t.Errorf("got %+v", o)
			}
		}},
		{"presenter mode", []string{"-present"}, func(t *testing.T, o Options) {
			if !o.Present || o.Command != "" {
				t.Errorf("got %+v", o)
			}
		}},
		{"render", []string{"render", "-date", "1950-10-02", "-at", "23:30+08:00", "-size", "640x480", "-layers", "land,parallel", "-o", "x.png"}, func(t *testing.T, o Options) {
			want := time.Date(1950, 10, 2, 15, 30, 0, 0, time.UTC)
			if o.Command != "render" || !o.Date.Equal(want) || o.Width != 640 || o.Height != 480 ||
				o.Layers != maps.LayerLand|maps.LayerParallel || o.Out != "x.png" {
				t.Errorf("got %+v", o)
			}
		}},
		{"render at Seoul time", []string{"render", "-date", "1950-06-25", "-at", "04:00", "-o", "x.png"}, func(t *testing.T, o Options) {
			// Seoul kept summer time on 25 June 1950: 04:00 there was 18:00 UTC the day before.
			if want := time.Date(1950, 6, 24, 18, 0, 0, 0, time.UTC); !o.Date.Equal(want) {
				t.Errorf("got %v, want %v", o.Date.UTC(), want)
			}
		}},
		{"render with a full timestamp", []string{"render", "-at", "1950-10-18T21:00+08:00", "-o", "x.png"}, func(t *testing.T, o Options) {
			if want := time.Date(1950, 10, 18, 13, 0, 0, 0, time.UTC); !o.Date.Equal(want) {
				t.Errorf("got %v, want %v", o.Date.UTC(), want)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o, err := ParseArgs(tc.args)
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, o)
		})
	}
}

func TestParseArgsRefuses(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-bogus"}, "flag provided but not defined: -bogus"},
		{[]string{"-date", "1950-02-30"}, `date "1950-02-30": want a real calendar day`},
		{[]string{"-date", "1950/06/25"}, "want a real calendar day"},
		{[]string{"-date", "1948-06-25"}, "outside the data's span"},
		{[]string{"-lang", "fr"}, `-lang "fr"`},
		{[]string{"-view", "world"}, `-view "world"`},
		{[]string{"-only"}, "-only needs -data"},
		{[]string{"-data", "/no/such/folder"}, "not a folder"},
		{[]string{"-o", "x.png"}, "-o is not a flag of the window"},
		{[]string{"-scale", "2"}, "-scale is not a flag of the window"},
		{[]string{"render", "-date", "1950-06-25", "-present", "-o", "x.png"}, "-present is not a flag of render"},
		{[]string{"render", "-date", "1950-06-25", "-scale", "9", "-o", "x.png"}, "-scale 9"},
		{[]string{"-compare", "1950-02-30"}, "-compare"},
		{[]string{"-layers", "all,-nonsense"}, `"nonsense" is not a layer`},
		{[]string{"render", "-date", "1950-06-25", "-size", "800by600", "-o", "x.png"}, `-size "800by600"`},
		{[]string{"render", "-date", "1950-06-25", "-size", "10x10", "-o", "x.png"}, `-size "10x10"`},
		{[]string{"render", "-date", "1950-06-25", "-layers", "land,seas", "-o", "x.png"}, `"seas" is not a layer`},
		{[]string{"render", "-date", "1950-06-25", "-at", "25:00", "-o", "x.png"}, `time "25:00"`},
		{[]string{"render", "-date", "1950-06-25"}, "render needs -o"},
		{[]string{"render", "-o", "x.png"}, "render needs -date"},
		{[]string{"exprot"}, `unknown command "exprot"`},
		{[]string{"-idle", "30"}, "-idle and -countdown need -kiosk"},
		{[]string{"-kiosk", "-present"}, "-present and -kiosk do not go together"},
		{[]string{"-kiosk", "-story", "three-weeks"}, "-story and -kiosk do not go together"},
		{[]string{"-kiosk", "-idle", "2"}, "-idle 2: want seconds from 5 to 86400"},
		{[]string{"-kiosk", "-idle", "soon"}, `invalid value "soon" for flag -idle`},
		{[]string{"-kiosk", "-countdown", "0"}, "-countdown 0: want seconds from 3 to 600"},
		{[]string{"render", "-date", "1950-06-25", "-kiosk", "-o", "x.png"}, "-kiosk is not a flag of render"},
		{[]string{"-date", "1950-06-25", "extra"}, `unexpected argument "extra"`},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			_, err := ParseArgs(tc.args)
			var ue *UsageError
			if !errors.As(err, &ue) {
				t.Fatalf("error %v, want a usage error", err)
			}
			if !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q, want one line containing %q", err, tc.want)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	if _, err := ParseArgs([]string{"-h"}); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("-h gave %v", err)
	}
	for _, name := range []string{"-data", "-only", "-lang", "-view", "-date", "-at", "-size", "-layers", "-o", "render", "-kiosk", "-idle", "-countdown", "Ctrl+Shift+Q", "-present"} {
		if !strings.Contains(Usage, name) {
			t.Errorf("usage does not document %s", name)
		}
	}
}

func TestMainExitCodes(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"-bogus"}, 2},
		{[]string{"-date", "1950-13-01"}, 2},
		{[]string{"render", "-date", "1950-06-25", "-size", "huge", "-o", "x.png"}, 2},
		{[]string{"-h"}, 0},
		{nil, 1}, // no display: a clear message, not a panic
	} {
		if got := Main(tc.args); got != tc.want {
			t.Errorf("Main(%q) = %d, want %d", tc.args, got, tc.want)
		}
	}
	// A display that nobody answers on: a clear message too.
	t.Setenv("DISPLAY", ":4321")
	if got := Main(nil); got != 1 {
		t.Errorf("Main with DISPLAY=:4321 = %d, want 1", got)
	}
	if msg := displayProblem(); !strings.Contains(msg, "no X server answers on DISPLAY=:4321") {
		t.Errorf("displayProblem() = %q", msg)
	}
}
