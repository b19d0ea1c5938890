package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/relmap/relmap/graph"
)

// SchemaItem describes one constraint or index as the server reports it.
type SchemaItem struct {
	Name       string   `json:"name"`
	Type       string   `json:"type"`        // e.g. UNIQUENESS, RANGE, FULLTEXT
	EntityType string   `json:"entity_type"` // NODE or RELATIONSHIP
	On         []string `json:"on"`          // labels or relationship types
	Properties []string `json:"properties"`
	State      string   `json:"state,omitempty"` // indexes only: ONLINE, POPULATING, ...
}

// Schema is the database's constraints and indexes.
type Schema struct {
	Constraints []SchemaItem `json:"constraints"`
	Indexes     []SchemaItem `json:"indexes"`
}

// schemaStatements returns every statement that ApplySchema runs, in order:
// the fixed ones, then one constraint per entity kind and a doc and a date
// index per relation type, with labels and types from the closed vocabulary.
func schemaStatements() []string {
	var out []string
	for _, s := range strings.Split(stripComments(statement("schema")), ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	for _, k := range graph.Kinds {
		out = append(out, statementFor("schema-kind", "$$LABEL", string(k), "$$label", strings.ToLower(string(k))))
	}
	for _, t := range graph.RelTypes {
		out = append(out, statementFor("schema-type", "$$TYPE", string(t), "$$type", strings.ToLower(string(t))))
		out = append(out, statementFor("schema-type-date", "$$TYPE", string(t), "$$type", strings.ToLower(string(t))))
	}
	return out
}

// stripComments removes whole-line // comments, so that a file of several
// statements can be split on semicolons.
func stripComments(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "//") {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// ApplySchema creates the constraints and indexes the store relies on,
// where missing, and waits until the indexes are online. Entities written
// before the store kept their claims and mentions counts get them. It is idempotent
// and safe to run from several processes at once.
func (s *Store) ApplySchema(ctx context.Context) error {
	for _, stmt := range schemaStatements() {
		_, err := neo4j.ExecuteQuery(ctx, s.driver, stmt, nil, neo4j.EagerResultTransformer, s.dbOpt())
		if err != nil && !alreadyExists(err) {
			return fmt.Errorf("apply schema: %w", s.wrap(err))
		}
	}
	_, err := neo4j.ExecuteQuery(ctx, s.driver, statement("await-indexes"), map[string]any{"seconds": 300},
		neo4j.EagerResultTransformer, s.dbOpt())
	if err != nil {
		return fmt.Errorf("apply schema: wait for indexes: %w", s.wrap(err))
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	_, err = sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return run(ctx, tx, claimsStatement("backfill-counts"), nil)
	})
	sess.Close(ctx)
	if err != nil {
		return fmt.Errorf("apply schema: count the relationships of older entities: %w", s.wrap(err))
	}
	s.schemaMu.Lock()
	s.schemaDone = true
	s.schemaMu.Unlock()
	return nil
}

// ensureSchema applies the schema before a Store's first write, unless
// ApplySchema already ran through it.
func (s *Store) ensureSchema(ctx context.Context) error {
	s.schemaMu.Lock()
	done := s.schemaDone
	s.schemaMu.Unlock()
	if done {
		return nil
	}
	return s.ApplySchema(ctx)
}

// alreadyExists reports whether err says that an equivalent constraint or
// index was created meanwhile, as happens when two loaders start together.
func alreadyExists(err error) bool {
	var nerr *neo4j.Neo4jError
	if !errors.As(err, &nerr) {
		return false
	}
	switch nerr.Code {
	case "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
		"Neo.ClientError.Schema.ConstraintAlreadyExists",
		"Neo.ClientError.Schema.IndexAlreadyExists":
		return true
	}
	return false
}

// Schema reports the database's constraints and indexes (without the
// indexes that back constraints and the built-in lookup indexes).
func (s *Store) Schema(ctx context.Context) (Schema, error) {
	var out Schema
	res, err := neo4j.ExecuteQuery(ctx, s.driver, statement("show-constraints"), nil, neo4j.EagerResultTransformer, s.dbOpt(), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return out, fmt.Errorf("show constraints: %w", s.wrap(err))
	}
	for _, r := range res.Records {
		out.Constraints = append(out.Constraints, schemaItem(r))
	}
	res, err = neo4j.ExecuteQuery(ctx, s.driver, statement("show-indexes"), nil, neo4j.EagerResultTransformer, s.dbOpt(), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return out, fmt.Errorf("show indexes: %w", s.wrap(err))
	}
	for _, r := range res.Records {
		out.Indexes = append(out.Indexes, schemaItem(r))
	}
	return out, nil
}

// schemaItem reads one row of SHOW CONSTRAINTS or SHOW INDEXES.
func schemaItem(r *neo4j.Record) SchemaItem {
	str := func(key string) string {
		v, _ := r.Get(key)
		s, _ := v.(string)
		return s
	}
	list := func(key string) []string {
		v, _ := r.Get(key)
		var out []string
		if l, ok := v.([]any); ok {
			for _, x := range l {
				if s, ok := x.(string); ok {
					out = append(out, s)
				}
			}
		}
		return out
	}
	return SchemaItem{
		Name:       str("name"),
		Type:       str("type"),
		EntityType: str("entityType"),
		On:         list("labelsOrTypes"),
		Properties: list("properties"),
		State:      str("state"),
	}
}
