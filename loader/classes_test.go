package loader

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestClassBitsMatchWordLists checks that the class bits a token carries
// say the same as looking its words up in the lists they stand for, on
// real articles and on words in odd cases.
func TestClassBitsMatchWordLists(t *testing.T) {
	texts := []string{"Ursula von der Leyen of the European Commission, the UNIVERSITY and university, Kookmin University; SAID Said said thinks Thinks Whether whether took Took LED Led led hosting Jan. JAN Mar mar May may Monday MONDAY monday Post post POST Inc iPhone Été été"}
	files, err := filepath.Glob(filepath.Join("..", "testdata", "heldout", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, filepath.Join("..", "testdata", "aljazeera-putin-north-korea.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	lists := []struct {
		name  string
		words map[string]bool
		bit   uint64
	}{
		{"reportVerbs", reportVerbs, clsReportVerbs},
		{"months", keySet(months), clsMonths},
		{"weekdays", keySet(weekdays), clsWeekdays},
		{"nameParticles", nameParticles, clsNameParticles},
		{"commonWords", set(commonWords), clsCommon},
		{"titleWords", titleWords, clsTitleWords},
		{"leaderRoles", leaderRoles, clsLeaderRoles},
		{"visitVerbs", visitVerbs, clsVisitVerbs},
		{"personTitles", personTitles, clsPersonTitles},
		{"tourVerbs", tourVerbs, clsTourVerbs},
		{"receptionWords", receptionWords, clsReceptionWords},
		{"attendWords", attendWords, clsAttendWords},
		{"leadVerbs", leadVerbs, clsLeadVerbs},
		{"whether", set("whether"), clsWhether},
		{"relDays", relDays, clsRelDays},
	}
	for _, text := range texts {
		nt := normalize(text, false)
		for _, tk := range tokenize(nt.norm, 0, len(nt.norm), nil) {
			for _, l := range lists {
				if got, want := tk.cls&l.bit != 0, l.words[tk.lower]; got != want {
					t.Errorf("%q: %s bit %v, list says %v", tk.text, l.name, got, want)
				}
			}
			if got, want := isOrgHead(&tk), orgHeads[tk.text]; got != want {
				t.Errorf("%q: isOrgHead %v, orgHeads says %v", tk.text, got, want)
			}
			if got, want := isPlaceHead(&tk), placeHeads[tk.text]; got != want {
				t.Errorf("%q: isPlaceHead %v, placeHeads says %v", tk.text, got, want)
			}
		}
	}
}

// TestWordTable checks that the hash table finds every known word with
// its entry and nothing else.
func TestWordTable(t *testing.T) {
	for w, want := range knownWords {
		if !isASCIILetter(w[0]) {
			t.Errorf("known word %q does not start with an ASCII letter, which setWord assumes", w)
		}
		got := knownTable.get(w)
		if got == nil || *got != want {
			t.Errorf("get(%q) = %v, want %v", w, got, want)
		}
	}
	for _, w := range []string{"", "x", "Zzyzx", "president-elect", "PRESIDENT", "Putins", "2024", "ministers'", "a-very-long-word-of-many-bytes", "presiden", "Presidents", "Preside"} {
		if _, known := knownWords[w]; !known && knownTable.get(w) != nil {
			t.Errorf("get(%q) found an entry for an unknown word", w)
		}
	}
	// Inside a longer text, where short words are read eight bytes at a
	// time, and cut short by one byte.
	for w := range knownWords {
		s := "(" + w + " and more text after it)"
		if k := knownTable.indexAt(s, 1, 1+len(w)); k < 0 || knownTable.keys[k] != w {
			t.Errorf("indexAt(%q) = %d", s, k)
		}
		if _, known := knownWords[w[:len(w)-1]]; !known {
			if k := knownTable.indexAt(s, 1, len(w)); k >= 0 {
				t.Errorf("indexAt(%q) found %q", w[:len(w)-1], knownTable.keys[k])
			}
		}
	}
}

// TestByKnown checks that the gazetteer phrases found by a token's index
// in knownTable are those found by its text.
func TestByKnown(t *testing.T) {
	l := theLexicon()
	for k, w := range knownTable.keys {
		if got, want := l.byKnown[k], l.byFirst[w]; len(got) != len(want) || len(got) > 0 && &got[0] != &want[0] {
			t.Errorf("byKnown[%q] has %d phrases, byFirst %d", w, len(got), len(want))
		}
		want := append(slices.Clone(l.byFirst[w]), l.byFirst[titleCase(w)]...)
		if !slices.Equal(l.byKnownCaps[k], want) {
			t.Errorf("byKnownCaps[%q] has %d phrases, want %d", w, len(l.byKnownCaps[k]), len(want))
		}
	}
	toks := tokenize("Putin met Kim in Pyongyang", 0, len("Putin met Kim in Pyongyang"), nil)
	for _, tk := range toks {
		if tk.known == 0 || knownTable.keys[tk.known-1] != tk.text {
			t.Errorf("%q: known index %d does not name it", tk.text, tk.known)
		}
	}
}
