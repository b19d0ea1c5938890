package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/relmap/relmap/graph"
)

// TestTwoFields checks twoFields against strings.Fields.
func TestTwoFields(t *testing.T) {
	for _, s := range []string{"", " ", "Putin", " Putin ", "Kim Jong Un", "Kim\tJong", "To\u00a0Lam", "a\u0085b", "Lee  ", "  x  y  ", "\u2003", "Shin Won-sik"} {
		if got, want := twoFields(s), len(strings.Fields(s)) >= 2; got != want {
			t.Errorf("twoFields(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsUpperCase checks isUpperCase against strings.ToUpper.
func TestIsUpperCase(t *testing.T) {
	for _, s := range []string{"", "NATO", "Nato", "U.S.", "KCNA's", "ÉLYSÉE", "Élysée", "123", "ß", "ǅ"} {
		if got, want := isUpperCase(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpperCase(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestWordSet checks the set against a map, across a reset.
func TestWordSet(t *testing.T) {
	var s wordSet
	if s.has("putin") {
		t.Error("an unused set has a word")
	}
	words := strings.Fields("the president said that the talks in pyongyang were productive and that a treaty on comprehensive strategic partnership was signed said the")
	for round := 0; round < 2; round++ {
		s.reset(len(words))
		want := map[string]bool{}
		for _, w := range words[round:] {
			s.add(w)
			want[w] = true
		}
		for _, w := range append(words, "kim", "Putin", "", "presidents", "partnerships") {
			if got := s.has(w); got != want[w] {
				t.Errorf("round %d: has(%q) = %v, want %v", round, w, got, want[w])
			}
		}
	}
}

// TestUsedLower checks usedLower against a search of the tokens.
func TestUsedLower(t *testing.T) {
	text := "President Putin said the Talks were productive. The Kremlin said expected results were expected; said SAID Said. Russia's ally russia, putin-style, Élysée élysée été Été."
	d := newDoc()
	defer d.release()
	d.nt = normalize(text, false)
	d.sents = splitSentences(d.nt.norm, 0, len(d.nt.norm))
	var queries []string
	for _, st := range d.sents {
		for _, tk := range st.toks {
			queries = append(queries, tk.text, tk.lower, strings.ToLower(tk.text))
		}
	}
	queries = append(queries, "", "kremlin", "president", "the", "putin", "russia", "talks")
	for _, w := range queries {
		want := false
		for _, st := range d.sents {
			for _, tk := range st.toks {
				if tk.kind == tWord && !tk.cap && tk.lower == w {
					want = true
				}
			}
		}
		if got := d.usedLower(w); got != want {
			t.Errorf("usedLower(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRelSignatures checks the loader's table of relation signatures
// against graph's.
func TestRelSignatures(t *testing.T) {
	kinds := append(slices.Clone(graph.Kinds), "", "event")
	for _, rt := range append(slices.Clone(graph.RelTypes), "", "KNOWS") {
		if got, want := isSymmetric(rt), rt.Symmetric(); got != want {
			t.Errorf("isSymmetric(%q) = %v, want %v", rt, got, want)
		}
		for _, from := range kinds {
			for _, to := range kinds {
				if got, want := allows(rt, from, to), rt.Allows(from, to); got != want {
					t.Errorf("allows(%q, %q, %q) = %v, want %v", rt, from, to, got, want)
				}
			}
		}
	}
}

// TestGzEntityFor checks that the shortcuts detect takes for gazetteer
// phrases give the entities that entityFor and person give.
func TestGzEntityFor(t *testing.T) {
	l := theLexicon()
	var entries []*gzEntry
	for _, es := range l.byFirst {
		entries = append(entries, es...)
	}
	slices.SortFunc(entries, func(a, b *gzEntry) int { return a.id - b.id })
	for _, g := range entries {
		slow, fast := newDoc(), newDoc()
		var a, b *entity
		for range 2 { // a second time from the documents' own maps
			if g.kind == graph.Person {
				a, b = slow.person(g.name, true), fast.gzPerson(g)
			} else {
				a, b = slow.entityFor(g.kind, g.name, g.country), fast.gzEntityFor(g, 0, g.kind, g.name, g.country)
				if g.role == gCapital {
					a, b = slow.entityFor(graph.Country, g.country, ""), fast.gzEntityFor(g, 1, graph.Country, g.country, "")
				}
			}
		}
		if a.id != b.id || a.name != b.name || a.kind != b.kind || a.country != b.country || a.media != b.media || a.full != b.full || a.info != b.info {
			t.Errorf("%q: entityFor gives %+v, the shortcut %+v", g.name, *a, *b)
		}
		slow.release()
		fast.release()
	}
}
