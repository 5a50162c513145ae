package userstate

// Setting returns the value of the setting key and whether it is set. A
// value that cannot be decoded counts as not set and is reported by
// Problems; so does any failure to read, as the store is then closed.
func (s *Store) Setting(key string) (string, bool) {
	raw, ok, err := s.get(settingPrefix + key)
	if err != nil {
		s.report(err.Error())
		return "", false
	}
	if !ok {
		return "", false
	}
	v, err := decodeSetting(raw)
	if err != nil {
		_ = s.damaged(settingPrefix+key, err)
		return "", false
	}
	return v, true
}

// SetSetting sets the setting key, a non-empty name, to value. It refuses
// to replace a stored value that cannot be decoded. It returns after the
// setting is on disk.
func (s *Store) SetSetting(key, value string) error {
	if err := checkText("setting name", key, true); err != nil {
		return err
	}
	if err := checkText("setting value", value, false); err != nil {
		return err
	}
	val, err := encode(value)
	if err != nil {
		return err
	}
	k := settingPrefix + key
	return s.put(k, val, func(raw string) error {
		if _, err := decodeSetting(raw); err != nil {
			return s.damaged(k, err)
		}
		return nil
	})
}

// Settings returns every setting that can be decoded; the others are
// skipped and reported by Problems, as is any failure to read.
func (s *Store) Settings() map[string]string {
	out := map[string]string{}
	entries, err := s.list(settingPrefix)
	if err != nil {
		s.report(err.Error())
		return out
	}
	for _, e := range entries {
		v, err := decodeSetting(e.val)
		if err != nil {
			_ = s.damaged(e.key, err)
			continue
		}
		out[e.key[len(settingPrefix):]] = v
	}
	return out
}

// SetLast stores where the user is: a date and a valid view. It refuses
// to replace a stored position that cannot be decoded. It returns after
// the position is on disk. Every write adds to the file, which is never
// shrunk, so call it when the user settles or quits, not for every frame.
func (s *Store) SetLast(p Position) error {
	if err := p.Validate(); err != nil {
		return err
	}
	p.Date = p.Date.UTC()
	val, err := encode(p)
	if err != nil {
		return err
	}
	return s.put(lastKey, val, func(raw string) error {
		if _, err := decodePosition(raw); err != nil {
			return s.damaged(lastKey, err)
		}
		return nil
	})
}

// Last returns the stored position and whether there is one. A position
// that cannot be decoded counts as none and is reported by Problems.
func (s *Store) Last() (Position, bool) {
	raw, ok, err := s.get(lastKey)
	if err != nil {
		s.report(err.Error())
		return Position{}, false
	}
	if !ok {
		return Position{}, false
	}
	p, err := decodePosition(raw)
	if err != nil {
		_ = s.damaged(lastKey, err)
		return Position{}, false
	}
	return p, true
}
