package geodata

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// propReader reads the properties of one feature, recording a problem for
// each field that is wrong. Any error (not a warning) marks the feature to
// be skipped.
type propReader struct {
	rf   *rawFeature
	ps   Problems
	used map[string]bool
	bad  bool
}

func newPropReader(rf *rawFeature) *propReader {
	return &propReader{rf: rf, used: map[string]bool{}}
}

func (r *propReader) add(warn bool, field, format string, a ...any) {
	r.ps = append(r.ps, Problem{File: r.rf.file, Feature: r.rf.index, ID: r.rf.id,
		Field: field, Msg: fmt.Sprintf(format, a...), Warning: warn})
	if !warn {
		r.bad = true
	}
}

func (r *propReader) errf(field, format string, a ...any)  { r.add(false, field, format, a...) }
func (r *propReader) warnf(field, format string, a ...any) { r.add(true, field, format, a...) }

// value returns a property's raw value, or nil when it is absent or null
// (QGIS writes null for a field a feature leaves empty).
func (r *propReader) value(name string) json.RawMessage {
	r.used[name] = true
	v := r.rf.props[name]
	if isNull(v) {
		return nil
	}
	return v
}

// str reads a string property; required ones must be present and not blank.
func (r *propReader) str(name string, required bool) string {
	v := r.value(name)
	if v == nil {
		if required {
			r.errf(name, "missing")
		}
		return ""
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		r.errf(name, "want a string, found %s", valueText(v))
		return ""
	}
	s = strings.TrimSpace(s)
	if s == "" && required {
		r.errf(name, "is empty")
	}
	return s
}

// strList reads a list of strings; one bare string is taken as a list of
// one when single is true.
func (r *propReader) strList(name string, single bool) []string {
	v := r.value(name)
	if v == nil {
		return nil
	}
	var list []string
	if err := json.Unmarshal(v, &list); err != nil {
		var s string
		if single && json.Unmarshal(v, &s) == nil {
			list = []string{s}
		} else {
			r.errf(name, "want a list of strings, found %s", valueText(v))
			return nil
		}
	}
	out := list[:0]
	for i, s := range list {
		if s = strings.TrimSpace(s); s == "" {
			r.errf(fmt.Sprintf("%s[%d]", name, i), "is empty")
			continue
		}
		out = append(out, s)
	}
	return out
}

// boolean reads a true/false property.
func (r *propReader) boolean(name string) (value, set bool) {
	v := r.value(name)
	if v == nil {
		return false, false
	}
	if err := json.Unmarshal(v, &value); err != nil {
		r.errf(name, "want true or false, found %s", valueText(v))
		return false, false
	}
	return value, true
}

// sources reads the citations: a list of {work, endnote, page, note}
// objects or short strings.
func (r *propReader) sources() []Source {
	v := r.value("sources")
	if v == nil {
		r.errf("sources", "missing: every feature cites at least one source")
		return nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(v, &items); err != nil {
		r.errf("sources", "want a list of sources, found %s", valueText(v))
		return nil
	}
	if len(items) == 0 {
		r.errf("sources", "is empty: every feature cites at least one source")
	}
	var out []Source
	for i, item := range items {
		field := fmt.Sprintf("sources[%d]", i)
		var s string
		if json.Unmarshal(item, &s) == nil {
			if s = strings.TrimSpace(s); s == "" {
				r.errf(field, "is empty")
				continue
			}
			out = append(out, Source{Work: s})
			continue
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(item, &m); err != nil {
			r.errf(field, "want {\"work\": ..., \"endnote\": ...} or a string, found %s", valueText(item))
			continue
		}
		var src Source
		for k, val := range m {
			if isNull(val) {
				continue
			}
			var err error
			switch k {
			case "work":
				err = json.Unmarshal(val, &src.Work)
			case "note":
				err = json.Unmarshal(val, &src.Note)
			case "endnote":
				if err = json.Unmarshal(val, &src.Endnote); err == nil && src.Endnote < 1 {
					r.errf(field+".endnote", "want a note number from 1, found %d", src.Endnote)
				}
			case "page":
				var n int
				if json.Unmarshal(val, &n) == nil {
					src.Page = fmt.Sprint(n)
				} else {
					err = json.Unmarshal(val, &src.Page)
				}
			default:
				r.warnf(field+"."+k, "unknown; a source has work, endnote, page and note")
				continue
			}
			if err != nil {
				r.errf(field+"."+k, "has the wrong type (%s)", valueText(val))
			}
		}
		if strings.TrimSpace(src.Work) == "" {
			r.errf(field+".work", "missing: name the work cited")
		}
		out = append(out, src)
	}
	return out
}

// dateAlts reads date_alt: a list of {value, passage}.
func (r *propReader) dateAlts() []DateAlt {
	v := r.value("date_alt")
	if v == nil {
		return nil
	}
	var alts []DateAlt
	if err := json.Unmarshal(v, &alts); err != nil {
		r.errf("date_alt", "want a list of {\"value\": date, \"passage\": text}, found %s", valueText(v))
		return nil
	}
	for i := range alts {
		if alts[i].Value == "" {
			r.errf(fmt.Sprintf("date_alt[%d].value", i), "missing: the other date")
		}
		if strings.TrimSpace(alts[i].Passage) == "" {
			r.errf(fmt.Sprintf("date_alt[%d].passage", i), "missing: say which passage gives this date")
		}
	}
	return alts
}

// unknown warns of every property nothing read, with a suggestion when it
// looks like a misspelt field.
func (r *propReader) unknown(known map[string]bool) {
	var names []string
	for name := range r.rf.props {
		if !r.used[name] {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		if otherKind := fieldKinds[name]; otherKind != "" && !known[name] {
			r.warnf(name, "is a field of %s, not of this kind; ignored", otherKind)
			continue
		}
		hint := ""
		if s := nearest(name); s != "" {
			hint = fmt.Sprintf(" (did you mean %q?)", s)
		}
		r.warnf(name, "unknown property, ignored%s", hint)
	}
}

// validID reports whether an id is usable: not empty, at most 120
// characters, without spaces or control characters.
func validID(id string) bool {
	if id == "" || len(id) > 120 {
		return false
	}
	for _, c := range id {
		if unicode.IsSpace(c) || unicode.IsControl(c) {
			return false
		}
	}
	return true
}

// nearest finds the field name an unknown one is most likely a slip for.
func nearest(name string) string {
	if len(name) > 40 {
		return ""
	}
	best, bestD := "", 3
	for _, f := range allFields {
		if d := editDistance(strings.ToLower(name), f); d < bestD {
			best, bestD = f, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
