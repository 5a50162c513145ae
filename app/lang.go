package app

import (
	"fyne.io/fyne/v2"

	"korea1950/internal/fonts"
	"korea1950/internal/i18n"
	"korea1950/maps"
)

// setLanguage shows every text of the window in lang ("en", "ko" or "zh";
// English for any other) at once: the fonts, the toolbar, the search box,
// the transport bar, the details, the compare view's bar, the maps and the
// timeline, and, through onLanguage, the window's title and menu. Dialogs
// are written in the language when they open. -lang at start comes here
// too.
func (u *ui) setLanguage(lang string) {
	if !i18n.Valid(lang) {
		lang = "en"
	}
	u.lang = lang
	u.applyTheme()
	u.m.SetLanguage(lang)
	if u.cmp != nil {
		u.cmp.SetLanguage(lang)
	}
	u.tl.Lang = lang
	u.tl.Refresh()

	u.title.SetText(i18n.T(lang, "app.title"))
	for _, v := range maps.Views {
		if b := u.views[v.Name]; b != nil {
			b.SetText(v.TitleIn(lang))
		}
	}
	u.layersB.SetText(i18n.T(lang, "toolbar.layers"))
	u.compare.SetText(i18n.T(lang, "toolbar.compare"))
	u.marksB.SetText(i18n.T(lang, "toolbar.bookmarks"))
	u.marks.setLanguage()
	u.about.SetText(i18n.T(lang, "toolbar.about"))
	u.full.SetText(i18n.T(lang, "toolbar.fullscreen"))
	u.data.SetText(dataLabel(u.ds, lang))
	u.langs.setLanguage(lang)
	u.find.setLanguage()
	u.tr.setLanguage()
	u.det.SetLanguage(lang)
	if u.cmpRetitle != nil {
		u.cmpRetitle()
	}
	u.relabelStoryCaption()
	if u.presenting() {
		u.pres.relabel()
	}
	// Texts of a new length need the rows laid out again.
	u.content.Refresh()
	call(u.onLanguage)
}

// cycleLanguage switches to the next language: English, Korean, Chinese.
func (u *ui) cycleLanguage() {
	for i, l := range i18n.Languages {
		if l == u.lang {
			u.setLanguage(i18n.Languages[(i+1)%len(i18n.Languages)])
			return
		}
	}
	u.setLanguage("en")
}

// applyTheme puts the fonts of the language into the app's theme, whatever
// theme it is (a mode's own, such as the kiosk's, included): Noto Sans CJK
// KR for Korean, SC for Chinese, Fyne's own for English. Unless the ui
// owns its theme (themeFonts), it leaves the theme alone.
func (u *ui) applyTheme() {
	if !u.themeFonts {
		return
	}
	s := fyne.CurrentApp().Settings()
	s.SetTheme(fonts.Theme(fonts.Unwrap(s.Theme()), u.lang))
}

// languageMenu is the View menu's Language submenu: each language, named
// in the current one, the current one checked.
func (u *ui) languageMenu() *fyne.MenuItem {
	names := map[string]string{"en": "lang.en", "ko": "lang.ko", "zh": "lang.zh"}
	var items []*fyne.MenuItem
	for _, l := range i18n.Languages {
		it := fyne.NewMenuItem(i18n.T(u.lang, names[l]), func() { u.setLanguage(l) })
		it.Checked = l == u.lang
		items = append(items, it)
	}
	m := fyne.NewMenuItem(i18n.T(u.lang, "menu.language"), nil)
	m.ChildMenu = fyne.NewMenu("", items...)
	return m
}
