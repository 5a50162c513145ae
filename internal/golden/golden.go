// Package golden compares images drawn by tests with golden files kept in
// testdata. Golden files change only when the tests run with -update; a
// mismatch writes the new image beside the golden one, under
// testdata/failed, so that the two can be looked at side by side.
package golden

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
)

var update = flag.Bool("update", false, "rewrite golden images instead of comparing with them")

// T is the part of testing.TB that Assert uses.
type T interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// Assert compares img with testdata/name. With -update it writes img there
// instead. Up to 0.1 % of the pixels may differ by more than a small
// amount, to allow for rounding in anti-aliased edges.
func Assert(t T, name string, img image.Image) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := write(path, img); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	want, err := read(path)
	if err != nil {
		t.Fatalf("golden: %v (run the tests with -update to create it)", err)
		return
	}
	if msg := Diff(want, img); msg != "" {
		failed := filepath.Join("testdata", "failed", name)
		if err := write(failed, img); err != nil {
			t.Errorf("golden: %v", err)
		}
		t.Errorf("golden %s: %s; the image drawn is in %s", path, msg, failed)
	}
}

// Diff describes how b differs from a, or returns "" if they match.
func Diff(a, b image.Image) string {
	if a.Bounds().Size() != b.Bounds().Size() {
		return fmt.Sprintf("size %v, want %v", b.Bounds().Size(), a.Bounds().Size())
	}
	ab, bb := a.Bounds(), b.Bounds()
	bad := 0
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			if !close(a.At(ab.Min.X+x, ab.Min.Y+y), b.At(bb.Min.X+x, bb.Min.Y+y)) {
				bad++
			}
		}
	}
	if limit := ab.Dx() * ab.Dy() / 1000; bad > limit {
		return fmt.Sprintf("%d pixels differ (at most %d may)", bad, limit)
	}
	return ""
}

func close(a, b interface{ RGBA() (r, g, b, a uint32) }) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	d := func(x, y uint32) bool { return x > y+0x1800 || y > x+0x1800 }
	return !(d(r1, r2) || d(g1, g2) || d(b1, b2) || d(a1, a2))
}

func read(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return png.Decode(f)
}

func write(path string, img image.Image) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
