package userstate

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// AddNote stores n and returns it as stored. An empty ID gets a new unique
// one that sorts by creation; a zero Created gets the current time and a
// zero Updated gets Created; times are kept in UTC. The text must not be
// empty (see Note.Validate) and a given ID must not be taken. It returns
// after the note is on disk.
func (s *Store) AddNote(n Note) (Note, error) {
	if n.Created.IsZero() {
		n.Created = time.Now()
	}
	if n.Updated.IsZero() {
		n.Updated = n.Created
	}
	if err := n.Validate(); err != nil {
		return Note{}, err
	}
	n.Date, n.Created, n.Updated = utc(n.Date), n.Created.UTC(), n.Updated.UTC()
	id, err := s.insert(notePrefix, "note", n.ID, func(id string) (string, error) {
		n.ID = id
		return encode(n)
	})
	if err != nil {
		return Note{}, err
	}
	n.ID = id
	return n, nil
}

// Notes returns the notes in creation order (by Created, then ID). Entries
// that cannot be decoded are skipped and reported by Problems.
func (s *Store) Notes() ([]Note, error) {
	entries, err := s.list(notePrefix)
	if err != nil {
		return nil, err
	}
	out := make([]Note, 0, len(entries))
	for _, e := range entries {
		n, err := decodeNote(e.key[len(notePrefix):], e.val)
		if err != nil {
			_ = s.damaged(e.key, err)
			continue
		}
		out = append(out, n)
	}
	slices.SortStableFunc(out, func(a, b Note) int {
		return cmp.Or(a.Created.Compare(b.Created), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

// UpdateNote replaces the text of note id with a non-empty text and sets
// its Updated time. It fails, naming the id, when there is no such note or
// its stored value cannot be decoded.
func (s *Store) UpdateNote(id, text string) error {
	if err := checkText("note text", text, true); err != nil {
		return err
	}
	key := notePrefix + id
	return s.change(key, fmt.Sprintf("note %q", id), func(raw string) (string, error) {
		n, err := decodeNote(id, raw)
		if err != nil {
			return "", s.damaged(key, err)
		}
		n.Text, n.Updated = text, time.Now().UTC()
		return encode(n)
	})
}

// DeleteNote deletes the note id. It fails, naming the id, when there is
// no such note or its stored value cannot be decoded.
func (s *Store) DeleteNote(id string) error {
	key := notePrefix + id
	return s.remove(key, fmt.Sprintf("note %q", id), func(raw string) error {
		if _, err := decodeNote(id, raw); err != nil {
			return s.damaged(key, err)
		}
		return nil
	})
}
