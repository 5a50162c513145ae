package app

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"

	"korea1950/timeline/playback"
)

// openKiosk turns the window w around u into a kiosk: the kiosk's
// content, full screen, every key but the exit chord ignored, the
// close button ignored. The kiosk's settings are read from the user's
// state, with what the command line gives written back to it. What is
// wrong with them goes to the log (the kiosk's journal under systemd),
// not to the screen: a visitor could not act on it. The idle watcher
// reads clock.
func openKiosk(a fyne.App, w fyne.Window, u *ui, o Options, clock playback.Clock) *kiosk {
	ks, problems := loadKioskSettings(u.sess.st)
	ks, changed := ks.withOptions(o)
	if err := ks.save(u.sess.st, changed); err != nil {
		problems = append(problems, err.Error())
	}
	for _, p := range append(u.sess.problems, problems...) {
		fmt.Fprintln(os.Stderr, "korea1950 kiosk:", p)
	}
	k := newKiosk(u, ks, o.Layers, clock)
	k.quit = a.Quit
	w.SetContent(k.Object())
	c := w.Canvas()
	c.SetOnTypedKey(k.typedKey)
	c.SetOnTypedRune(k.typedRune)
	c.AddShortcut(kioskExit, func(fyne.Shortcut) { kioskKeys[0].do(u) })
	w.SetCloseIntercept(func() { k.idle.input(inputTap) })
	w.SetFullScreen(true)
	return k
}

// useKioskTheme sets the kiosk's theme on a, around its current theme.
// Call it before the first widget is made: a widget drawn in one theme
// keeps some of its sizes when the theme changes under it.
func useKioskTheme(a fyne.App) {
	if _, ok := a.Settings().Theme().(kioskTheme); !ok {
		a.Settings().SetTheme(kioskTheme{base: a.Settings().Theme()})
	}
}
