package queries_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
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
// graph of over a million relationships, run as relmap runs it (packed), as
// a ratio to a bare RETURN 1 round trip (metric x-return1). Each iteration
// times the query and then RETURN 1 on the same connection pool, so that
// both medians come from the same stretch of a noisy machine.
func BenchmarkCannedQueries(b *testing.B) {
	store := benchGraph(b)
	ctx := context.Background()
	// first returns the first value of the first row of a setup query.
	first := func(cypher string, params map[string]any) string {
		b.Helper()
		res, err := store.Query(ctx, cypher, params, time.Minute)
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Rows) == 0 {
			b.Fatalf("setup query found nothing: %s", cypher)
		}
		return res.Rows[0][0].(string)
	}
	// A popular entity: the person with the most claims, asked for by its
	// name in lower case; and the entity it has the most claims with.
	hubName := first(`MATCH (e:Person) WHERE e.claims IS NOT NULL RETURN e.name ORDER BY e.claims DESC LIMIT 1`, nil)
	hub := strings.ToLower(hubName)
	partner := first(`MATCH (:Entity {name: $name})-[r:VISITED|MET|QUOTED|SUPPLIES|LEADS|AFFILIATED_WITH|ACCOMPANIED]-(o:Entity)
		RETURN o.name, count(r) AS n ORDER BY n DESC, o.name LIMIT 1`, map[string]any{"name": hubName})
	// The sources that quote the most and the countries that supply the most.
	quoter := first(`MATCH (e:Organization) WHERE e.claims IS NOT NULL WITH e ORDER BY e.claims DESC LIMIT 50
		RETURN e.name, COUNT { (e)-[:QUOTED]-() } AS n ORDER BY n DESC LIMIT 1`, nil)
	supplier := first(`MATCH (e:Country) WHERE e.claims IS NOT NULL WITH e ORDER BY e.claims DESC LIMIT 50
		RETURN e.aliases[0], COUNT { (e)-[:SUPPLIES]-() } AS n ORDER BY n DESC LIMIT 1`, nil)
	place := first(`MATCH (e:Place) WHERE e.claims IS NOT NULL RETURN e.name ORDER BY e.claims DESC LIMIT 1`, nil)
	typical := "P40000" // a person with a few claims, by an alias
	b.Logf("popular: %q (with %q), quoter %q, supplier %q, place %q", hub, partner, quoter, supplier, place)

	set, err := queries.Default()
	if err != nil {
		b.Fatal(err)
	}
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
		{"quotes", "quotes", map[string]string{"entity": quoter}},
		{"quotes-all", "quotes", nil},
		{"supplies", "supplies", map[string]string{"entity": supplier}},
		{"supplies-all", "supplies", nil},
		{"entity", "entity", map[string]string{"name": hub}},
		{"entity-200", "entity", map[string]string{"name": hub, "limit": "200"}},
		{"evidence", "evidence", map[string]string{"from": hub, "to": partner}},
		{"path", "path", map[string]string{"from": "P40000", "to": "P44444"}},
		{"timeline", "timeline", map[string]string{"entity": place}},
		{"timeline-all", "timeline", nil},
		{"connected", "connected", nil},
		{"documents", "documents", nil},
		{"cooccurrence", "cooccurrence", map[string]string{"entity": typical}},
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
		stmt := q.Packed()
		b.Run(tc.name, func(b *testing.B) {
			run := func(cypher string, params map[string]any) (time.Duration, neo4jstore.Result) {
				t := time.Now()
				res, err := store.Query(ctx, cypher, params, time.Minute)
				if err != nil {
					b.Fatal(err)
				}
				return time.Since(t), res
			}
			_, res := run(stmt, params)
			rows, err := q.Unpack(res.Columns, res.Rows)
			if err != nil {
				b.Fatal(err)
			}
			if len(rows) == 0 {
				b.Fatalf("%s %v returns no rows: it would measure nothing", tc.query, tc.raw)
			}
			for range 10 {
				run(stmt, params)
				run("RETURN 1 AS one", nil)
			}
			var qs, bs []time.Duration
			for b.Loop() {
				d, _ := run(stmt, params)
				qs = append(qs, d)
				d, _ = run("RETURN 1 AS one", nil)
				bs = append(bs, d)
			}
			slices.Sort(qs)
			slices.Sort(bs)
			m, base := qs[len(qs)/2], bs[len(bs)/2]
			b.ReportMetric(float64(m.Microseconds()), "µs-median")
			b.ReportMetric(float64(base.Microseconds()), "µs-return1")
			b.ReportMetric(float64(m)/float64(base), "x-return1")
			b.ReportMetric(float64(len(rows)), "rows")
		})
	}
}
