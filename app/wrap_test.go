package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Lines break between words and between Chinese characters, never within
// a Latin word; no line is wider than asked unless one word is; and the
// lines put back together give the text.
func TestWrapText(t *testing.T) {
	test.NewTempApp(t)
	for _, tc := range []struct {
		text  string
		width float32
	}{
		{"Sources: Appleman, South to the Naktong, North to the Yalu (1961); Christensen, Worse Than a Monolith (2011)", 200},
		{"资料来源：中国军事科学院，抗美援朝战争史（2000）；克里斯滕森，比铁板一块更糟（2011）", 150},
		{"출처: Appleman (1961); 중국 군사과학원, 抗美援朝战争史 (2000)", 120},
		{"Supercalifragilisticexpialidocious word", 40},
	} {
		lines := wrapText(tc.text, 14, tc.width)
		if len(lines) < 2 {
			t.Errorf("%q at %v px: one line", tc.text, tc.width)
		}
		for _, l := range lines {
			w := fyne.MeasureText(l, 14, fyne.TextStyle{}).Width
			if w > tc.width && strings.ContainsAny(l, " ") {
				t.Errorf("%q: line %q is %.0f px, over %v", tc.text, l, w, tc.width)
			}
		}
		join := strings.ReplaceAll(strings.Join(lines, " "), " ", "")
		if join != strings.ReplaceAll(tc.text, " ", "") {
			t.Errorf("%q: the lines %q do not give the text back", tc.text, lines)
		}
	}
	if got := wrapText("Supercalifragilistic", 14, 10); len(got) != 1 {
		t.Errorf("a word was broken: %q", got)
	}
}
