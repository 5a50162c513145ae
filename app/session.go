package app

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/paulmach/orb"

	"korea1950/app/userstate"
	"korea1950/geodata"
	"korea1950/maps"
)

// StateFile is the name of the user's state file in the app's storage
// folder ($XDG_CONFIG_HOME/fyne/io.github.korea1950.app on Linux).
const StateFile = "state.db"

// settingFolder is the setting that remembers the user's geodata folder.
const settingFolder = "data.folder"

// saveDelay is how long the position must stay still before it is
// written: a drag or a scrub writes once, not at every frame.
const saveDelay = 700 * time.Millisecond

// session is the user's own state while the window is open: it restores
// the last position at start and writes it back as it changes. Writes
// happen off the UI goroutine; the store fsyncs each one.
type session struct {
	st       *userstate.Store
	dir      string   // the app's storage folder, which holds st and the user's stories
	problems []string // what went wrong opening or reading the state

	mu      sync.Mutex // guards pending and timer
	pending *userstate.Position
	timer   *time.Timer
	writeMu sync.Mutex // held while writing or closing st
	closed  bool
}

// openSession opens the state file in dir. When it cannot be opened the
// app runs without saving, and says why in the data panel.
func openSession(dir string) *session {
	s := &session{dir: dir}
	st, err := userstate.Open(filepath.Join(dir, StateFile))
	if err != nil {
		s.problems = append(s.problems, fmt.Sprintf("%v: bookmarks, notes and the last position will not be saved this time", err))
		return s
	}
	s.st = st
	s.problems = append(s.problems, st.Problems()...)
	return s
}

// position is where the ui is now: its date and its view.
func position(u *ui) userstate.Position {
	vp := u.m.Viewport()
	c := u.m.Centre()
	v := userstate.View{Lon: c[0], Lat: c[1], MetresPerPixel: vp.MetresPerPixel()}
	if named, fitted := u.m.NamedView(); fitted {
		v.Name = named.Name
	}
	return userstate.Position{Date: u.m.Date(), View: v}
}

// restore puts the ui back where the user left it, unless the command line
// named a date or a view; and reopens the user's folder unless -data did.
func (s *session) restore(u *ui, o Options) {
	if s.st == nil {
		return
	}
	if p, ok := s.st.Last(); ok {
		if !o.DateSet && !p.Date.Before(geodata.SpanStart) && !p.Date.After(geodata.SpanEnd) {
			u.tl.SetValue(p.Date)
			u.setDate(u.tl.Value())
		}
		if !o.ViewSet {
			if v, named := maps.ViewByName(p.View.Name); named {
				u.showView(v)
			} else if err := p.View.Validate(); err == nil {
				u.m.SetCentre(orb.Point{p.View.Lon, p.View.Lat}, p.View.MetresPerPixel)
				u.markView(maps.View{})
			}
		}
	}
	if o.Data == "" && u.lib != nil {
		if dir, ok := s.st.Setting(settingFolder); ok && dir != "" {
			if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
				u.lib.folder = dir
			}
		}
	}
}

// saveSoon records the position to write once it has been still for
// saveDelay. It is called on the UI goroutine.
func (s *session) saveSoon(p userstate.Position) {
	if s.st == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pending = &p
	if s.timer == nil {
		s.timer = time.AfterFunc(saveDelay, s.flush)
	} else {
		s.timer.Reset(saveDelay)
	}
}

// flush writes the pending position, if any. It runs on the timer's
// goroutine, or on the UI goroutine at close.
func (s *session) flush() {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.mu.Lock()
	p := s.pending
	s.pending = nil
	s.mu.Unlock()
	if p == nil || s.closed {
		return
	}
	if err := s.st.SetLast(*p); err != nil {
		fmt.Fprintln(os.Stderr, "korea1950: saving the position:", err)
	}
}

// rememberFolder saves the user's folder ("" to forget it).
func (s *session) rememberFolder(dir string) {
	if s.st == nil || s.closed {
		return
	}
	if err := s.st.SetSetting(settingFolder, dir); err != nil {
		fmt.Fprintln(os.Stderr, "korea1950: saving the folder:", err)
	}
}

// close writes what is pending and closes the file.
func (s *session) close() {
	if s.st == nil || s.closed {
		return
	}
	s.mu.Lock()
	if s.timer != nil {
		s.timer.Stop()
	}
	s.mu.Unlock()
	s.flush()
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.closed = true
	s.st.Close()
}
