package story

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"
	"time"

	"korea1950/geodata"
)

// The story file's JSON, as docs/stories.md describes it. Texts and the
// view are kept raw and read by hand, so that every mistake can be named.
type fileJSON struct {
	Title  json.RawMessage   `json:"title"`
	Draft  []string          `json:"draft,omitempty"`
	Scenes []json.RawMessage `json:"scenes"`
}

type sceneJSON struct {
	Title     json.RawMessage `json:"title"`
	Text      json.RawMessage `json:"text,omitempty"`
	Notes     json.RawMessage `json:"notes,omitempty"`
	From      string          `json:"from"`
	To        string          `json:"to,omitempty"`
	View      json.RawMessage `json:"view"`
	Layers    string          `json:"layers,omitempty"`
	Highlight []string        `json:"highlight,omitempty"`
	Seconds   *float64        `json:"seconds,omitempty"`
}

type viewJSON struct {
	Name           string   `json:"name,omitempty"`
	Lon            *float64 `json:"lon,omitempty"`
	Lat            *float64 `json:"lat,omitempty"`
	MetresPerPixel *float64 `json:"metres_per_pixel,omitempty"`
}

// problems gathers the mistakes of one file, each as
// "file: scene N: field: what is wrong".
type problems struct {
	file string
	errs []error
}

func (p *problems) add(where, format string, a ...any) {
	msg := fmt.Sprintf(format, a...)
	if where != "" {
		msg = where + ": " + msg
	}
	p.errs = append(p.errs, fmt.Errorf("%s: %s", p.file, msg))
}

// Parse reads a story file. file names it in errors, and its base name
// without .json becomes the story's Name. Parse is strict: an unknown
// field, a missing title, a date that does not exist or lies outside the
// data's span, a range that ends before it begins, an unknown view or
// layer, a centre or scale out of range: each is an error naming the
// file, the scene (counted from 1) and the field. All are reported, one
// per line.
func Parse(file string, data []byte) (*Story, error) {
	p := &problems{file: file}
	var f fileJSON
	if err := strictDecode(data, &f); err != nil {
		p.add("", "%s", jsonProblem(data, err))
		return nil, errors.Join(p.errs...)
	}
	st := &Story{Name: strings.TrimSuffix(filepath.Base(file), ".json")}
	st.Title = readText(p, "title", f.Title, true)
	for _, lang := range f.Draft {
		if !geodata.ValidLanguage(lang) {
			p.add("draft", "%q is not a language (want %s)", lang, strings.Join(geodata.Languages, ", "))
		}
	}
	st.Draft = f.Draft
	if len(f.Scenes) == 0 {
		p.add("scenes", "a story needs at least one scene")
	}
	for i, raw := range f.Scenes {
		st.Scenes = append(st.Scenes, readScene(p, fmt.Sprintf("scene %d", i+1), raw))
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return st, nil
}

// strictDecode decodes one JSON value into v, refusing unknown fields and
// anything after the value.
func strictDecode(data []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return err
	}
	if d.More() {
		return errors.New("more JSON after the story's closing brace")
	}
	return nil
}

// jsonProblem words a decoding error for people: where it is, and what.
func jsonProblem(data []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return "the file is empty: want a JSON object"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the JSON ends too soon (a brace or quote is not closed)"
	case errors.As(err, &syn):
		line := 1 + bytes.Count(data[:min(int(syn.Offset), len(data))], []byte("\n"))
		return fmt.Sprintf("line %d: %v", line, syn)
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "the story"
		}
		return fmt.Sprintf("%s: want %s, not a JSON %s", field, typ.Type, typ.Value)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// readText reads a text given as {"en": ..., "ko": ..., "zh": ...}.
func readText(p *problems, where string, raw json.RawMessage, required bool) Text {
	if len(raw) == 0 || string(raw) == "null" {
		if required {
			p.add(where, "missing: give at least {\"en\": \"...\"}")
		}
		return nil
	}
	var t Text
	if err := json.Unmarshal(raw, &t); err != nil {
		p.add(where, "want an object of texts by language, such as {\"en\": \"...\", \"ko\": \"...\"}")
		return nil
	}
	for lang, s := range t {
		if !geodata.ValidLanguage(lang) {
			p.add(where, "%q is not a language (want %s)", lang, strings.Join(geodata.Languages, ", "))
		} else if strings.TrimSpace(s) == "" {
			p.add(where, "the %s text is empty", lang)
		}
	}
	if _, ok := t["en"]; !ok {
		p.add(where, "no English (\"en\") text, which every other language falls back to")
	}
	return t
}

func readScene(p *problems, where string, raw json.RawMessage) Scene {
	var j sceneJSON
	if err := strictDecode(raw, &j); err != nil {
		p.add(where, "%s", jsonProblem(raw, err))
		return Scene{}
	}
	sc := Scene{
		Title: readText(p, where+": title", j.Title, true),
		Text:  readText(p, where+": text", j.Text, false),
		Notes: readText(p, where+": notes", j.Notes, false),
	}
	var err error
	if j.From == "" {
		p.add(where+": from", "missing: give the day (1950-10-02) or the moment (1950-10-02T23:30+08:00)")
	} else if sc.From, err = ParseDate(j.From); err != nil {
		p.add(where+": from", "%v", err)
	}
	sc.To = sc.From
	if j.To != "" {
		if sc.To, err = ParseDate(j.To); err != nil {
			p.add(where+": to", "%v", err)
		} else if !sc.From.IsZero() && sc.To.Before(sc.From) {
			p.add(where+": to", "%s is before from, %s", j.To, j.From)
		}
	}
	sc.View = readView(p, where+": view", j.View)
	sc.Layers = j.Layers
	if Names.Layers != nil && j.Layers != "" {
		if err := Names.Layers(j.Layers); err != nil {
			p.add(where+": layers", "%v", err)
		}
	}
	seen := map[string]bool{}
	for _, id := range j.Highlight {
		switch {
		case strings.TrimSpace(id) == "":
			p.add(where+": highlight", "an empty feature id")
		case seen[id]:
			p.add(where+": highlight", "%q is given twice", id)
		}
		seen[id] = true
	}
	sc.Highlight = j.Highlight
	sc.Seconds = DefaultSeconds
	if j.Seconds != nil {
		sc.Seconds = *j.Seconds
		if math.IsNaN(sc.Seconds) || sc.Seconds <= 0 || sc.Seconds > MaxSeconds {
			p.add(where+": seconds", "%v is not more than 0 and at most %d", sc.Seconds, MaxSeconds)
		}
	}
	return sc
}

// readView reads a view given as a name ("peninsula"), as {"name": ...},
// or as {"lon": ..., "lat": ..., "metres_per_pixel": ...}.
func readView(p *problems, where string, raw json.RawMessage) View {
	var j viewJSON
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) == 0 || string(raw) == "null":
		p.add(where, "missing: give a named view such as \"peninsula\", or {\"lon\", \"lat\", \"metres_per_pixel\"}")
		return View{}
	case raw[0] == '"':
		if err := json.Unmarshal(raw, &j.Name); err != nil {
			p.add(where, "%s", jsonProblem(raw, err))
			return View{}
		}
	default:
		if err := strictDecode(raw, &j); err != nil {
			p.add(where, "%s", jsonProblem(raw, err))
			return View{}
		}
	}
	if j.Name != "" || raw[0] == '"' {
		if j.Lon != nil || j.Lat != nil || j.MetresPerPixel != nil {
			p.add(where, "give a name or a centre and scale, not both")
		}
		if strings.TrimSpace(j.Name) == "" || (Names.Views != nil && !Names.Views(j.Name)) {
			p.add(where, "%q is not a named view of the map", j.Name)
		}
		return View{Name: j.Name}
	}
	var missing []string
	for _, f := range []struct {
		name string
		v    *float64
	}{{"lon", j.Lon}, {"lat", j.Lat}, {"metres_per_pixel", j.MetresPerPixel}} {
		if f.v == nil {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		p.add(where, "missing %s: give all of lon, lat and metres_per_pixel, or a name", strings.Join(missing, ", "))
		return View{}
	}
	v := View{Lon: *j.Lon, Lat: *j.Lat, MetresPerPixel: *j.MetresPerPixel}
	if err := v.check(); err != nil {
		p.add(where, "%v", err)
	}
	return v
}

// ParseDate reads a scene's date: a day as YYYY-MM-DD, which stands for
// its noon in Seoul as the -date flag reads it, or a moment with its zone
// as YYYY-MM-DDTHH:MM+hh:mm (seconds and Z allowed). Either must lie in
// the data's span.
func ParseDate(s string) (time.Time, error) {
	if !strings.Contains(s, "T") {
		return geodata.ParseDay(s)
	}
	for _, layout := range []string{"2006-01-02T15:04Z07:00", "2006-01-02T15:04:05Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Before(geodata.SpanStart) || t.After(geodata.SpanEnd) {
				return time.Time{}, fmt.Errorf("time %q: outside the data's span, %s to %s", s,
					geodata.SpanStart.Format("2006-01-02"), geodata.SpanEnd.Format("2006-01-02"))
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("time %q: want a real moment with its zone, as 1950-10-02T23:30+08:00", s)
}
