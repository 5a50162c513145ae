package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

func boxes(widths ...float32) []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	for _, w := range widths {
		r := canvas.NewRectangle(nil)
		r.SetMinSize(fyne.NewSize(w, 20))
		objs = append(objs, r)
	}
	return objs
}

func shown(objs []fyne.CanvasObject) (n []bool) {
	for _, o := range objs {
		n = append(n, o.Visible())
	}
	return n
}

func TestOverflowRows(t *testing.T) {
	for _, tc := range []struct {
		name  string
		l     fyne.Layout
		width float32
		want  []bool
	}{
		{"all fit", overflowRow{gap: 4}, 200, []bool{true, true, true}},
		{"last hidden", overflowRow{gap: 4}, 100, []bool{true, true, false}},
		{"once one is hidden, all after it are", overflowRow{gap: 4}, 60, []bool{true, false, false}},
		{"right: all fit", rightRow{gap: 4}, 200, []bool{true, true, true}},
		{"right: first hidden", rightRow{gap: 4}, 100, []bool{false, true, true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			objs := boxes(50, 40, 30)
			tc.l.Layout(objs, fyne.NewSize(tc.width, 20))
			got := shown(objs)
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("shown %v, want %v", got, tc.want)
				}
			}
		})
	}
	if w := (overflowRow{}).MinSize(boxes(50, 40)).Width; w != 50 {
		t.Errorf("overflowRow min width %g, want the first object's 50", w)
	}
	if w := (rightRow{}).MinSize(boxes(50, 40)).Width; w != 40 {
		t.Errorf("rightRow min width %g, want the last object's 40", w)
	}
}
