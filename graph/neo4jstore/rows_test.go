package neo4jstore

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/relmap/relmap/graph"
)

// sample returns a small valid extraction for document id.
func sample(id string) graph.Extraction {
	text := "Putin met Kim in Pyongyang. Kim met Putin again."
	ev := func(start, end int) graph.Evidence {
		return graph.Evidence{DocumentID: id, Sentence: text[start:end], Start: start, End: end, Rule: "test"}
	}
	return graph.Extraction{
		Document: graph.Document{ID: id, Hash: "h-" + id, Title: "T", Text: text},
		Entities: []graph.Entity{
			{ID: "person:vladimir-putin", Kind: graph.Person, Name: "Vladimir Putin", Aliases: []string{"Putin"}},
			{ID: "person:kim-jong-un", Kind: graph.Person, Name: "Kim Jong Un", Aliases: []string{"Kim", "Kim"}},
			{ID: "place:pyongyang", Kind: graph.Place, Name: "Pyongyang"},
		},
		Relations: []graph.Relation{
			{Type: graph.Met, From: "person:vladimir-putin", To: "person:kim-jong-un", Modality: graph.Asserted, Evidence: ev(0, 27)},
			{Type: graph.Met, From: "person:kim-jong-un", To: "person:vladimir-putin", Modality: graph.Asserted, Evidence: ev(28, 48)},
			{Type: graph.Visited, From: "person:vladimir-putin", To: "place:pyongyang", Modality: graph.Asserted, Date: "2024-06-19", Evidence: ev(0, 27)},
		},
		Mentions: map[string]int{"person:vladimir-putin": 2, "person:kim-jong-un": 2},
	}
}

func TestNewDocRows(t *testing.T) {
	x := sample("a.txt")
	if err := x.Validate(); err != nil {
		t.Fatalf("sample is invalid: %v", err)
	}
	d := newDocRows(x, false)

	t.Run("a symmetric claim is stored once, ends in order, first evidence kept", func(t *testing.T) {
		met := d.claims[graph.Met]
		if got, want := len(met), 1; got != want {
			t.Fatalf("MET rows = %d, want %d", got, want)
		}
		if got, want := met[0]["from"], "person:kim-jong-un"; got != want {
			t.Errorf("MET from = %v, want %v", got, want)
		}
		if got, want := met[0]["props"].(map[string]any)["start"], int64(0); got != want {
			t.Errorf("MET evidence start = %v, want %v", got, want)
		}
	})
	t.Run("aliases include the name, sorted, without duplicates", func(t *testing.T) {
		want := map[string][]string{
			"person:kim-jong-un":    {"Kim", "Kim Jong Un"},
			"person:vladimir-putin": {"Putin", "Vladimir Putin"},
			"place:pyongyang":       {"Pyongyang"},
		}
		for _, m := range d.mentions {
			if got := m["aliases"]; !reflect.DeepEqual(got, want[m["id"].(string)]) {
				t.Errorf("aliases of %s = %v, want %v", m["id"], got, want[m["id"].(string)])
			}
		}
	})
	t.Run("every entity is mentioned, uncounted ones with count 0", func(t *testing.T) {
		counts := map[string]any{}
		for _, m := range d.mentions {
			counts[m["id"].(string)] = m["count"]
		}
		want := map[string]any{"person:kim-jong-un": int64(2), "person:vladimir-putin": int64(2), "place:pyongyang": int64(0)}
		if !reflect.DeepEqual(counts, want) {
			t.Errorf("mention counts = %v, want %v", counts, want)
		}
	})
	t.Run("empty values become nil so the property is not set", func(t *testing.T) {
		if d.doc["url"] != nil || d.claims[graph.Met][0]["props"].(map[string]any)["date"] != nil {
			t.Errorf("empty url or date stored as %v / %v", d.doc["url"], d.claims[graph.Met][0]["props"].(map[string]any)["date"])
		}
		if _, ok := d.doc["text"]; ok {
			t.Error("text stored without keepText")
		}
		if got := newDocRows(x, true).doc["text"]; got != x.Document.Text {
			t.Errorf("text with keepText = %v", got)
		}
	})
}

func TestBatchesNeverSplitADocument(t *testing.T) {
	var docs []docRows
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		docs = append(docs, newDocRows(sample(id), false))
	}
	per := docs[0].rowCount() // 1 document + 3 entities + 3 mentions + 2 claims
	if per != 9 {
		t.Fatalf("rowCount = %d, want 9", per)
	}
	tests := []struct {
		limit int
		sizes []int
	}{
		{limit: 1, sizes: []int{1, 1, 1, 1, 1}},
		{limit: 9, sizes: []int{1, 1, 1, 1, 1}},
		{limit: 18, sizes: []int{2, 2, 1}},
		{limit: 20, sizes: []int{2, 2, 1}},
		{limit: 1000, sizes: []int{5}},
	}
	for _, tt := range tests {
		s := &Store{cfg: Config{BatchRows: tt.limit}}
		var sizes []int
		for _, b := range s.batches(docs) {
			sizes = append(sizes, len(b.docs))
		}
		if !reflect.DeepEqual(sizes, tt.sizes) {
			t.Errorf("BatchRows=%d: batch sizes %v, want %v", tt.limit, sizes, tt.sizes)
		}
	}
}

func TestBatchRowsMergeEntitiesAcrossDocuments(t *testing.T) {
	a, b := sample("a"), sample("b")
	b.Entities[0].Aliases = []string{"Mr Putin"}
	bt := batch{docs: []docRows{newDocRows(a, false), newDocRows(b, false)}}
	docs, entities, mentions, claims, ids := bt.rows(map[string]bool{"a": true, "b": true})
	if len(docs) != 2 || len(mentions) != 6 || len(claims[graph.Met]) != 2 {
		t.Errorf("rows: %d docs, %d mentions, %d MET, want 2, 6, 2", len(docs), len(mentions), len(claims[graph.Met]))
	}
	if want := []string{"person:kim-jong-un", "person:vladimir-putin", "place:pyongyang"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("entity ids = %v, want %v", ids, want)
	}
	if got, want := entities[graph.Person][1]["aliases"], []string{"Mr Putin", "Putin", "Vladimir Putin"}; !reflect.DeepEqual(got, want) {
		t.Errorf("merged aliases = %v, want %v", got, want)
	}
	docs, _, _, _, _ = bt.rows(map[string]bool{"b": true})
	if len(docs) != 1 || docs[0]["id"] != "b" {
		t.Errorf("only changed documents are written, got %v", docs)
	}
}

func TestStatementsAreCompleteAndUseOnlyTheVocabulary(t *testing.T) {
	names, err := fs.Glob(cypherFiles, "cypher/*.cypher")
	if err != nil || len(names) == 0 {
		t.Fatalf("no statements embedded: %v", err)
	}
	var all []string
	all = append(all, schemaStatements()...)
	for _, k := range graph.Kinds {
		all = append(all, kindStatement("merge-entities", k), statementFor("count-label", "$$LABEL", string(k)))
	}
	for _, rt := range graph.RelTypes {
		all = append(all, typeStatement("merge-claims", rt), typeStatement("delete-claims", rt),
			typeStatement("fold-claims", rt), typeStatement("fold-claims-remove", rt))
	}
	for _, name := range []string{"refresh-counts", "backfill-counts"} {
		st := claimsStatement(name)
		all = append(all, st)
		for _, rt := range graph.RelTypes {
			if !strings.Contains(st, string(rt)) {
				t.Errorf("%s does not count %s claims", name, rt)
			}
		}
	}
	for _, s := range all {
		if strings.Contains(s, "$$") {
			t.Errorf("unexpanded placeholder in %q", s)
		}
	}
	if got, want := len(schemaStatements()), 7+len(graph.Kinds)+2*len(graph.RelTypes); got != want {
		t.Errorf("schema statements = %d, want %d", got, want)
	}
	defer func() {
		if recover() == nil {
			t.Error("typeStatement accepted a type outside the vocabulary")
		}
	}()
	typeStatement("merge-claims", graph.RelType("KNOWS]->() DETACH DELETE a //"))
}
