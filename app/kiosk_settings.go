package app

import (
	"fmt"
	"strconv"
	"time"

	"korea1950/app/userstate"
	"korea1950/geodata"
	"korea1950/maps"
)

// kioskSettings are what a kiosk keeps across restarts and power loss:
// its idle times and its start state. They live among the user state's
// settings (app/userstate), which are fsynced on every write, under the
// names of kioskKeys.
type kioskSettings struct {
	Idle, Countdown time.Duration
	Lang            string
	Date            time.Time // the start date: noon in Seoul on a day, or an instant
	View            maps.View // a named view
}

// The names of the kiosk's settings in the user state.
const (
	keyKioskIdle      = "kiosk.idle"      // seconds, e.g. "90"
	keyKioskCountdown = "kiosk.countdown" // seconds, e.g. "15"
	keyKioskLang      = "kiosk.lang"      // en, ko or zh
	keyKioskDate      = "kiosk.date"      // RFC 3339, e.g. "1950-06-25T03:00:00Z"
	keyKioskView      = "kiosk.view"      // peninsula or eastasia
)

// defaultKioskSettings are a new kiosk's: 90 s idle, a 15 s countdown,
// English, the peninsula on the day of the invasion.
func defaultKioskSettings() kioskSettings {
	return kioskSettings{Idle: defaultIdle, Countdown: defaultCountdown, Lang: "en", Date: geodata.Opening, View: maps.Peninsula}
}

// loadKioskSettings reads the kiosk's settings from st (nil: none are
// stored). A stored value that cannot be used is named in a problem and
// its default is used instead.
func loadKioskSettings(st *userstate.Store) (kioskSettings, []string) {
	ks := defaultKioskSettings()
	if st == nil {
		return ks, nil
	}
	var problems []string
	bad := func(key, val, want string) {
		problems = append(problems, fmt.Sprintf("kiosk setting %s = %q: want %s; the default is used", key, val, want))
	}
	seconds := func(key string, lo, hi int, into *time.Duration) {
		v, ok := st.Setting(key)
		if !ok {
			return
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < lo || n > hi {
			bad(key, v, fmt.Sprintf("seconds from %d to %d", lo, hi))
			return
		}
		*into = time.Duration(n) * time.Second
	}
	seconds(keyKioskIdle, minIdle, maxIdle, &ks.Idle)
	seconds(keyKioskCountdown, minCountdown, maxCountdown, &ks.Countdown)
	if v, ok := st.Setting(keyKioskLang); ok {
		if geodata.ValidLanguage(v) {
			ks.Lang = v
		} else {
			bad(keyKioskLang, v, "en, ko or zh")
		}
	}
	if v, ok := st.Setting(keyKioskDate); ok {
		t, err := time.Parse(time.RFC3339, v)
		if err != nil || t.Before(geodata.SpanStart) || t.After(geodata.SpanEnd) {
			bad(keyKioskDate, v, "a time from 1949-07-01 to 1953-07-31 in RFC 3339")
		} else {
			ks.Date = t
		}
	}
	if v, ok := st.Setting(keyKioskView); ok {
		if view, named := maps.ViewByName(v); named {
			ks.View = view
		} else {
			bad(keyKioskView, v, "peninsula or eastasia")
		}
	}
	return ks, problems
}

// withOptions returns ks changed by what the command line gave: -idle,
// -countdown, -lang, -view, -date or -at. The names of the settings it
// changed are returned too, so that they can be remembered.
func (ks kioskSettings) withOptions(o Options) (kioskSettings, []string) {
	var changed []string
	if o.IdleSeconds > 0 {
		ks.Idle = time.Duration(o.IdleSeconds) * time.Second
		changed = append(changed, keyKioskIdle)
	}
	if o.CountdownSeconds > 0 {
		ks.Countdown = time.Duration(o.CountdownSeconds) * time.Second
		changed = append(changed, keyKioskCountdown)
	}
	if o.LangSet {
		ks.Lang = o.Lang
		changed = append(changed, keyKioskLang)
	}
	if o.DateSet {
		ks.Date = o.Date
		changed = append(changed, keyKioskDate)
	}
	if o.ViewSet {
		ks.View = o.View
		changed = append(changed, keyKioskView)
	}
	return ks, changed
}

// value is the stored form of the setting key.
func (ks kioskSettings) value(key string) string {
	switch key {
	case keyKioskIdle:
		return strconv.Itoa(int(ks.Idle / time.Second))
	case keyKioskCountdown:
		return strconv.Itoa(int(ks.Countdown / time.Second))
	case keyKioskLang:
		return ks.Lang
	case keyKioskDate:
		return ks.Date.UTC().Format(time.RFC3339)
	case keyKioskView:
		return ks.View.Name
	}
	return ""
}

// save writes the settings named by keys to st; each is on disk when it
// returns.
func (ks kioskSettings) save(st *userstate.Store, keys []string) error {
	if st == nil {
		return nil
	}
	for _, k := range keys {
		if err := st.SetSetting(k, ks.value(k)); err != nil {
			return fmt.Errorf("saving the kiosk setting %s: %w", k, err)
		}
	}
	return nil
}

// allKioskKeys are the names of every kiosk setting.
var allKioskKeys = []string{keyKioskIdle, keyKioskCountdown, keyKioskLang, keyKioskDate, keyKioskView}
