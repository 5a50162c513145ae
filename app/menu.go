package app

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"korea1950/geodata"
)

// mainMenu is the window's menu: File to open and close a folder of
// geodata, record the view as a scene of the user's story, and see the
// data's problems; Help for the about box.
func mainMenu(w fyne.Window, u *ui) *fyne.MainMenu {
	open := fyne.NewMenuItem("Open folder…", func() { openFolder(w, u) })
	closeFolder := fyne.NewMenuItem("Close folder", func() {
		u.lib.dropped = nil
		u.lib.setFolder("")
		u.sess.rememberFolder("")
	})
	problems := fyne.NewMenuItem("Data and problems…", func() { call(u.onData) })
	record := fyne.NewMenuItem("Record this view as a scene", u.record)
	about := fyne.NewMenuItem("About Korea 1950", func() { call(u.onAbout) })
	return fyne.NewMainMenu(
		fyne.NewMenu("File", open, closeFolder, fyne.NewMenuItemSeparator(), record, fyne.NewMenuItemSeparator(), problems),
		fyne.NewMenu("Help", about),
	)
}

// openFolder asks for a folder of geodata and loads it on top of the
// embedded data (or instead of it, with -only), as -data does.
func openFolder(w fyne.Window, u *ui) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(err, w)
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
		dialog.ShowInformation("Not geodata", "Only .geojson and .json files can be dropped on the map.\n"+
			"Dropped: "+strings.Join(paths, ", "), w)
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
