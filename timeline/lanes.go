package timeline

import (
	"slices"
	"time"

	"github.com/paulmach/orb"

	"korea1950/geodata"
)

// Lane is one swimlane of the signals view: a capital or a group of
// actors, or the ground war.
type Lane struct {
	ID string
	// Key is the key of the lane's name in the app's translation table.
	Key string
}

// Lanes are the swimlanes of the signals view, top to bottom. The order
// keeps the chain of October 1950 short: Pyongyang asks Moscow, Moscow
// asks Beijing, and Beijing warns Washington through New Delhi and
// London, each hop to a neighbouring lane.
var Lanes = []Lane{
	{"washington", "lane.washington"},
	{"un", "lane.un"},
	{"london", "lane.london"},
	{"new-delhi", "lane.newdelhi"},
	{"beijing", "lane.beijing"},
	{"moscow", "lane.moscow"},
	{"pyongyang", "lane.pyongyang"},
	{"tokyo", "lane.tokyo"},
	{"ground", "lane.ground"},
	{"elsewhere", "lane.elsewhere"},
}

// placeLanes puts each place of the shipped data in a lane. India's
// embassy in Beijing speaks for New Delhi; the Black Sea dacha, where
// Stalin spent the autumn of 1950, for Moscow; the UN's seats in New York
// for the UN. Korean and Manchurian places are the ground war.
var placeLanes = map[string]string{
	"washington":            "washington",
	"lake-success":          "un",
	"flushing-meadows":      "un",
	"london":                "london",
	"new-delhi":             "new-delhi",
	"india-embassy-beijing": "new-delhi",
	"beijing":               "beijing",
	"moscow":                "moscow",
	"black-sea-dacha":       "moscow",
	"pyongyang":             "pyongyang",
	"tokyo":                 "tokyo",

	// Manchuria and the Yalu crossings.
	"andong": "ground", "changdian": "ground", "jian": "ground", "mukden": "ground",
	"port-arthur": "ground",
	// Korea.
	"anju": "ground", "chinju": "ground", "chipyong-ni": "ground", "chonan": "ground",
	"chongju": "ground", "chonju": "ground", "chorwon": "ground", "chosan": "ground",
	"chosin-reservoir": "ground", "chunchon": "ground", "hagaru-ri": "ground",
	"hamhung": "ground", "hoengsong": "ground", "hungnam": "ground", "hyesanjin": "ground",
	"inchon": "ground", "iwon": "ground", "kaesong": "ground", "kanggye": "ground",
	"kangnung": "ground", "koto-ri": "ground", "kumhwa": "ground", "kunsan": "ground",
	"kunu-ri": "ground", "kwangju": "ground", "kyongju": "ground", "manpojin": "ground",
	"masan": "ground", "mokpo": "ground", "munsan": "ground", "naktong-bulge": "ground",
	"onjong": "ground", "osan": "ground", "panmunjom": "ground", "pohang": "ground",
	"punchbowl": "ground", "pusan": "ground", "pyonggang": "ground", "pyongtaek": "ground",
	"sariwon": "ground", "seoul": "ground", "sinanju": "ground", "sinuiju": "ground",
	"sukchon": "ground", "sunchon": "ground", "suwon": "ground", "tabu-dong": "ground",
	"taegu": "ground", "taejon": "ground", "tokchon": "ground", "uijongbu": "ground",
	"unsan": "ground", "waegwan": "ground", "wonju": "ground", "wonsan": "ground",
	"yongchon": "ground", "yongdok": "ground", "yudam-ni": "ground",

	// Beyond the capitals and the war: Taiwan, Indochina, Wake Island.
	"taipei": "elsewhere", "viet-bac": "elsewhere", "hanoi": "elsewhere",
	"cao-bang": "elsewhere", "nanning": "elsewhere", "wake-island": "elsewhere",
}

// laneIndex maps a lane id to its row.
var laneIndex = func() map[string]int {
	m := map[string]int{}
	for i, l := range Lanes {
		m[l.ID] = i
	}
	return m
}()

// theater bounds Korea and Manchuria: a place in it with no entry in the
// table is on the ground war's lane.
var theater = orb.Bound{Min: orb.Point{120, 33}, Max: orb.Point{132, 44}}

// LaneOfPlace returns the lane of a place id, and false for a place the
// table does not know.
func LaneOfPlace(id string) (int, bool) {
	l, ok := placeLanes[id]
	if !ok {
		return 0, false
	}
	return laneIndex[l], true
}

// laneOfFeature returns the lane of an event or decision: military events
// on the ground lane, the rest in their place's lane. A feature whose
// place the table does not know goes by where it is: the ground war in
// Korea and Manchuria, elsewhere otherwise.
func laneOfFeature(f *geodata.Feature) int {
	if f.Kind == geodata.KindEvent && slices.Contains(f.Tags, "military") {
		return laneIndex["ground"]
	}
	if l, ok := LaneOfPlace(f.Place); ok {
		return l
	}
	if f.Geometry != nil && theater.Intersects(f.Bound) {
		return laneIndex["ground"]
	}
	return laneIndex["elsewhere"]
}

// laneOfEnd returns the lane of a message's sender, receiver or via place.
func laneOfEnd(id string) int {
	if l, ok := LaneOfPlace(id); ok {
		return l
	}
	return laneIndex["elsewhere"]
}

// hop is one point of a message's path in the signals view.
type hop struct {
	lane int
	t    time.Time
}

// messagePath returns the points a message passes through: the sender's
// lane at its sending, each via place's lane in order, and the receiver's
// lane at its receipt. The data gives no times for the intermediate
// hands, so the time from sending to receipt is split evenly between the
// legs: Zhou Enlai's warning of 3 October reaches Panikkar, New Delhi and
// London at even steps of its two hours to Washington.
//
// A time given as a span ("between midnight and 06:00") is drawn at its
// middle: the arrow of Kim Il-sung's plea then arrives about an hour before
// Stalin's request to Mao leaves, as the chapter has it, where the spans'
// outer ends (which bound the message's time in transit on the map) would
// draw Stalin's request leaving before the plea arrived.
func messagePath(f *geodata.Feature) []hop {
	sent := middle(f.Start, f.From)
	received := f.Until
	if !f.End.Start.IsZero() {
		received = middle(f.End, f.Until)
	}
	if received.Before(sent) {
		sent, received = f.From, f.Until
	}
	ends := make([]string, 0, len(f.Via)+2)
	ends = append(ends, f.Sender)
	ends = append(ends, f.Via...)
	ends = append(ends, f.Receiver)
	legs := len(ends) - 1
	span := received.Sub(sent)
	hops := make([]hop, len(ends))
	for i, id := range ends {
		hops[i] = hop{lane: laneOfEnd(id), t: sent.Add(span * time.Duration(i) / time.Duration(legs))}
	}
	return hops
}

// middle is the middle of a date's span, or fallback for an open one.
func middle(d geodata.Date, fallback time.Time) time.Time {
	if d.Start.IsZero() || d.End.IsZero() || d.OpenStart || d.OpenEnd || !d.Start.Before(d.End) {
		return fallback
	}
	return d.Start.Add(d.End.Sub(d.Start) / 2)
}
