package app

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
)

// detailsWidth is the panel's width: room for a line of some fifty
// characters.
const detailsWidth = 360

// details is the panel that shows everything about one feature: its
// title, its dates in local time or UTC, its precision and other dates,
// route or formation, actors, summary, quote and sources.
type details struct {
	// OnClose is called when the close button is tapped.
	OnClose func()

	lang    string
	utc     bool
	f       *geodata.Feature
	store   *geodata.Store
	body    *fyne.Container
	scroll  *container.Scroll
	local   *widget.Button
	utcB    *widget.Button
	closeB  *widget.Button
	content fyne.CanvasObject
}

func newDetails(lang string) *details {
	d := &details{lang: lang, body: container.NewVBox()}
	d.local = widget.NewButton("Local time", func() { d.SetUTC(false) })
	d.utcB = widget.NewButton("UTC", func() { d.SetUTC(true) })
	d.closeB = widget.NewButtonWithIcon("", theme.CancelIcon(), func() { call(d.OnClose) })
	bar := container.NewHBox(d.local, d.utcB, layout.NewSpacer(), d.closeB)
	d.scroll = container.NewVScroll(d.body)
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(detailsWidth, 0))
	d.content = container.NewStack(width, container.NewBorder(bar, nil, nil, nil, d.scroll))
	d.markZone()
	d.fill()
	return d
}

// Object is the panel, to place in a window.
func (d *details) Object() fyne.CanvasObject { return d.content }

// Show fills the panel with f; s looks up the places it refers to. A nil
// f empties it.
func (d *details) Show(f *geodata.Feature, s *geodata.Store) {
	d.f, d.store = f, s
	d.fill()
	d.scroll.ScrollToTop()
}

// SetUTC shows every date in UTC (true) or in the local time of the place
// it happened at (false).
func (d *details) SetUTC(on bool) {
	if d.utc == on {
		return
	}
	d.utc = on
	d.markZone()
	d.fill()
}

// UTC reports whether dates are shown in UTC.
func (d *details) UTC() bool { return d.utc }

func (d *details) markZone() {
	d.local.Importance, d.utcB.Importance = widget.HighImportance, widget.MediumImportance
	if d.utc {
		d.local.Importance, d.utcB.Importance = widget.MediumImportance, widget.HighImportance
	}
	d.local.Refresh()
	d.utcB.Refresh()
}

// fill rebuilds the panel's text from its feature.
func (d *details) fill() {
	d.body.RemoveAll()
	for _, l := range paragraphs(detailLines(d.f, d.store, d.lang, d.utc)) {
		lab := widget.NewLabel(l.text)
		lab.Wrapping = fyne.TextWrapWord
		lab.Selectable = true
		switch l.style {
		case styleTitle:
			lab.TextStyle.Bold = true
			lab.SizeName = theme.SizeNameSubHeadingText
		case styleHeading:
			lab.TextStyle.Bold = true
		case styleQuote:
			lab.TextStyle.Italic = true
		case styleNote:
			lab.Importance = widget.WarningImportance
			lab.TextStyle.Bold = true
		}
		d.body.Add(lab)
	}
	d.body.Refresh()
}

// paragraphs joins facts in a row into one paragraph of several lines.
func paragraphs(ls []detailLine) []detailLine {
	var ps []detailLine
	for _, l := range ls {
		if n := len(ps); n > 0 && l.style == styleFact && ps[n-1].style == styleFact {
			ps[n-1].text += "\n" + l.text
			continue
		}
		ps = append(ps, l)
	}
	return ps
}

// lineStyle is how a line of the panel is drawn.
type lineStyle int

const (
	styleText lineStyle = iota
	styleFact           // a short line; facts in a row share a paragraph
	styleTitle
	styleHeading
	styleQuote
	styleNote // stands out: a draft never sent
)

// detailLine is one paragraph of the panel.
type detailLine struct {
	style lineStyle
	text  string
}

var detailKinds = map[geodata.Kind]string{
	geodata.KindPlace: "Place", geodata.KindFront: "Front line", geodata.KindArea: "Held territory",
	geodata.KindUnit: "Unit", geodata.KindMove: "Movement", geodata.KindEvent: "Event",
	geodata.KindDecision: "Decision", geodata.KindMessage: "Message",
}

// detailLines is the panel's text for f, dates in UTC or local time.
func detailLines(f *geodata.Feature, s *geodata.Store, lang string, utc bool) []detailLine {
	if f == nil {
		return []detailLine{{styleText, "Select a marker, an arc, a unit or a front to see it here."}}
	}
	var ls []detailLine
	add := func(style lineStyle, format string, a ...any) {
		ls = append(ls, detailLine{style, fmt.Sprintf(format, a...)})
	}
	place := func(id string) string {
		if p := s.ByID(id); p != nil {
			return p.TitleIn(lang)
		}
		return id
	}
	add(styleTitle, "%s", f.TitleIn(lang))
	kind := detailKinds[f.Kind]
	if desc, ok := geodata.Sides[f.Side]; ok && f.Side != "neutral" {
		kind += " of " + desc
	}
	add(styleText, "%s", kind)
	if f.Kind == geodata.KindMessage && !f.Delivered {
		add(styleNote, "Draft, never sent")
	}

	startZone, endZone, where := zones(f, s, lang)
	if f.Start.Raw != "" {
		if utc {
			add(styleHeading, "Dates in UTC")
		} else {
			add(styleHeading, "Dates in local time %s", where)
		}
		show := func(d geodata.Date, loc *time.Location) string {
			if utc {
				return describeUTC(d, lang)
			}
			return d.Describe(lang, loc)
		}
		switch {
		case f.Kind == geodata.KindMessage && !f.Delivered:
			add(styleFact, "Drafted: %s", show(f.Start, startZone))
		case f.Kind == geodata.KindMessage:
			add(styleFact, "Sent: %s", show(f.Start, startZone))
			if f.End.Raw != "" {
				add(styleFact, "Received: %s", show(f.End, endZone))
			} else {
				add(styleFact, "Received: not given")
			}
		case f.End.Raw != "":
			add(styleFact, "Date: %s to %s", show(f.Start, startZone), show(f.End, endZone))
		default:
			add(styleFact, "Date: %s", show(f.Start, startZone))
		}
		add(styleFact, "%s", precision(f))
		if n := len(f.DateAlt); n > 0 {
			add(styleHeading, "The sources give %s dates; the others:", countWord(n+1))
			for _, alt := range f.DateAlt {
				add(styleFact, "• %s: %s", show(alt.Date, startZone), alt.Passage)
			}
		}
	}
	if f.Kind == geodata.KindFront || f.Kind == geodata.KindArea {
		add(styleFact, "On the map: %s", f.Shown())
	}
	if f.Kind == geodata.KindMessage {
		route := []string{place(f.Sender)}
		for _, v := range f.Via {
			route = append(route, place(v))
		}
		route = append(route, place(f.Receiver))
		add(styleFact, "Route: %s", strings.Join(route, " → "))
	}
	if f.Designation != "" {
		add(styleFact, "Designation: %s", f.Designation)
	}
	if f.Echelon != "" {
		add(styleFact, "Echelon: %s", f.Echelon)
	}
	if f.Place != "" {
		add(styleFact, "Place: %s", place(f.Place))
	}
	if len(f.Names) > 0 {
		add(styleFact, "Also called: %s", strings.Join(f.Names, ", "))
	}
	if len(f.Actors) > 0 {
		add(styleFact, "People: %s", strings.Join(f.Actors, ", "))
	}
	if sum := f.Summaries[lang]; sum != "" {
		add(styleText, "%s", sum)
	} else if f.Summary != "" {
		add(styleText, "%s", f.Summary)
	}
	if f.Quote != "" {
		add(styleQuote, "“%s”", f.Quote)
	}
	if len(f.Sources) > 0 {
		add(styleHeading, "Sources")
		for _, src := range f.Sources {
			add(styleText, "%s", sourceText(src))
		}
	}
	return ls
}

// zones returns the zones f's start and end are read in, and where that
// is the local time: "at Beijing", "in Korea".
func zones(f *geodata.Feature, s *geodata.Store, lang string) (start, end *time.Location, where string) {
	start, end = f.Zone, f.Zone
	if start == nil {
		start, end = geodata.Seoul, geodata.Seoul
	}
	where = "in Korea"
	if start != geodata.Seoul {
		where = "in the zone " + start.String()
	}
	id := f.Place
	if f.Kind == geodata.KindMessage {
		id = f.Sender
		if p := s.ByID(f.Receiver); p != nil && p.Zone != nil && f.TZ == "" {
			end = p.Zone
		}
	}
	switch p := s.ByID(id); {
	case f.TZ != "" && f.Kind != geodata.KindPlace:
		where = "in the zone " + f.TZ
	case f.Kind == geodata.KindPlace:
		where = "at " + f.TitleIn(lang)
	case p != nil:
		where = "at " + p.TitleIn(lang)
	}
	return start, end, where
}

// describeUTC writes d in UTC: a date-time as Describe does, and a day,
// month or year also as the UTC interval it covers in the place's zone.
func describeUTC(d geodata.Date, lang string) string {
	s := d.Describe(lang, time.UTC)
	if d.Precision >= geodata.PrecMinute || d.Start.IsZero() || d.End.IsZero() {
		return s
	}
	const layout = "2 January 2006 15:04"
	return fmt.Sprintf("%s (%s to %s UTC)", s, d.Start.UTC().Format(layout), d.End.UTC().Format(layout))
}

// precision says in words how well f's date and position are known.
func precision(f *geodata.Feature) string {
	parts := []string{"Date known to the " + f.Start.Precision.String()}
	if f.Start.Approximate {
		parts = append(parts, "approximate date")
	}
	if f.Start.Uncertain {
		parts = append(parts, "uncertain date")
	}
	if f.Approximate {
		parts = append(parts, approximateWords[f.Kind])
	}
	return strings.Join(parts, "; ")
}

// approximateWords say what is approximate when a feature is.
var approximateWords = map[geodata.Kind]string{
	geodata.KindPlace: "approximate position", geodata.KindFront: "approximate line",
	geodata.KindArea: "approximate boundary", geodata.KindUnit: "approximate position",
	geodata.KindMove: "approximate route", geodata.KindEvent: "approximate position",
	geodata.KindDecision: "approximate position", geodata.KindMessage: "approximate",
}

func countWord(n int) string {
	words := []string{"no", "one", "two", "three", "four", "five", "six"}
	if n < len(words) {
		return words[n]
	}
	return fmt.Sprint(n)
}

// sourceText writes a source as "Work, n. 23, p. 839 — note", leaving out
// the parts it lacks.
func sourceText(src geodata.Source) string {
	s := src.Work
	if src.Endnote != 0 {
		s += fmt.Sprintf(", n. %d", src.Endnote)
	}
	if src.Page != "" {
		s += ", p. " + src.Page
	}
	if src.Note != "" {
		s += " — " + src.Note
	}
	return s
}
