package cli

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/relmap/relmap/graph"
	"github.com/relmap/relmap/internal/neo4jtest"
)

// runScript runs a cypher-shell script statement by statement, as
// cypher-shell -f would, against the test server.
func runScript(t *testing.T, script string) {
	t.Helper()
	for _, stmt := range strings.Split(script, ";\n") {
		var lines []string
		for _, l := range strings.Split(stmt, "\n") {
			if !strings.HasPrefix(strings.TrimSpace(l), "//") {
				lines = append(lines, l)
			}
		}
		stmt = strings.TrimSpace(strings.Join(lines, "\n"))
		if stmt == "" {
			continue
		}
		neo4jtest.Exec(t, stmt)
	}
}

// TestExtractCypherRunsOnNeo4j runs the script of extract --format cypher
// on a real server: it must build the extracted graph, and running it again
// must change nothing.
func TestExtractCypherRunsOnNeo4j(t *testing.T) {
	store := neo4jtest.Open(t)
	code, script, errOut := runRelmap(t, "extract", "--format", "cypher", seedArticle)
	if code != ExitOK {
		t.Fatalf("extract --format cypher: exit %d, %s", code, errOut)
	}
	code, js, errOut := runRelmap(t, "extract", "--format", "json", seedArticle)
	if code != ExitOK {
		t.Fatalf("extract --format json: exit %d, %s", code, errOut)
	}
	runScript(t, script)
	first := neo4jtest.Snapshot(t, store)

	count := func(cypher string) int64 {
		t.Helper()
		res, err := store.Query(context.Background(), cypher, nil, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		return res.Rows[0][0].(int64)
	}
	if got, want := count("MATCH (d:Document) RETURN count(d)"), int64(1); got != want {
		t.Errorf("documents = %d, want %d", got, want)
	}
	var xs []graph.Extraction
	if err := json.Unmarshal([]byte(js), &xs); err != nil || len(xs) != 1 {
		t.Fatalf("extract --format json: %v, %d documents", err, len(xs))
	}
	entities := int64(len(xs[0].Entities))
	if got := count("MATCH (e:Entity) RETURN count(e)"); got != entities {
		t.Errorf("entities = %d, want the %d that extract found", got, entities)
	}
	relations := int64(len(xs[0].Relations))
	if got := count("MATCH ()-[r]->() WHERE r.doc IS NOT NULL RETURN count(r)"); got != relations {
		t.Errorf("claims = %d, want the %d relations that extract found", got, relations)
	}
	if got := count("MATCH (:Person {id: 'person:vladimir-putin'})-[r:VISITED]->(:Country {id: 'country:north-korea'}) RETURN count(r)"); got != 1 {
		t.Errorf("Putin VISITED North Korea claims = %d, want 1", got)
	}

	if got, want := count("MATCH (e:Entity {id: 'person:vladimir-putin'}) RETURN e.claims"), count("MATCH (:Entity {id: 'person:vladimir-putin'})-[r]-(:Entity) RETURN count(r)"); got != want || got == 0 {
		t.Errorf("Putin's claims count = %d, want %d (his claim relationships)", got, want)
	}

	runScript(t, script)
	neo4jtest.SameGraph(t, neo4jtest.Snapshot(t, store), first)
}
