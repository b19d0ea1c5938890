package queries_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/relmap/relmap/graph"
	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/relmap/relmap/internal/neo4jtest"
	"github.com/relmap/relmap/queries"
)

// Size of the generated benchmark graph: benchDocs documents, each with
// benchClaims claims and benchMentions mentions, over benchEntities
// entities: 60,000 × 18 = 1,080,000 relationships.
const (
	benchDocs     = 60000
	benchClaims   = 8
	benchMentions = 10
	benchEntities = 50000
)

// benchMarker is the id of the generated graph's last document: when it is
// stored, the graph is reused.
var benchMarker = fmt.Sprintf("bench-%06d", benchDocs-1)

// benchGraph makes sure the generated graph is in the server and returns a
// store on it.
func benchGraph(b *testing.B) *neo4jstore.Store {
	b.Helper()
	cfg := neo4jtest.Config(b)
	ctx := context.Background()
	store, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = store.Close(ctx) })
	res, err := store.Query(ctx, "MATCH (d:Document {id: $id}) RETURN count(d) AS n", map[string]any{"id": benchMarker}, 0)
	if err != nil {
		b.Fatal(err)
	}
	if res.Rows[0][0].(int64) == 1 {
		// Reused: still bring the schema up to date.
		if err := store.ApplySchema(ctx); err != nil {
			b.Fatal(err)
		}
		return store
	}
	start := time.Now()
	if err := store.Reset(ctx); err != nil {
		b.Fatal(err)
	}
	if err := store.ApplySchema(ctx); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []graph.Kind{graph.Person, graph.Country, graph.Organization, graph.Place}
	entity := func(i int) graph.Entity {
		k := kinds[i%4]
		name := fmt.Sprintf("%s %05d", k, i)
		return graph.Entity{ID: fmt.Sprintf("%s:%05d", k, i), Kind: k, Name: name, Aliases: []string{name, fmt.Sprintf("%c%d", k[0], i)}}
	}
	// Popular entities are picked more often, as in news.
	pick := func() int { return int(float64(benchEntities) * rng.Float64() * rng.Float64()) }
	var batch []graph.Extraction
	for d := 0; d < benchDocs; d++ {
		text := "Generated sentence."
		x := graph.Extraction{
			Document: graph.Document{ID: fmt.Sprintf("bench-%06d", d), Title: fmt.Sprintf("Article %d", d), Outlet: "Bench", Published: "2024-01-01", Hash: fmt.Sprint(d), Text: text},
			Mentions: map[string]int{},
		}
		seen := map[string]bool{}
		add := func(e graph.Entity) {
			if !seen[e.ID] {
				seen[e.ID] = true
				x.Entities = append(x.Entities, e)
				x.Mentions[e.ID] = 1 + rng.IntN(3)
			}
		}
		for len(x.Relations) < benchClaims {
			from, to := entity(pick()), entity(pick())
			var t graph.RelType
			for _, c := range graph.RelTypes {
				if c.Allows(from.Kind, to.Kind) {
					t = c
					break
				}
			}
			if t == "" || from.ID == to.ID {
				continue
			}
			dup := slices.ContainsFunc(x.Relations, func(r graph.Relation) bool { return r.Type == t && r.From == from.ID && r.To == to.ID })
			if dup || (t.Symmetric() && slices.ContainsFunc(x.Relations, func(r graph.Relation) bool { return r.Type == t && r.From == to.ID && r.To == from.ID })) {
				continue
			}
			add(from)
			add(to)
			x.Relations = append(x.Relations, graph.Relation{Type: t, From: from.ID, To: to.ID, Modality: graph.Asserted,
				Date:     fmt.Sprintf("2024-%02d-%02d", 1+rng.IntN(12), 1+rng.IntN(28)),
				Evidence: graph.Evidence{DocumentID: x.Document.ID, Sentence: text, Start: 0, End: len(text), Rule: "bench"}})
		}
		for len(x.Mentions) < benchMentions {
			add(entity(pick()))
		}
		batch = append(batch, x)
		if len(batch) == 2000 || d == benchDocs-1 {
			if _, err := store.Load(ctx, batch, graph.LoadOptions{}); err != nil {
				b.Fatalf("generate graph: %v", err)
			}
			batch = batch[:0]
		}
	}
	b.Logf("generated %d documents, about %d relationships, in %s", benchDocs, benchDocs*(benchClaims+benchMentions), time.Since(start).Round(time.Second))
	return store
}

// BenchmarkCannedQueries reports each canned query's median latency on a
// graph of over a million relationships as a ratio to a bare RETURN 1 round
// trip measured in the same run (metric x-return1).
func BenchmarkCannedQueries(b *testing.B) {
	store := benchGraph(b)
	ctx := context.Background()
	median := func(b *testing.B, cypher string, params map[string]any) time.Duration {
		b.Helper()
		var ds []time.Duration
		for b.Loop() {
			t := time.Now()
			if _, err := store.Query(ctx, cypher, params, time.Minute); err != nil {
				b.Fatal(err)
			}
			ds = append(ds, time.Since(t))
		}
		slices.Sort(ds)
		return ds[len(ds)/2]
	}
	var base time.Duration
	b.Run("return1", func(b *testing.B) {
		base = median(b, "RETURN 1 AS one", nil)
		b.ReportMetric(float64(base.Microseconds()), "µs-median")
	})
	set, err := queries.Default()
	if err != nil {
		b.Fatal(err)
	}
	hub := "person 00004" // a popular entity, by its name in another case
	typical := "P40000"   // an entity with a few claims, by an alias
	cases := []struct {
		name  string
		query string
		raw   map[string]string
	}{
		{"visits-typical", "visits", map[string]string{"entity": typical}},
		{"meetings-typical", "meetings", map[string]string{"entity": typical}},
		{"entity-typical", "entity", map[string]string{"name": typical}},
		{"evidence-typical", "evidence", map[string]string{"from": typical, "to": "Country 22081"}},
		{"visits", "visits", map[string]string{"entity": hub}},
		{"visits-all", "visits", nil},
		{"meetings", "meetings", map[string]string{"entity": hub}},
		{"meetings-all", "meetings", nil},
		{"quotes", "quotes", map[string]string{"entity": "Organization 00003"}},
		{"quotes-all", "quotes", nil},
		{"supplies", "supplies", map[string]string{"entity": "c1"}},
		{"supplies-all", "supplies", nil},
		{"entity", "entity", map[string]string{"name": "P40000"}},
		{"evidence", "evidence", map[string]string{"from": "Person 00004", "to": "Country 00001"}},
		{"path", "path", map[string]string{"from": "P40000", "to": "P44444"}},
		{"timeline", "timeline", map[string]string{"entity": "Place 00007"}},
		{"timeline-all", "timeline", nil},
		{"connected", "connected", nil},
		{"documents", "documents", nil},
		{"cooccurrence", "cooccurrence", map[string]string{"entity": "P40000"}},
		{"cooccurrence-all", "cooccurrence", nil},
	}
	for _, tc := range cases {
		q, err := set.Get(tc.query)
		if err != nil {
			b.Fatal(err)
		}
		params, err := q.Bind(tc.raw)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(tc.name, func(b *testing.B) {
			m := median(b, q.Cypher, params)
			b.ReportMetric(float64(m.Microseconds()), "µs-median")
			if base > 0 {
				b.ReportMetric(float64(m)/float64(base), "x-return1")
			}
		})
	}
}
