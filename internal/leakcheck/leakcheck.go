// Package leakcheck measures whether repeated work leaks: whether the
// in-use heap keeps growing over the second half of a run, after garbage
// collection, and whether goroutines are left behind at its end.
package leakcheck

import (
	"fmt"
	"runtime"
	"time"
)

// Report is what Measure found.
type Report struct {
	Frames int
	// HeapHalf and HeapEnd are the in-use heap (runtime.MemStats.HeapAlloc,
	// bytes) after a garbage collection, at the halfway frame and at the
	// end.
	HeapHalf, HeapEnd uint64
	// GoroutinesStart and GoroutinesEnd are runtime.NumGoroutine before
	// the first frame and after the last, once it has settled.
	GoroutinesStart, GoroutinesEnd int
	Elapsed                        time.Duration
}

// settle is how long Measure waits at most for the goroutine count to
// return to its start.
const settle = 3 * time.Second

// Measure runs frame(i) for i in [0, frames) and reports the heap at the
// halfway point and at the end, and the goroutines at the start and at
// the end. It is not meant to run in parallel with other tests.
func Measure(frames int, frame func(i int)) Report {
	r := Report{Frames: frames}
	began := time.Now()
	collect()
	r.GoroutinesStart = steadyGoroutines()
	half := frames / 2
	for i := 0; i < frames; i++ {
		if i == half {
			r.HeapHalf = heapInUse()
		}
		frame(i)
	}
	if frames == 0 {
		r.HeapHalf = heapInUse()
	}
	r.HeapEnd = heapInUse()
	r.GoroutinesEnd = runtime.NumGoroutine()
	for deadline := time.Now().Add(settle); r.GoroutinesEnd != r.GoroutinesStart && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
		r.GoroutinesEnd = runtime.NumGoroutine()
	}
	r.Elapsed = time.Since(began)
	return r
}

// steadyGoroutines waits, up to settle, until the goroutine count has not
// changed for half a second, and returns it: goroutines that earlier
// work left winding down must not count against the frames measured.
func steadyGoroutines() int {
	n := runtime.NumGoroutine()
	still := time.Now()
	for deadline := time.Now().Add(settle); time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
		if m := runtime.NumGoroutine(); m != n {
			n, still = m, time.Now()
		} else if time.Since(still) >= 500*time.Millisecond {
			break
		}
	}
	return n
}

// collect runs the garbage collector twice: the second pass frees what
// finalizers of the first let go.
func collect() {
	runtime.GC()
	runtime.GC()
}

func heapInUse() uint64 {
	collect()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// Growth is the heap's growth over the second half as a fraction of the
// heap at the halfway point: 0.05 is 5 %. It is negative if the heap
// shrank.
func (r Report) Growth() float64 {
	if r.HeapHalf == 0 {
		return 0
	}
	return (float64(r.HeapEnd) - float64(r.HeapHalf)) / float64(r.HeapHalf)
}

// Check returns an error if the heap grew by more than maxGrowth (a
// fraction: 0.05 is 5 %) over the second half, or if the goroutines at
// the end are not as many as at the start.
func (r Report) Check(maxGrowth float64) error {
	var problems []string
	if g := r.Growth(); g > maxGrowth {
		problems = append(problems, fmt.Sprintf("the heap grew by %.1f %% over the second half (at most %.1f %% may)", 100*g, 100*maxGrowth))
	}
	if r.GoroutinesEnd != r.GoroutinesStart {
		problems = append(problems, fmt.Sprintf("%d goroutines at the end, %d at the start", r.GoroutinesEnd, r.GoroutinesStart))
	}
	if len(problems) == 0 {
		return nil
	}
	msg := "leakcheck: " + problems[0]
	for _, p := range problems[1:] {
		msg += "; " + p
	}
	return fmt.Errorf("%s (%s)", msg, r)
}

// String gives the figures on one line.
func (r Report) String() string {
	return fmt.Sprintf("%d frames in %v: heap %s at the halfway point, %s at the end (%+.1f %%); goroutines %d → %d",
		r.Frames, r.Elapsed.Round(time.Millisecond), kib(r.HeapHalf), kib(r.HeapEnd), 100*r.Growth(),
		r.GoroutinesStart, r.GoroutinesEnd)
}

func kib(n uint64) string { return fmt.Sprintf("%.0f KiB", float64(n)/1024) }
