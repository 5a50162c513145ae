package geodata

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hit is one result of Search.
type Hit struct {
	Feature *Feature
	// Kind is "person" for a person, whose Feature is the first feature
	// naming them, or else the feature's kind: place, unit, event,
	// decision, message, move, front or area.
	Kind string
	// Text is what matched: a title, a name, a designation, an actor, or
	// a few words of the summary around the match.
	Text  string
	Score int
}

// KindPerson is the Kind of a Hit that is a person among the actors.
const KindPerson = "person"

// Scores of a match, best first. A person whose name starts with the
// query, or has a word that does, ranks above titles; a feature found
// through one of its actors scores below the person, and a summary below
// any title or name.
const (
	scoreExact      = 1000
	scorePrefix     = 800
	scoreWordPrefix = 600
	scoreSubstring  = 400
	scorePersonMore = 250 // a person matched at a word's start or better, above titles
	scoreActorLess  = 150 // a feature's actor match, below the person's
	scoreSummary    = 200 // a word of the summary starts with the query
	scoreSummarySub = 100 // the query lies inside the summary
	scoreOwnLang    = 20  // the match is in the title in the reader's language
)

// Search finds the features that match query in their titles (in every
// language), a place's other names and period spellings, a unit's
// designation, the people among their actors, or their summary. It is
// case- and accent-insensitive: "mukden", "pyongyang" and "inchon" find
// Mukden, P'yŏngyang and Inch'ŏn; "인천" and "仁川" find Inchon.
//
// Hits are ranked: the whole title or name, then its start, then the start
// of one of its words, then anywhere in it, then the summary. A person
// comes first as a "person" hit, then the features naming them. A unit's
// keyframes give one hit for the series (its best-matching, earliest
// keyframe). lang ("en", "ko", "zh") breaks ties in favour of the titles
// in that language. At most limit hits are returned; limit ≤ 0 means all.
// An empty query finds nothing.
func Search(fs []*Feature, query string, lang string, limit int) []Hit {
	q := fold(query)
	if q == "" {
		return nil
	}
	var hits []Hit
	bySeries := map[string]int{} // unit series → index in hits
	persons := map[string]*Hit{} // folded actor name → person hit
	for _, f := range fs {
		h, ok := match(f, q, lang, persons)
		if !ok {
			continue
		}
		if f.Kind == KindUnit && f.Series != "" {
			if i, seen := bySeries[f.Series]; seen {
				if better(h, hits[i]) {
					hits[i] = h
				}
				continue
			}
			bySeries[f.Series] = len(hits)
		}
		hits = append(hits, h)
	}
	for _, p := range persons {
		hits = append(hits, *p)
	}
	sort.SliceStable(hits, func(i, j int) bool { return better(hits[i], hits[j]) })
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// kindRank orders hits of equal score.
var kindRank = map[string]int{KindPerson: 0, "place": 1, "unit": 2, "event": 3, "decision": 4,
	"message": 5, "move": 6, "front": 7, "area": 8}

// better reports whether a ranks before b: score, then kind, then the
// earlier start, then id.
func better(a, b Hit) bool {
	switch {
	case a.Score != b.Score:
		return a.Score > b.Score
	case kindRank[a.Kind] != kindRank[b.Kind]:
		return kindRank[a.Kind] < kindRank[b.Kind]
	case a.Kind == KindPerson && a.Text != b.Text:
		return a.Text < b.Text
	case !a.Feature.From.Equal(b.Feature.From):
		return a.Feature.From.Before(b.Feature.From)
	}
	return a.Feature.ID < b.Feature.ID
}

// match scores f against the folded query q, and records the people among
// its actors who match q in persons.
func match(f *Feature, q, lang string, persons map[string]*Hit) (Hit, bool) {
	best := Hit{Feature: f, Kind: string(f.Kind)}
	try := func(text string, score int) {
		if score > best.Score {
			best.Score, best.Text = score, text
		}
	}
	try(f.Title, titleScore(f.Title, q, lang == "en" || f.Titles[lang] == ""))
	for l, t := range f.Titles {
		try(t, titleScore(t, q, l == lang))
	}
	for _, n := range f.Names {
		try(n, nameScore(n, q))
	}
	if f.Designation != "" {
		try(f.Designation, nameScore(f.Designation, q))
	}
	for _, a := range f.Actors {
		s := nameScore(a, q)
		if s == 0 {
			continue
		}
		try(a, s-scoreActorLess)
		if s >= scoreWordPrefix {
			s += scorePersonMore
		}
		key := fold(a)
		if p := persons[key]; p == nil || f.From.Before(p.Feature.From) {
			persons[key] = &Hit{Feature: f, Kind: KindPerson, Text: a, Score: s}
		}
	}
	for _, s := range []string{f.Summary, f.Summaries[lang]} {
		if s == "" || best.Score >= scoreSummary {
			continue
		}
		fs := fold(s)
		switch i := wordIndex(fs, q); {
		case i >= 0:
			try(snippet(s, q), scoreSummary)
		case strings.Contains(fs, q):
			try(snippet(s, q), scoreSummarySub)
		}
	}
	return best, best.Score > 0
}

// titleScore is nameScore with a little more for the title in the
// reader's language.
func titleScore(title, q string, own bool) int {
	s := nameScore(title, q)
	if s > 0 && own {
		s += scoreOwnLang
	}
	return s
}

// nameScore scores a title, name, designation or actor against q; 0 means
// no match.
func nameScore(text, q string) int {
	t := fold(text)
	switch {
	case t == "":
		return 0
	case t == q:
		return scoreExact
	case strings.HasPrefix(t, q):
		return scorePrefix
	case wordIndex(t, q) >= 0:
		return scoreWordPrefix
	case strings.Contains(t, q):
		return scoreSubstring
	}
	return 0
}

// wordIndex returns where q begins a word of t (both folded), or -1.
func wordIndex(t, q string) int {
	for i := 0; ; {
		j := strings.Index(t[i:], q)
		if j < 0 {
			return -1
		}
		if at := i + j; at == 0 || t[at-1] == ' ' {
			return at
		}
		i += j + 1
	}
}

// snippet returns a few words of s around the first match of q (folded),
// or the start of s if there is none.
func snippet(s, q string) string {
	words := strings.Fields(s)
	var joined strings.Builder
	var starts []int // where each word's folded text starts in joined
	for _, w := range words {
		starts = append(starts, joined.Len())
		if fw := fold(w); fw != "" {
			if joined.Len() > 0 {
				joined.WriteByte(' ')
				starts[len(starts)-1]++
			}
			joined.WriteString(fw)
		}
	}
	at := strings.Index(joined.String(), q)
	if at < 0 {
		if utf8.RuneCountInString(s) > 60 {
			return string([]rune(s)[:60]) + "…"
		}
		return s
	}
	i := sort.Search(len(starts), func(i int) bool { return starts[i] > at }) - 1
	lo, hi := max(0, i-4), min(len(words), i+6)
	out := strings.Join(words[lo:hi], " ")
	if lo > 0 {
		out = "…" + out
	}
	if hi < len(words) {
		out += "…"
	}
	return out
}

// fold lowercases s, strips accents from Latin letters, drops apostrophes
// and turns other punctuation into spaces, so that "P'yŏngyang",
// "Pyongyang" and "pyongyang" are alike and "Kim Il-sung" is "kim il
// sung". Letters of other scripts are kept as they are.
func fold(s string) string {
	var b strings.Builder
	space := true // no leading space
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf { // the common case, quickly
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
				b.WriteByte(byte(r))
				space = false
			case 'A' <= r && r <= 'Z':
				b.WriteByte(byte(r) + 'a' - 'A')
				space = false
			case r == '\'':
			case !space:
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		switch {
		case r == '’' || r == 'ʼ' || r == '‘' || r == 'ʻ':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
			if base, ok := latinBase[r]; ok {
				r = base
			}
			b.WriteRune(r)
			space = false
		case unicode.Is(unicode.Mn, r):
			continue // a combining accent
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// latinBase maps accented lower-case Latin letters to their base letter:
// Latin-1, Latin Extended-A and the Vietnamese letters of Latin Extended
// Additional.
var latinBase = func() map[rune]rune {
	groups := map[rune]string{
		'a': "àáâãäåāăąǎạảấầẩẫậắằẳẵặ",
		'c': "çćĉċč",
		'd': "ďđ",
		'e': "èéêëēĕėęěẹẻẽếềểễệ",
		'g': "ĝğġģ",
		'h': "ĥħ",
		'i': "ìíîïĩīĭįıǐỉị",
		'j': "ĵ",
		'k': "ķ",
		'l': "ĺļľŀł",
		'n': "ñńņňŉ",
		'o': "òóôõöøōŏőǒọỏốồổỗộớờởỡợơ",
		'r': "ŕŗř",
		's': "śŝşšß",
		't': "ţťŧ",
		'u': "ùúûüũūŭůűųǔưụủứừửữựǖǘǚǜ",
		'w': "ŵ",
		'y': "ýÿŷỳỵỷỹ",
		'z': "źżž",
	}
	m := map[rune]rune{}
	for base, rs := range groups {
		for _, r := range rs {
			m[r] = base
		}
	}
	return m
}()
