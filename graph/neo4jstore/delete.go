package neo4jstore

import (
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/relmap/relmap/graph"
)

// deleteChunk is how many documents one delete transaction removes.
const deleteChunk = 500

// Delete removes the documents with the given ids, the claims they
// asserted and their mentions, then the entities that nothing supports any
// more; aliases that only these documents used disappear from the
// remaining entities. Ids that name no stored document are listed in the
// result's Missing. Each transaction is all or nothing.
func (s *Store) Delete(ctx context.Context, ids []string) (graph.DeleteResult, error) {
	res := graph.DeleteResult{Deleted: []string{}, Missing: []string{}}
	ids = sortedUnique(slices.Clone(ids))
	for start := 0; start < len(ids); start += deleteChunk {
		chunk := ids[start:min(start+deleteChunk, len(ids))]
		sess := s.session(ctx, neo4j.AccessModeWrite)
		out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			return deleteTx(ctx, tx, chunk)
		})
		sess.Close(ctx)
		if err != nil {
			return res, fmt.Errorf("delete %s: %w", summarizeIDs(chunk), s.wrap(err))
		}
		r := out.(graph.DeleteResult)
		res.Deleted = append(res.Deleted, r.Deleted...)
		res.Missing = append(res.Missing, r.Missing...)
		res.EntitiesRemoved += r.EntitiesRemoved
		res.RelationshipsRemoved += r.RelationshipsRemoved
	}
	return res, nil
}

// deleteTx is the body of one delete transaction; it may run more than once.
func deleteTx(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (graph.DeleteResult, error) {
	res := graph.DeleteResult{}
	found, err := run(ctx, tx, statement("lock-existing-documents"), map[string]any{"ids": ids})
	if err != nil {
		return res, err
	}
	have := map[string]bool{}
	for _, r := range found.records {
		id, _ := r.Values[0].(string)
		have[id] = true
	}
	for _, id := range ids {
		if have[id] {
			res.Deleted = append(res.Deleted, id)
		} else {
			res.Missing = append(res.Missing, id)
		}
	}
	if len(res.Deleted) == 0 {
		return res, nil
	}
	params := map[string]any{"ids": res.Deleted}
	for _, t := range graph.RelTypes {
		sum, err := run(ctx, tx, typeStatement("delete-claims", t), params)
		if err != nil {
			return res, err
		}
		res.RelationshipsRemoved += sum.counters.RelationshipsDeleted()
	}
	sum, err := run(ctx, tx, statement("delete-mentions"), params)
	if err != nil {
		return res, err
	}
	res.RelationshipsRemoved += sum.counters.RelationshipsDeleted()
	var entities []string
	for _, r := range sum.records {
		if id, ok := r.Values[0].(string); ok {
			entities = append(entities, id)
		}
	}
	if _, err := run(ctx, tx, statement("delete-documents"), params); err != nil {
		return res, err
	}
	entities = sortedUnique(entities)
	if res.EntitiesRemoved, err = refreshEntities(ctx, tx, entities); err != nil {
		return res, err
	}
	return res, refreshCounts(ctx, tx, entities)
}
