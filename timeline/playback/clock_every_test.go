package playback

import (
	"testing"
	"time"
)

// Every calls its function once a tick, and Advance returns only once the
// tick is handled; closing stop ends it and stops the ticker.
func TestEvery(t *testing.T) {
	c := NewFakeClock(time.Date(1950, 10, 1, 0, 0, 0, 0, time.UTC))
	tk := c.NewTicker(time.Second)
	stop, done := make(chan struct{}), make(chan struct{})
	calls := 0
	go func() {
		defer close(done)
		Every(tk, stop, func() { calls++ })
	}()
	for want := 1; want <= 3; want++ {
		c.Advance(time.Second)
		if calls != want {
			t.Fatalf("after %d ticks, %d calls", want, calls)
		}
	}
	close(stop)
	<-done
	if n := c.Tickers(); n != 0 {
		t.Errorf("%d tickers left after stop", n)
	}
}
