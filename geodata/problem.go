package geodata

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a geodata file. It names the file, the
// feature (by its 1-based position and, when known, its id) and the field.
// File-level problems (bad JSON outside any feature, a file too large)
// have Feature 0.
type Problem struct {
	File    string
	Feature int
	ID      string
	Field   string
	Msg     string
	// Warning marks a problem that does not stop the feature loading,
	// such as an unknown property.
	Warning bool
}

// String writes the problem on one line, as
// "file:feature N (id): field: problem".
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Feature > 0 {
		fmt.Fprintf(&b, ":feature %d", p.Feature)
		if p.ID != "" {
			fmt.Fprintf(&b, " (%s)", p.ID)
		}
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	if p.Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Msg)
	// One problem, one line, whatever a file's keys and values hold.
	return strings.NewReplacer("\n", `\n`, "\r", `\r`).Replace(b.String())
}

// Problems is a list of problems in the order they were found.
type Problems []Problem

// Errors counts the problems that are not warnings.
func (ps Problems) Errors() int {
	n := 0
	for _, p := range ps {
		if !p.Warning {
			n++
		}
	}
	return n
}

// Warnings counts the warnings.
func (ps Problems) Warnings() int { return len(ps) - ps.Errors() }

// Summary is the one line that ends a validation: "N features, M errors",
// with the warnings when there are any.
func Summary(features int, ps Problems) string {
	s := fmt.Sprintf("%d %s, %d %s", features, plural(features, "feature", "features"),
		ps.Errors(), plural(ps.Errors(), "error", "errors"))
	if w := ps.Warnings(); w > 0 {
		s += fmt.Sprintf(", %d %s", w, plural(w, "warning", "warnings"))
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// an puts "a" or "an" before a word: "an event", "a front".
func an(word string) string {
	if word != "" && strings.ContainsRune("aeiouAEIOU", rune(word[0])) {
		return "an " + word
	}
	return "a " + word
}
