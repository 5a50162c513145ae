package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Every key has a text in every language, and none is empty or padded.
func TestTableComplete(t *testing.T) {
	if len(keys) < 100 {
		t.Fatalf("%d keys: the table did not load", len(keys))
	}
	for _, k := range keys {
		r := table[k]
		for i, lang := range Languages {
			switch s := r[i]; {
			case s == "":
				t.Errorf("%s: no %s text", k, lang)
			case strings.TrimSpace(s) != s:
				t.Errorf("%s: the %s text %q has spaces at an end", k, lang, s)
			}
		}
	}
}

// verbRE finds fmt verbs, with an optional argument index.
var verbRE = regexp.MustCompile(`%(\[(\d+)\])?[-+# 0]*\d*(\.\d+)?([a-zA-Z%])`)

// verbs maps each argument a text formats to its verb, as fmt numbers
// them: one after another, or as %[n] says.
func verbs(s string) (map[int]string, error) {
	out := map[int]string{}
	n := 0
	for _, m := range verbRE.FindAllStringSubmatch(s, -1) {
		if m[4] == "%" {
			continue
		}
		if m[2] != "" {
			i, _ := strconv.Atoi(m[2])
			n = i - 1
		}
		out[n] = m[4]
		n++
	}
	return out, nil
}

// A text in Korean or Chinese formats the same arguments with the same
// verbs as the English one, in whatever order.
func TestPlaceholdersAgree(t *testing.T) {
	checked := 0
	for _, k := range keys {
		r := table[k]
		en, _ := verbs(r[0])
		for i, lang := range Languages[1:] {
			got, _ := verbs(r[i+1])
			if len(got) != len(en) {
				t.Errorf("%s: %s formats %d values, English %d: %q", k, lang, len(got), len(en), r[i+1])
				continue
			}
			for arg, v := range en {
				if got[arg] != v {
					t.Errorf("%s: %s formats value %d with %%%s, English with %%%s", k, lang, arg+1, got[arg], v)
				}
			}
			checked++
		}
	}
	if got, _ := verbs("%[2]s의 %[1]s"); got[0] != "s" || got[1] != "s" {
		t.Errorf("indexed verbs read as %v", got)
	}
}

func TestT(t *testing.T) {
	if got := T("ko", "toolbar.layers"); got != "레이어" {
		t.Errorf("T(ko, toolbar.layers) = %q", got)
	}
	if got := T("fr", "toolbar.layers"); got != "Layers" {
		t.Errorf("an unknown language gives %q, want the English", got)
	}
	if got := T("ko", "no.such.key"); got != "no.such.key" {
		t.Errorf("an unknown key gives %q, want the key", got)
	}
	if got := Tf("zh", "map.hidden", 3); got != "另有3支部队 — 请放大" {
		t.Errorf("Tf = %q", got)
	}
	if Draft("en") || !Draft("ko") || !Draft("zh") {
		t.Error("Draft: want Korean and Chinese, not English")
	}
	for lang, want := range map[string]string{"en": "English", "ko": "한국어", "zh": "中文"} {
		if got := Native(lang); got != want {
			t.Errorf("Native(%s) = %q", lang, got)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{"a.b\tA\tB", "a.b\tA\tB\tC\na.b\tA\tB\tC"} {
		if _, _, err := Parse(src); err == nil || !strings.Contains(err.Error(), TableFile+":") {
			t.Errorf("Parse(%q): error %v, want one naming the line", src, err)
		}
	}
	r, _, err := Parse("# c\n\nx.y\ta\\nb\tc\\\\d\te\\tf")
	if err != nil || r["x.y"] != (Row{"a\nb", `c\d`, "e\tf"}) {
		t.Errorf("escapes: %q %v", r["x.y"], err)
	}
}

// lookupFuncs are the functions whose string arguments are keys: the
// package's own, and the app's shorthands u.t and u.tf.
var lookupFuncs = []string{"T", "Tf", "t", "tf"}

// sourceLiterals parses every Go file of the module but tests and returns
// the string literals passed to a lookup function, with where they are,
// and the set of all string literals.
func sourceLiterals(t *testing.T) (calls map[string]string, all map[string]bool) {
	t.Helper()
	calls, all = map[string]string{}, map[string]bool{}
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); n == "testdata" || strings.HasPrefix(n, ".") && path != root {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		files++
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if s, err := strconv.Unquote(n.Value); err == nil && n.Kind == token.STRING {
					all[s] = true
				}
			case *ast.CallExpr:
				name := ""
				switch fn := n.Fun.(type) {
				case *ast.Ident:
					name = fn.Name
				case *ast.SelectorExpr:
					name = fn.Sel.Name
				}
				if !slices.Contains(lookupFuncs, name) {
					return true
				}
				for _, a := range n.Args {
					if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						s, _ := strconv.Unquote(lit.Value)
						if keyRE.MatchString(s) {
							calls[s] = fset.Position(lit.Pos()).String()
						}
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("read %d Go files: not the module", files)
	}
	return calls, all
}

var keyRE = regexp.MustCompile(`^[a-z][a-z0-9]*(\.[a-z0-9]+)+$`)

// Every key the code looks up is in the table; every literal that names a
// key in one of the table's namespaces ("legend.", "era.") is in it too,
// so that keys kept in Go tables are checked; and every key of the table
// is written somewhere in the code, so that the table holds no dead text.
func TestKeysMatchTheCode(t *testing.T) {
	calls, all := sourceLiterals(t)
	for k, where := range calls {
		if !Has(k) {
			t.Errorf("%s: key %q is not in %s", where, k, TableFile)
		}
	}
	spaces := map[string]bool{}
	for _, k := range keys {
		ns, _, _ := strings.Cut(k, ".")
		spaces[ns] = true
	}
	for s := range all {
		ns, _, _ := strings.Cut(s, ".")
		if keyRE.MatchString(s) && spaces[ns] && !Has(s) {
			t.Errorf("the code names %q, which looks like a key of the table but is not in it", s)
		}
	}
	for _, k := range keys {
		if !all[k] {
			t.Errorf("key %q is in the table but no code uses it", k)
		}
	}
}
