package app

import (
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"korea1950/geodata"
)

// library is the app's geodata: where it comes from (the embedded data,
// the user's folder, files dropped on the window), what was loaded, and
// the watcher that reloads it when a file changes. Its fields belong to
// the UI goroutine; loading runs on another and hands its result back.
type library struct {
	only    bool
	folder  string   // the user's folder, or ""
	dropped []string // files dropped on the window, in the order dropped

	ds    *geodata.Dataset
	store *geodata.Store
	gen   int // counts loads, so a slow load never replaces a newer one

	watcher *geodata.Watcher
	watched []string

	// do runs a function on the UI goroutine: fyne.Do in the window,
	// a direct call in tests.
	do func(func())
	// onLoaded is called on the UI goroutine after each load.
	onLoaded func(*geodata.Dataset, *geodata.Store)
	// mu guards nothing the UI reads: it serialises loads, which may
	// otherwise run two at once when files change while one is running.
	mu sync.Mutex
}

// paths are the user's inputs, each its own source of ids.
func (l *library) paths() []string {
	var ps []string
	if l.folder != "" {
		ps = append(ps, l.folder)
	}
	return append(ps, l.dropped...)
}

// setFolder makes dir the user's folder ("" for none) and reloads.
func (l *library) setFolder(dir string) {
	l.folder = dir
	l.reload()
}

// drop adds geodata files dropped on the window and reloads. It returns
// how many were geodata files; others are ignored.
func (l *library) drop(paths []string) int {
	n := 0
	for _, p := range paths {
		if !geodata.IsGeodataFile(p) {
			continue
		}
		n++
		p = filepath.Clean(p)
		if !slices.Contains(l.dropped, p) && !l.inFolder(p) {
			l.dropped = append(l.dropped, p)
		}
	}
	if n > 0 {
		l.reload()
	}
	return n
}

// inFolder reports whether p is already read as part of the user's folder.
func (l *library) inFolder(p string) bool {
	if l.folder == "" {
		return false
	}
	rel, err := filepath.Rel(l.folder, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// reload loads every input again off the UI goroutine, then swaps the
// result in. The date and the view are not touched.
func (l *library) reload() {
	l.gen++
	gen, only, paths := l.gen, l.only, l.paths()
	l.watch(paths)
	go func() {
		l.mu.Lock()
		ds := geodata.Load(inputs(only, paths...)...)
		store, err := geodata.NewStore(ds.Features)
		l.mu.Unlock()
		if err != nil {
			ds.Problems = append(ds.Problems, geodata.Problem{File: "(index)", Msg: err.Error()})
			store, _ = geodata.NewStore(nil)
		}
		l.do(func() {
			if gen != l.gen {
				store.Close() // a newer load is on its way
				return
			}
			if l.store != nil {
				l.store.Close()
			}
			l.ds, l.store = ds, store
			if l.onLoaded != nil {
				l.onLoaded(ds, store)
			}
		})
	}()
}

// watch watches the user's paths, replacing any earlier watcher.
func (l *library) watch(paths []string) {
	if l.watcher != nil && slices.Equal(paths, l.watched) {
		return
	}
	l.stop()
	l.watched = paths
	if len(paths) == 0 {
		return
	}
	l.watcher = geodata.Watch(paths, geodata.WatchInterval, func() { l.do(l.reload) })
}

// stop ends the watching.
func (l *library) stop() {
	if l.watcher != nil {
		l.watcher.Stop()
		l.watcher = nil
	}
}
