package maps

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"korea1950/geodata"
)

// measureCache measures text as the map does, once per text.
func measureCache() func(string, float32) (float64, float64) {
	m := map[measureKey][2]float64{}
	return func(s string, size float32) (float64, float64) {
		k := measureKey{s, size}
		if v, ok := m[k]; ok {
			return v[0], v[1]
		}
		sz := fyne.MeasureText(s, size, fyne.TextStyle{})
		m[k] = [2]float64{float64(sz.Width), float64(sz.Height)}
		return m[k][0], m[k][1]
	}
}

// benchFrames measures overlay frames at 1920×1080 with the view fixed
// and the date stepping by 7 hours a frame from the start of 1950's war.
func benchFrames(b *testing.B, s *geodata.Store, v View, start time.Time, step time.Duration, days int) {
	test.NewTempApp(b)
	geo := embedded(b)
	vp := FitBound(v.Bound, 1920, 1080)
	var o overlay
	in := frameInput{store: s, geo: geo, vp: vp, layers: AllLayers, lang: "en", measure: measureCache()}
	frames := int(time.Duration(days) * 24 * time.Hour / step)
	// One pass to warm the caches: sprites, shapes, text sizes.
	for i := range frames {
		in.t = start.Add(time.Duration(i) * step)
		o.frame(in, 1920, 1080, nil, 0)
	}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		in.t = start.Add(time.Duration(i%frames) * step)
		o.frame(in, 1920, 1080, nil, 0)
		i++
	}
}

// BenchmarkOverlayFrame1920x1080 is the overlay frame with the shipped
// data over the peninsula, stepping through 1950. The target is 8 ms.
func BenchmarkOverlayFrame1920x1080(b *testing.B) {
	benchFrames(b, shipped(b), Peninsula, time.Date(1950, 6, 25, 0, 0, 0, 0, geodata.Seoul), 7*time.Hour, 190)
}

// BenchmarkOverlayFrameSynthetic100k is the overlay frame with 100,000
// synthetic features, about 1,000 active, mostly units and markers. The
// target is 16 ms.
func BenchmarkOverlayFrameSynthetic100k(b *testing.B) {
	benchSynthetic(b, lightMix)
}

// BenchmarkOverlayFrameSynthetic100kArcs is the same with a heavier mix
// in lines: about 100 messages' arcs and 160 arrows in transit at once.
// The target is 16 ms.
func BenchmarkOverlayFrameSynthetic100kArcs(b *testing.B) {
	benchSynthetic(b, arcsMix)
}

func benchSynthetic(b *testing.B, m mix) {
	s, err := geodata.NewStore(syntheticMix(100000, 1, m))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	t0 := time.Date(1951, 3, 1, 0, 0, 0, 0, geodata.Seoul)
	counts := map[geodata.Kind]int{}
	active := 0
	s.Active(geodata.World, t0, func(f *geodata.Feature) bool { active++; counts[f.Kind]++; return true })
	benchFrames(b, s, Peninsula, t0, 7*time.Hour, 30)
	b.ReportMetric(float64(active), "active")
	b.ReportMetric(float64(counts[geodata.KindMove]), "moves")
	b.ReportMetric(float64(counts[geodata.KindMessage]), "messages")
}
