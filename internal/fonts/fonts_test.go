package fonts

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"korea1950/assets"
	"korea1950/internal/i18n"
)

// root is the module's folder, from this package's.
var root = filepath.Join("..", "..")

// jsonStrings returns every Korean and Chinese string in a JSON document:
// the values of keys "ko" and "zh" and of keys ending ":ko", "_ko" (and so
// on for zh), and the parts of any string written in Hangul or Chinese.
func jsonStrings(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []string
	var walk func(v any, cjk bool)
	walk = func(v any, cjk bool) {
		switch v := v.(type) {
		case string:
			if cjk {
				out = append(out, v)
			} else {
				out = append(out, cjkRunes(v))
			}
		case map[string]any:
			for k, x := range v {
				walk(x, cjk || isCJKKey(k))
			}
		case []any:
			for _, x := range v {
				walk(x, cjk)
			}
		}
	}
	walk(v, false)
	return out
}

// isCJKKey reports whether a JSON key holds Korean or Chinese text.
func isCJKKey(k string) bool {
	if k == "ko" || k == "zh" {
		return true
	}
	for _, suffix := range []string{":ko", ":zh", "_ko", "_zh"} {
		if strings.HasSuffix(k, suffix) {
			return true
		}
	}
	return false
}

// cjkRunes keeps the Hangul, Chinese and East Asian punctuation of s.
// Other letters of English text (accented Latin) that the CJK fonts lack
// are drawn with Fyne's own font, which the theme falls back to.
func cjkRunes(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.In(r, unicode.Hangul, unicode.Han) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFF60 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// appChars returns the characters of the app's texts, each with a file
// that uses it: the translation table, the place names, the geodata, the
// stories, and the words written in Go (the dates' Korean and Chinese).
func appChars(t *testing.T) map[rune]string {
	t.Helper()
	chars := map[rune]string{}
	add := func(where, s string) {
		for _, r := range s {
			if unicode.IsPrint(r) && r != ' ' {
				if _, ok := chars[r]; !ok {
					chars[r] = where
				}
			}
		}
	}
	for _, k := range i18n.Keys() {
		r, _ := i18n.Lookup(k)
		for _, s := range r[1:] { // Korean and Chinese; English keeps Fyne's font
			add(i18n.TableFile+" "+k, s)
		}
	}
	var jsons []string
	jsons = append(jsons, filepath.Join(root, assets.LabelsFile))
	for _, pattern := range []string{"geodata/data/*.geojson", "assets/stories/*.json"} {
		m, _ := filepath.Glob(filepath.Join(root, pattern))
		jsons = append(jsons, m...)
	}
	for _, p := range jsons {
		for _, s := range jsonStrings(t, p) {
			add(p, s)
		}
	}
	for _, dir := range []string{"app", "maps", "timeline", "geodata", "internal"} {
		filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			add(p, cjkRunes(string(data)))
			return nil
		})
	}
	if len(chars) < 500 {
		t.Fatalf("%d characters: the texts were not read", len(chars))
	}
	return chars
}

// Every character the app writes is in each of its CJK fonts, read from
// the fonts' own character maps (with golang.org/x/image/font/sfnt, which
// Fyne already builds on), so that no Korean or Chinese text falls back to
// a system font or shows as a box: run assets/gen/fonts.sh when it fails.
// The characters are those of the Korean and Chinese texts: the table's
// Korean and Chinese cells, the data's and stories' Korean and Chinese
// fields, and any Hangul or Chinese character anywhere in the data and
// the Go sources.
func TestFontsHoldEveryCharacter(t *testing.T) {
	chars := appChars(t)
	var runes []rune
	for r := range chars {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	for _, lang := range []string{"ko", "zh"} {
		for _, bold := range []bool{false, true} {
			res := For(lang, bold)
			f, err := sfnt.Parse(res.Content())
			if err != nil {
				t.Fatalf("%s: %v", res.Name(), err)
			}
			var buf sfnt.Buffer
			missing := 0
			for _, r := range runes {
				if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
					if missing < 20 {
						t.Errorf("%s lacks %q (U+%04X), used in %s", res.Name(), r, r, chars[r])
					}
					missing++
				}
			}
			if missing > 0 {
				t.Errorf("%s lacks %d characters: run assets/gen/fonts.sh", res.Name(), missing)
			}
		}
	}
}

// The common characters are there too: all 2,350 Hangul syllables of
// KS X 1001 in the Korean fonts, samples of GB 2312's first level in the
// Chinese ones, and the Korean fonts name the right region.
func TestFontsHoldTheCommonCharacters(t *testing.T) {
	has := func(res []byte, s string) string {
		f, err := sfnt.Parse(res)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		var lack []rune
		for _, r := range s {
			if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
				lack = append(lack, r)
			}
		}
		return string(lack)
	}
	if lack := has(assets.FontKR, "가각간갇갈힝쏭똥뙤"); lack != "" {
		t.Errorf("the Korean font lacks %q", lack)
	}
	if lack := has(assets.FontSC, "啊阿埃座做蔼爱鸭绿江长津湖抗美援朝"); lack != "" {
		t.Errorf("the Chinese font lacks %q", lack)
	}
	for _, c := range []struct {
		font []byte
		want string
	}{{assets.FontKR, "Noto Sans CJK KR"}, {assets.FontKRBold, "Noto Sans CJK KR"}, {assets.FontSC, "Noto Sans CJK SC"}, {assets.FontSCBold, "Noto Sans CJK SC"}} {
		f, err := sfnt.Parse(c.font)
		if err != nil {
			t.Fatal(err)
		}
		if name, _ := f.Name(nil, sfnt.NameIDFamily); !strings.HasPrefix(name, c.want) {
			t.Errorf("a font is called %q, want %q", name, c.want)
		}
	}
}

func TestThemeFonts(t *testing.T) {
	if For("en", false) != nil || For("fr", true) != nil {
		t.Error("English has a font of its own: it keeps Fyne's")
	}
	if For("ko", true) == For("ko", false) || For("zh", false) == For("ko", false) {
		t.Error("the fonts are mixed up")
	}
}
