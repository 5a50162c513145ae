package userstate

import (
	"errors"
	"fmt"

	"github.com/tidwall/buntdb"
)

// entry is one stored key and its raw value.
type entry struct{ key, val string }

// write runs fn in its own buntdb transaction. buntdb writes the change
// and fsyncs the file (SyncPolicy Always) before Update returns, but it
// ignores an fsync error; so write fsyncs again through its own handle,
// which the system tells of a failed flush too, and returns that error.
func (s *Store) write(fn func(tx *buntdb.Tx) error) error {
	var inner error
	err := s.db.Update(func(tx *buntdb.Tx) error {
		inner = fn(tx)
		return inner
	})
	if inner != nil {
		return inner
	}
	if err != nil {
		return s.fail("write", err)
	}
	if err := s.sync.Sync(); err != nil {
		return fmt.Errorf("userstate: %s: the change may not be on disk, the flush failed: %w", s.path, err)
	}
	return nil
}

// fail wraps an error from buntdb with the file's path.
func (s *Store) fail(op string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("userstate: %s %s: %w", op, s.path, err)
}

// damaged reports an entry that cannot be decoded and returns the error a
// change to it gets.
func (s *Store) damaged(key string, err error) error {
	s.report(fmt.Sprintf("%s: key %q cannot be decoded (%v); it is left as it is", s.path, key, err))
	return fmt.Errorf("%w: %s: key %q: %v; it is left as it is", ErrDamaged, s.path, key, err)
}

// list returns the entries whose keys start with prefix, in key order.
func (s *Store) list(prefix string) ([]entry, error) {
	var out []entry
	err := s.db.View(func(tx *buntdb.Tx) error {
		return tx.AscendKeys(prefix+"*", func(k, v string) bool {
			out = append(out, entry{k, v})
			return true
		})
	})
	return out, s.fail("read", err)
}

// get returns the raw value at key and whether there is one.
func (s *Store) get(key string) (string, bool, error) {
	var val string
	err := s.db.View(func(tx *buntdb.Tx) error {
		var err error
		val, err = tx.Get(key)
		return err
	})
	if errors.Is(err, buntdb.ErrNotFound) {
		return "", false, nil
	}
	return val, err == nil, s.fail("read", err)
}

// insert stores a new entry under prefix+id. An empty id gets a fresh one;
// a given id must not be taken. value encodes the entry for its id.
func (s *Store) insert(prefix, kind, id string, value func(id string) (string, error)) (string, error) {
	if err := checkText(kind+" id", id, false); err != nil {
		return "", err
	}
	given := id != ""
	err := s.write(func(tx *buntdb.Tx) error {
		for {
			if !given {
				id = s.ids.next()
			}
			_, err := tx.Get(prefix + id)
			if errors.Is(err, buntdb.ErrNotFound) {
				break
			}
			if err != nil {
				return s.fail("read", err)
			}
			if given {
				return fmt.Errorf("%w: %s %q in %s", ErrExists, kind, id, s.path)
			}
		}
		val, err := value(id)
		if err != nil {
			return err
		}
		_, _, err = tx.Set(prefix+id, val, nil)
		return s.fail("write", err)
	})
	return id, err
}

// change rewrites the entry at key, which must exist: edit gets the stored
// value and returns the new one, or an error (ErrDamaged when the stored
// value cannot be decoded).
func (s *Store) change(key, what string, edit func(raw string) (string, error)) error {
	return s.write(func(tx *buntdb.Tx) error {
		raw, err := s.mustGet(tx, key, what)
		if err != nil {
			return err
		}
		val, err := edit(raw)
		if err != nil {
			return err
		}
		_, _, err = tx.Set(key, val, nil)
		return s.fail("write", err)
	})
}

// remove deletes the entry at key, which must exist and pass check (which
// refuses an entry that cannot be decoded).
func (s *Store) remove(key, what string, check func(raw string) error) error {
	return s.write(func(tx *buntdb.Tx) error {
		raw, err := s.mustGet(tx, key, what)
		if err != nil {
			return err
		}
		if err := check(raw); err != nil {
			return err
		}
		_, err = tx.Delete(key)
		return s.fail("write", err)
	})
}

// put sets key to val, creating it or replacing a value that passes check.
func (s *Store) put(key, val string, check func(raw string) error) error {
	return s.write(func(tx *buntdb.Tx) error {
		raw, err := tx.Get(key)
		switch {
		case errors.Is(err, buntdb.ErrNotFound):
		case err != nil:
			return s.fail("read", err)
		default:
			if err := check(raw); err != nil {
				return err
			}
		}
		_, _, err = tx.Set(key, val, nil)
		return s.fail("write", err)
	})
}

// mustGet returns the value at key, or an error naming what is missing.
func (s *Store) mustGet(tx *buntdb.Tx, key, what string) (string, error) {
	raw, err := tx.Get(key)
	if errors.Is(err, buntdb.ErrNotFound) {
		return "", fmt.Errorf("%w: %s in %s", ErrNotFound, what, s.path)
	}
	return raw, s.fail("read", err)
}
