package app

// setLanguage switches the language of the map's names and dates.
//
// Temporary: the languages helper's app/lang.go, which switches every
// visible text at once, replaces this file when the branches are merged.
func (u *ui) setLanguage(lang string) {
	u.lang = lang
	u.m.SetLanguage(lang)
}
