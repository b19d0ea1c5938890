package neo4jstore_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/relmap/relmap/graph"
	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/relmap/relmap/internal/neo4jtest"
	"github.com/relmap/relmap/loader"
)

// loadResolved loads xs as relmap load does: resolved against the entities
// already stored, then folding the stored ones the new documents name in
// full. It returns the ids folded.
func loadResolved(tb testing.TB, s *neo4jstore.Store, xs ...graph.Extraction) []string {
	tb.Helper()
	ctx := context.Background()
	known, err := s.KnownEntities(ctx, loader.LookupNames(xs))
	if err != nil {
		tb.Fatal(err)
	}
	ys, folds := loader.MergeKnown(known, xs)
	load(tb, s, ys, graph.LoadOptions{})
	folded, err := s.Fold(ctx, folds)
	if err != nil {
		tb.Fatal(err)
	}
	return folded
}

// lankovArticles returns an article that only says "Lankov" and one that
// names Andrei Lankov in full.
func lankovArticles() (short, full graph.Extraction) {
	lankov := graph.Entity{ID: "person:lankov", Kind: graph.Person, Name: "Lankov", Aliases: []string{"Lankov"}}
	andrei := graph.Entity{ID: "person:andrei-lankov", Kind: graph.Person, Name: "Andrei Lankov", Aliases: []string{"Andrei Lankov"}}
	short = article("short.txt", "Lankov met Kim. Al Jazeera quoted Lankov.",
		[]graph.Entity{lankov, kim, aljazeera},
		claim(graph.Met, kim, lankov, graph.Asserted, "Lankov met Kim."),
		claim(graph.Quoted, aljazeera, lankov, graph.Asserted, "Al Jazeera quoted Lankov."))
	full = article("full.txt", "Andrei Lankov will visit North Korea.",
		[]graph.Entity{andrei, northKor},
		claim(graph.Visited, andrei, northKor, graph.Planned, "Andrei Lankov will visit North Korea."))
	return short, full
}

func TestLoadOrderDoesNotSplitAnEntity(t *testing.T) {
	s := neo4jtest.Open(t)
	short, full := lankovArticles()

	// Both in one load: the loader resolves "Lankov" to Andrei Lankov.
	load(t, s, loader.Merge([]graph.Extraction{short, full}), graph.LoadOptions{})
	together := snapshot(t, s)
	for _, line := range together {
		if strings.Contains(line, `"id":"person:lankov"`) {
			t.Fatalf("a lone Lankov stayed apart in one load: %s", line)
		}
	}

	// The short article first: the full name arrives later and the stored
	// "Lankov" folds into it.
	neo4jtest.Reset(t, s)
	if got := loadResolved(t, s, short); len(got) != 0 {
		t.Errorf("first load folded %v", got)
	}
	if got := loadResolved(t, s, full); !slices.Equal(got, []string{"person:lankov"}) {
		t.Errorf("second load folded %v, want [person:lankov]", got)
	}
	diff(t, snapshot(t, s), together)
	checkCounts(t, s)

	// The full article first: "Lankov" joins the stored Andrei Lankov.
	neo4jtest.Reset(t, s)
	loadResolved(t, s, full)
	if got := loadResolved(t, s, short); len(got) != 0 {
		t.Errorf("second load folded %v", got)
	}
	diff(t, snapshot(t, s), together)

	// Loading both again changes nothing.
	loadResolved(t, s, short, full)
	diff(t, snapshot(t, s), together)
}

func TestFoldSkipsMissingAndMismatchedEntities(t *testing.T) {
	s := neo4jtest.Open(t)
	a, b := twoArticles()
	load(t, s, []graph.Extraction{a, b}, graph.LoadOptions{})
	before := snapshot(t, s)
	got, err := s.Fold(context.Background(), map[string]string{
		"person:nobody":       kim.ID,          // no such entity
		kim.ID:                "person:nobody", // no such target
		"country:north-korea": putin.ID,        // another kind
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 {
		t.Errorf("Fold folded %v, want nothing", got)
	}
	diff(t, snapshot(t, s), before)
}

func TestKnownEntitiesFindsNamesAndAliasesInAnyCase(t *testing.T) {
	s := neo4jtest.Open(t)
	a, b := twoArticles()
	load(t, s, []graph.Extraction{a, b}, graph.LoadOptions{})
	tests := []struct {
		names []string
		want  []string
	}{
		{[]string{"putin"}, []string{putin.ID}},
		{[]string{"Kim Jong Un", "AL JAZEERA"}, []string{aljazeera.ID, kim.ID}},
		{[]string{"Pyongyang"}, []string{northKor.ID}},
		{[]string{"nobody", `"`, `\`, "*", "—", ""}, nil},
	}
	for _, tt := range tests {
		got, err := s.KnownEntities(context.Background(), tt.names)
		if err != nil {
			t.Fatalf("KnownEntities(%q): %v", tt.names, err)
		}
		var ids []string
		for _, e := range got {
			ids = append(ids, e.ID)
			if e.Name == "" || e.Kind == "" || len(e.Aliases) == 0 {
				t.Errorf("KnownEntities(%q) gave an incomplete entity %+v", tt.names, e)
			}
		}
		if !slices.Equal(ids, tt.want) {
			t.Errorf("KnownEntities(%q) = %v, want %v", tt.names, ids, tt.want)
		}
	}
}

func TestKnownEntitiesLeavesOutANameTooManyAnswerTo(t *testing.T) {
	s := neo4jtest.Open(t)
	var people []graph.Entity
	for i := range 501 {
		name := fmt.Sprintf("Lee Number%03d", i)
		people = append(people, graph.Entity{ID: fmt.Sprintf("person:lee-%03d", i), Kind: graph.Person, Name: name, Aliases: []string{name}})
	}
	load(t, s, []graph.Extraction{article("lees.txt", "Lee and Lee.", people)}, graph.LoadOptions{})
	got, err := s.KnownEntities(context.Background(), []string{"Lee", "Lee Number007"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != "person:lee-007" {
		t.Errorf("KnownEntities = %+v, want only person:lee-007: a name 501 entities answer to brings none", got)
	}
}
