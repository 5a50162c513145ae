package userstate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/tidwall/buntdb"
)

var (
	// ErrNotFound is wrapped by errors about an id or key the store does
	// not hold.
	ErrNotFound = errors.New("userstate: not found")
	// ErrExists is wrapped when AddBookmark or AddNote is given an id that
	// is already taken.
	ErrExists = errors.New("userstate: id already taken")
	// ErrDamaged is wrapped when a change would overwrite or delete an
	// entry whose value cannot be decoded; such entries are left as they are.
	ErrDamaged = errors.New("userstate: entry cannot be decoded")
	// ErrInUse is wrapped when Open finds the file open in another store,
	// in this process or another one (the app running twice).
	ErrInUse = errors.New("userstate: file in use by another store; is the app running twice?")
)

// Store is the user's state in one buntdb file. It is safe for concurrent
// use by several goroutines.
type Store struct {
	db   *buntdb.DB
	sync *os.File // the same file, only to check that fsync succeeded
	lock *os.File // holds the lock on <path>.lock; nil where there is none
	path string   // absolute, so Problems can say where the file is
	ids  idSource

	mu       sync.Mutex // guards problems and reported
	problems []string
	reported map[string]bool
}

// Open opens the store at path, creating the file and its parent folders
// when they do not exist, and reports undecodable entries through
// Problems. A file buntdb cannot read is renamed aside and a fresh one is
// started (see the package doc). A file already open in another store
// gives ErrInUse (on Unix systems, which can lock files); any other
// failure is returned too.
func Open(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("userstate: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, fmt.Errorf("userstate: %w", err)
	}
	s := &Store{path: abs, reported: map[string]bool{}}
	lock, lockNote, err := lockFile(abs)
	if err != nil {
		return nil, err
	}
	db, notes, err := openFile(abs)
	if err != nil {
		closeLock(lock)
		return nil, err
	}
	// Write access because Windows flushes only files opened for writing;
	// nothing is written through it. buntdb never replaces the file, as
	// openDB turns its shrinking off, so this stays the file buntdb writes.
	sync, err := os.OpenFile(abs, os.O_WRONLY, 0)
	if err != nil {
		_ = db.Close()
		closeLock(lock)
		return nil, fmt.Errorf("userstate: %w", err)
	}
	s.db, s.sync, s.lock = db, sync, lock
	if lockNote != "" {
		s.report(lockNote)
	}
	for _, n := range notes {
		s.report(n)
	}
	s.checkAll()
	return s, nil
}

// closeLock releases a lock taken by lockFile.
func closeLock(lock *os.File) {
	if lock != nil {
		_ = lock.Close()
	}
}

// Path returns the absolute path of the store's file.
func (s *Store) Path() string { return s.path }

// Close flushes and closes the file. The store cannot be used afterwards.
func (s *Store) Close() error {
	err := s.db.Close()
	if serr := s.sync.Close(); err == nil && !errors.Is(serr, os.ErrClosed) {
		err = serr
	}
	closeLock(s.lock) // last, when buntdb has closed the file
	if err != nil {
		return fmt.Errorf("userstate: close %s: %w", s.path, err)
	}
	return nil
}

// Problems returns one line for each thing the store found wrong with its
// file since it was opened: an entry that cannot be decoded (named by file
// and key, and left as it is), a file moved aside because it could not be
// read, the unfinished end of a write that was cut off. Each problem is
// reported once.
func (s *Store) Problems() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.problems...)
}

// report adds a problem line unless it was already reported.
func (s *Store) report(line string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.reported[line] {
		s.reported[line] = true
		s.problems = append(s.problems, line)
	}
}

// checkAll decodes every entry once so that Problems lists the damaged
// ones straight after Open.
func (s *Store) checkAll() {
	_, _ = s.Bookmarks()
	_, _ = s.Notes()
	_ = s.Settings()
	_, _ = s.Last()
}
