package app

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/internal/i18n"
)

// mainMenu is the window's menu, in the ui's language: File to open and
// close a folder of geodata, record the view as a scene of the user's
// story, and see the data's problems; View for the language; Help for the
// about box. A change of language builds it again.
func mainMenu(w fyne.Window, u *ui) *fyne.MainMenu {
	lang := u.lang
	open := fyne.NewMenuItem(i18n.T(lang, "menu.open"), func() { openFolder(w, u) })
	closeFolder := fyne.NewMenuItem(i18n.T(lang, "menu.closefolder"), func() {
		u.lib.dropped = nil
		u.lib.setFolder("")
		u.sess.rememberFolder("")
	})
	problems := fyne.NewMenuItem(i18n.T(lang, "menu.problems"), func() { call(u.onData) })
	record := fyne.NewMenuItem(i18n.T(lang, "menu.record"), u.record)
	// Fyne adds a Quit item in the system's language unless there is one.
	quit := fyne.NewMenuItem(i18n.T(lang, "menu.quit"), nil)
	quit.IsQuit = true
	about := fyne.NewMenuItem(i18n.T(lang, "about.title"), func() { call(u.onAbout) })
	return fyne.NewMainMenu(
		fyne.NewMenu(i18n.T(lang, "menu.file"), open, closeFolder, fyne.NewMenuItemSeparator(), record,
			fyne.NewMenuItemSeparator(), problems, fyne.NewMenuItemSeparator(), quit),
		fyne.NewMenu(i18n.T(lang, "menu.view"), u.languageMenu()),
		fyne.NewMenu(i18n.T(lang, "menu.help"), about),
	)
}

// showMessage shows a message over the window, with its button in lang
// (Fyne's own information dialog would word it in the system's language).
func showMessage(w fyne.Window, lang, title, text string) {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, i18n.T(lang, "dialog.ok"), l, w)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// openFolder asks for a folder of geodata and loads it on top of the
// embedded data (or instead of it, with -only), as -data does.
func openFolder(w fyne.Window, u *ui) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			showMessage(w, u.lang, i18n.T(u.lang, "dialog.error"), err.Error())
			return
		}
		if dir == nil {
			return
		}
		u.lib.setFolder(dir.Path())
		u.sess.rememberFolder(dir.Path())
	}, w)
	if u.lib.folder != "" {
		if here, err := storage.ListerForURI(storage.NewFileURI(u.lib.folder)); err == nil {
			d.SetLocation(here)
		}
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// dropped loads the .geojson and .json files dropped on the window.
func dropped(w fyne.Window, u *ui, uris []fyne.URI) {
	var paths []string
	for _, uri := range uris {
		if uri.Scheme() == "file" {
			paths = append(paths, uri.Path())
		}
	}
	if u.lib.drop(paths) == 0 {
		showMessage(w, u.lang, i18n.T(u.lang, "dialog.drop.title"), i18n.Tf(u.lang, "dialog.drop.text", strings.Join(paths, ", ")))
	}
}

// DataInfo is what the window writes to $KOREA1950_DATA_INFO after each
// load of the geodata, for the smoke test: what loaded, and where the map
// stood at that moment.
type DataInfo struct {
	Features, Errors, Warnings int
	Inputs                     []string
	Date                       string // RFC 3339
	Lon, Lat                   float64
	Loads                      int
}

// writeDataInfo writes the DataInfo of the loads-th load to path.
func writeDataInfo(path string, u *ui, ds *geodata.Dataset, loads int) {
	c := u.m.Centre()
	info := DataInfo{Features: len(ds.Features), Errors: ds.Problems.Errors(), Warnings: ds.Problems.Warnings(),
		Inputs: ds.Inputs, Date: u.m.Date().UTC().Format("2006-01-02T15:04:05Z07:00"), Lon: c[0], Lat: c[1], Loads: loads}
	data, _ := json.Marshal(info)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err == nil {
		err = os.Rename(tmp, path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "korea1950: data info:", err)
		}
	}
}
