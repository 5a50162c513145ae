package maps

import "testing"

// The basemap's dashed lines once hung the raster: at this view (800 m a
// pixel over Pyongyang, as a story's scene shows it) a step to a dash's
// end rounded to nothing in float32 and the loop never ended.
func TestBasemapDashesDoNotStall(t *testing.T) {
	geo := embedded(t)
	vp := Viewport{Center: [2]float64{13998425.96725415, 4724536.806005186}, Scale: 0.0009711577998218971, Width: 873.515625, Height: 422.96875}
	var rd renderer
	rd.draw(newRGBA(874, 423), vp, 1.0005545121187729, geo.Detail, geo.Coarse, AllLayers)
}
