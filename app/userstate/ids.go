package userstate

import (
	"sync"
	"time"
)

// idLayout writes an id: a UTC time to the nanosecond, fixed width, so
// that ids sort as they were made.
const idLayout = "20060102T150405.000000000Z"

// idSource makes ids from the clock, at least a nanosecond apart, so that
// ids made by one store are unique and increasing even when the clock
// stands still or steps back. AddBookmark and AddNote also check that an
// id is not taken before they use it.
type idSource struct {
	mu   sync.Mutex
	last time.Time
}

// next returns a new id.
func (g *idSource) next() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	t := time.Now().UTC()
	if !t.After(g.last) {
		t = g.last.Add(time.Nanosecond)
	}
	g.last = t
	return t.Format(idLayout)
}
