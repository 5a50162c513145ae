package app

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"korea1950/geodata"
	"korea1950/internal/fonts"
	"korea1950/internal/golden"
	"korea1950/internal/i18n"
	"korea1950/timeline"
	"korea1950/timeline/playback"
)

// shownTexts returns every text drawn in o that shows: the canvas.Text of
// labels, buttons, boxes, the map and the timeline, skipping whatever is
// hidden or lies in a hidden container.
func shownTexts(o fyne.CanvasObject) []string {
	if o == nil || !o.Visible() {
		return nil
	}
	switch o := o.(type) {
	case *canvas.Text:
		if strings.TrimSpace(o.Text) != "" {
			return []string{o.Text}
		}
		return nil
	case *fyne.Container:
		var out []string
		for _, c := range o.Objects {
			out = append(out, shownTexts(c)...)
		}
		return out
	case fyne.Widget:
		var out []string
		for _, c := range test.WidgetRenderer(o).Objects() {
			out = append(out, shownTexts(c)...)
		}
		return out
	}
	return nil
}

// englishWord finds a word of English left in a text: three Latin letters
// or more, but for the words every language writes alike.
var englishWord = regexp.MustCompile(`[A-Za-z]{3,}`)

var sameInEveryLanguage = []string{"English", "UTC", "Enter", "YYYY"}

func hasEnglish(s string) bool {
	for _, w := range englishWord.FindAllString(s, -1) {
		if !slices.Contains(sameInEveryLanguage, w) {
			return true
		}
	}
	return false
}

// After a switch to Korean or Chinese no text of the window that showed in
// English still shows, and the note "draft translation" does; back in
// English the window shows exactly what it showed before.
func TestSetLanguageLeavesNoEnglish(t *testing.T) {
	u, w := newTestUI(t, "-date", "1950-10-02", "-signals")
	w.Resize(fyne.NewSize(1700, 1000))
	u.selectFeature(nil, fromPanel)
	english := shownTexts(u.content)
	if len(english) < 60 {
		t.Fatalf("only %d texts show in English: %q", len(english), english)
	}
	for _, want := range []string{"Layers", "Play", "Loop", "Signals", "Go to: 1950-10-02 23:00", "Washington", "the crossing"} {
		if !slices.Contains(english, want) {
			t.Errorf("the English window lacks %q", want)
		}
	}
	if u.langs.Draft() != "" {
		t.Errorf("English is marked %q", u.langs.Draft())
	}
	for _, lang := range []string{"ko", "zh"} {
		u.setLanguage(lang)
		got := shownTexts(u.content)
		for _, s := range got {
			if slices.Contains(english, s) && hasEnglish(s) {
				t.Errorf("%s: %q still shows in English", lang, s)
			}
		}
		if d := u.langs.Draft(); d != i18n.T(lang, "lang.draft") || !slices.Contains(got, d) {
			t.Errorf("%s: the draft note is %q, shown %v", lang, d, slices.Contains(got, d))
		}
		if !slices.Contains(got, i18n.T(lang, "lane.washington")) || !slices.Contains(got, i18n.T(lang, "era.crossing")) {
			t.Errorf("%s: the timeline's lanes or eras are not translated", lang)
		}
		u.setLanguage("en")
		again := shownTexts(u.content)
		slices.Sort(again)
		want := slices.Clone(english)
		slices.Sort(want)
		if !slices.Equal(again, want) {
			t.Errorf("back from %s, English shows\n%q\nwant\n%q", lang, again, want)
		}
	}
}

// A switch of language keeps the state the texts show: the speed, the
// loop, the timeline's view, the selection.
func TestSetLanguageKeepsState(t *testing.T) {
	u, _ := newTestUI(t, "-date", "1950-10-02")
	u.player.SetSpeed(2)
	u.player.SetLoop(true)
	u.toggleSignals()
	u.selectFeature(mustFeature(t, "zhou-panikkar-1950-10-02"), fromMap)
	u.setLanguage("zh")
	if u.player.Speed() != playback.Speeds[2] || !u.player.Loop() || u.tl.Mode() != timeline.ModeSignals {
		t.Errorf("the speed, loop or view changed: %v %v %v", u.player.Speed(), u.player.Loop(), u.tl.Mode())
	}
	if got, want := u.tr.speed.Selected, i18n.T("zh", "speed.6h"); got != want {
		t.Errorf("speed box shows %q, want %q", got, want)
	}
	if got, want := u.tr.mode.Selected, i18n.T("zh", "transport.signals"); got != want {
		t.Errorf("view shows %q, want %q", got, want)
	}
	if !strings.Contains(panelText(u.det), "周恩来") || !strings.Contains(panelText(u.det), i18n.T("zh", "details.sources")) {
		t.Errorf("the details are not in Chinese:\n%s", panelText(u.det))
	}
	// The radio buttons still switch the view, by their new names.
	u.tr.mode.SetSelected(i18n.T("zh", "transport.events"))
	if u.tl.Mode() != timeline.ModeEvents {
		t.Error("the Chinese radio button does not switch to the events view")
	}
	u.tr.speed.SetSelected(i18n.T("zh", "speed.1w"))
	if u.player.Speed() != playback.Speeds[6] {
		t.Errorf("choosing %q set %v", i18n.T("zh", "speed.1w"), u.player.Speed())
	}
	// The t key goes round the languages.
	for _, want := range []string{"en", "ko", "zh"} {
		u.typedRune('t')
		if u.lang != want {
			t.Errorf("t: language %s, want %s", u.lang, want)
		}
	}
}

// The menu is built in the language, with the language's item checked,
// and its items switch the language.
func TestLanguageMenu(t *testing.T) {
	u, w := newTestUI(t, "-lang", "ko")
	m := mainMenu(w, u)
	var labels []string
	for _, mn := range m.Items {
		labels = append(labels, mn.Label)
	}
	if !slices.Equal(labels, []string{"파일", "보기", "도움말"}) {
		t.Fatalf("menus %q", labels)
	}
	lang := m.Items[1].Items[0]
	if lang.Label != "언어" || lang.ChildMenu == nil || len(lang.ChildMenu.Items) != 3 {
		t.Fatalf("the language item: %+v", lang)
	}
	for i, it := range lang.ChildMenu.Items {
		if it.Checked != (i18n.Languages[i] == "ko") {
			t.Errorf("%s checked %v", it.Label, it.Checked)
		}
	}
	lang.ChildMenu.Items[2].Action()
	if u.lang != "zh" || u.title.Text != "朝鲜半岛 1950" {
		t.Errorf("the menu's Chinese item: language %s, title %q", u.lang, u.title.Text)
	}
}

// Tapping a language's name in the toolbar switches to it.
func TestLangBarTaps(t *testing.T) {
	u, _ := newTestUI(t)
	b := u.langs
	zh := b.names[2]
	test.TapAt(b, zh.Position().Add(fyne.NewPos(2, 2)))
	if u.lang != "zh" {
		t.Fatalf("tapping 中文: language %s", u.lang)
	}
	test.TapAt(b, b.names[0].Position().Add(fyne.NewPos(2, 2)))
	if u.lang != "en" {
		t.Errorf("tapping English: language %s", u.lang)
	}
}

// The layers panel with its legend, and the problems panel, are written in
// the language they open in.
func TestPanelsInTheLanguage(t *testing.T) {
	u, _ := newTestUI(t)
	ds := &geodata.Dataset{Inputs: []string{geodata.EmbeddedName}, Features: shippedStore().Features()}
	panels := func() []string {
		return append(shownTexts(u.layersPanel()), shownTexts(problemsPanel(ds, nil, u.lang, func(string) {}))...)
	}
	english := panels()
	if !slices.Contains(english, "Whose") || !slices.Contains(english, "Copy all") || !slices.Contains(english, "Sides") {
		t.Fatalf("the English panels lack their headings: %q", english)
	}
	for _, lang := range []string{"ko", "zh"} {
		u.setLanguage(lang)
		for _, s := range panels() {
			if slices.Contains(english, s) && hasEnglish(s) {
				t.Errorf("%s: %q still shows in English", lang, s)
			}
		}
	}
}

// The details panel in Korean and Chinese, drawn in the embedded fonts.
func TestDetailsGoldenLanguages(t *testing.T) {
	s := detailsStore(t)
	for _, lang := range []string{"ko", "zh"} {
		t.Run(lang, func(t *testing.T) {
			test.NewTempApp(t)
			fyne.CurrentApp().Settings().SetTheme(fonts.Theme(lightTheme{}, lang))
			d := newDetails(lang)
			win := test.NewWindow(d.Object())
			win.SetPadded(false)
			win.Resize(fyne.NewSize(detailsWidth, 760))
			defer win.Close()
			d.Show(need(t, s, "zhou-panikkar-1950-10-02"), s)
			golden.Assert(t, "details/zhou-local-"+lang+".png", win.Canvas().Capture())
		})
	}
}

// bigText is a mode's own theme, as the kiosk's: larger text.
type bigText struct{ fyne.Theme }

func (b bigText) Size(n fyne.ThemeSizeName) float32 { return 2 * b.Theme.Size(n) }

// The language's fonts go into whatever theme the app has, and leave it
// as it was on the way back to English.
func TestLanguageFontsKeepTheTheme(t *testing.T) {
	u, _ := newTestUI(t)
	u.themeFonts = true
	s := fyne.CurrentApp().Settings()
	base := bigText{test.Theme()}
	s.SetTheme(base)
	for _, lang := range []string{"ko", "zh", "ko"} {
		u.setLanguage(lang)
		th := s.Theme()
		if th.Font(fyne.TextStyle{}) != fonts.For(lang, false) || th.Font(fyne.TextStyle{Bold: true}) != fonts.For(lang, true) {
			t.Errorf("%s: the theme's fonts are not the language's", lang)
		}
		if th.Size("text") != base.Size("text") {
			t.Errorf("%s: text size %v, want the mode's %v", lang, th.Size("text"), base.Size("text"))
		}
		if th.Font(fyne.TextStyle{Monospace: true}) != base.Font(fyne.TextStyle{Monospace: true}) {
			t.Errorf("%s: monospaced text left the base theme's font", lang)
		}
	}
	u.setLanguage("en")
	if s.Theme() != fyne.Theme(base) {
		t.Errorf("back in English the theme is %T, want the mode's own", s.Theme())
	}
}

// The table's English keeps to the words the rest of the code uses: the
// sides' descriptions of geodata.Sides and the playback speeds' names.
func TestTableMatchesTheCode(t *testing.T) {
	for side, desc := range geodata.Sides {
		if side == "neutral" {
			continue
		}
		if got := i18n.T("en", sideLong[side]); got != desc {
			t.Errorf("side %s: the table says %q, geodata.Sides %q", side, got, desc)
		}
	}
	if len(speedKeys) != len(playback.Speeds) {
		t.Fatalf("%d speed keys for %d speeds", len(speedKeys), len(playback.Speeds))
	}
	for i, s := range playback.Speeds {
		if got := i18n.T("en", speedKeys[i]); got != s.Name {
			t.Errorf("speed %d: the table says %q, playback %q", i, got, s.Name)
		}
	}
}
