package story

import (
	"errors"
	"io/fs"
	"path"
	"sort"

	"korea1950/assets"
)

// Embedded returns the stories shipped in assets/stories, by name. A
// story that does not parse is left out and its errors returned with the
// others.
func Embedded() ([]*Story, error) {
	names, err := fs.Glob(assets.Stories, "stories/*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []*Story
	var errs []error
	for _, name := range names {
		data, err := fs.ReadFile(assets.Stories, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		st, err := Parse(path.Join("assets", name), data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, st)
	}
	return out, errors.Join(errs...)
}

// ByName returns the shipped story called name, or nil.
func ByName(name string) (*Story, error) {
	all, err := Embedded()
	for _, st := range all {
		if st.Name == name {
			return st, nil
		}
	}
	return nil, err
}
