package neo4jtest_test

import (
	"testing"

	"github.com/relmap/relmap/internal/neo4jtest"
)

func TestMain(m *testing.M) { neo4jtest.Main(m) }

func TestOpenEmptiesTheGraphAndKeepsTheSchema(t *testing.T) {
	neo4jtest.Open(t)
	neo4jtest.Exec(t, "CREATE INDEX neo4jtest_probe IF NOT EXISTS FOR (n:Neo4jtestProbe) ON (n.x)")
	t.Cleanup(func() { neo4jtest.Exec(t, "DROP INDEX neo4jtest_probe IF EXISTS") })
	neo4jtest.Exec(t, "UNWIND range(1, 25000) AS i CREATE (:Neo4jtestProbe {x: i})-[:NEXT]->(:Neo4jtestProbe {x: -i})")

	neo4jtest.Open(t)

	if got := neo4jtest.Exec(t, "MATCH (n) RETURN count(n) AS n")[0].Values[0].(int64); got != 0 {
		t.Errorf("nodes after Open = %d, want 0", got)
	}
	if got := neo4jtest.Exec(t, "SHOW INDEXES YIELD name WHERE name = 'neo4jtest_probe' RETURN name"); len(got) != 1 {
		t.Errorf("index neo4jtest_probe after Open: found %d, want 1", len(got))
	}
}
