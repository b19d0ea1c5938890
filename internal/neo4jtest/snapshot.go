package neo4jtest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/relmap/relmap/graph/neo4jstore"
)

// Snapshot returns the whole graph behind store as sorted lines, one per
// node and one per relationship, with every label and property, so that
// two graphs hold the same data exactly when their snapshots are equal.
// Relationships name their ends by the nodes' id property.
func Snapshot(tb testing.TB, store *neo4jstore.Store) []string {
	tb.Helper()
	ctx := context.Background()
	var lines []string
	nodes, err := store.Query(ctx, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", nil, 2*time.Minute)
	if err != nil {
		tb.Fatalf("neo4jtest: snapshot nodes: %v", err)
	}
	for _, row := range nodes.Rows {
		var labels []string
		for _, l := range row[0].([]any) {
			labels = append(labels, fmt.Sprint(l))
		}
		slices.Sort(labels)
		lines = append(lines, "node :"+strings.Join(labels, ":")+" "+mustJSON(tb, row[1]))
	}
	rels, err := store.Query(ctx, "MATCH (a)-[r]->(b) RETURN type(r), a.id, b.id, properties(r)", nil, 2*time.Minute)
	if err != nil {
		tb.Fatalf("neo4jtest: snapshot relationships: %v", err)
	}
	for _, row := range rels.Rows {
		lines = append(lines, fmt.Sprintf("rel (%v)-[:%v]->(%v) %s", row[1], row[0], row[2], mustJSON(tb, row[3])))
	}
	slices.Sort(lines)
	return lines
}

// SameGraph fails tb when two snapshots differ, showing the first lines
// that only one of them has.
func SameGraph(tb testing.TB, got, want []string) {
	tb.Helper()
	if slices.Equal(got, want) {
		return
	}
	tb.Fatalf("graph differs: %d lines, want %d\nunexpected:\n  %s\nmissing:\n  %s",
		len(got), len(want), head(minus(got, want)), head(minus(want, got)))
}

// minus returns the lines of a that are not in b; both are sorted.
func minus(a, b []string) []string {
	var out []string
	for _, l := range a {
		if _, found := slices.BinarySearch(b, l); !found {
			out = append(out, l)
		}
	}
	return out
}

func head(ls []string) string {
	n := len(ls)
	if n > 5 {
		ls = append(ls[:5:5], fmt.Sprintf("... and %d more", n-5))
	}
	return strings.Join(ls, "\n  ")
}

func mustJSON(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatalf("neo4jtest: %v", err)
	}
	return string(b)
}
