package geodata

import (
	"strings"
	"testing"
)

func TestSearchShippedData(t *testing.T) {
	ds, _ := embeddedByID(t)
	tests := []struct {
		query, lang string
		first       string // id of the first non-person hit's feature
		kind        string // its Kind
		has         []string
	}{
		{"mukden", "en", "mukden", "place", nil},
		{"Mukden", "en", "mukden", "place", nil},
		{"shenyang", "en", "mukden", "place", nil},
		{"antung", "en", "andong", "place", nil},
		{"peking", "en", "beijing", "place", nil},
		{"P'yŏngyang", "en", "pyongyang", "place", nil},
		{"pyongyang", "en", "pyongyang", "place", nil},
		{"인천", "ko", "inchon", "place", nil},
		{"仁川", "zh", "inchon", "place", nil},
		{"panikkar", "en", "", "", []string{"zhou-panikkar-1950-10-02", "panikkar-assurance-1950-09"}},
		{"志愿军", "zh", "", "", []string{"cpv-first-offensive-1950-10-25", "cpv-second-offensive-1950-11-25"}},
		{"24th infantry", "en", "us-24th-division-1950-07-01", "unit", nil},
		{"never sent", "en", "", "", []string{"mao-draft-1950-10-02"}},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			hits := Search(ds.Features, tc.query, tc.lang, 0)
			if len(hits) == 0 {
				t.Fatal("no hits")
			}
			if tc.first != "" {
				h := firstFeature(hits)
				if h.Feature.ID != tc.first || h.Kind != tc.kind {
					t.Errorf("first hit %s (%s, %q), want %s (%s)", h.Feature.ID, h.Kind, h.Text, tc.first, tc.kind)
				}
			}
			for _, id := range tc.has {
				if !hasID(hits, id) {
					t.Errorf("no hit for %s in %s", id, describeHits(hits))
				}
			}
		})
	}
}

func TestSearchPeople(t *testing.T) {
	ds, _ := embeddedByID(t)
	tests := []struct{ query, person string }{
		{"zhou enlai", "Zhou Enlai"},
		{"Panikkar", "K. M. Panikkar"},
		{"stalin", "Joseph Stalin"},
		{"kim il-sung", "Kim Il-sung"},
		{"Kim Il sung", "Kim Il-sung"},
		{"macarthur", "Douglas MacArthur"},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			hits := Search(ds.Features, tc.query, "en", 0)
			if len(hits) == 0 || hits[0].Kind != KindPerson || hits[0].Text != tc.person {
				t.Fatalf("first hit is not the person %q: %s", tc.person, describeHits(hits[:min(3, len(hits))]))
			}
			// Every feature naming the person is found.
			for _, f := range ds.Features {
				for _, a := range f.Actors {
					if a == tc.person && !hasID(hits, f.ID) && f.Series == "" {
						t.Errorf("%s names %s but is not found", f.ID, a)
					}
				}
			}
		})
	}
}

func TestSearchOneHitPerUnitSeries(t *testing.T) {
	ds, _ := embeddedByID(t)
	hits := Search(ds.Features, "24th", "en", 0)
	n := 0
	for _, h := range hits {
		if h.Feature.Series == "us-24th-division" {
			n++
			if h.Kind != "unit" || h.Feature.ID != "us-24th-division-1950-07-01" {
				t.Errorf("the 24th Division's hit is %s (%s), want its first keyframe", h.Feature.ID, h.Kind)
			}
		}
	}
	if n != 1 {
		t.Errorf("the 24th Division series has %d hits, want 1", n)
	}
	if h := firstFeature(hits); h.Feature.Series != "us-24th-division" {
		t.Errorf("first hit %s, want the 24th Division", h.Feature.ID)
	}
}

func TestSearchNothingAndLimit(t *testing.T) {
	ds, _ := embeddedByID(t)
	for _, q := range []string{"", "   ", "'-", "zzqxv"} {
		if hits := Search(ds.Features, q, "en", 10); len(hits) != 0 {
			t.Errorf("%q: %d hits, want none", q, len(hits))
		}
	}
	all := Search(ds.Features, "stalin", "en", 0)
	if len(all) < 10 {
		t.Fatalf("stalin: only %d hits", len(all))
	}
	for _, limit := range []int{1, 5, 10} {
		hits := Search(ds.Features, "stalin", "en", limit)
		if len(hits) != limit {
			t.Errorf("limit %d: %d hits", limit, len(hits))
		}
		for i := range hits {
			if hits[i] != all[i] {
				t.Errorf("limit %d: hit %d differs from the unlimited search", limit, i)
			}
		}
	}
}

// The ranking over a small made-up set: exact > title prefix > word
// prefix > substring > summary, and the title in the reader's language
// first among equals.
func TestSearchRanking(t *testing.T) {
	fs := []*Feature{
		{ID: "summary", Kind: KindEvent, Title: "Fighting on the river", Summary: "West of Taejon the line held."},
		{ID: "substring", Kind: KindPlace, Title: "Kotaejon"},
		{ID: "word", Kind: KindEvent, Title: "The fall of Taejŏn"},
		{ID: "exact", Kind: KindPlace, Title: "Taejon"},
		{ID: "prefix", Kind: KindEvent, Title: "Taejon falls"},
		{ID: "none", Kind: KindEvent, Title: "Osan", Summary: "Nothing of the kind."},
		{ID: "summary-sub", Kind: KindEvent, Title: "Somewhere", Summary: "Near Kotaejon."},
	}
	want := []string{"exact", "prefix", "word", "substring", "summary", "summary-sub"}
	hits := Search(fs, "taejon", "en", 0)
	var got []string
	for _, h := range hits {
		got = append(got, h.Feature.ID)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("order %v, want %v", got, want)
	}
	if h := hits[4]; h.Text != "West of Taejon the line held." {
		t.Errorf("summary hit text %q", h.Text)
	}

	ko := []*Feature{
		{ID: "a", Kind: KindPlace, Title: "Seoul", Titles: map[string]string{"ko": "서울"}},
		{ID: "b", Kind: KindPlace, Title: "서울", Titles: map[string]string{"ko": "Keijo"}},
	}
	if hits := Search(ko, "서울", "ko", 0); len(hits) != 2 || hits[0].Feature.ID != "a" {
		t.Errorf("the Korean title did not rank first for a Korean reader: %s", describeHits(hits))
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"P'yŏngyang", "pyongyang"},
		{"Kim Il-sung", "kim il sung"},
		{"  K. M. Panikkar ", "k m panikkar"},
		{"Việt Bắc", "viet bac"},
		{"Hà Nội", "ha noi"},
		{"SINŬIJU", "sinuiju"},
		{"인천 상륙 작전", "인천 상륙 작전"},
		{"毛泽东（未发出）", "毛泽东 未发出"},
	}
	for _, tc := range tests {
		if got := fold(tc.in); got != tc.want {
			t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func firstFeature(hits []Hit) Hit {
	for _, h := range hits {
		if h.Kind != KindPerson {
			return h
		}
	}
	return Hit{Feature: &Feature{}}
}

func hasID(hits []Hit, id string) bool {
	for _, h := range hits {
		if h.Feature.ID == id && h.Kind != KindPerson {
			return true
		}
	}
	return false
}

func describeHits(hits []Hit) string {
	var b strings.Builder
	for _, h := range hits {
		b.WriteString("\n  " + h.Kind + " " + h.Feature.ID + " " + h.Text)
	}
	return b.String()
}

func BenchmarkSearch(b *testing.B) {
	fs := shipped().Features
	for b.Loop() {
		Search(fs, "panikkar", "en", 20)
	}
}
