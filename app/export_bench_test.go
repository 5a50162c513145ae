package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"korea1950/geodata"
	"korea1950/maps"
)

// BenchmarkExportFrame draws one exported frame, the map with its legend
// and caption, at 1080p and at 4K (the same layout at scale 2), a day
// later each time so that the overlay is drawn afresh.
func BenchmarkExportFrame(b *testing.B) {
	for _, s := range ExportSizes {
		b.Run(sizeArg(s.Width, s.Height), func(b *testing.B) {
			test.NewTempApp(b)
			geo, err := maps.EmbeddedGeography()
			if err != nil {
				b.Fatal(err)
			}
			o, _ := ParseArgs(nil)
			p := newPlate(geo, shippedStore(), o, s.Width, s.Height, s.Scale)
			defer p.close()
			t := time.Date(1950, 9, 1, 12, 0, 0, 0, geodata.Seoul)
			p.show(t, "")
			p.image()
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				p.show(t.AddDate(0, 0, i%60), "")
				p.image()
			}
		})
	}
}
