package queries_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/relmap/relmap/graph"
	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/relmap/relmap/internal/neo4jtest"
	"github.com/relmap/relmap/internal/output"
	"github.com/relmap/relmap/loader"
)

// loadExtracted runs the real extractor over articles and writes the result
// with the store's Load, as relmap load does.
func loadExtracted(tb testing.TB, store *neo4jstore.Store, articles ...string) {
	tb.Helper()
	var xs []graph.Extraction
	for _, a := range articles {
		data, err := os.ReadFile(a)
		if err != nil {
			tb.Fatal(err)
		}
		x, err := loader.Extract(filepath.Base(a), a, data)
		if err != nil {
			tb.Fatal(err)
		}
		xs = append(xs, x)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := store.ApplySchema(ctx); err != nil {
		tb.Fatal(err)
	}
	if _, err := store.Load(ctx, xs, graph.LoadOptions{}); err != nil {
		tb.Fatal(err)
	}
}

// hasRow reports whether some row has want[i] in column cols[i], comparing
// values as the table shows them.
func hasRow(q interface{ Col(string) int }, rows [][]any, want map[string]string) bool {
	return slices.ContainsFunc(rows, func(r []any) bool {
		for col, v := range want {
			if output.Text(r[q.Col(col)]) != v {
				return false
			}
		}
		return true
	})
}

// TestCannedQueriesOnExtractedSeed answers the seed article's questions
// from the graph that the extractor and the store build, end to end.
func TestCannedQueriesOnExtractedSeed(t *testing.T) {
	store := neo4jtest.Open(t)
	loadExtracted(t, store, seedArticle)
	tests := []struct {
		query string
		param map[string]string
		want  map[string]string
	}{
		{"visits", map[string]string{"entity": "putin"}, map[string]string{"person": "Vladimir Putin", "place": "North Korea", "modality": "planned"}},
		{"meetings", map[string]string{"entity": "Kim Jong-un"}, map[string]string{"person": "Kim Jong Un", "other": "Vladimir Putin"}},
		{"quotes", map[string]string{"entity": "Lankov"}, map[string]string{"speaker": "Andrei Lankov"}},
		{"supplies", map[string]string{"entity": "north korea"}, map[string]string{"supplier": "North Korea", "recipient": "Russia", "modality": "alleged"}},
		{"evidence", map[string]string{"from": "Putin", "to": "Kim Jong Un"}, map[string]string{"relation": "MET", "document": "aljazeera-putin-north-korea.txt"}},
		{"entity", map[string]string{"name": "KIM JONG UN"}, map[string]string{"entity": "Kim Jong Un", "relation": "LEADS", "other": "North Korea"}},
		{"documents", nil, map[string]string{"document": "aljazeera-putin-north-korea.txt"}},
	}
	for _, tt := range tests {
		q, rows := run(t, store, tt.query, tt.param)
		if !hasRow(cols(q.Columns), rows, tt.want) {
			t.Errorf("%s %v: no row with %v among %d rows", tt.query, tt.param, tt.want, len(rows))
		}
	}
	_, rows := run(t, store, "path", map[string]string{"from": "Andrei Lankov", "to": "Kim Jong Un"})
	if len(rows) == 0 {
		t.Error("path Lankov -> Kim Jong Un: none found")
	}
}

// cols finds columns by name.
type cols []string

// Col returns the index of column name.
func (c cols) Col(name string) int { return slices.Index(c, name) }

// TestCannedQueriesOnExtractedCorpus loads the seed and the dev articles
// through the extractor: the same people, met in several articles, are one
// node each, and their edges carry every article's evidence.
func TestCannedQueriesOnExtractedCorpus(t *testing.T) {
	articles := append([]string{seedArticle}, devArticles(t)...)
	store := neo4jtest.Open(t)
	loadExtracted(t, store, articles...)
	q, rows := run(t, store, "documents", nil)
	if len(rows) != len(articles) {
		t.Errorf("documents: %d rows, want %d", len(rows), len(articles))
	}
	q, rows = run(t, store, "evidence", map[string]string{"from": "Putin", "to": "Kim Jong Un"})
	docs := map[string]bool{}
	for _, r := range rows {
		docs[output.Text(r[cols(q.Columns).Col("document")])] = true
	}
	if len(docs) < 2 {
		t.Errorf("evidence Putin-Kim from %d documents, want several", len(docs))
	}
	_, rows = run(t, store, "entity", map[string]string{"name": "Putin"})
	names := map[string]bool{}
	for _, r := range rows {
		names[output.Text(r[0])] = true
	}
	if len(names) != 1 {
		t.Errorf("entity Putin resolves to %v, want one entity", names)
	}
}
