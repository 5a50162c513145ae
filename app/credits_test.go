package app

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// Every work in docs/data-sources.md's table of sources is in the
// credits, by its title, and so are the basemap's data and its licence.
func TestCreditsListEverySource(t *testing.T) {
	data, err := os.ReadFile("../docs/data-sources.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	start := strings.Index(doc, "## Sources")
	end := strings.Index(doc[start+1:], "\n## ")
	if start < 0 || end < 0 {
		t.Fatal("docs/data-sources.md has no Sources section")
	}
	credits := creditsText("en")
	titles := regexp.MustCompile(`\*([^*]+)\*|"([^"]+)"`)
	n := 0
	for _, line := range strings.Split(doc[start:start+1+end], "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 3 || strings.HasPrefix(strings.TrimSpace(cells[1]), "---") || strings.TrimSpace(cells[1]) == "source" {
			continue
		}
		for _, m := range titles.FindAllStringSubmatch(cells[1], -1) {
			title := strings.Trim(m[1]+m[2], " ,.")
			n++
			if !strings.Contains(credits, title) {
				t.Errorf("the credits do not name %q", title)
			}
		}
	}
	if n < 25 {
		t.Errorf("only %d titles found in docs/data-sources.md's sources", n)
	}
	for _, want := range []string{"GSHHG 2.3.7", "WDBII", "LGPL-3.0", "Wessel", "Wikipedia", "Fyne (BSD-3-Clause)"} {
		if !strings.Contains(credits, want) {
			t.Errorf("the credits do not say %q", want)
		}
	}
}
