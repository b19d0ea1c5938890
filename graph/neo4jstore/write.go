package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/relmap/relmap/graph"
)

// DefaultBatchRows is how many rows (documents, entities, mentions and
// claims together) one write transaction carries when Config.BatchRows is
// zero. A document is never split across transactions.
const DefaultBatchRows = 10000

var _ graph.Store = (*Store)(nil)

// DocumentError is a document that could not be written, and why.
type DocumentError struct {
	ID  string
	Err error
}

func (e DocumentError) Error() string { return fmt.Sprintf("document %s: %v", e.ID, e.Err) }
func (e DocumentError) Unwrap() error { return e.Err }

// LoadError lists the documents that Load could not write. Load returns
// one when it wrote the others.
type LoadError struct{ Failed []DocumentError }

func (e *LoadError) Error() string {
	if len(e.Failed) == 1 {
		return e.Failed[0].Error()
	}
	return fmt.Sprintf("%d documents failed, first: %v", len(e.Failed), e.Failed[0])
}

// Unwrap returns the errors of the failed documents.
func (e *LoadError) Unwrap() []error {
	out := make([]error, len(e.Failed))
	for i, f := range e.Failed {
		out[i] = f
	}
	return out
}

// Load writes the extractions, several documents per write transaction and
// each document wholly inside one, so that a load cut short leaves every
// document either as it was or fully replaced.
//
// For each document it locks the Document node, compares the stored hash
// and, when it differs (or opts.Force is set), deletes the claims and
// mentions of the earlier version and writes the new ones, then refreshes
// the aliases of every entity involved, removes the entities that no
// longer have any support and updates the claims and mentions counts of
// the others. An unchanged document is left alone.
//
// Invalid extractions and documents whose batch fails for a reason other
// than the server going away are reported in a *LoadError while the rest
// are written. When the server becomes unreachable Load stops and returns
// an error wrapping ErrUnavailable; what it committed so far stays.
// If xs holds one document id more than once, the last one is written and
// the earlier ones are reported as failed.
func (s *Store) Load(ctx context.Context, xs []graph.Extraction, opts graph.LoadOptions) (graph.LoadResult, error) {
	var res graph.LoadResult
	var failed []DocumentError
	last := map[string]int{}
	for i, x := range xs {
		last[x.Document.ID] = i
	}
	var docs []docRows
	for i, x := range xs {
		id := x.Document.ID
		switch {
		case id == "":
			failed = append(failed, DocumentError{ID: "(no id)", Err: errors.New("empty document id")})
			continue
		case last[id] != i:
			failed = append(failed, DocumentError{ID: id, Err: errors.New("the same document id comes again later in this load, which wins")})
			continue
		case x.Document.Hash == "":
			failed = append(failed, DocumentError{ID: id, Err: errors.New("no content hash")})
			continue
		}
		if err := x.Validate(); err != nil {
			failed = append(failed, DocumentError{ID: id, Err: err})
			continue
		}
		docs = append(docs, newDocRows(x, opts.KeepText))
	}
	if opts.Progress != nil && len(failed) > 0 {
		opts.Progress(len(failed))
	}
	if len(docs) > 0 {
		if err := s.ensureSchema(ctx); err != nil {
			return res, err
		}
	}
	for _, b := range s.batches(docs) {
		out, err := s.writeBatch(ctx, b, opts.Force)
		if err != nil && !stopLoad(ctx, err) && len(b.docs) > 1 {
			// Find the documents at fault by writing them one at a time.
			for _, d := range b.docs {
				one, err := s.writeBatch(ctx, batch{docs: []docRows{d}}, opts.Force)
				if err != nil {
					if stopLoad(ctx, err) {
						return res, err
					}
					failed = append(failed, DocumentError{ID: d.id, Err: err})
					continue
				}
				res.Add(one)
			}
		} else if err != nil {
			if stopLoad(ctx, err) {
				return res, err
			}
			failed = append(failed, DocumentError{ID: b.docs[0].id, Err: err})
		} else {
			res.Add(out)
		}
		if opts.Progress != nil {
			opts.Progress(len(b.docs))
		}
	}
	if len(failed) > 0 {
		return res, &LoadError{Failed: failed}
	}
	return res, nil
}

// stopLoad reports whether err ends the whole load rather than one batch:
// the server is gone, refuses the credentials, or the caller gave up.
func stopLoad(ctx context.Context, err error) bool {
	return ctx.Err() != nil || errors.Is(err, ErrUnavailable) || errors.Is(err, ErrAuth)
}

// batches groups documents into write transactions of about
// Config.BatchRows rows, in order, never splitting a document.
func (s *Store) batches(docs []docRows) []batch {
	limit := s.cfg.BatchRows
	if limit <= 0 {
		limit = DefaultBatchRows
	}
	var out []batch
	var cur batch
	n := 0
	for _, d := range docs {
		r := d.rowCount()
		if len(cur.docs) > 0 && n+r > limit {
			out = append(out, cur)
			cur, n = batch{}, 0
		}
		cur.docs = append(cur.docs, d)
		n += r
	}
	if len(cur.docs) > 0 {
		out = append(out, cur)
	}
	return out
}

// writeBatch writes one batch in one write transaction, which the driver
// retries on transient errors such as deadlocks between concurrent loaders.
func (s *Store) writeBatch(ctx context.Context, b batch, force bool) (graph.LoadResult, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return writeTx(ctx, tx, b, force)
	})
	if err != nil {
		ids := make([]string, len(b.docs))
		for i, d := range b.docs {
			ids[i] = d.id
		}
		return graph.LoadResult{}, fmt.Errorf("write %s: %w", summarizeIDs(ids), s.wrap(err))
	}
	return out.(graph.LoadResult), nil
}

// summarizeIDs names a few document ids for an error message.
func summarizeIDs(ids []string) string {
	if len(ids) <= 3 {
		return "document " + strings.Join(ids, ", ")
	}
	return fmt.Sprintf("documents %s and %d more", strings.Join(ids[:3], ", "), len(ids)-3)
}

// writeTx is the body of one batch's write transaction. It may run more
// than once when the driver retries, so it only returns what it counted.
func writeTx(ctx context.Context, tx neo4j.ManagedTransaction, b batch, force bool) (graph.LoadResult, error) {
	var res graph.LoadResult
	ids := make([]string, len(b.docs))
	hashes := make(map[string]string, len(b.docs))
	for i, d := range b.docs {
		ids[i] = d.id
		hashes[d.id] = d.hash
	}
	slices.Sort(ids)

	// Lock the documents and decide which ones change.
	recs, err := run(ctx, tx, statement("lock-documents"), map[string]any{"ids": ids})
	if err != nil {
		return res, err
	}
	changed := map[string]bool{}
	var replaced []string
	for _, r := range recs.records {
		id, _ := r.Values[0].(string)
		old, _ := r.Values[1].(string)
		switch {
		case old == "":
			changed[id] = true
			res.Created++
		case old != hashes[id] || force:
			changed[id] = true
			replaced = append(replaced, id)
			res.Replaced++
		default:
			res.Unchanged++
		}
	}
	if len(changed) == 0 {
		return res, nil
	}

	// Remove what earlier versions of the changed documents said.
	var oldEntities []string
	if len(replaced) > 0 {
		for _, t := range graph.RelTypes {
			sum, err := run(ctx, tx, typeStatement("delete-claims", t), map[string]any{"ids": replaced})
			if err != nil {
				return res, err
			}
			res.RelationshipsRemoved += sum.counters.RelationshipsDeleted()
		}
		sum, err := run(ctx, tx, statement("delete-mentions"), map[string]any{"ids": replaced})
		if err != nil {
			return res, err
		}
		res.RelationshipsRemoved += sum.counters.RelationshipsDeleted()
		for _, r := range sum.records {
			if id, ok := r.Values[0].(string); ok {
				oldEntities = append(oldEntities, id)
			}
		}
	}

	// Write the new versions.
	docs, entities, mentions, claims, newEntities := b.rows(changed)
	if _, err := run(ctx, tx, statement("set-documents"), map[string]any{"rows": docs}); err != nil {
		return res, err
	}
	for _, k := range graph.Kinds {
		if len(entities[k]) == 0 {
			continue
		}
		sum, err := run(ctx, tx, kindStatement("merge-entities", k), map[string]any{"rows": entities[k]})
		if err != nil {
			return res, err
		}
		res.EntitiesCreated += sum.counters.NodesCreated()
	}
	if len(mentions) > 0 {
		sum, err := run(ctx, tx, statement("merge-mentions"), map[string]any{"rows": mentions})
		if err != nil {
			return res, err
		}
		res.RelationshipsCreated += sum.counters.RelationshipsCreated()
	}
	for _, t := range graph.RelTypes {
		if len(claims[t]) == 0 {
			continue
		}
		sum, err := run(ctx, tx, typeStatement("merge-claims", t), map[string]any{"rows": claims[t]})
		if err != nil {
			return res, err
		}
		res.RelationshipsCreated += sum.counters.RelationshipsCreated()
	}

	// Bring the entities involved up to date.
	touched := sortedUnique(append(slices.Clone(newEntities), oldEntities...))
	removed, err := refreshEntities(ctx, tx, sortedUnique(oldEntities))
	if err != nil {
		return res, err
	}
	res.EntitiesRemoved = removed
	res.EntitiesUpdated = len(touched) - res.EntitiesCreated - removed
	if err := refreshCounts(ctx, tx, touched); err != nil {
		return res, err
	}
	return res, nil
}

// refreshEntities recomputes the aliases of entities that lost mentions
// and removes those that nothing supports any more. It returns how many it
// removed.
func refreshEntities(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (int, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	if _, err := run(ctx, tx, statement("refresh-aliases"), map[string]any{"ids": ids}); err != nil {
		return 0, err
	}
	sum, err := run(ctx, tx, statement("delete-orphans"), map[string]any{"ids": ids})
	if err != nil {
		return 0, err
	}
	return sum.counters.NodesDeleted(), nil
}

// refreshCounts brings the claims and mentions counts of the entities ids
// up to date, once per transaction, after every change to their
// relationships. The transaction must hold their locks already, as
// merge-entities and refresh-aliases take them. Removed entities among ids
// are skipped.
func refreshCounts(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := run(ctx, tx, claimsStatement("refresh-counts"), map[string]any{"ids": ids})
	return err
}

// claimsStatement returns a statement with $$CLAIMS replaced by every
// claim relationship type of the closed vocabulary, as a type alternation.
func claimsStatement(name string) string {
	types := make([]string, len(graph.RelTypes))
	for i, t := range graph.RelTypes {
		types[i] = string(t)
	}
	return statementFor(name, "$$CLAIMS", strings.Join(types, "|"))
}

// outcome is what one statement returned.
type outcome struct {
	records  []*neo4j.Record
	counters neo4j.Counters
}

// run runs one statement in tx and collects its records and counters.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (outcome, error) {
	r, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return outcome{}, err
	}
	recs, err := r.Collect(ctx)
	if err != nil {
		return outcome{}, err
	}
	sum, err := r.Consume(ctx)
	if err != nil {
		return outcome{}, err
	}
	return outcome{records: recs, counters: sum.Counters()}, nil
}

// kindStatement returns a statement for one entity kind; the label comes
// from the closed vocabulary, never from input.
func kindStatement(name string, k graph.Kind) string {
	if !k.Valid() {
		panic("neo4jstore: unknown kind " + string(k))
	}
	return statementFor(name, "$$LABEL", string(k), "$$label", strings.ToLower(string(k)))
}

// typeStatement returns a statement for one relation type; the type comes
// from the closed vocabulary, never from input.
func typeStatement(name string, t graph.RelType) string {
	if !t.Valid() {
		panic("neo4jstore: unknown relation type " + string(t))
	}
	return statementFor(name, "$$TYPE", string(t), "$$type", strings.ToLower(string(t)))
}
