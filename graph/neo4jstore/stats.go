package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/relmap/relmap/graph"
)

// Stats counts the nodes by label (Document, Entity and each entity kind)
// and the relationships by type (MENTIONS and each relation type), and
// every node and relationship in total. Counts come from Neo4j's count
// store, so they cost the same on any graph size.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	st := graph.Stats{Nodes: map[string]int64{}, Relationships: map[string]int64{}}
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		count := func(cypher string) (int64, error) {
			out, err := run(ctx, tx, cypher, nil)
			if err != nil {
				return 0, err
			}
			n, _ := out.records[0].Values[0].(int64)
			return n, nil
		}
		labels := []string{"Document", "Entity"}
		for _, k := range graph.Kinds {
			labels = append(labels, string(k))
		}
		for _, l := range labels {
			n, err := count(statementFor("count-label", "$$LABEL", l))
			if err != nil {
				return nil, err
			}
			st.Nodes[l] = n
		}
		types := []string{"MENTIONS"}
		for _, t := range graph.RelTypes {
			types = append(types, string(t))
		}
		for _, t := range types {
			n, err := count(statementFor("count-type", "$$TYPE", t))
			if err != nil {
				return nil, err
			}
			st.Relationships[t] = n
		}
		out, err := run(ctx, tx, statement("count-all"), nil)
		if err != nil {
			return nil, err
		}
		st.TotalNodes, _ = out.records[0].Values[0].(int64)
		st.TotalRelationships, _ = out.records[0].Values[1].(int64)
		return nil, nil
	})
	if err != nil {
		return st, fmt.Errorf("count graph: %w", s.wrap(err))
	}
	return st, nil
}
