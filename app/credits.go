package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/internal/i18n"
)

// credits lists the sources of what the app shows and the licences of
// its data and software. It condenses docs/data-sources.md (every work in
// its Sources table is here: a test checks it) and assets/NOTICE.md. It
// holds no links, since a kiosk has no browser, and no italics: Fyne's
// rich text breaks a line of several styles badly where it wraps.
var credits = []struct {
	title string
	items []string
}{
	{"credits.story", []string{
		"Thomas J. Christensen, Worse Than a Monolith: Alliance Politics and Problems of Coercive Diplomacy in Asia (Princeton University Press, 2011), chapter 3: every decision, meeting, message and statement, with its date and the endnote it rests on. The app quotes the chapter only in short phrases.",
	}},
	{"credits.ground", []string{
		"Roy E. Appleman, South to the Naktong, North to the Yalu (U.S. Army, 1961); East of Chosin (1987); Disaster in Korea (1989)",
		"Billy C. Mossman, Ebb and Flow, November 1950–July 1951 (U.S. Army, 1990)",
		"Walter G. Hermes, Truce Tent and Fighting Front (U.S. Army, 1966)",
		"James F. Schnabel, Policy and Direction: The First Year (U.S. Army, 1972)",
		"Lynn Montross and Nicholas A. Canzona, The Pusan Perimeter (1954), The Inchon-Seoul Operation (1955) and The Chosin Reservoir Campaign (1957); Montross, Kuokka and Hicks, The East-Central Front (1962); Meid and Yingling, Operations in West Korea (1972): the U.S. Marine Corps' history",
		"U.S. Army Center of Military History, The Korean War: The Outbreak (2000)",
		"Chinese Military Science Academy, 抗美援朝战争史 (History of the War to Resist America and Aid Korea, 2000); Xiaobing Li, China's Battle for Korea (2014); Peng Dehuai, Memoirs of a Chinese Marshal (1984); Wu Ruilin's memoir of the 42nd Army",
		"Anthony Farrar-Hockley, The British Part in the Korean War, vols. 1 (1990) and 2 (1995); Robert O'Neill, Australia in the Korean War, vol. 2 (1985)",
		"U.S. Army, \"Eighth Army leaders discuss way ahead in Korea\" (army.mil, 12 October 2012)",
	}},
	{"credits.diplomacy", []string{
		"Chen Jian, China's Road to the Korean War (1994) and Mao's China and the Cold War (2001)",
		"Shen Zhihua, Mao, Stalin and the Korean War (2012)",
		"Goncharov, Lewis and Xue, Uncertain Partners (1993)",
		"Qiang Zhai, China and the Vietnam Wars (2000)",
		"Kathryn Weathersby, \"New Russian Documents on the Korean War\", CWIHP Bulletin 6–7",
		"Foreign Relations of the United States, 1950, vol. VII: Korea; the Wilson Center Digital Archive",
		"An article in the Journal of Asian and African Studies no. 65 (Tokyo University of Foreign Studies)",
	}},
	{"credits.places", []string{
		"Town centres from general knowledge; seven battlefields from Wikipedia's articles on them. Positions known only roughly are shown as approximate.",
	}},
	{"credits.mapdata", []string{
		"Coastlines, lakes, rivers and borders: GSHHG 2.3.7 and WDBII, by Paul Wessel and Walter H. F. Smith, under the GNU LGPL-3.0. Wessel, P., and W. H. F. Smith (1996), A global, self-consistent, hierarchical, high-resolution shoreline database, J. Geophys. Res., 101(B4), 8741–8743.",
		"There is no inter-Korean boundary on the map: in 1950 the 38th parallel was an occupation line, and the DMZ dates from 1953.",
		"Software: Go (BSD-3-Clause), Fyne (BSD-3-Clause), orb (MIT), buntdb (MIT).",
	}},
}

// creditsText is the credits in Markdown, for the About box.
func creditsText(lang string) string {
	var b strings.Builder
	for _, sec := range credits {
		fmt.Fprintf(&b, "## %s\n\n", i18n.T(lang, sec.title))
		for _, it := range sec.items {
			fmt.Fprintf(&b, "- %s\n", it)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// newCreditsPanel is the kiosk's credits screen: the credits over a dimmed
// screen, which a finger scrolls, and a button to close it. A touch on the
// dimmed part closes it too.
// The credits' headings and title are in the app's language; the works
// keep their own titles.
func newCreditsPanel(lang string, onClose func()) (fyne.CanvasObject, *widget.Button) {
	rows := container.NewVBox()
	for _, sec := range credits {
		h := widget.NewLabelWithStyle(i18n.T(lang, sec.title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		rows.Add(h)
		for _, it := range sec.items {
			l := widget.NewLabel("•  " + it)
			l.Wrapping = fyne.TextWrapWord
			rows.Add(l)
		}
	}
	scroll, obj := touchScroll(rows)
	scroll.SetMinSize(fyne.NewSize(1000, 640))
	closeB := widget.NewButtonWithIcon(i18n.T(lang, "credits.close"), theme.CancelIcon(), onClose)
	closeB.Importance = widget.HighImportance
	title := widget.NewLabelWithStyle(i18n.T(lang, "credits.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	box := container.NewBorder(title, container.NewCenter(closeB), nil, nil, obj)
	panel := container.NewStack(
		newShield(dimmed, onClose),
		container.NewCenter(card(theme.Color(theme.ColorNameBackground), 28, box)))
	panel.Hide()
	return panel, closeB
}
