// Package app is the Korea 1950 application: its command line, its window,
// its keys, and the headless renderer that draws what the window shows.
package app

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"korea1950/app/story"
	"korea1950/geodata"
	"korea1950/maps"
)

// Options is the one flag set of the whole program. Every subcommand reads
// the flags it needs from it; later subcommands add to it rather than
// invent their own names.
type Options struct {
	// Command is "" for the window, or a subcommand such as "render".
	Command string
	// Data is a folder of the user's own geodata, added to the embedded
	// data, or used alone with Only.
	Data string
	Only bool
	// Lang is the language of labels and dates: en, ko or zh.
	Lang string
	// View is the named view the map opens on.
	View maps.View
	// Date is the moment shown: noon in Seoul on -date, or -at.
	Date time.Time
	// Width and Height are render's image size in pixels.
	Width, Height int
	// Layers are the map layers drawn.
	Layers maps.Layers
	// Out is render's output file.
	Out string
	// Paths are validate's files and folders.
	Paths []string
	// Instant is inspect's -at: one instant rather than the day of -date.
	Instant bool
	// DateSet, ViewSet and LangSet say whether -date (or -at), -view and
	// -lang were given.
	DateSet, ViewSet, LangSet bool
	// SizeSet says whether -size was given (the window then opens at it).
	SizeSet bool
	// Compare is the date of the second map of the compare view (noon in
	// Seoul), or zero for one map.
	Compare time.Time
	// Signals opens the timeline on its signals view.
	Signals bool
	// Select is the id of a feature to open selected, with its details.
	Select string
	// From, To and Step are export's dates: a frame every Step from From
	// to To (each at noon in Seoul, as -date).
	From, To time.Time
	Step     time.Duration
	// Story is the story -story opens, nil without; Scene is render's
	// -scene, counted from 1.
	Story *story.Story
	Scene int
	// Present opens the window in presenter mode (F5 in the window).
	Present bool
	// Scale is render's canvas scale, as FYNE_SCALE is the window's: the
	// image is Width×Height pixels, laid out at Width/Scale×Height/Scale.
	Scale float64
	// Kiosk runs the window as a museum kiosk (app/kiosk.go): full screen,
	// no menus, an attract loop when nobody touches it.
	Kiosk bool
	// IdleSeconds and CountdownSeconds are the kiosk's idle time and its
	// "Still exploring?" countdown; 0 keeps the saved setting or the default.
	IdleSeconds, CountdownSeconds int
}

// commandFlags are the flags each command takes; "" is the window.
var commandFlags = map[string][]string{
	"":         {"data", "only", "lang", "view", "date", "at", "size", "layers", "compare", "signals", "select", "story", "kiosk", "idle", "countdown", "present"},
	"render":   {"data", "only", "lang", "view", "date", "at", "size", "layers", "compare", "signals", "select", "scale", "o", "story", "scene"},
	"export":   {"data", "only", "lang", "view", "layers", "size", "scale", "from", "to", "step", "o", "story"},
	"validate": {"only"},
	"inspect":  {"data", "only", "date", "at"},
}

// UsageError is a mistake on the command line: the program prints it on
// one line and exits with status 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usageErr(format string, a ...any) error { return &UsageError{fmt.Sprintf(format, a...)} }

// Usage is the text of -h.
const Usage = `Korea 1950: the map and timeline of the Korean War's first year.

Usage:
  korea1950 [-data DIR] [-only] [-lang en|ko|zh] [-view peninsula|eastasia] [-date YYYY-MM-DD]
            [-at INSTANT] [-size WxH] [-layers LIST] [-compare YYYY-MM-DD] [-signals] [-select ID]
            [-story NAME] [-present] [-kiosk [-idle SECONDS] [-countdown SECONDS]]
      opens the window.
  korea1950 render -date YYYY-MM-DD [-at INSTANT] [-view V] [-size WxH] [-layers LIST]
                   [-compare D] [-signals] [-select ID] [-scale S] [-data DIR] [-lang L] -o FILE.png
  korea1950 render -story NAME [-scene N] [-size WxH] [-scale S] [-data DIR] [-lang L] -o FILE.png
      draws what the window would show into a PNG, without a display.
  korea1950 export (-story NAME | -from YYYY-MM-DD -to YYYY-MM-DD) [-step 1d|6h] [-size WxH]
                   [-scale S] [-view V] [-layers LIST] [-lang L] [-data DIR] -o DIR
      draws a story scene by scene, or a frame every step, with legend and caption, as
      DIR/frame-0001.png and on, then DIR/NAME.gif, and DIR/NAME.mp4 when ffmpeg is installed.
  korea1950 validate [-only] [PATH...]
      checks geodata files and folders (the embedded data without PATH),
      prints every problem and "N features, M errors"; exits 1 if any.
  korea1950 inspect [-date YYYY-MM-DD | -at INSTANT] [-data DIR] [-only]
      prints each feature active that day (each in its place's local
      time) or at that instant, one JSON object per line; every feature
      without either.

Flags:
  -data DIR     a folder of your own geodata, added to the embedded data
  -only         use only the -data folder (validate: the PATHs), not the embedded data
  -lang L       language of the window, place names and dates: en, ko or zh (default en)
  -view V       peninsula or eastasia (default peninsula)
  -date D       the day shown, YYYY-MM-DD, 1949-07-01 to 1953-07-31 (default 1950-06-25)
  -at INSTANT   a time on that day, HH:MM in Seoul time, HH:MM+08:00,
                or a full timestamp such as 1950-10-02T23:30+08:00 (default 12:00)
  -size WxH     render: image size in pixels; the window: its size (default 1280x800)
  -layers LIST  comma-separated layers, as the Layers panel names them, or all (default all):
                the basemap's land, rivers, borders, parallel, labels, scale; the
                kinds territory, fronts, units, moves, messages, events; the sides
                un, rok, us, uk, kpa, cpv, prc, ussr, india. "all,-kpa" starts from
                all and hides one.
  -compare D    a second map, side by side, on the day D (YYYY-MM-DD)
  -signals      open the timeline on its signals view
  -select ID    open with the feature ID selected and its details shown
  -story NAME   open on a story's first scene: a shipped story (three-weeks,
                year-1950) or a story file, PATH.json; PageDown and PageUp step it
  -scene N      render: the story's scene N (from 1) as it ends (default 1)
  -present      open in presenter mode: the story full screen, for a projector and a clicker
  -scale S      render: the scale of the layout, as FYNE_SCALE sets the window's:
                -size 960x540 -scale 0.5 lays out what a 1920x1080 window at scale 1
                shows, drawn at half size (default 1)
  -o FILE.png   render: the file to write; export: the folder to write into
  -from D, -to D  export: the first and last day (YYYY-MM-DD)
  -step N         export: days (1d) or hours (6h) between frames (default 1d)
  -kiosk        the window as a museum kiosk: full screen, no menus, touch-sized
                buttons, an attract loop when idle; only Ctrl+Shift+Q leaves.
                -lang, -view and -date set its start state and are remembered
  -idle S       kiosk: seconds without a touch before "Still exploring?" or the
                attract loop, 5 to 86400 (default 90, or the remembered setting)
  -countdown S  kiosk: seconds the "Still exploring?" countdown lasts before the
                kiosk resets, 3 to 600 (default 15, or the remembered setting)
`

// ParseArgs reads the command line (without the program name).
func ParseArgs(args []string) (Options, error) {
	o := Options{Lang: "en", View: maps.Peninsula, Date: geodata.Opening, Width: 1280, Height: 800, Layers: maps.AllLayers, Scale: 1}
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		o.Command, args = args[0], args[1:]
		if _, ok := commandFlags[o.Command]; !ok {
			return o, usageErr("unknown command %q (want render, export, validate or inspect, or flags only to open the window)", o.Command)
		}
	}
	fs := flag.NewFlagSet("korea1950", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	data := fs.String("data", "", "")
	only := fs.Bool("only", false, "")
	lang := fs.String("lang", "en", "")
	view := fs.String("view", "peninsula", "")
	date := fs.String("date", "", "")
	at := fs.String("at", "", "")
	size := fs.String("size", "1280x800", "")
	layers := fs.String("layers", "all", "")
	compare := fs.String("compare", "", "")
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	step := fs.String("step", "1d", "")
	fs.Float64Var(&o.Scale, "scale", 1, "")
	fs.BoolVar(&o.Signals, "signals", false, "")
	fs.StringVar(&o.Select, "select", "", "")
	fs.BoolVar(&o.Present, "present", false, "")
	fs.StringVar(&o.Out, "o", "", "")
	storyName := fs.String("story", "", "")
	fs.IntVar(&o.Scene, "scene", 1, "")
	fs.BoolVar(&o.Kiosk, "kiosk", false, "")
	fs.IntVar(&o.IdleSeconds, "idle", 0, "")
	fs.IntVar(&o.CountdownSeconds, "countdown", 0, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return o, err
		}
		return o, usageErr("%v", err)
	}
	if o.Command == "validate" {
		o.Paths = fs.Args()
	} else if fs.NArg() > 0 {
		return o, usageErr("unexpected argument %q", fs.Arg(0))
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for name := range set {
		if !slices.Contains(commandFlags[o.Command], name) {
			return o, usageErr("-%s is not a flag of %s", name, commandName(o.Command))
		}
	}
	o.DateSet = set["date"] || set["at"]
	o.ViewSet = set["view"]
	o.LangSet = set["lang"]
	o.Instant = set["at"]
	o.SizeSet = set["size"]

	if !geodata.ValidLanguage(*lang) {
		return o, usageErr("-lang %q: want one of %s", *lang, strings.Join(geodata.Languages, ", "))
	}
	o.Lang = *lang
	v, ok := maps.ViewByName(*view)
	if !ok {
		return o, usageErr("-view %q: want peninsula or eastasia", *view)
	}
	o.View = v
	if *date != "" {
		t, err := geodata.ParseDay(*date)
		if err != nil {
			return o, usageErr("-date: %v", err)
		}
		o.Date = t
	}
	if *at != "" {
		t, err := geodata.ParseInstant(o.Date, *at)
		if err != nil {
			return o, usageErr("-at: %v", err)
		}
		o.Date = t
	}
	if o.Width, o.Height, ok = parseSize(*size); !ok {
		return o, usageErr("-size %q: want WxH in pixels, each from 64 to 8192, such as 1920x1080", *size)
	}
	if set["story"] && o.Kiosk {
		return o, usageErr("-story and -kiosk do not go together: the kiosk plays its own attract loop")
	}
	if o.Present && o.Kiosk {
		return o, usageErr("-present and -kiosk do not go together: one is for a lecturer, the other for visitors")
	}
	if (set["idle"] || set["countdown"]) && !o.Kiosk {
		return o, usageErr("-idle and -countdown need -kiosk")
	}
	if set["idle"] && (o.IdleSeconds < minIdle || o.IdleSeconds > maxIdle) {
		return o, usageErr("-idle %d: want seconds from %d to %d", o.IdleSeconds, minIdle, maxIdle)
	}
	if set["countdown"] && (o.CountdownSeconds < minCountdown || o.CountdownSeconds > maxCountdown) {
		return o, usageErr("-countdown %d: want seconds from %d to %d", o.CountdownSeconds, minCountdown, maxCountdown)
	}
	if o.Scale < 0.25 || o.Scale > 4 {
		return o, usageErr("-scale %g: want a number from 0.25 to 4", o.Scale)
	}
	if *compare != "" {
		t, err := geodata.ParseDay(*compare)
		if err != nil {
			return o, usageErr("-compare: %v", err)
		}
		o.Compare = t
	}
	l, err := parseLayers(*layers)
	if err != nil {
		return o, err
	}
	o.Layers = l
	o.Data, o.Only = *data, *only
	if o.Only && o.Data == "" && o.Command != "validate" {
		return o, usageErr("-only needs -data DIR: there would be no data at all")
	}
	if o.Data != "" {
		if fi, err := os.Stat(o.Data); err != nil || !fi.IsDir() {
			return o, usageErr("-data %q: not a folder that can be read", o.Data)
		}
	}
	if *storyName != "" {
		st, err := loadStory(*storyName)
		if err != nil {
			return o, usageErr("-story: %s", strings.ReplaceAll(err.Error(), "\n", "\n  "))
		}
		o.Story = st
	} else if set["scene"] {
		return o, usageErr("-scene needs -story NAME")
	}
	if o.Story != nil && (o.Scene < 1 || o.Scene > len(o.Story.Scenes)) {
		return o, usageErr("-scene %d: the story %q has scenes 1 to %d", o.Scene, o.Story.Name, len(o.Story.Scenes))
	}
	if o.Command == "export" {
		if err := exportArgs(&o, *from, *to, *step, set["size"]); err != nil {
			return o, err
		}
	}
	if o.Command == "render" {
		if !set["date"] && !strings.Contains(*at, "T") && o.Story == nil {
			return o, usageErr("render needs -date YYYY-MM-DD or -story NAME")
		}
		if o.Out == "" {
			return o, usageErr("render needs -o FILE.png")
		}
	}
	return o, nil
}

// exportArgs reads export's dates, step and folder.
func exportArgs(o *Options, from, to, step string, sizeSet bool) error {
	if !sizeSet {
		o.Width, o.Height = 1920, 1080
	}
	if o.Out == "" {
		return usageErr("export needs -o DIR, the folder to write the frames into")
	}
	var err error
	if o.Step, err = parseStep(step); err != nil {
		return usageErr("%v", err)
	}
	if o.Story != nil {
		if from != "" || to != "" {
			return usageErr("export takes -story NAME or -from and -to, not both")
		}
		return nil
	}
	if from == "" || to == "" {
		return usageErr("export needs -story NAME, or -from YYYY-MM-DD and -to YYYY-MM-DD")
	}
	if o.From, err = geodata.ParseDay(from); err != nil {
		return usageErr("-from: %v", err)
	}
	if o.To, err = geodata.ParseDay(to); err != nil {
		return usageErr("-to: %v", err)
	}
	if o.To.Before(o.From) {
		return usageErr("-to %s is before -from %s", to, from)
	}
	if n := int(o.To.Sub(o.From)/o.Step) + 1; n > maxFrames {
		return usageErr("-from %s -to %s every %s makes %d frames, more than %d: take a longer -step", from, to, step, n, maxFrames)
	}
	return nil
}

func commandName(c string) string {
	if c == "" {
		return "the window"
	}
	return c
}

func parseSize(s string) (w, h int, ok bool) {
	a, b, found := strings.Cut(strings.ToLower(s), "x")
	if !found {
		return 0, 0, false
	}
	w, err1 := strconv.Atoi(a)
	h, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || w < 64 || h < 64 || w > 8192 || h > 8192 {
		return 0, 0, false
	}
	return w, h, true
}

// parseLayers reads a -layers list (see maps.ParseLayers).
func parseLayers(s string) (maps.Layers, error) {
	l, err := maps.ParseLayers(s)
	if err != nil {
		return 0, usageErr("-layers: %v", err)
	}
	return l, nil
}
