package graph

import "context"

// Store is where relmap keeps its graph. Writes are per document: loading a
// document replaces everything that document said before, and deleting it
// removes exactly the claims and entities that only it supported.
// graph/neo4jstore implements it.
type Store interface {
	// ApplySchema creates the constraints and indexes the store needs, if
	// they are missing. It is safe to call any number of times.
	ApplySchema(ctx context.Context) error
	// Load writes extractions, one document each. A document whose content
	// hash is already stored is left alone unless opts.Force is set.
	Load(ctx context.Context, xs []Extraction, opts LoadOptions) (LoadResult, error)
	// Delete removes the documents with the given ids and everything only
	// they supported.
	Delete(ctx context.Context, ids []string) (DeleteResult, error)
	// KnownEntities returns the stored entities whose name or an alias holds
	// one of names as a phrase, in any case, so that the entities of new
	// documents can be resolved against them.
	KnownEntities(ctx context.Context, names []string) ([]Entity, error)
	// Fold folds stored entities into others: for each id in folds, its
	// claims and mentions move to the entity folds[id] and it is removed.
	// It returns the ids folded.
	Fold(ctx context.Context, folds map[string]string) ([]string, error)
	// Stats counts the nodes by label and the relationships by type.
	Stats(ctx context.Context) (Stats, error)
	// Reset removes every node and relationship.
	Reset(ctx context.Context) error
}

// LoadOptions tunes Store.Load.
type LoadOptions struct {
	// Force rewrites documents whose hash is unchanged.
	Force bool
	// KeepText stores each document's full text on its Document node.
	KeepText bool
	// Progress, when set, is called after each write transaction with the
	// number of documents it settled (written, unchanged or failed).
	Progress func(docs int)
}

// LoadResult counts what Store.Load did.
type LoadResult struct {
	Created   int `json:"documents_created"`   // documents new to the graph
	Replaced  int `json:"documents_replaced"`  // documents whose earlier version was replaced
	Unchanged int `json:"documents_unchanged"` // documents skipped: same hash already stored

	EntitiesCreated      int `json:"entities_created"`      // entity nodes created
	EntitiesUpdated      int `json:"entities_updated"`      // existing entity nodes that gained or lost a mention
	EntitiesRemoved      int `json:"entities_removed"`      // entities that no document supports any more
	RelationshipsCreated int `json:"relationships_created"` // relationships (claims and mentions) written
	RelationshipsRemoved int `json:"relationships_removed"` // relationships of earlier versions removed
}

// Add adds the counts of o to r.
func (r *LoadResult) Add(o LoadResult) {
	r.Created += o.Created
	r.Replaced += o.Replaced
	r.Unchanged += o.Unchanged
	r.EntitiesCreated += o.EntitiesCreated
	r.EntitiesUpdated += o.EntitiesUpdated
	r.EntitiesRemoved += o.EntitiesRemoved
	r.RelationshipsCreated += o.RelationshipsCreated
	r.RelationshipsRemoved += o.RelationshipsRemoved
}

// DeleteResult counts what Store.Delete did.
type DeleteResult struct {
	Deleted              []string `json:"deleted"` // ids of the documents removed
	Missing              []string `json:"missing"` // ids that named no stored document
	EntitiesRemoved      int      `json:"entities_removed"`
	RelationshipsRemoved int      `json:"relationships_removed"`
}

// Stats counts a graph's contents.
type Stats struct {
	Nodes         map[string]int64 `json:"nodes"`         // by label: Document, Entity, Person, ...
	Relationships map[string]int64 `json:"relationships"` // by type: MENTIONS, VISITED, ...
	// TotalNodes and TotalRelationships count everything, whatever the
	// label or type, so that anything outside relmap's vocabulary shows.
	TotalNodes         int64 `json:"total_nodes"`
	TotalRelationships int64 `json:"total_relationships"`
}
