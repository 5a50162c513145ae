package story

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"korea1950/geodata"
)

// Marshal writes a story in the file format Parse reads, indented, with
// days that stand for their noon in Seoul written as days. Parse reads
// what Marshal writes back to an equal story.
func Marshal(st *Story) ([]byte, error) {
	if st == nil {
		return nil, fmt.Errorf("story: nothing to write")
	}
	f := fileJSON{Draft: st.Draft, Scenes: []json.RawMessage{}}
	var err error
	if f.Title, err = encode(st.Title); err != nil {
		return nil, err
	}
	for i, sc := range st.Scenes {
		j := sceneJSON{From: FormatDate(sc.From), Layers: sc.Layers, Highlight: sc.Highlight}
		if !sc.To.Equal(sc.From) {
			j.To = FormatDate(sc.To)
		}
		if sc.Seconds != DefaultSeconds {
			s := sc.Seconds
			j.Seconds = &s
		}
		if j.Title, err = encode(sc.Title); err != nil {
			return nil, fmt.Errorf("story: scene %d: title: %w", i+1, err)
		}
		if len(sc.Text) > 0 {
			j.Text, _ = encode(sc.Text)
		}
		if len(sc.Notes) > 0 {
			j.Notes, _ = encode(sc.Notes)
		}
		if sc.View.Name != "" {
			j.View, _ = encode(sc.View.Name)
		} else {
			lon, lat, mpp := sc.View.Lon, sc.View.Lat, sc.View.MetresPerPixel
			j.View, _ = encode(viewJSON{Lon: &lon, Lat: &lat, MetresPerPixel: &mpp})
		}
		raw, err := encode(j)
		if err != nil {
			return nil, fmt.Errorf("story: scene %d: %w", i+1, err)
		}
		f.Scenes = append(f.Scenes, raw)
	}
	raw, err := encode(f)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, raw, "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// encode writes v as compact JSON without escaping <, > and &.
func encode(v any) (json.RawMessage, error) {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// FormatDate writes a scene's date as ParseDate reads it: the day alone
// when t is noon in Seoul, otherwise the moment in t's own zone.
func FormatDate(t time.Time) string {
	if t.Equal(geodata.Noon(t)) {
		return t.In(geodata.Seoul).Format("2006-01-02")
	}
	if t.Second() != 0 {
		return t.Format("2006-01-02T15:04:05Z07:00")
	}
	return t.Format("2006-01-02T15:04Z07:00")
}
