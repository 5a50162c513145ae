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
	"korea1950/internal/i18n"
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
	d.local = widget.NewButton(i18n.T(lang, "details.local"), func() { d.SetUTC(false) })
	d.utcB = widget.NewButton(i18n.T(lang, "details.utc"), func() { d.SetUTC(true) })
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

// SetLanguage shows the panel in lang.
func (d *details) SetLanguage(lang string) {
	d.lang = lang
	d.local.SetText(i18n.T(lang, "details.local"))
	d.utcB.SetText(i18n.T(lang, "details.utc"))
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

// detailLines is the panel's text for f, dates in UTC or local time.
func detailLines(f *geodata.Feature, s *geodata.Store, lang string, utc bool) []detailLine {
	if f == nil {
		return []detailLine{{styleText, i18n.T(lang, "details.empty")}}
	}
	var ls []detailLine
	add := func(style lineStyle, key string, a ...any) {
		ls = append(ls, detailLine{style, i18n.Tf(lang, key, a...)})
	}
	text := func(style lineStyle, s string) { ls = append(ls, detailLine{style, s}) }
	place := func(id string) string {
		if p := s.ByID(id); p != nil {
			return p.TitleIn(lang)
		}
		return id
	}
	text(styleTitle, f.TitleIn(lang))
	kind := i18n.T(lang, detailKinds[f.Kind])
	if desc, ok := sideLong[f.Side]; ok {
		kind = i18n.Tf(lang, "details.kindof", kind, i18n.T(lang, desc))
	}
	text(styleText, kind)
	if f.Kind == geodata.KindMessage && !f.Delivered {
		add(styleNote, "details.draft")
	}

	startZone, endZone, where := zones(f, s, lang)
	if f.Start.Raw != "" {
		if utc {
			add(styleHeading, "details.dates.utc")
		} else {
			add(styleHeading, "details.dates.local", where)
		}
		show := func(d geodata.Date, loc *time.Location) string {
			if utc {
				return describeUTC(d, lang)
			}
			return d.Describe(lang, loc)
		}
		switch {
		case f.Kind == geodata.KindMessage && !f.Delivered:
			add(styleFact, "details.drafted", show(f.Start, startZone))
		case f.Kind == geodata.KindMessage:
			add(styleFact, "details.sent", show(f.Start, startZone))
			if f.End.Raw != "" {
				add(styleFact, "details.received", show(f.End, endZone))
			} else {
				add(styleFact, "details.received.none")
			}
		case f.End.Raw != "":
			add(styleFact, "details.date.range", show(f.Start, startZone), show(f.End, endZone))
		default:
			add(styleFact, "details.date", show(f.Start, startZone))
		}
		text(styleFact, precision(f, lang))
		if n := len(f.DateAlt); n > 0 {
			add(styleHeading, "details.alts", countWord(lang, n+1))
			for _, alt := range f.DateAlt {
				text(styleFact, "• "+show(alt.Date, startZone)+": "+alt.Passage)
			}
		}
	}
	if f.Kind == geodata.KindFront || f.Kind == geodata.KindArea {
		add(styleFact, "details.onmap", f.ShownIn(lang))
	}
	if f.Kind == geodata.KindMessage {
		route := []string{place(f.Sender)}
		for _, v := range f.Via {
			route = append(route, place(v))
		}
		route = append(route, place(f.Receiver))
		add(styleFact, "details.route", strings.Join(route, " → "))
	}
	if f.Designation != "" {
		add(styleFact, "details.designation", f.Designation)
	}
	if f.Echelon != "" {
		e := f.Echelon
		if k, ok := echelonKeys[e]; ok {
			e = i18n.T(lang, k)
		}
		add(styleFact, "details.echelon", e)
	}
	if f.Place != "" {
		add(styleFact, "details.place", place(f.Place))
	}
	if len(f.Names) > 0 {
		add(styleFact, "details.names", strings.Join(f.Names, ", "))
	}
	if len(f.Actors) > 0 {
		add(styleFact, "details.people", strings.Join(f.Actors, ", "))
	}
	if sum := f.Summaries[lang]; sum != "" {
		text(styleText, sum)
	} else if f.Summary != "" {
		text(styleText, f.Summary)
	}
	if f.Quote != "" {
		text(styleQuote, "“"+f.Quote+"”")
	}
	if len(f.Sources) > 0 {
		add(styleHeading, "details.sources")
		for _, src := range f.Sources {
			text(styleText, sourceText(src))
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
	where = i18n.T(lang, "details.where.korea")
	if start != geodata.Seoul {
		where = i18n.Tf(lang, "details.where.zone", start.String())
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
		where = i18n.Tf(lang, "details.where.zone", f.TZ)
	case f.Kind == geodata.KindPlace:
		where = i18n.Tf(lang, "details.where.at", f.TitleIn(lang))
	case p != nil:
		where = i18n.Tf(lang, "details.where.at", p.TitleIn(lang))
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
	layout := "2 January 2006 15:04"
	if lang == "ko" || lang == "zh" {
		layout = "2006-01-02 15:04"
	}
	return i18n.Tf(lang, "details.utc.span", s, d.Start.UTC().Format(layout), d.End.UTC().Format(layout))
}

// precision says in words, in lang, how well f's date and position are
// known.
func precision(f *geodata.Feature, lang string) string {
	parts := []string{i18n.Tf(lang, "details.prec", i18n.T(lang, precisionKeys[f.Start.Precision]))}
	if f.Start.Approximate {
		parts = append(parts, i18n.T(lang, "details.approxdate"))
	}
	if f.Start.Uncertain {
		parts = append(parts, i18n.T(lang, "details.uncertaindate"))
	}
	if f.Approximate {
		parts = append(parts, i18n.T(lang, approximateWords[f.Kind]))
	}
	return strings.Join(parts, "; ")
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
