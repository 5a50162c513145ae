package userstate

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// AddBookmark stores b and returns it as stored. An empty ID gets a new
// unique one that sorts by creation; a zero Created gets the current time;
// times are kept in UTC. The name, date and view must be valid (see
// Bookmark.Validate) and a given ID must not be taken. It returns after
// the bookmark is on disk.
func (s *Store) AddBookmark(b Bookmark) (Bookmark, error) {
	if b.Created.IsZero() {
		b.Created = time.Now()
	}
	if err := b.Validate(); err != nil {
		return Bookmark{}, err
	}
	b.Date, b.Created = b.Date.UTC(), b.Created.UTC()
	id, err := s.insert(bookmarkPrefix, "bookmark", b.ID, func(id string) (string, error) {
		b.ID = id
		return encode(b)
	})
	if err != nil {
		return Bookmark{}, err
	}
	b.ID = id
	return b, nil
}

// Bookmarks returns the bookmarks in creation order (by Created, then ID).
// Entries that cannot be decoded are skipped and reported by Problems.
func (s *Store) Bookmarks() ([]Bookmark, error) {
	entries, err := s.list(bookmarkPrefix)
	if err != nil {
		return nil, err
	}
	out := make([]Bookmark, 0, len(entries))
	for _, e := range entries {
		b, err := decodeBookmark(e.key[len(bookmarkPrefix):], e.val)
		if err != nil {
			_ = s.damaged(e.key, err)
			continue
		}
		out = append(out, b)
	}
	slices.SortStableFunc(out, func(a, b Bookmark) int {
		return cmp.Or(a.Created.Compare(b.Created), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// RenameBookmark gives the bookmark id a new, non-empty name. It fails,
// naming the id, when there is no such bookmark or its stored value cannot
// be decoded.
func (s *Store) RenameBookmark(id, name string) error {
	if err := checkText("bookmark name", name, true); err != nil {
		return err
	}
	key := bookmarkPrefix + id
	return s.change(key, fmt.Sprintf("bookmark %q", id), func(raw string) (string, error) {
		b, err := decodeBookmark(id, raw)
		if err != nil {
			return "", s.damaged(key, err)
		}
		b.Name = name
		return encode(b)
	})
}

// DeleteBookmark deletes the bookmark id. It fails, naming the id, when
// there is no such bookmark or its stored value cannot be decoded.
func (s *Store) DeleteBookmark(id string) error {
	key := bookmarkPrefix + id
	return s.remove(key, fmt.Sprintf("bookmark %q", id), func(raw string) error {
		if _, err := decodeBookmark(id, raw); err != nil {
			return s.damaged(key, err)
		}
		return nil
	})
}
