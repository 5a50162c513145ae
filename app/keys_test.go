package app

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/maps"
)

// keyTables reads docs/keys.md: for each "## Mode" heading, the rows of its
// | Key | Action | table in order.
func keyTables(t *testing.T) map[string][][2]string {
	t.Helper()
	data, err := os.ReadFile("../docs/keys.md")
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string][][2]string{}
	mode := ""
	for _, line := range strings.Split(string(data), "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			mode = strings.Fields(h)[0]
			continue
		}
		cells := strings.Split(strings.Trim(line, "| "), "|")
		if mode == "" || !strings.HasPrefix(line, "|") || len(cells) != 2 {
			continue
		}
		key := strings.Trim(strings.TrimSpace(cells[0]), "`")
		action := strings.TrimSpace(cells[1])
		if key == "Key" || strings.HasPrefix(key, "---") {
			continue
		}
		tables[mode] = append(tables[mode], [2]string{key, action})
	}
	return tables
}

func TestNoKeyHasTwoMeaningsInAMode(t *testing.T) {
	tables := keyTables(t)
	for _, mode := range []string{"Explore", "Presenter", "Kiosk"} {
		if len(tables[mode]) == 0 {
			t.Errorf("docs/keys.md has no %s table", mode)
		}
	}
	for mode, rows := range tables {
		seen := map[string]string{}
		for _, r := range rows {
			if prev, ok := seen[r[0]]; ok {
				t.Errorf("%s: key %s means both %q and %q", mode, r[0], prev, r[1])
			}
			seen[r[0]] = r[1]
		}
	}
	for mode, keys := range map[string][]binding{"explore": exploreKeys, "presenter": presenterKeys} {
		seen := map[string]bool{}
		for _, b := range keys {
			if seen[b.Key] {
				t.Errorf("app/keys.go binds %s twice in %s mode", b.Key, mode)
			}
			seen[b.Key] = true
		}
	}
	// Presenter mode matches letters in either case: a table that bound
	// both would give one key two meanings.
	for _, b := range presenterKeys {
		if r := []rune(b.Key); len(r) == 1 && unicode.ToLower(r[0]) != r[0] {
			t.Errorf("presenter mode binds %s: letters there are bound in lower case", b.Key)
		}
	}
}

func TestKeysDocMatchesTheApp(t *testing.T) {
	for mode, keys := range map[string][]binding{"Explore": exploreKeys, "Presenter": presenterKeys} {
		doc := keyTables(t)[mode]
		if len(doc) != len(keys) {
			t.Errorf("docs/keys.md lists %d %s keys, the app binds %d", len(doc), mode, len(keys))
		}
		for i := range min(len(doc), len(keys)) {
			if doc[i][0] != keys[i].Key || doc[i][1] != keys[i].Action {
				t.Errorf("%s row %d: docs say %s = %q, the app binds %s = %q", mode, i+1, doc[i][0], doc[i][1], keys[i].Key, keys[i].Action)
			}
		}
	}
}

func TestKeysDrive(t *testing.T) {
	test.NewTempApp(t)
	geo, err := maps.EmbeddedGeography()
	if err != nil {
		t.Fatal(err)
	}
	o, _ := ParseArgs(nil)
	u := newUI(geo, o)
	w := test.NewWindow(u.content)
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 700))
	day := func(y int, m time.Month, d int) time.Time {
		return geodata.Noon(time.Date(y, m, d, 0, 0, 0, 0, geodata.Seoul))
	}
	steps := []struct {
		key  string
		want time.Time
	}{
		{"Right", day(1950, 6, 26)},
		{"Up", day(1950, 7, 3)},
		{"Down", day(1950, 6, 26)},
		{"Left", day(1950, 6, 25)},
		{"End", day(1953, 7, 31)},
		{"Home", day(1949, 7, 1)},
	}
	for _, s := range steps {
		u.typedKey(&fyne.KeyEvent{Name: fyne.KeyName(s.key)})
		if !u.m.Date().Equal(s.want) {
			t.Errorf("after %s the map shows %v, want %v", s.key, u.m.Date(), s.want)
		}
	}
	scale := u.m.Viewport().Scale
	u.typedRune('+')
	if u.m.Viewport().Scale <= scale {
		t.Error("+ did not zoom in")
	}
	u.typedRune('0')
	if u.m.Viewport().Scale != scale {
		t.Error("0 did not reset the view")
	}
	u.typedRune('2')
	if got, want := u.m.Viewport(), maps.FitBound(maps.EastAsia.Bound, u.m.Viewport().Width, u.m.Viewport().Height); got != want {
		t.Errorf("2 gave %+v, want the East Asia view %+v", got, want)
	}
	// While a dialog shows, keys do not reach the map; Escape closes it.
	u.canvas = w.Canvas()
	w.Canvas().Overlays().Add(widget.NewLabel("a dialog"))
	date := u.m.Date()
	u.typedKey(&fyne.KeyEvent{Name: "Right"})
	u.typedRune('1')
	if !u.m.Date().Equal(date) || u.m.Viewport() != maps.FitBound(maps.EastAsia.Bound, u.m.Viewport().Width, u.m.Viewport().Height) {
		t.Error("keys reached the map under a dialog")
	}
	u.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.Canvas().Overlays().Top() != nil {
		t.Error("Escape did not close the dialog")
	}
	u.typedKey(&fyne.KeyEvent{Name: "Right"})
	if u.m.Date().Equal(date) {
		t.Error("keys do not reach the map once the dialog is closed")
	}

	// A printable key's KeyEvent is ignored: it is handled as a rune, once.
	before := u.m.Viewport()
	u.typedKey(&fyne.KeyEvent{Name: "="})
	if u.m.Viewport() != before {
		t.Error("the = key was handled as a key event as well as a rune")
	}
}
