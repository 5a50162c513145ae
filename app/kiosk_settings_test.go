package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"korea1950/app/userstate"
	"korea1950/geodata"
	"korea1950/maps"
)

// The kiosk's settings given on the command line are written to the state
// file; after a restart (the store closed and opened again) a start
// without those flags gets them back.
func TestKioskSettingsSurviveARestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), StateFile)
	st, err := userstate.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	first, problems := loadKioskSettings(st)
	if len(problems) > 0 || first != defaultKioskSettings() {
		t.Fatalf("a new kiosk has %+v %v, want the defaults", first, problems)
	}
	o, err := ParseArgs([]string{"-kiosk", "-idle", "45", "-countdown", "20", "-lang", "zh", "-view", "eastasia", "-date", "1950-10-19"})
	if err != nil {
		t.Fatal(err)
	}
	ks, changed := first.withOptions(o)
	if err := ks.save(st, changed); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st, err = userstate.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	o, _ = ParseArgs([]string{"-kiosk"})
	again, problems := loadKioskSettings(st)
	again, changed = again.withOptions(o)
	want := kioskSettings{Idle: 45 * time.Second, Countdown: 20 * time.Second, Lang: "zh", View: maps.EastAsia,
		Date: time.Date(1950, 10, 19, 12, 0, 0, 0, geodata.Seoul)}
	if len(problems) > 0 || len(changed) > 0 {
		t.Errorf("problems %v, changed %v", problems, changed)
	}
	if again.Idle != want.Idle || again.Countdown != want.Countdown || again.Lang != want.Lang ||
		again.View != want.View || !again.Date.Equal(want.Date) {
		t.Errorf("after a restart: %+v, want %+v", again, want)
	}
}

// A stored value that cannot be used is named, and its default is used;
// the others are kept.
func TestKioskSettingsRefuseBadValues(t *testing.T) {
	st, err := userstate.Open(filepath.Join(t.TempDir(), StateFile))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for k, v := range map[string]string{
		keyKioskIdle: "2", keyKioskCountdown: "soon", keyKioskLang: "fr",
		keyKioskDate: "1960-01-01T00:00:00Z", keyKioskView: "world",
	} {
		if err := st.SetSetting(k, v); err != nil {
			t.Fatal(err)
		}
	}
	ks, problems := loadKioskSettings(st)
	if ks != defaultKioskSettings() {
		t.Errorf("got %+v, want the defaults", ks)
	}
	all := strings.Join(problems, "\n")
	for _, want := range []string{`kiosk.idle = "2": want seconds from 5 to 86400`, `kiosk.countdown = "soon"`,
		`kiosk.lang = "fr"`, `kiosk.date = "1960-01-01T00:00:00Z"`, `kiosk.view = "world"`} {
		if !strings.Contains(all, want) {
			t.Errorf("the problems do not say %q:\n%s", want, all)
		}
	}
	if err := st.SetSetting(keyKioskIdle, "120"); err != nil {
		t.Fatal(err)
	}
	if ks, _ := loadKioskSettings(st); ks.Idle != 2*time.Minute {
		t.Errorf("idle %v after a good value was stored, want 2m0s", ks.Idle)
	}
}
