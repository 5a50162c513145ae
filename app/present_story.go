package app

import (
	"fmt"

	"korea1950/app/story"
	"korea1950/geodata"
	"korea1950/internal/i18n"
)

// defaultStory is the story presenter mode plays when -story names none.
const defaultStory = "three-weeks"

// The story presenter mode plays: the one the director is already playing,
// else the one -story names (storyName), else the shipped "three-weeks".
// The director moves the map and the timeline; presenter mode asks it for
// the scenes and is told when one begins.

// startStory has the director play the story from its first scene, or,
// when presenter mode is entered again on the same story, from the scene
// it was left at.
func (p *presenter) startStory() {
	d := p.u.director
	p.problem = ""
	if d == nil {
		p.problem = i18n.T(p.u.lang, "present.nostory")
		p.sceneChanged()
		return
	}
	p.prevOnScene = d.OnScene
	d.OnScene = func(i int, sc *story.Scene) {
		if p.prevOnScene != nil {
			p.prevOnScene(i, sc)
		}
		if p.active {
			p.sceneChanged()
		}
	}
	if d.Active() && !d.looping() {
		p.sceneChanged()
		return
	}
	st, err := p.pickStory()
	if err != nil {
		p.problem = i18n.Tf(p.u.lang, "present.nostory.why", err.Error())
		p.sceneChanged()
		return
	}
	resume := 0
	if p.left != nil && p.left == st {
		resume = p.leftAt
	}
	d.Start(st, false)
	if resume > 0 && resume < len(st.Scenes) {
		d.goTo(resume)
	}
}

// looping reports whether the director plays a story as a loop (the
// kiosk's attract loop), which presenter mode does not go on with.
func (d *director) looping() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.loop
}

// stopStory halts the director where it is, remembering the scene, and
// gives its OnScene back.
func (p *presenter) stopStory() {
	d := p.u.director
	if d == nil {
		return
	}
	d.OnScene = p.prevOnScene
	p.prevOnScene = nil
	if d.Active() {
		p.left, p.leftAt = d.Story(), d.Index()
	}
	d.Stop()
}

// pickStory is the story -story named, or the shipped default.
func (p *presenter) pickStory() (*story.Story, error) {
	if p.storyName != "" {
		if p.story == nil {
			st, err := loadStory(p.storyName)
			if err != nil {
				return nil, err
			}
			p.story = st
		}
		return p.story, nil
	}
	st, err := story.ByName(defaultStory)
	if st != nil {
		return st, nil
	}
	all, err2 := story.Embedded()
	if len(all) > 0 {
		return all[0], nil
	}
	if err == nil {
		err = err2
	}
	if err == nil {
		err = fmt.Errorf("no story is shipped")
	}
	return nil, err
}

// The clicker's moves, through the director.
func (p *presenter) next()  { p.step(p.u.director.Next) }
func (p *presenter) prev()  { p.step(p.u.director.Prev) }
func (p *presenter) first() { p.step(p.u.director.First) }
func (p *presenter) last()  { p.step(p.u.director.Last) }

func (p *presenter) step(move func()) {
	if p.u.director != nil && p.u.director.Active() {
		move()
	}
}

// slide is what the caption and the notes show of the director's scene.
func (p *presenter) slide() slide {
	d := p.u.director
	if p.problem != "" || d == nil || !d.Active() || d.Story() == nil {
		problem := p.problem
		if problem == "" {
			problem = i18n.T(p.u.lang, "present.nostory")
		}
		return slide{Problem: problem}
	}
	st, i, lang := d.Story(), d.Index(), p.u.lang
	sc := &st.Scenes[i]
	s := slide{Index: i, Count: len(st.Scenes), Title: sc.Title.In(lang), Notes: sc.Notes.In(lang),
		Dates: sceneDates(sc, lang)}
	if st.IsDraft(lang) {
		s.Title += " (" + i18n.T(lang, "lang.draft") + ")"
	}
	if i+1 < len(st.Scenes) {
		s.Next = st.Scenes[i+1].Title.In(lang)
	}
	return s
}

// sceneDates is the day a scene shows, or the first and last days of the
// range it plays.
func sceneDates(sc *story.Scene, lang string) string {
	from, to := geodata.FormatDay(sc.From, lang), geodata.FormatDay(sc.To, lang)
	if !sc.IsRange() || from == to {
		return from
	}
	return from + " – " + to
}
