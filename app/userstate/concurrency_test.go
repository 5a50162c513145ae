package userstate_test

import (
	"fmt"
	"sync"
	"testing"

	"korea1950/app/userstate"
)

func TestConcurrentWriters(t *testing.T) {
	const writers, each = 8, 12
	s := open(t, dbPath(t))
	var wg sync.WaitGroup
	errs := make(chan error, writers*each+2*each)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				b := userstate.Bookmark{Name: fmt.Sprintf("w%d-%d", w, i), Date: june25, View: peninsula}
				if _, err := s.AddBookmark(b); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Add(1)
	go func() { // readers and other writers at the same time
		defer wg.Done()
		for i := range each {
			if _, err := s.Bookmarks(); err != nil {
				errs <- err
			}
			if err := s.SetSetting("i", fmt.Sprint(i)); err != nil {
				errs <- err
			}
			_ = s.Problems()
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	s = reopen(t, s)
	noProblems(t, s)
	all, err := s.Bookmarks()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	names := map[string]bool{}
	for _, b := range all {
		ids[b.ID] = true
		names[b.Name] = true
	}
	if len(all) != writers*each || len(ids) != writers*each {
		t.Errorf("%d bookmarks with %d distinct ids, want %d", len(all), len(ids), writers*each)
	}
	for w := range writers {
		for i := range each {
			if n := fmt.Sprintf("w%d-%d", w, i); !names[n] {
				t.Errorf("bookmark %s missing", n)
			}
		}
	}
	for i := 1; i < len(all); i++ {
		if all[i].Created.Before(all[i-1].Created) {
			t.Errorf("bookmark %d created %v before bookmark %d at %v", i, all[i].Created, i-1, all[i-1].Created)
		}
	}
}
