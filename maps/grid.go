package maps

// grid finds quickly whether a rectangle overlaps any of those added: the
// view is cut into square cells, each listing the rectangles that meet it.
type grid struct {
	rects []Rect
	cells [][]int32
	cols  int
	rows  int
}

const gridCell = 64

func (g *grid) reset(w, h float64) {
	g.cols, g.rows = max(1, int(w/gridCell)+1), max(1, int(h/gridCell)+1)
	n := g.cols * g.rows
	if cap(g.cells) < n {
		g.cells = make([][]int32, n)
	}
	g.cells = g.cells[:n]
	for i := range g.cells {
		g.cells[i] = g.cells[i][:0]
	}
	g.rects = g.rects[:0]
}

// span returns the cells a rectangle meets, clamped to the grid.
func (g *grid) span(r Rect) (c0, r0, c1, r1 int) {
	c0 = min(max(int(r.X/gridCell), 0), g.cols-1)
	r0 = min(max(int(r.Y/gridCell), 0), g.rows-1)
	c1 = min(max(int((r.X+r.W)/gridCell), 0), g.cols-1)
	r1 = min(max(int((r.Y+r.H)/gridCell), 0), g.rows-1)
	return
}

func (g *grid) add(r Rect) {
	i := int32(len(g.rects))
	g.rects = append(g.rects, r)
	c0, r0, c1, r1 := g.span(r)
	for y := r0; y <= r1; y++ {
		for x := c0; x <= c1; x++ {
			g.cells[y*g.cols+x] = append(g.cells[y*g.cols+x], i)
		}
	}
}

func (g *grid) overlaps(r Rect) bool {
	c0, r0, c1, r1 := g.span(r)
	for y := r0; y <= r1; y++ {
		for x := c0; x <= c1; x++ {
			for _, i := range g.cells[y*g.cols+x] {
				if g.rects[i].Overlaps(r) {
					return true
				}
			}
		}
	}
	return false
}
