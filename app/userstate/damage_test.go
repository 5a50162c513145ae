package userstate_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tidwall/buntdb"

	"korea1950/app/userstate"
)

// goodBookmark is a hand-written bookmark value that decodes.
const goodBookmark = `{"Name":"Good","Date":"1950-06-25T00:00:00Z","View":{"Lon":127,"Lat":38,"MetresPerPixel":1000},"Created":"2025-01-01T00:00:00Z"}`

func TestUndecodableEntriesAreKept(t *testing.T) {
	bad := map[string]string{
		"bookmark:cut":      `{"Name":"Bad","Date":`,
		"bookmark:nameless": `{"Date":"1950-06-25T00:00:00Z","View":{"Lon":127,"Lat":38,"MetresPerPixel":1000}}`,
		"bookmark:far":      `{"Name":"Far","Date":"1950-06-25T00:00:00Z","View":{"Lon":127,"Lat":123,"MetresPerPixel":1000}}`,
		"note:list":         `[1,2]`,
		"setting:theme":     `dark`,
		"setting:null":      `null`,
		"last":              `{"Date":"June 1950","View":{"Lon":127,"Lat":38,"MetresPerPixel":1000}}`,
	}
	var file strings.Builder
	file.WriteString(resp("set", "bookmark:good", goodBookmark))
	for _, k := range []string{"bookmark:cut", "bookmark:nameless", "bookmark:far", "note:list", "setting:theme", "setting:null", "last"} {
		file.WriteString(resp("set", k, bad[k]))
	}
	file.WriteString(resp("set", "note:good", `{"Text":"fine","Created":"2025-01-01T00:00:00Z"}`))
	file.WriteString(resp("set", "setting:lang", `"ko"`))
	path := dbPath(t)
	writeFile(t, path, []byte(file.String()))

	s := open(t, path)
	bs, err := s.Bookmarks()
	if err != nil || len(bs) != 1 || bs[0].ID != "good" || bs[0].Name != "Good" {
		t.Errorf("Bookmarks() = %+v, %v; want only the good one", bs, err)
	}
	ns, err := s.Notes()
	if err != nil || len(ns) != 1 || ns[0].ID != "good" {
		t.Errorf("Notes() = %+v, %v; want only the good one", ns, err)
	}
	if got := s.Settings(); len(got) != 1 || got["lang"] != "ko" {
		t.Errorf("Settings() = %q, want only lang", got)
	}
	if p, ok := s.Last(); ok {
		t.Errorf("Last() = %+v, true; want none", p)
	}
	if v, ok := s.Setting("theme"); ok {
		t.Errorf("Setting(theme) = %q, true; want none", v)
	}

	problems := s.Problems()
	if len(problems) != len(bad) {
		t.Errorf("%d problems, want one for each of the %d bad keys: %q", len(problems), len(bad), problems)
	}
	for key := range bad {
		n := 0
		for _, p := range problems {
			if strings.Contains(p, path) && strings.Contains(p, strconv.Quote(key)) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d problem lines name %s and key %q, want 1", n, path, key)
		}
	}

	refused := []struct {
		name string
		do   func() error
	}{
		{"rename cut bookmark", func() error { return s.RenameBookmark("cut", "x") }},
		{"delete cut bookmark", func() error { return s.DeleteBookmark("cut") }},
		{"delete nameless bookmark", func() error { return s.DeleteBookmark("nameless") }},
		{"rename far bookmark", func() error { return s.RenameBookmark("far", "x") }},
		{"update note", func() error { return s.UpdateNote("list", "x") }},
		{"delete note", func() error { return s.DeleteNote("list") }},
		{"set theme", func() error { return s.SetSetting("theme", "light") }},
		{"set null", func() error { return s.SetSetting("null", "x") }},
		{"set last", func() error { return s.SetLast(userstate.Position{Date: june25, View: peninsula}) }},
	}
	for _, r := range refused {
		if err := r.do(); !errors.Is(err, userstate.ErrDamaged) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: error = %v, want ErrDamaged naming the file", r.name, err)
		}
	}
	if err := s.RenameBookmark("good", "Better"); err != nil {
		t.Errorf("renaming the good bookmark: %v", err)
	}
	if err := s.SetSetting("lang", "en"); err != nil {
		t.Errorf("setting lang: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	db, err := buntdb.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_ = db.View(func(tx *buntdb.Tx) error {
		for key, want := range bad {
			if got, err := tx.Get(key); err != nil || got != want {
				t.Errorf("after the session, %s = %q, %v; want it untouched: %q", key, got, err, want)
			}
		}
		if got, _ := tx.Get("setting:lang"); got != `"en"` {
			t.Errorf("setting:lang = %q, want the new value", got)
		}
		return nil
	})
}

func TestTruncatedLastWrite(t *testing.T) {
	base := filepath.Join(t.TempDir(), "base.db")
	s := open(t, base)
	b, err := s.AddBookmark(userstate.Bookmark{Name: "Before", Date: june25, View: peninsula})
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.AddNote(userstate.Note{Text: "kept", Date: june25})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting("theme", "dark"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetLast(userstate.Position{Date: june25, View: peninsula}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	last := resp("set", "bookmark:late", strings.Replace(goodBookmark, "Good", "Late", 1))

	check := func(t *testing.T, s *userstate.Store) {
		t.Helper()
		bs, _ := s.Bookmarks()
		ns, _ := s.Notes()
		p, ok := s.Last()
		if len(bs) != 1 || !sameBookmark(bs[0], b) || len(ns) != 1 || !sameNote(ns[0], n) ||
			s.Settings()["theme"] != "dark" || !ok || !p.Date.Equal(june25) {
			t.Errorf("entries before the cut write changed: %+v %+v %v %+v", bs, ns, s.Settings(), p)
		}
	}
	// Every cut in the command's framing, every 16th byte of the value.
	value := strings.LastIndex(last, "\r\n{") + 2
	for cut := 1; cut < len(last); cut++ {
		if cut > value+1 && cut < len(last)-3 && cut%16 != 0 {
			continue
		}
		t.Run("cut after "+strconv.Itoa(cut)+" bytes", func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "user.db")
			writeFile(t, path, append(append([]byte(nil), good...), last[:cut]...))
			s := open(t, path)
			check(t, s)
			p := s.Problems()
			if len(p) != 1 || !strings.Contains(p[0], path) || !strings.Contains(p[0], ".cut-") {
				t.Errorf("Problems() = %q, want one line about the unfinished write", p)
			}
			kept, _ := filepath.Glob(path + ".cut-*")
			if len(kept) != 1 {
				t.Fatalf("files kept aside: %q, want one", kept)
			}
			if data, _ := os.ReadFile(kept[0]); string(data) != last[:cut] {
				t.Errorf("%s holds %q, want the cut bytes %q", kept[0], data, last[:cut])
			}
			if fi, _ := os.Stat(path); fi.Size() != int64(len(good)) {
				t.Errorf("file is %d bytes after opening, want %d", fi.Size(), len(good))
			}
			if err := s.SetSetting("after", "yes"); err != nil {
				t.Fatal(err)
			}
			s = reopen(t, s)
			noProblems(t, s)
			check(t, s)
			if v, _ := s.Setting("after"); v != "yes" {
				t.Errorf("write after the repair lost: %q", v)
			}
		})
	}
}

func TestTooLongLengthKeepsTheRest(t *testing.T) {
	// A damaged length that runs past the end of the file looks to buntdb
	// like an unfinished last write, and it drops everything from there on.
	head := resp("set", "bookmark:good", goodBookmark)
	tail := "*3\r\n$3\r\nset\r\n$99999\r\nsetting:a\r\n" + resp("set", "setting:b", `"c"`)
	path := dbPath(t)
	writeFile(t, path, []byte(head+tail))
	s := open(t, path)
	if bs, _ := s.Bookmarks(); len(bs) != 1 || bs[0].Name != "Good" {
		t.Errorf("bookmarks before the damage: %+v", bs)
	}
	kept, _ := filepath.Glob(path + ".cut-*")
	if len(kept) != 1 {
		t.Fatalf("files kept aside: %q, want one", kept)
	}
	if data, _ := os.ReadFile(kept[0]); string(data) != tail {
		t.Errorf("%s holds %q, want everything from the damage on: %q", kept[0], data, tail)
	}
	if p := s.Problems(); len(p) != 1 || !strings.Contains(p[0], kept[0]) {
		t.Errorf("Problems() = %q, want one line naming %s", p, kept[0])
	}
}

func TestNULTail(t *testing.T) {
	// Some file systems leave zeros where the last write was after a power cut.
	path := dbPath(t)
	writeFile(t, path, append([]byte(resp("set", "bookmark:good", goodBookmark)), make([]byte, 64)...))
	s := open(t, path)
	noProblems(t, s)
	if err := s.SetSetting("after", "yes"); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s)
	noProblems(t, s)
	bs, _ := s.Bookmarks()
	if v, _ := s.Setting("after"); len(bs) != 1 || bs[0].Name != "Good" || v != "yes" {
		t.Errorf("after zeros: bookmarks %+v, setting %q", bs, v)
	}
}

func TestUnreadableFileIsMovedAside(t *testing.T) {
	random := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1950, 625))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	random[0] = 0xff // not '*' (a command) nor 0 (skipped)
	good := resp("set", "bookmark:good", goodBookmark)
	tests := []struct {
		name string
		data string
	}{
		{"random bytes", string(random)},
		{"a text file", "bookmarks: Seoul, Pusan\n"},
		{"unknown command in the middle", good + resp("frob", "x") + good},
		{"length that is no number", good + "*3\r\n$3\r\nset\r\n$x\r\n" + good},
		{"command name s (buntdb panics)", resp("s")},
		{"empty command name (buntdb panics)", resp("")},
		{"expiry that is no number", resp("set", "setting:a", `"b"`, "ex", "soon")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := dbPath(t)
			writeFile(t, path, []byte(tt.data))
			s := open(t, path)
			aside, _ := filepath.Glob(path + ".broken-*")
			if len(aside) != 1 {
				t.Fatalf("files moved aside: %q, want one", aside)
			}
			if data, err := os.ReadFile(aside[0]); err != nil || !bytes.Equal(data, []byte(tt.data)) {
				t.Errorf("%s does not hold the old bytes (%v)", aside[0], err)
			}
			p := s.Problems()
			if len(p) != 1 || !strings.Contains(p[0], aside[0]) || !strings.Contains(p[0], path) {
				t.Errorf("Problems() = %q, want one line naming %s", p, aside[0])
			}
			if bs, _ := s.Bookmarks(); len(bs) != 0 {
				t.Errorf("fresh store holds %+v", bs)
			}
			if _, err := s.AddBookmark(userstate.Bookmark{Name: "New", Date: june25, View: peninsula}); err != nil {
				t.Fatal(err)
			}
			s = reopen(t, s)
			noProblems(t, s)
			if bs, _ := s.Bookmarks(); len(bs) != 1 || bs[0].Name != "New" {
				t.Errorf("after reopening the fresh store: %+v", bs)
			}
			if data, _ := os.ReadFile(aside[0]); !bytes.Equal(data, []byte(tt.data)) {
				t.Errorf("%s changed", aside[0])
			}
		})
	}
}

func TestSecondBrokenFileDoesNotReplaceFirst(t *testing.T) {
	path := dbPath(t)
	for _, data := range []string{"first broken file\n", "second broken file\n"} {
		writeFile(t, path, []byte(data))
		s, err := userstate.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	aside, _ := filepath.Glob(path + ".broken-*")
	var got []string
	for _, name := range aside {
		data, _ := os.ReadFile(name)
		got = append(got, string(data))
	}
	if strings.Join(got, "") != "first broken file\nsecond broken file\n" &&
		strings.Join(got, "") != "second broken file\nfirst broken file\n" {
		t.Errorf("files aside %q hold %q, want both broken files", aside, got)
	}
}

func TestOpenFailureMovesNothing(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the path to open
	}{
		{"path is a folder", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "user.db")
			if err := os.Mkdir(p, 0o700); err != nil {
				t.Fatal(err)
			}
			return p
		}},
		{"parent is a file", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "state")
			writeFile(t, p, []byte("not a folder"))
			return filepath.Join(p, "user.db")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tt.setup(t, dir)
			if s, err := userstate.Open(path); err == nil {
				_ = s.Close()
				t.Fatal("Open succeeded")
			}
			entries, _ := os.ReadDir(dir)
			var names []string
			for _, e := range entries {
				if !strings.HasSuffix(e.Name(), ".lock") { // a lock file may be left
					names = append(names, e.Name())
				}
			}
			if len(names) != 1 {
				t.Errorf("after a failed Open the folder holds %q, want only what the test made", names)
			}
			if fi, err := os.Stat(path); tt.name == "path is a folder" && (err != nil || !fi.IsDir()) {
				t.Errorf("the folder at the path is gone: %v", err)
			}
		})
	}
}
