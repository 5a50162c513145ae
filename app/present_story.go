package app

// The story that presenter mode plays. Until the director is in this
// branch there is none.

func (p *presenter) startStory() { p.sceneChanged() }
func (p *presenter) stopStory()  {}
func (p *presenter) next()       {}
func (p *presenter) prev()       {}
func (p *presenter) first()      {}
func (p *presenter) last()       {}

func (p *presenter) slide() slide {
	return slide{Problem: "No story to present"}
}
