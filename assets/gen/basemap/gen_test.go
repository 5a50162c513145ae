package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
)

func writeDump(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "dump.txt")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadDump(t *testing.T) {
	tests := []struct {
		name, text string
		want       []int // points per segment
	}{
		{"two segments", "> Shore Bin # 1, Level 1\n1 2\n3 4\n> Shore Bin # 2, Level 2\n5 6\n7 8\n9 10\n", []int{2, 3}},
		{"repeated points collapse", ">\n1 2\n1 2\n3 4\n", []int{2}},
		{"single points dropped", ">\n1 2\n>\n3 4\n5 6\n", []int{2}},
		{"no header", "1 2\n3 4\n", []int{2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := readDump(writeDump(t, tc.text))
			if len(segs) != len(tc.want) {
				t.Fatalf("%d segments, want %d", len(segs), len(tc.want))
			}
			for i, s := range segs {
				if len(s.pts) != tc.want[i] {
					t.Errorf("segment %d has %d points, want %d", i, len(s.pts), tc.want[i])
				}
			}
		})
	}
	if segs := readDump(writeDump(t, "> Level 2\n1 2\n3 4\n")); segs[0].level != 2 {
		t.Errorf("level %d, want 2", segs[0].level)
	}
}

// Pieces cut at bin edges, land on the left, join into one closed ring.
func TestJoinDirected(t *testing.T) {
	segs := []seg{
		{pts: []orb.Point{{0, 0}, {1, 0}}},
		{pts: []orb.Point{{1, 1}, {0, 1}, {0, 0}}},
		{pts: []orb.Point{{1, 0}, {1, 1}}},
	}
	rings, open := joinDirected(segs)
	if len(rings) != 1 || len(open) != 0 {
		t.Fatalf("%d rings and %d open lines, want 1 and 0", len(rings), len(open))
	}
	r := rings[0]
	if r[0] != r[len(r)-1] || len(r) != 5 {
		t.Errorf("ring %v is not the closed unit square", r)
	}
}

// The border crossing Korea south of 39.5°N loses those vertices and
// splits; the China–Korea part north of it stays.
func TestBordersDropTheInterKoreanLine(t *testing.T) {
	dump := "> border\n124.2 39.9\n124.9 40.4\n" + // Yalu mouth, China–Korea
		"> a line across the peninsula\n125.0 38.0\n126.5 37.9\n128.0 38.3\n129.0 38.6\n"
	out := buildBorders(writeDump(t, dump), bbox{117, 31, 136, 46}, 0.0001, 3)
	if len(out) != 1 {
		t.Fatalf("%d border lines, want only the China–Korea one: %v", len(out), out)
	}
	for _, p := range out[0] {
		if noBorder.contains(p) {
			t.Errorf("vertex %v lies inside the inter-Korean box", p)
		}
	}
}
