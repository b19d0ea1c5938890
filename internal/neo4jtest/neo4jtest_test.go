package neo4jtest_test

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/relmap/relmap/internal/neo4jtest"
)

func TestMain(m *testing.M) { neo4jtest.Main(m) }

// exec runs one statement directly with the driver and returns its records.
func exec(t *testing.T, cypher string) []*neo4j.Record {
	t.Helper()
	cfg := neo4jtest.Config(t)
	ctx := context.Background()
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, driver, cypher, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	return res.Records
}

func TestOpenEmptiesTheGraphAndKeepsTheSchema(t *testing.T) {
	neo4jtest.Open(t)
	exec(t, "CREATE INDEX neo4jtest_probe IF NOT EXISTS FOR (n:Neo4jtestProbe) ON (n.x)")
	t.Cleanup(func() { exec(t, "DROP INDEX neo4jtest_probe IF EXISTS") })
	exec(t, "UNWIND range(1, 25000) AS i CREATE (:Neo4jtestProbe {x: i})-[:NEXT]->(:Neo4jtestProbe {x: -i})")

	neo4jtest.Open(t)

	if got := exec(t, "MATCH (n) RETURN count(n) AS n")[0].Values[0].(int64); got != 0 {
		t.Errorf("nodes after Open = %d, want 0", got)
	}
	if got := exec(t, "SHOW INDEXES YIELD name WHERE name = 'neo4jtest_probe' RETURN name"); len(got) != 1 {
		t.Errorf("index neo4jtest_probe after Open: found %d, want 1", len(got))
	}
}
