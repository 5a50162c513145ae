package userstate_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"korea1950/app/userstate"
)

// peninsula is a valid view used by many tests.
var peninsula = userstate.View{Lon: 127.5, Lat: 38, MetresPerPixel: 1500, Name: "peninsula"}

// june25 is the day the war began, 04:00 Korea time, with nanoseconds so
// that a lost digit shows.
var june25 = time.Date(1950, 6, 25, 4, 0, 0, 123456789, time.FixedZone("KST", 9*3600))

// dbPath returns a path for a store in a fresh temporary folder, one level
// down so that Open must create the folder.
func dbPath(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "state", "user.db")
}

// open opens the store at path and closes it when the test ends.
func open(t *testing.T, path string) *userstate.Store {
	t.Helper()
	s, err := userstate.Open(path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// reopen closes s and opens its file again.
func reopen(t *testing.T, s *userstate.Store) *userstate.Store {
	t.Helper()
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	return open(t, s.Path())
}

// noProblems fails the test when the store reported any problem.
func noProblems(t *testing.T, s *userstate.Store) {
	t.Helper()
	if p := s.Problems(); len(p) > 0 {
		t.Errorf("Problems() = %q, want none", p)
	}
}

// resp writes one command in buntdb's file format (Redis RESP), as a person
// editing the file by hand would.
func resp(parts ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "*%d\r\n", len(parts))
	for _, p := range parts {
		fmt.Fprintf(&b, "$%d\r\n%s\r\n", len(p), p)
	}
	return b.String()
}

// writeFile writes data to path, creating its folder.
func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// sameBookmark reports whether two bookmarks hold the same data, comparing
// times as instants.
func sameBookmark(a, b userstate.Bookmark) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Date.Equal(b.Date) && a.View == b.View && a.Created.Equal(b.Created)
}

// sameNote reports whether two notes hold the same data, comparing times
// as instants.
func sameNote(a, b userstate.Note) bool {
	return a.ID == b.ID && a.Text == b.Text && a.Date.Equal(b.Date) && a.Feature == b.Feature &&
		a.Created.Equal(b.Created) && a.Updated.Equal(b.Updated)
}
