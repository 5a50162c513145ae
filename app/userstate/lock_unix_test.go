//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package userstate_test

import (
	"errors"
	"testing"

	"korea1950/app/userstate"
)

func TestSecondOpenIsRefused(t *testing.T) {
	path := dbPath(t)
	first := open(t, path)
	if _, err := first.AddBookmark(userstate.Bookmark{Name: "First", Date: june25, View: peninsula}); err != nil {
		t.Fatal(err)
	}
	second, err := userstate.Open(path)
	if !errors.Is(err, userstate.ErrInUse) {
		if err == nil {
			_ = second.Close()
		}
		t.Fatalf("second Open of an open file: %v, want ErrInUse", err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	again := open(t, path)
	if bs, _ := again.Bookmarks(); len(bs) != 1 {
		t.Errorf("after the first store closed: %+v", bs)
	}
}
