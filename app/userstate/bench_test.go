package userstate_test

import (
	"testing"

	"korea1950/app/userstate"
)

// BenchmarkAddBookmark measures one durable write: encode, buntdb append
// and fsync.
func BenchmarkAddBookmark(b *testing.B) {
	s, err := userstate.Open(b.TempDir() + "/user.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	bm := userstate.Bookmark{Name: "Invasion", Date: june25, View: peninsula}
	for b.Loop() {
		if _, err := s.AddBookmark(bm); err != nil {
			b.Fatal(err)
		}
	}
}
