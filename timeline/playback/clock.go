package playback

import (
	"sort"
	"sync"
	"time"
)

// Clock is where a Player reads the time and gets its frame ticks: the
// real clock in the app, a FakeClock in tests.
type Clock interface {
	Now() time.Time
	NewTicker(d time.Duration) Ticker
}

// Ticker delivers ticks on C until it is stopped, like time.Ticker.
type Ticker interface {
	C() <-chan time.Time
	Stop()
}

// handledTicker is a Ticker that wants to know when each tick has been
// handled. The Player tells it after every tick; FakeClock uses this so
// that Advance returns only once the ticks it fired have had their effect.
type handledTicker interface {
	Handled()
}

// Handled tells tk that its last tick has been handled, if tk wants to
// know (FakeClock does: its Advance waits for it).
func Handled(tk Ticker) {
	if h, ok := tk.(handledTicker); ok {
		h.Handled()
	}
}

// Every calls f after each tick of tk until stop is closed, then stops
// tk. It is the body of a goroutine that drives something by a clock:
// go playback.Every(tk, stop, f). f is called on that goroutine.
func Every(tk Ticker, stop <-chan struct{}, f func()) {
	defer tk.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tk.C():
		}
		f()
		Handled(tk)
	}
}

// RealClock returns the clock of the wall: time.Now and time.NewTicker.
func RealClock() Clock { return realClock{} }

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) NewTicker(d time.Duration) Ticker { return realTicker{time.NewTicker(d)} }

type realTicker struct{ t *time.Ticker }

func (r realTicker) C() <-chan time.Time { return r.t.C }
func (r realTicker) Stop()               { r.t.Stop() }

// FakeClock is a Clock that moves only when Advance is called. It is safe
// for use from several goroutines.
type FakeClock struct {
	mu      sync.Mutex
	now     time.Time
	tickers []*fakeTicker
}

// NewFakeClock returns a FakeClock standing at start.
func NewFakeClock(start time.Time) *FakeClock { return &FakeClock{now: start} }

// Now returns the clock's time.
func (c *FakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// NewTicker returns a ticker whose first tick is due d from now.
func (c *FakeClock) NewTicker(d time.Duration) Ticker {
	if d <= 0 {
		panic("playback: non-positive ticker interval")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &fakeTicker{clock: c, period: d, next: c.now.Add(d),
		c: make(chan time.Time), handled: make(chan struct{}, 1), stopped: make(chan struct{})}
	c.tickers = append(c.tickers, t)
	return t
}

// Tickers is how many tickers are running (made and not stopped).
func (c *FakeClock) Tickers() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.tickers)
}

// Advance moves the clock on by d. Every tick that falls due is fired in
// time order, the clock standing at the tick's time while it is handled;
// each waits until its receiver has handled it (or stopped the ticker).
// Advance then leaves the clock at the old time plus d.
func (c *FakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	target := c.now.Add(d)
	c.mu.Unlock()
	for {
		c.mu.Lock()
		due := c.due(target)
		if due == nil {
			c.now = target
			c.mu.Unlock()
			return
		}
		at := due.next
		c.now = at
		due.next = at.Add(due.period)
		c.mu.Unlock()
		due.fire(at)
	}
}

// due returns the running ticker with the earliest tick not after target.
func (c *FakeClock) due(target time.Time) *fakeTicker {
	sort.SliceStable(c.tickers, func(i, j int) bool { return c.tickers[i].next.Before(c.tickers[j].next) })
	if len(c.tickers) == 0 || c.tickers[0].next.After(target) {
		return nil
	}
	return c.tickers[0]
}

type fakeTicker struct {
	clock   *FakeClock
	period  time.Duration
	next    time.Time // guarded by clock.mu
	c       chan time.Time
	handled chan struct{}
	stopped chan struct{}
	once    sync.Once
}

func (t *fakeTicker) C() <-chan time.Time { return t.c }

// fire delivers one tick and waits for it to be handled. A ticker that
// is stopped meanwhile drops it.
func (t *fakeTicker) fire(at time.Time) {
	select {
	case t.c <- at:
	case <-t.stopped:
		return
	}
	select {
	case <-t.handled:
	case <-t.stopped:
	}
}

// Handled tells fire that the tick it delivered has had its effect.
func (t *fakeTicker) Handled() {
	select {
	case t.handled <- struct{}{}:
	default:
	}
}

// Stop stops the ticker; it may be called more than once. The ticker
// leaves the clock's list before a tick waiting on it is let go, so that
// once Advance returns, Tickers no longer counts it.
func (t *fakeTicker) Stop() {
	t.once.Do(func() {
		c := t.clock
		c.mu.Lock()
		for i, o := range c.tickers {
			if o == t {
				c.tickers = append(c.tickers[:i], c.tickers[i+1:]...)
				break
			}
		}
		c.mu.Unlock()
		close(t.stopped)
	})
}
