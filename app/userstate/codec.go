package userstate

import (
	"encoding/json"
	"fmt"
	"time"
)

// Key prefixes and the key of the last position.
const (
	bookmarkPrefix = "bookmark:"
	notePrefix     = "note:"
	settingPrefix  = "setting:"
	lastKey        = "last"
)

// encode writes v as the JSON stored in the file. Callers pass values whose
// times are already in UTC (see utc), so the file holds RFC 3339 UTC times
// with nanoseconds.
func encode(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("userstate: encode: %w", err)
	}
	return string(b), nil
}

// utc returns t in UTC; a zero time stays zero.
func utc(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC()
}

// decodeBookmark reads a bookmark value; the id comes from the key.
func decodeBookmark(id, raw string) (Bookmark, error) {
	var b Bookmark
	if err := json.Unmarshal([]byte(raw), &b); err != nil {
		return Bookmark{}, err
	}
	b.ID = id
	b.Date, b.Created = utc(b.Date), utc(b.Created)
	return b, b.Validate()
}

// decodeNote reads a note value; the id comes from the key.
func decodeNote(id, raw string) (Note, error) {
	var n Note
	if err := json.Unmarshal([]byte(raw), &n); err != nil {
		return Note{}, err
	}
	n.ID = id
	n.Date, n.Created, n.Updated = utc(n.Date), utc(n.Created), utc(n.Updated)
	return n, n.Validate()
}

// decodeSetting reads a setting value: a JSON string.
func decodeSetting(raw string) (string, error) {
	var v *string
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return "", err
	}
	if v == nil {
		return "", fmt.Errorf("the value is null, not a string")
	}
	return *v, nil
}

// decodePosition reads the last position.
func decodePosition(raw string) (Position, error) {
	var p Position
	if err := json.Unmarshal([]byte(raw), &p); err != nil {
		return Position{}, err
	}
	p.Date = utc(p.Date)
	return p, p.Validate()
}
