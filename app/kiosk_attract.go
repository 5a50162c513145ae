package app

import (
	"fmt"
	"os"

	"korea1950/app/story"
	"korea1950/internal/i18n"
)

// attractStory is the story the attract loop plays: "1950 in two
// minutes", the whole year in eight scenes.
const attractStory = "year-1950"

// attractWith makes the kiosk's attract loop play attractStory through
// d, looping, and show each scene's title and text on the banner, in the
// kiosk's language. Without the story (which the shipped data's tests
// rule out) the banner shows alone, and the log says why.
func (k *kiosk) attractWith(d *director) {
	st, err := story.ByName(attractStory)
	if st == nil {
		fmt.Fprintf(os.Stderr, "korea1950 kiosk: the attract loop's story %q: %v\n", attractStory, err)
		return
	}
	k.startLoop = func() { d.Start(st, true) }
	k.stopLoop = d.Stop
	before := d.OnScene
	d.OnScene = func(i int, sc *story.Scene) {
		if before != nil {
			before(i, sc)
		}
		if !k.banner.obj.Visible() {
			return
		}
		lang := k.u.lang
		title := st.Title.In(lang) + " · " + sc.Title.In(lang)
		if st.IsDraft(lang) {
			title += " (" + i18n.T(lang, "lang.draft") + ")"
		}
		k.banner.setScene(title, sc.Text.In(lang))
	}
}
