package app

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/theme"

	"korea1950/app/story"
	"korea1950/geodata"
	"korea1950/internal/fonts"
	"korea1950/maps"
)

// Rendered is a headless drawing of the window's content, with what is
// needed to find places in it: the map's position and its viewport.
type Rendered struct {
	Image    image.Image
	MapPos   fyne.Position
	Viewport maps.Viewport
}

// Render draws what the window shows for o with Fyne's software painter,
// at o.Width×o.Height pixels. It needs a current Fyne app (any driver) for
// fonts and settings, and draws in the light theme so that the result does
// not depend on the desktop.
func Render(geo *maps.Geography, o Options) Rendered {
	th := fonts.Theme(lightTheme{}, o.Lang)
	fyne.CurrentApp().Settings().SetTheme(th)
	u := newUI(geo, o)
	ds := geodata.Load(inputs(o.Only, o.Data)...)
	if store, err := geodata.NewStore(ds.Features); err == nil {
		u.dataLoaded(ds, store)
		defer store.Close()
	}
	c := software.NewCanvas()
	c.SetPadded(false)
	c.SetContent(u.content)
	scale := float32(max(o.Scale, 0.25))
	c.SetScale(scale)
	c.Resize(fyne.NewSize(float32(o.Width)/scale, float32(o.Height)/scale))
	// Selected once laid out, as the window selects once its data is
	// loaded: the map can then pan to the selection at its real size.
	if o.Select != "" && u.store != nil {
		u.selectFeature(u.store.ByID(o.Select), fromStart)
	}
	if o.Story != nil {
		u.director.OnScene = func(i int, _ *story.Scene) { u.showStoryCaption(o.Story, i) }
		u.director.ShowScene(o.Story, o.Scene-1)
	}
	img := software.RenderCanvas(c, th)
	return Rendered{Image: img, MapPos: u.mapPosition(), Viewport: u.m.Viewport()}
}

// mapPosition is where the main map lies in the content: the map sits in
// the centre area, alone or as the compare view's left half.
func (u *ui) mapPosition() fyne.Position {
	p := u.centre.Position()
	if u.cmp != nil && len(u.centre.Objects) > 0 {
		p = p.Add(u.centre.Objects[0].Position())
	}
	return p.Add(u.m.Position())
}

// renderFile is the render command: it draws and writes the PNG.
func renderFile(o Options) error {
	geo, err := maps.EmbeddedGeography()
	if err != nil {
		return err
	}
	headlessApp()
	return writePNG(o.Out, Render(geo, o).Image)
}

// headlessApp makes sure there is a current Fyne app, for the commands
// that draw without a window. Creating the app does not open a display:
// the GLFW driver starts only with Run, which they never call.
func headlessApp() {
	if fyne.CurrentApp() == nil {
		fyneapp.NewWithID(AppID)
	}
}

// lightTheme is Fyne's default theme held to its light variant.
type lightTheme struct{}

func (lightTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}
func (lightTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (lightTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (lightTheme) Size(n fyne.ThemeSizeName) float32       { return theme.DefaultTheme().Size(n) }
