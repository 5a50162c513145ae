package palette

import (
	"testing"

	"korea1950/geodata"
)

// Every side of the format has a colour of its own camp, and the two
// warring camps never share one.
func TestEverySideHasItsCampsColour(t *testing.T) {
	seen := map[string]map[[3]uint8]bool{"un": {}, "communist": {}}
	for s := range geodata.Sides {
		c, ok := sides[s]
		if !ok {
			t.Errorf("side %q has no colour", s)
			continue
		}
		if camp := Camp(s); camp != "" {
			seen[camp][[3]uint8{c.R, c.G, c.B}] = true
		}
	}
	for c := range seen["un"] {
		if seen["communist"][c] {
			t.Errorf("colour %v is used by both camps", c)
		}
	}
}

func TestWithAlpha(t *testing.T) {
	for _, tc := range []struct {
		a    float64
		want uint8
	}{{0, 0}, {0.5, 128}, {1, 255}, {2, 255}, {-1, 0}} {
		if got := WithAlpha(Blue, tc.a).A; got != tc.want {
			t.Errorf("WithAlpha(%g) alpha %d, want %d", tc.a, got, tc.want)
		}
	}
}
