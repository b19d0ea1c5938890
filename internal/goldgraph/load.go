package goldgraph

import (
	"context"
	"testing"
	"time"

	"github.com/relmap/relmap/graph"
)

// Load writes the gold graphs of articles into store through the store's
// own ApplySchema and Load, failing tb on any error.
func Load(tb testing.TB, store graph.Store, articles ...string) {
	tb.Helper()
	var xs []graph.Extraction
	for _, a := range articles {
		x, skipped, err := Extraction(a)
		if err != nil {
			tb.Fatal(err)
		}
		for _, s := range skipped {
			tb.Logf("left out: %s", s)
		}
		xs = append(xs, x)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := store.ApplySchema(ctx); err != nil {
		tb.Fatalf("apply schema: %v", err)
	}
	if _, err := store.Load(ctx, xs, graph.LoadOptions{}); err != nil {
		tb.Fatalf("load gold graph: %v", err)
	}
}
