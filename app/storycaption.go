package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"korea1950/app/story"
	"korea1950/internal/i18n"
)

// storyCaption shows the scene a story is at at the top of the side
// panel, above the details of the feature it highlights: the story's
// title and the scene's number, the scene's title and text, and "draft
// translation" when the story's text in the language shown is one. The
// window shows it for -story; presenter and kiosk modes show scenes in
// their own way.
type storyCaption struct {
	count, title, text, draft *widget.Label
	card                      *fyne.Container
	st                        *story.Story // the story and scene shown
	i                         int
}

func newStoryCaption() *storyCaption {
	c := &storyCaption{
		count: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true}),
		title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		text:  widget.NewLabel(""),
		draft: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true}),
	}
	c.count.Wrapping = fyne.TextWrapWord
	c.title.Wrapping = fyne.TextWrapWord
	c.text.Wrapping = fyne.TextWrapWord
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(detailsWidth, 0))
	c.card = container.NewStack(width, bg, container.NewVBox(c.count, c.title, c.text, c.draft))
	return c
}

// show sets the caption to scene i of st in lang.
func (c *storyCaption) show(st *story.Story, i int, lang string) {
	c.st, c.i = st, i
	sc := &st.Scenes[i]
	c.count.SetText(fmt.Sprintf("%s · %d / %d", st.Title.In(lang), i+1, len(st.Scenes)))
	c.title.SetText(sc.Title.In(lang))
	c.text.SetText(sc.Text.In(lang))
	if sc.Text.In(lang) == "" {
		c.text.Hide()
	} else {
		c.text.Show()
	}
	c.draft.SetText(i18n.T(lang, "lang.draft"))
	if st.IsDraft(lang) {
		c.draft.Show()
	} else {
		c.draft.Hide()
	}
}

// showStoryCaption shows the caption of scene i of st in the side panel.
func (u *ui) showStoryCaption(st *story.Story, i int) {
	if u.caption == nil {
		u.caption = newStoryCaption()
	}
	u.caption.show(st, i, u.lang)
	u.showSide(nil)
}

// relabelStoryCaption shows the caption again in u.lang, after the
// language changed.
func (u *ui) relabelStoryCaption() {
	if u.caption != nil && u.caption.st != nil {
		u.caption.show(u.caption.st, u.caption.i, u.lang)
	}
}

// withCaption puts the story's caption, if one is shown, above obj in the
// side panel.
func (u *ui) withCaption(obj fyne.CanvasObject) fyne.CanvasObject {
	switch {
	case u.caption == nil:
		return obj
	case obj == nil:
		return u.caption.card
	}
	return container.NewBorder(u.caption.card, nil, nil, nil, obj)
}
