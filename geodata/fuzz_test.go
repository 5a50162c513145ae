package geodata

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLoad feeds arbitrary bytes to the loader as one user file on top of
// the embedded data. It must not panic or hang, every problem must name
// the file, and every feature that loads must be sound.
func FuzzLoad(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/bad/*.geojson")
	data, _ := filepath.Glob("data/*.geojson")
	for _, name := range append(seeds, data...) {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	embedded := Embedded()
	f.Fuzz(func(t *testing.T, b []byte) {
		in := Input{Name: "fuzz", Files: []InputFile{{Name: "fuzz.geojson", Data: b}}}
		ds := Load(embedded, in)
		for _, p := range ds.Problems {
			line := p.String()
			if !strings.HasPrefix(line, "fuzz.geojson") && !strings.HasPrefix(line, "geodata/data/") {
				t.Errorf("a problem that names no file: %s", line)
			}
			if strings.Contains(line, "\n") {
				t.Errorf("a problem on more than one line: %q", line)
			}
		}
		for _, f := range ds.Features {
			if f.ID == "" || f.Title == "" || !f.From.Before(f.Until) && !f.From.Equal(f.Until) {
				t.Errorf("an unsound feature loaded: %+v", f)
			}
			if f.Kind != KindMessage && f.Geometry == nil && f.Kind != KindPlace {
				t.Errorf("%s: a %s without a position", f.ID, f.Kind)
			}
		}
		s, err := NewStore(ds.Features)
		if err != nil {
			t.Fatalf("the store refused loaded features: %v", err)
		}
		s.Close()
	})
}
