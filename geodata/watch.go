package geodata

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// WatchInterval is how often a Watcher looks at its files. A change is
// reported once the files have stayed the same for one more look, so a
// file saved in QGIS is reloaded within about two intervals.
const WatchInterval = 250 * time.Millisecond

// Watcher looks at the geodata files under some paths and reports when
// they change: a file saved, added, removed or replaced. It polls, which
// works the same on every file system and editor (QGIS rewrites files
// in place; some editors replace them by renaming).
type Watcher struct {
	paths    []string
	interval time.Duration
	onChange func()
	stop     chan struct{}
	done     chan struct{}
	once     sync.Once
}

// Watch starts watching paths (files or folders) and calls onChange on
// the Watcher's own goroutine after each settled change. Call Stop to end.
func Watch(paths []string, interval time.Duration, onChange func()) *Watcher {
	w := &Watcher{paths: append([]string(nil), paths...), interval: interval, onChange: onChange,
		stop: make(chan struct{}), done: make(chan struct{})}
	go w.run()
	return w
}

// Stop ends the watching and waits for the goroutine to finish. It is
// safe to call more than once.
func (w *Watcher) Stop() {
	w.once.Do(func() { close(w.stop) })
	<-w.done
}

func (w *Watcher) run() {
	defer close(w.done)
	loaded := snapshot(w.paths)
	pending := loaded
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		select {
		case <-w.stop:
			return
		case <-t.C:
		}
		now := snapshot(w.paths)
		switch {
		case now == loaded:
			pending = loaded
		case now != pending:
			pending = now // still changing: wait for it to settle
		default:
			loaded = now
			w.onChange()
		}
	}
}

// snapshot is one string that changes whenever any watched file's name,
// size, modification time or inode changes.
func snapshot(paths []string) string {
	var lines []string
	for _, p := range paths {
		files, err := GeodataFiles(p)
		if err != nil {
			lines = append(lines, p+" missing")
			continue
		}
		for _, name := range files {
			fi, err := os.Stat(name)
			if err != nil {
				lines = append(lines, name+" gone")
				continue
			}
			var ino uint64
			if st, ok := fi.Sys().(*syscall.Stat_t); ok {
				ino = st.Ino
			}
			lines = append(lines, name+" "+fi.ModTime().Format(time.RFC3339Nano)+" "+
				strconv.FormatInt(fi.Size(), 10)+" "+strconv.FormatUint(ino, 10))
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
