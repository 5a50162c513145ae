package app

import (
	"strconv"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"korea1950/geodata"
	"korea1950/internal/golden"
)

// detailsData is the embedded data's store, built once for these tests.
var detailsData = sync.OnceValues(func() (*geodata.Store, error) {
	ds := geodata.Load(geodata.Embedded())
	return geodata.NewStore(ds.Features)
})

func detailsStore(t *testing.T) *geodata.Store {
	t.Helper()
	s, err := detailsData()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func need(t *testing.T, s *geodata.Store, id string) *geodata.Feature {
	t.Helper()
	f := s.ByID(id)
	if f == nil {
		t.Fatalf("%s: not in the embedded data", id)
	}
	return f
}

func TestDetailLines(t *testing.T) {
	s := detailsStore(t)
	zhou := need(t, s, "zhou-panikkar-1950-10-02")
	beijing := need(t, s, "beijing").Zone
	// What the panel must say, worked out from the data rather than
	// written down: Zhou's warning began about 23:00 on 2 October in
	// Beijing, which was 15:00 UTC.
	local, utc := zhou.Start.Start.In(beijing), zhou.Start.Start.UTC()
	_, off := local.Zone()
	tests := []struct {
		id    string
		utc   bool
		want  []string // lines, or parts of them, that must be there
		never []string // text that must not be
	}{
		{"zhou-panikkar-1950-10-02", false, []string{
			"Zhou Enlai warns the United States through India's ambassador",
			"Dates in local time at Beijing",
			"Sent: about " + local.Format("2 January 2006, 15:04"),
			"(UTC+" + strconv.Itoa(off/3600) + ")",
			"Date known to the minute; approximate date",
			"Route: Beijing → India's embassy in Beijing → New Delhi → London → Washington",
			"People: Zhou Enlai, K. M. Panikkar",
			"“at midnight on October 2”",
			"Christensen, Worse Than a Monolith (2011), ch. 3, n. 23 — text line 58",
			"Foreign Relations of the United States, 1950, vol. VII: Korea — telegram 1934",
		}, []string{"Draft, never sent", "(UTC)"}},
		{"zhou-panikkar-1950-10-02", true, []string{
			"Dates in UTC",
			"Sent: about " + utc.Format("2 January 2006, 15:04"),
			"(UTC)",
		}, []string{"UTC+8", "local time"}},
		{"mao-draft-1950-10-02", false, []string{
			"Mao's draft telegram to Stalin, never sent",
			"Drafted: 2 October 1950",
			"Draft, never sent",
			"Route: Beijing → Stalin's Black Sea dacha",
		}, []string{"Sent:", "Received:"}},
		{"mao-draft-1950-10-02", true, []string{
			"Drafted: 2 October 1950 (1 October 1950 16:00 to 2 October 1950 16:00 UTC)",
		}, nil},
		{"us-24th-division-1950-07-05", false, []string{
			"Unit of the United States",
			"Dates in local time at Osan",
			"Date: 5 July 1950",
			"Date known to the day; approximate position",
			"Designation: 24th Infantry Division",
			"Echelon: division",
			"Place: Osan",
			"Appleman, South to the Naktong, North to the Yalu (1961) — chapter on Task Force Smith",
		}, []string{"On the map:"}},
		{"front-1950-10-19", false, []string{
			"Dates in local time in Korea",
			"Front line",
			"approximate line",
			"On the map: " + need(t, s, "front-1950-10-19").Shown(),
		}, []string{"Front line of"}},
		{"us-crosses-38th", false, []string{
			"The sources give three dates; the others:",
			"• 7–8 October 1950: line 58: UN forces crossed the 38th parallel 'on October 7–8'",
			"• 8 October 1950: line 36:",
		}, nil},
		{"mukden", false, []string{"Mukden", "Place", "Also called: Shenyang, Shen-yang"}, []string{"Dates in"}},
	}
	for _, tc := range tests {
		name := tc.id
		if tc.utc {
			name += " utc"
		}
		t.Run(name, func(t *testing.T) {
			var text []string
			for _, l := range detailLines(need(t, s, tc.id), s, "en", tc.utc) {
				text = append(text, l.text)
			}
			all := strings.Join(text, "\n")
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("no %q in\n%s", w, all)
				}
			}
			for _, w := range tc.never {
				if strings.Contains(all, w) {
					t.Errorf("%q in\n%s", w, all)
				}
			}
		})
	}
}

func TestSourceText(t *testing.T) {
	tests := []struct {
		src  geodata.Source
		want string
	}{
		{geodata.Source{Work: "W"}, "W"},
		{geodata.Source{Work: "W", Endnote: 23}, "W, n. 23"},
		{geodata.Source{Work: "W", Page: "839"}, "W, p. 839"},
		{geodata.Source{Work: "W", Endnote: 9, Page: "12–13", Note: "text line 30"}, "W, n. 9, p. 12–13 — text line 30"},
	}
	for _, tc := range tests {
		if got := sourceText(tc.src); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.src, got, tc.want)
		}
	}
}

func newTestDetails(t *testing.T) (*details, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	fyne.CurrentApp().Settings().SetTheme(lightTheme{})
	d := newDetails("en")
	win := test.NewWindow(d.Object())
	win.SetPadded(false)
	win.Resize(fyne.NewSize(detailsWidth, 760))
	t.Cleanup(win.Close)
	return d, win
}

func TestDetailsToggleAndClose(t *testing.T) {
	s := detailsStore(t)
	d, _ := newTestDetails(t)
	closed := 0
	d.OnClose = func() { closed++ }
	d.Show(need(t, s, "zhou-panikkar-1950-10-02"), s)
	if d.UTC() {
		t.Fatal("starts in UTC")
	}
	test.Tap(d.utcB)
	if !d.UTC() || !strings.Contains(panelText(d), "Dates in UTC") {
		t.Errorf("tapping UTC: UTC() %v, text\n%s", d.UTC(), panelText(d))
	}
	test.Tap(d.local)
	if d.UTC() || !strings.Contains(panelText(d), "Dates in local time at Beijing") {
		t.Errorf("tapping Local time: UTC() %v", d.UTC())
	}
	test.Tap(d.closeB)
	if closed != 1 {
		t.Errorf("close tapped: OnClose called %d times", closed)
	}
	d.Show(nil, s)
	if !strings.Contains(panelText(d), "Select a marker") {
		t.Errorf("nothing shown: %s", panelText(d))
	}
}

// No line of the panel is wider than it: every label wraps.
func TestDetailsFitTheWidth(t *testing.T) {
	s := detailsStore(t)
	d, _ := newTestDetails(t)
	for _, id := range []string{"zhou-panikkar-1950-10-02", "cpv-crosses-yalu-1950-10-19", "us-crosses-38th"} {
		d.Show(need(t, s, id), s)
		for _, o := range d.body.Objects {
			if w := o.Size().Width; w > detailsWidth {
				t.Errorf("%s: a line %v wide in a panel %d wide", id, w, detailsWidth)
			}
			if w := o.MinSize().Width; w > detailsWidth {
				t.Errorf("%s: a line needs %v", id, w)
			}
		}
	}
}

func panelText(d *details) string {
	var b strings.Builder
	for _, o := range d.body.Objects {
		b.WriteString(o.(*widget.Label).Text + "\n")
	}
	return b.String()
}

func TestDetailsGolden(t *testing.T) {
	s := detailsStore(t)
	tests := []struct {
		name, id string
		utc      bool
	}{
		{"zhou-local", "zhou-panikkar-1950-10-02", false},
		{"zhou-utc", "zhou-panikkar-1950-10-02", true},
		{"mao-draft", "mao-draft-1950-10-02", false},
		{"unit", "us-24th-division-1950-07-05", false},
		{"front", "front-1950-10-19", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, win := newTestDetails(t)
			d.SetUTC(tc.utc)
			d.Show(need(t, s, tc.id), s)
			golden.Assert(t, "details/"+tc.name+".png", win.Canvas().Capture())
		})
	}
}
