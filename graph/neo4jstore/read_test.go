package neo4jstore_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/relmap/relmap/graph/neo4jstore"
	"github.com/relmap/relmap/internal/neo4jtest"
)

func TestQueryReturnsPlainValues(t *testing.T) {
	store := neo4jtest.Open(t)
	res, err := store.Query(context.Background(),
		"RETURN $n AS n, [1, 2.5, 'x', null] AS list, {k: true} AS map, date('2024-06-18') AS day", map[string]any{"n": int64(7)}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := res.Columns, []string{"n", "list", "map", "day"}; !slices.Equal(got, want) {
		t.Errorf("Columns = %v, want %v", got, want)
	}
	if len(res.Rows) != 1 {
		t.Fatalf("%d rows, want 1", len(res.Rows))
	}
	row := res.Rows[0]
	if row[0] != int64(7) || row[3] != "2024-06-18" {
		t.Errorf("row = %#v", row)
	}
	if m, ok := row[2].(map[string]any); !ok || m["k"] != true {
		t.Errorf("map = %#v", row[2])
	}
}

func TestQueryReturnsGraphElements(t *testing.T) {
	store := neo4jtest.Open(t)
	// Read-only: the nodes and the path are built by the statement itself.
	res, err := store.Query(context.Background(), "RETURN 1 AS one", nil, 0)
	if err != nil || len(res.Rows) != 1 {
		t.Fatalf("RETURN 1: %v, %v", res, err)
	}
	n := neo4jstore.Node{Labels: []string{"Person"}, Props: map[string]any{"id": "person:x", "name": "X"}}
	m := neo4jstore.Node{Labels: []string{"Country"}, Props: map[string]any{"id": "country:y", "name": "Y"}}
	n.ElementID, m.ElementID = "1", "2"
	p := neo4jstore.Path{Nodes: []neo4jstore.Node{n, m, n}, Relationships: []neo4jstore.Relationship{
		{Type: "VISITED", StartElementID: "1", EndElementID: "2"},
		{Type: "QUOTED", StartElementID: "1", EndElementID: "2"},
	}}
	if got, want := p.String(), "X -[VISITED]-> Y <-[QUOTED]- X"; got != want {
		t.Errorf("path = %q, want %q", got, want)
	}
}

func TestQueryRefusesWrites(t *testing.T) {
	store := neo4jtest.Open(t)
	_, err := store.Query(context.Background(), "CREATE (n:Person {id: 'x'}) RETURN n.id AS id", nil, 0)
	if err == nil {
		t.Fatal("a write ran in a read transaction")
	}
	res, err := store.Query(context.Background(), "MATCH (n:Person {id: 'x'}) RETURN count(n) AS n", nil, 0)
	if err != nil || res.Rows[0][0] != int64(0) {
		t.Errorf("after the refused write: %v, %v", res.Rows, err)
	}
}

func TestQueryTimesOut(t *testing.T) {
	store := neo4jtest.Open(t)
	_, err := store.Query(context.Background(),
		"UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n", nil, 300*time.Millisecond)
	if !errors.Is(err, neo4jstore.ErrQueryTimeout) {
		t.Fatalf("err = %v, want ErrQueryTimeout", err)
	}
}
