package leakcheck

import (
	"strings"
	"sync"
	"testing"
)

// kept is where the leaking frames put what they never let go.
var kept [][]byte

// sink keeps the clean frame's garbage from being optimised away.
var sink []byte

func TestMeasure(t *testing.T) {
	release := make(chan struct{})
	var wg sync.WaitGroup
	t.Cleanup(func() { close(release); wg.Wait(); kept = nil })
	tests := []struct {
		name  string
		frame func(i int)
		want  string // in the error; "" for none
	}{
		{"clean: garbage only", func(i int) { sink = make([]byte, 4096) }, ""},
		{"clean: a goroutine that ends", func(i int) {
			done := make(chan struct{})
			go func() { close(done) }()
			<-done
		}, ""},
		{"heap leak", func(i int) { kept = append(kept, make([]byte, 4096)) }, "the heap grew"},
		{"goroutine leak", func(i int) {
			if i%100 == 0 {
				wg.Add(1)
				go func() { defer wg.Done(); <-release }()
			}
		}, "goroutines at the end"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Measure(2000, tc.frame)
			err := r.Check(0.05)
			t.Log(r)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("a clean run failed: %v", err)
			case tc.want != "" && err == nil:
				t.Errorf("a leak passed: %v", r)
			case tc.want != "" && !strings.Contains(err.Error(), tc.want):
				t.Errorf("error %q does not say %q", err, tc.want)
			}
		})
	}
}

func TestCheckFigures(t *testing.T) {
	r := Report{Frames: 10, HeapHalf: 1000, HeapEnd: 1100, GoroutinesStart: 3, GoroutinesEnd: 3}
	if err := r.Check(0.05); err == nil || !strings.Contains(err.Error(), "10.0 %") {
		t.Errorf("10 %% growth: %v", err)
	}
	if err := r.Check(0.10); err != nil {
		t.Errorf("10 %% growth with 10 %% allowed: %v", err)
	}
	r.HeapEnd = 900
	if err := r.Check(0); err != nil {
		t.Errorf("a shrinking heap: %v", err)
	}
}
