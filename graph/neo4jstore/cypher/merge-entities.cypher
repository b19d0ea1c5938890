// name: merge-entities
// Finds or creates the $$LABEL entities of a batch and takes their write
// locks. The unique constraint on :Entity(id) makes MERGE safe when loaders
// run at once. Name and kind are set when the entity is created; aliases
// are recomputed from the mentions once the batch is written.
// $rows: {id, name, kind, aliases}, sorted by id.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$$LABEL, e.kind = row.kind, e.name = row.name, e.aliases = row.aliases
SET e._lock = true
REMOVE e._lock
