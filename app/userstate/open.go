package userstate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/tidwall/buntdb"
)

// asideTime is the UTC timestamp in the names of files moved or copied aside.
const asideTime = "20060102T150405Z"

// unreadable is the value of a panic inside buntdb.Open: its loader
// indexes into command names without checking their length.
type unreadable struct{ cause any }

func (u unreadable) Error() string { return fmt.Sprintf("buntdb panicked: %v", u.cause) }

// openFile opens the buntdb file at path. It returns the problems to
// report: the file moved aside because buntdb could not read it, or the
// cut-off end of a last write that buntdb dropped, saved to a file first.
func openFile(path string) (*buntdb.DB, []string, error) {
	before, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, fmt.Errorf("userstate: %w", err)
	}
	db, err := openDB(path)
	if err == nil {
		note, err := keepCut(path, before)
		if err != nil {
			_ = db.Close()
			return nil, nil, restore(path, before, err)
		}
		syncDir(filepath.Dir(path)) // so a newly created file stays
		return db, note, nil
	}
	if !isUnreadable(err) {
		return nil, nil, fmt.Errorf("userstate: open %s: %w", path, err)
	}
	aside := uniqueName(path + ".broken-" + time.Now().UTC().Format(asideTime))
	if rerr := os.Rename(path, aside); rerr != nil {
		return nil, nil, fmt.Errorf("userstate: %s cannot be read (%v) and could not be moved aside: %w", path, err, rerr)
	}
	syncDir(filepath.Dir(path))
	note := fmt.Sprintf("%s could not be read (%v): it was moved to %s, untouched, and a new empty file was started", path, err, aside)
	db, err = openDB(path)
	if err != nil {
		return nil, nil, fmt.Errorf("userstate: open %s after moving the unreadable file to %s: %w", path, aside, err)
	}
	syncDir(filepath.Dir(path))
	return db, []string{note}, nil
}

// openDB opens path with buntdb, syncing every write and never shrinking
// the file: buntdb's shrink renames a new file over the old one without
// fsyncing it first.
func openDB(path string) (db *buntdb.DB, err error) {
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, unreadable{r}
		}
	}()
	db, err = buntdb.Open(path)
	if err != nil {
		return nil, err
	}
	var cfg buntdb.Config
	if err := db.ReadConfig(&cfg); err != nil {
		_ = db.Close()
		return nil, err
	}
	cfg.SyncPolicy = buntdb.Always
	cfg.AutoShrinkDisabled = true
	if err := db.SetConfig(cfg); err != nil {
		_ = db.Close()
		return nil, err
	}
	return db, nil
}

// isUnreadable reports whether err from buntdb.Open means the file's
// contents are not a buntdb file, rather than that it could not be opened.
func isUnreadable(err error) bool {
	var num *strconv.NumError // an "ex" expiry that is not a number
	var u unreadable
	return errors.Is(err, buntdb.ErrInvalid) || errors.As(err, &num) || errors.As(err, &u)
}

// keepCut compares the file with its bytes before buntdb opened it. When
// buntdb truncated an unfinished last command, the dropped bytes are
// written to <path>.cut-<time> and a problem line says so.
func keepCut(path string, before []byte) ([]string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("userstate: %w", err)
	}
	if fi.Size() >= int64(len(before)) {
		return nil, nil
	}
	cut := before[fi.Size():]
	name, err := writeNew(path+".cut-"+time.Now().UTC().Format(asideTime), cut)
	if err != nil {
		return nil, fmt.Errorf("userstate: %s ended in an unfinished write that buntdb dropped; saving its %d bytes failed: %w", path, len(cut), err)
	}
	return []string{fmt.Sprintf("%s ended in an unfinished write (the app stopped while saving); the last change may be missing, its %d bytes are kept in %s", path, len(cut), name)}, nil
}

// restore puts back the bytes buntdb truncated when keepCut could not
// save them, and returns err with what happened.
func restore(path string, before []byte, err error) error {
	f, ferr := os.OpenFile(path, os.O_WRONLY, 0)
	if ferr == nil {
		_, ferr = f.WriteAt(before, 0)
		if serr := f.Sync(); ferr == nil {
			ferr = serr
		}
		if cerr := f.Close(); ferr == nil {
			ferr = cerr
		}
	}
	if ferr != nil {
		return fmt.Errorf("%w; putting them back failed too: %v", err, ferr)
	}
	return fmt.Errorf("%w; the file was left as it was", err)
}

// writeNew writes data to a new file named like name (see uniqueName) and
// fsyncs it; it returns the name used.
func writeNew(name string, data []byte) (string, error) {
	name = uniqueName(name)
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if serr := f.Sync(); err == nil {
		err = serr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	syncDir(filepath.Dir(name))
	return name, err
}

// uniqueName returns name, or name-2, name-3, ... if it exists already.
// When a name cannot be checked it is returned as it is: the caller's
// rename or create then fails and says why.
func uniqueName(name string) string {
	try := name
	for i := 2; ; i++ {
		if _, err := os.Lstat(try); err != nil {
			return try
		}
		try = fmt.Sprintf("%s-%d", name, i)
	}
}

// syncDir fsyncs a folder so that a file created or renamed in it stays
// after a power cut. It is best effort: some systems cannot sync folders.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
