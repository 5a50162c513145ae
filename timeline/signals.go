package timeline

import (
	"math"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"korea1950/geodata"
	"korea1950/internal/i18n"
	"korea1950/internal/palette"
)

// draftMark is the key of the label of an unsent draft in the signals view.
const draftMark = "timeline.draft"

// laneGeometry places the swimlanes under the eras.
type laneGeometry struct {
	top, h float32
}

func (tl *Timeline) lanes(height float32) laneGeometry {
	h := max((height-bottomPad-bodyTop)/float32(len(Lanes)), 1)
	return laneGeometry{top: bodyTop, h: h}
}

// y is the middle of a lane.
func (l laneGeometry) y(lane int) float32 { return l.top + (float32(lane)+0.5)*l.h }

// note is a label of a mark or an arrow, waiting for room in its lane.
type note struct {
	x, y  float32
	lane  int
	s     string
	style textStyle
}

// sceneSignals draws the lanes, each message as an arrow through its
// lanes, and decisions and events as marks in theirs.
func (tl *Timeline) sceneSignals(s *scene, g geometry, measure measureFunc) {
	lg := tl.lanes(s.size.Height)
	for i, l := range Lanes {
		y0 := lg.top + float32(i)*lg.h
		if i%2 == 0 {
			s.rects = append(s.rects, rect{0, y0, s.size.Width, y0 + lg.h, colorLane})
		}
		th := measure("Mg", laneText, true)
		s.texts = append(s.texts, text{i18n.T(tl.Lang, l.Key), 8, y0 + lg.h/2 - th/2 - 1, textLane})
	}
	var notes []note
	lastX := make([]float32, len(Lanes)) // per lane, the right end of the last mark
	for i := range lastX {
		lastX[i] = -1e9
	}
	for _, f := range tl.marks {
		if !f.From.Before(g.to) || !f.Until.After(g.from) {
			continue
		}
		if f.Kind == geodata.KindMessage {
			a, ok := tl.newArrow(f, g, lg)
			if !ok {
				continue
			}
			s.arrows = append(s.arrows, a)
			if !f.Delivered {
				p := a.pts[0]
				notes = append(notes, note{p.X + 4, p.Y, laneAt(lg, p.Y), i18n.T(tl.Lang, draftMark), textDraft})
			}
			if x := g.x(f.From); x >= g.x0 {
				lane := laneOfEnd(f.Sender)
				notes = append(notes, note{x + 4, lg.y(lane), lane, f.TitleIn(tl.Lang), textNote})
			} else { // sent before the window: named where it enters
				p := a.pts[0]
				lane := laneAt(lg, p.Y)
				notes = append(notes, note{p.X + 4, lg.y(lane), lane, "… " + f.TitleIn(tl.Lang), textNote})
			}
			continue
		}
		lane := laneOfFeature(f)
		x := g.x(f.From)
		y := lg.y(lane)
		if x < g.x0-markR || x > g.x1+markR {
			if ux := g.x(f.Until); x < g.x0 && ux > g.x0 { // began before the window
				s.rects = append(s.rects, rect{g.x0, y - 1.5, min(ux, g.x1), y + 1.5, palette.WithAlpha(palette.Side(f.Side), 0.45)})
			}
			continue
		}
		if x-markR < lastX[lane]+1 { // clear of the mark before it
			y += lg.h / 4
		}
		lastX[lane] = x + markR
		if ux := min(g.x(f.Until), g.x1); ux-x > 3*markR {
			s.rects = append(s.rects, rect{x, y - 1.5, ux, y + 1.5, palette.WithAlpha(palette.Side(f.Side), 0.45)})
		}
		s.markers = append(s.markers, tl.newMarker(f, x, y))
		notes = append(notes, note{x + markR + 3, y, lane, f.TitleIn(tl.Lang), textNote})
	}
	s.texts = append(s.texts, layoutNotes(notes, g, measure)...)
}

// laneAt is the lane holding y.
func laneAt(lg laneGeometry, y float32) int {
	return min(max(int((y-lg.top)/lg.h), 0), len(Lanes)-1)
}

// newArrow lays a message's path over the window, clipped to the axis.
func (tl *Timeline) newArrow(f *geodata.Feature, g geometry, lg laneGeometry) (arrow, bool) {
	hops := messagePath(f)
	pts := make([]fyne.Position, len(hops))
	for i, h := range hops {
		pts[i] = fyne.NewPos(g.x(h.t), lg.y(h.lane))
	}
	// A message to its own lane, such as a memo within Washington, bows
	// up so that it reads as a message rather than a span.
	if len(pts) == 2 && hops[0].lane == hops[1].lane {
		mid := fyne.NewPos((pts[0].X+pts[1].X)/2, pts[0].Y-lg.h*0.35)
		pts = []fyne.Position{pts[0], mid, pts[1]}
	}
	// A draft rides a little above the lane line, so that the telegram
	// sent in its place, often at the same times, does not hide it.
	if !f.Delivered {
		for i := range pts {
			pts[i].Y -= 5
		}
	}
	end := pts[len(pts)-1]
	clipped := clipX(pts, g.x0, g.x1)
	if len(clipped) < 2 {
		return arrow{}, false
	}
	return arrow{
		f: f, pts: clipped, col: palette.Side(f.Side),
		dashed: !f.Delivered, soft: f.Approximate,
		selected: f.ID == tl.selected,
		head:     end.X >= g.x0 && end.X <= g.x1,
	}, true
}

// clipX keeps the part of a polyline between x0 and x1 (the polyline
// runs left to right, as time does).
func clipX(pts []fyne.Position, x0, x1 float32) []fyne.Position {
	var out []fyne.Position
	for i := 0; i+1 < len(pts); i++ {
		a, b := pts[i], pts[i+1]
		if b.X < x0 || a.X > x1 {
			continue
		}
		at := func(x float32) fyne.Position {
			if b.X == a.X {
				return fyne.NewPos(x, a.Y)
			}
			return fyne.NewPos(x, a.Y+(b.Y-a.Y)*(x-a.X)/(b.X-a.X))
		}
		if a.X < x0 {
			a = at(x0)
		}
		if b.X > x1 {
			b = at(x1)
		}
		if len(out) == 0 || out[len(out)-1] != a {
			out = append(out, a)
		}
		out = append(out, b)
	}
	return out
}

// layoutNotes places labels in their lanes, left to right, each cut to
// the room before the next one; drafts' marks first, as they matter
// most. A label with no room for a few letters is left out.
func layoutNotes(notes []note, g geometry, measure measureFunc) []text {
	sort.SliceStable(notes, func(i, j int) bool {
		if notes[i].lane != notes[j].lane {
			return notes[i].lane < notes[j].lane
		}
		return notes[i].x < notes[j].x
	})
	// Letters are about charW wide; Hangul and Chinese characters a full
	// em, wideW.
	w := runeWidths{measure("abcdefghijklmnopqrstuvwxyz", noteText, false) / 26, measure("国", noteText, false)}
	charW := w.narrow
	th := measure("Mg", noteText, false)
	var out []text
	taken := map[int][][2]float32{} // per lane, the spans of the drafts' marks
	for _, n := range notes {
		if n.style == textDraft {
			w := measure(n.s, noteText, true)
			out = append(out, text{n.s, n.x, n.y - th - 2, textDraft})
			taken[n.lane] = append(taken[n.lane], [2]float32{n.x, n.x + w})
		}
	}
	lastEnd := map[int]float32{} // per lane, the right end of its last label
	for i, n := range notes {
		if n.style == textDraft {
			continue
		}
		if end, ok := lastEnd[n.lane]; ok && n.x < end+6 {
			continue // no room: the label before it runs on here
		}
		// Room runs to the next label that will have room of its own.
		room := g.x1 - n.x
		for _, m := range notes[i+1:] {
			if m.lane == n.lane && m.style != textDraft && m.x > n.x+6*charW {
				room = min(room, m.x-n.x-6)
				break
			}
		}
		for _, sp := range taken[n.lane] {
			if sp[0] > n.x {
				room = min(room, sp[0]-n.x-6)
			}
		}
		s := w.fit(n.s, room)
		if s == "" {
			continue
		}
		out = append(out, text{s, n.x, n.y + 1, textNote})
		lastEnd[n.lane] = n.x + min(room, w.of(s))
	}
	return out
}

// runeWidths are the widths of a letter and of a wide (East Asian)
// character, by which notes are cut to their room.
type runeWidths struct{ narrow, wide float32 }

func (w runeWidths) rune(r rune) float32 {
	switch {
	case r >= 0x1100 && r <= 0x11FF, // Hangul jamo
		r >= 0x2E80 && r <= 0xA4CF, // CJK radicals, punctuation, ideographs
		r >= 0xAC00 && r <= 0xD7A3, // Hangul syllables
		r >= 0xF900 && r <= 0xFAFF, // CJK compatibility ideographs
		r >= 0xFF00 && r <= 0xFF60: // full-width forms
		return w.wide
	}
	return w.narrow
}

// of is about the width of s.
func (w runeWidths) of(s string) float32 {
	total := float32(0)
	for _, r := range s {
		total += w.rune(r)
	}
	return total
}

// fit cuts s to about room pixels, with an ellipsis, or returns "" if
// there is room for fewer than six letters.
func (w runeWidths) fit(s string, room float32) string {
	if w.of(s) <= room {
		return s
	}
	if room < 6*w.narrow {
		return ""
	}
	var kept []rune
	used := w.narrow // the ellipsis
	for _, r := range s {
		if used+w.rune(r) > room {
			break
		}
		used += w.rune(r)
		kept = append(kept, r)
	}
	return strings.TrimSpace(string(kept)) + "…"
}

// searchTime returns the index of the first of sorted ts at or after t.
func searchTime(ts []time.Time, t time.Time) int {
	return sort.Search(len(ts), func(i int) bool { return !ts[i].Before(t) })
}

func log1p32(n int) float32 { return float32(math.Log1p(float64(n))) }
