package geodata

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed data
var embedded embed.FS

// EmbeddedName is the name of the embedded data among the inputs.
const EmbeddedName = "embedded"

// Input is one source of geodata: the embedded data, one user folder or
// one user file. Ids are unique within an input.
type Input struct {
	Name     string // EmbeddedName, or the path the user gave
	Files    []InputFile
	Problems Problems // files that could not be read at all
}

// InputFile is one file of an input, read into memory.
type InputFile struct {
	Name string // as shown in problems: the path, or geodata/data/… when embedded
	Data []byte
}

// Embedded returns the data built into the app.
func Embedded() Input {
	in := Input{Name: EmbeddedName}
	names, _ := fs.Glob(embedded, "data/*.geojson")
	sort.Strings(names)
	for _, name := range names {
		data, err := embedded.ReadFile(name)
		if err != nil {
			in.Problems = append(in.Problems, Problem{File: name, Msg: err.Error()})
			continue
		}
		in.Files = append(in.Files, InputFile{Name: path.Join("geodata", name), Data: data})
	}
	return in
}

// IsGeodataFile reports whether a file name is one the app reads: a
// .geojson or .json file that is not hidden.
func IsGeodataFile(name string) bool {
	base := filepath.Base(name)
	ext := strings.ToLower(filepath.Ext(base))
	return !strings.HasPrefix(base, ".") && (ext == ".geojson" || ext == ".json")
}

// ReadPath reads a user's geodata: one file, or every .geojson and .json
// file in a folder and its subfolders (hidden ones aside), in name order.
// Files over MaxFileSize are refused without being read.
func ReadPath(p string) Input {
	in := Input{Name: p}
	files, err := GeodataFiles(p)
	if err != nil {
		in.Problems = append(in.Problems, Problem{File: p, Msg: err.Error()})
		return in
	}
	for _, name := range files {
		data, err := readLimited(name)
		if err != nil {
			in.Problems = append(in.Problems, Problem{File: name, Msg: err.Error()})
			continue
		}
		in.Files = append(in.Files, InputFile{Name: name, Data: data})
	}
	return in
}

// GeodataFiles lists the geodata files at p: p itself when it is a file,
// or the geodata files under it when it is a folder.
func GeodataFiles(p string) ([]string, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("cannot be read: %v", unwrapPath(err))
	}
	if !fi.IsDir() {
		return []string{p}, nil
	}
	var files []string
	err = filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // an unreadable subfolder is skipped; its files show no problem
		}
		if d.IsDir() {
			if name != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if IsGeodataFile(name) {
			files = append(files, name)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

func readLimited(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot be read: %v", unwrapPath(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot be read: %v", unwrapPath(err))
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("is a folder, not a file")
	}
	if fi.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s is over the %s limit for one geodata file; not read", sizeText(fi.Size()), sizeText(MaxFileSize))
	}
	data := make([]byte, 0, fi.Size()+1)
	buf := make([]byte, 64<<10)
	for {
		n, err := f.Read(buf)
		data = append(data, buf[:n]...)
		if len(data) > MaxFileSize {
			return nil, fmt.Errorf("grew past the %s limit while being read; not read", sizeText(MaxFileSize))
		}
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, fmt.Errorf("cannot be read: %v", unwrapPath(err))
		}
	}
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
