package timeline

import (
	"strings"
	"testing"
)

// Notes are cut to their room by the width of what they hold: a Chinese
// or Korean character takes twice a letter's room, so it is cut sooner.
func TestFitCutsByWidth(t *testing.T) {
	w := runeWidths{narrow: 7, wide: 14}
	tests := []struct {
		s    string
		room float32
		want string
	}{
		{"Zhou warns", 70, "Zhou warns"},
		{"Zhou Enlai warns the United States", 70, "Zhou Enla…"},
		{"Zhou Enlai warns the United States", 40, ""},
		{"周恩来通过印度大使警告美国", 70, "周恩来通…"},
		{"저우언라이, 인도 대사를 통해 미국에 경고", 90, "저우언라이,…"},
		{"周恩来", 42, "周恩来"},
	}
	for _, tc := range tests {
		got := w.fit(tc.s, tc.room)
		if got != tc.want {
			t.Errorf("fit(%q, %v) = %q, want %q", tc.s, tc.room, got, tc.want)
		}
		if got != "" && w.of(got) > tc.room {
			t.Errorf("fit(%q, %v) = %q, %v wide", tc.s, tc.room, got, w.of(got))
		}
		if got != tc.s && got != "" && !strings.HasSuffix(got, "…") {
			t.Errorf("%q is cut without an ellipsis", got)
		}
	}
}
