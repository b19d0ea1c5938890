package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/relmap/relmap/graph"
)

const (
	// knownChunk is how many names one known-entities statement looks up.
	knownChunk = 2000
	// knownPerName is the most entities one name may answer to; a name
	// that more answer to is left unresolved rather than resolved against
	// some of them.
	knownPerName = 500
)

// KnownEntities returns the stored entities that answer to any of names:
// those whose name or one of whose aliases holds the name as a phrase, in
// any case ("Lankov" finds "Andrei Lankov"). A load resolves the entities
// of new documents against them (loader.MergeKnown). A name that more
// than 500 entities answer to brings none back, so that resolution never
// sees only part of them. The result is sorted by id.
func (s *Store) KnownEntities(ctx context.Context, names []string) ([]graph.Entity, error) {
	var out []graph.Entity
	seen := map[string]bool{}
	for start := 0; start < len(names); start += knownChunk {
		chunk := names[start:min(start+knownChunk, len(names))]
		phrases := make([]string, 0, len(chunk))
		for _, n := range chunk {
			if strings.TrimSpace(n) != "" {
				phrases = append(phrases, phrase(n))
			}
		}
		res, err := s.Query(ctx, statement("known-entities"), map[string]any{"names": phrases, "limit": knownPerName}, 0)
		if err != nil {
			return nil, fmt.Errorf("look up known entities: %w", err)
		}
		for _, row := range res.Rows {
			id, _ := row[0].(string)
			if id == "" || seen[id] {
				continue
			}
			seen[id] = true
			kind, _ := row[1].(string)
			name, _ := row[2].(string)
			e := graph.Entity{ID: id, Kind: graph.Kind(kind), Name: name}
			aliases, _ := row[3].([]any)
			for _, a := range aliases {
				if s, ok := a.(string); ok {
					e.Aliases = append(e.Aliases, s)
				}
			}
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b graph.Entity) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

// phrase quotes text as one phrase of a full-text (Lucene) query.
func phrase(text string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(text) + `"`
}

// Fold folds stored entities into others, as a load's resolution against
// the graph asks (loader.MergeKnown): for each id in folds, its claims and
// mentions move to the entity folds[id] names, which takes its aliases, and
// the entity itself is removed. A claim between the two disappears, as an
// entity makes no claim about itself. Pairs where either entity is missing
// or the kinds differ are skipped. It returns the ids folded. All folds
// happen in one transaction.
func (s *Store) Fold(ctx context.Context, folds map[string]string) ([]string, error) {
	if len(folds) == 0 {
		return nil, nil
	}
	froms := make([]string, 0, len(folds))
	for from := range folds {
		froms = append(froms, from)
	}
	slices.Sort(froms)
	rows := make([]map[string]any, len(froms))
	for i, from := range froms {
		rows[i] = map[string]any{"from": from, "to": folds[from]}
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return foldTx(ctx, tx, rows)
	})
	if err != nil {
		return nil, fmt.Errorf("fold %d entities into others: %w", len(folds), s.wrap(err))
	}
	return out.([]string), nil
}

// foldTx is the body of Fold's transaction; it may run more than once.
func foldTx(ctx context.Context, tx neo4j.ManagedTransaction, rows []map[string]any) ([]string, error) {
	locked, err := run(ctx, tx, statement("lock-folds"), map[string]any{"rows": rows})
	if err != nil {
		return nil, err
	}
	var froms, targets, touched []string
	rows = rows[:0:0]
	for _, r := range locked.records {
		from, _ := r.Values[0].(string)
		to, _ := r.Values[1].(string)
		froms = append(froms, from)
		targets = append(targets, to)
		rows = append(rows, map[string]any{"from": from, "to": to})
	}
	if len(rows) == 0 {
		return []string{}, nil
	}
	for _, t := range graph.RelTypes {
		moved, err := run(ctx, tx, typeStatement("fold-claims", t), map[string]any{"rows": rows, "symmetric": t.Symmetric()})
		if err != nil {
			return nil, err
		}
		for _, r := range moved.records {
			if id, ok := r.Values[0].(string); ok {
				touched = append(touched, id)
			}
		}
		if _, err := run(ctx, tx, typeStatement("fold-claims-remove", t), map[string]any{"ids": froms}); err != nil {
			return nil, err
		}
	}
	if _, err := run(ctx, tx, statement("fold-mentions"), map[string]any{"rows": rows}); err != nil {
		return nil, err
	}
	// The folded entities have no relationship left: refreshing removes
	// them; the targets get their aliases and name from their mentions.
	if _, err := refreshEntities(ctx, tx, sortedUnique(append(slices.Clone(froms), targets...))); err != nil {
		return nil, err
	}
	if err := refreshCounts(ctx, tx, sortedUnique(append(targets, touched...))); err != nil {
		return nil, err
	}
	return froms, nil
}
