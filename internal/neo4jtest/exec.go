package neo4jtest

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Exec runs one statement with the driver itself, outside any store, in
// its own transaction on the test server, and returns its records. Tests
// use it to set up what the store would never write, or to run scripts
// meant for other clients.
func Exec(tb testing.TB, cypher string) []*neo4j.Record {
	tb.Helper()
	cfg := Config(tb)
	ctx := context.Background()
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		tb.Fatalf("neo4jtest: %v", err)
	}
	defer driver.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, driver, cypher, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		tb.Fatalf("neo4jtest: %.300s: %v", cypher, err)
	}
	return res.Records
}
