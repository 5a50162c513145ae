package geodata

// Tests of the data against the chapter it teaches, which the project does
// not ship: it lies in the workplace's shared/seed folder, beside the
// clone. Without that folder the tests skip on a developer's machine and
// fail in CI, where it must be present.

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

const seedDir = "../../shared/seed"

// chapter is the chapter's text and its endnotes, read once.
type chapter struct {
	text     []string // the lines before the endnotes, from line 1
	all      string   // everything, whitespace runs made single spaces
	endnotes int      // the number of the last endnote
}

func readChapter(t *testing.T) chapter {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) == 0 {
		if os.Getenv("CI") == "" {
			t.Skipf("%s: the chapter is not here (it is beside the clone in the workplace and in CI)", seedDir)
		}
		t.Fatalf("%s: no chapter text, which CI must have", seedDir)
	}
	var c chapter
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	// The endnotes begin with a line "1 <citation>" after the text.
	note := regexp.MustCompile(`^(\d{1,3}) \S`)
	textEnd := len(lines)
	for i, l := range lines {
		if m := note.FindStringSubmatch(l); m != nil && i > 100 {
			if m[1] == "1" && textEnd == len(lines) {
				textEnd = i
			}
			if n, _ := strconv.Atoi(m[1]); i >= textEnd && n == c.endnotes+1 {
				c.endnotes = n
			}
		}
	}
	c.text = lines[:textEnd]
	c.all = normalizeSpace(strings.Join(lines, "\n"))
	if len(c.text) < 150 || c.endnotes < 100 {
		t.Fatalf("%s: %d lines of text and %d endnotes; is this the chapter?", seedDir, len(c.text), c.endnotes)
	}
	return c
}

func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestQuotesAreTheChapters checks that every quote is an exact passage of
// the chapter (only runs of whitespace may differ).
func TestQuotesAreTheChapters(t *testing.T) {
	c := readChapter(t)
	ds, _ := embeddedByID(t)
	quotes := 0
	for _, f := range ds.Features {
		if f.Quote == "" {
			continue
		}
		quotes++
		if !strings.Contains(c.all, normalizeSpace(f.Quote)) {
			t.Errorf("%s: quote %q is not in the chapter", f.ID, f.Quote)
		}
	}
	if quotes < 10 {
		t.Errorf("only %d quotes to check", quotes)
	}
}

// TestCitationsOfTheChapter checks that every endnote cited exists and that
// every "text line N" cited lies in the chapter's text.
func TestCitationsOfTheChapter(t *testing.T) {
	c := readChapter(t)
	ds, _ := embeddedByID(t)
	lineRefs := regexp.MustCompile(`\btext lines? ([\d ,–-]+(?:and [\d–-]+)?)`)
	number := regexp.MustCompile(`\d+`)
	for _, f := range ds.Features {
		for _, s := range f.Sources {
			if !strings.HasPrefix(s.Work, chapterWork) {
				continue
			}
			if s.Endnote > c.endnotes {
				t.Errorf("%s: endnote %d, but the chapter has %d", f.ID, s.Endnote, c.endnotes)
			}
			for _, m := range lineRefs.FindAllStringSubmatch(s.Note, -1) {
				for _, n := range number.FindAllString(m[1], -1) {
					if l, _ := strconv.Atoi(n); l < 1 || l > len(c.text) || strings.TrimSpace(c.text[l-1]) == "" {
						t.Errorf("%s: cites text line %d, which is not a line of the chapter's text", f.ID, l)
					}
				}
			}
		}
	}
}

// TestSummariesInOwnWords checks that no title or summary copies a run of
// ten words from the chapter: the project quotes it only in short,
// cited quotes.
func TestSummariesInOwnWords(t *testing.T) {
	c := readChapter(t)
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	const run = 10
	shingles := map[string]bool{}
	w := words(c.all)
	for i := 0; i+run <= len(w); i++ {
		shingles[strings.Join(w[i:i+run], " ")] = true
	}
	ds, _ := embeddedByID(t)
	for _, f := range ds.Features {
		for _, text := range []string{f.Title, f.Summary} {
			w := words(text)
			for i := 0; i+run <= len(w); i++ {
				if s := strings.Join(w[i:i+run], " "); shingles[s] {
					t.Errorf("%s: copies the chapter: %q", f.ID, s)
					break
				}
			}
		}
	}
}
