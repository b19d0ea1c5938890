// name: merge-entities
// Finds or creates the $$LABEL entities of a batch, takes their write locks
// and folds in what the batch's documents say of them: their surface forms
// join the aliases, and the name becomes the smallest of the names they
// give, so the result does not depend on the order documents arrive in.
// The unique constraint on :Entity(id) makes MERGE safe when loaders run
// at once; the lock is taken (SET of a throwaway property) before name and
// aliases are read, so that concurrent loaders never lose one another's
// changes. Properties are written only when they change.
// $rows: {id, name, kind, aliases}, sorted by id.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$$LABEL, e.kind = row.kind, e.name = row.name
SET e._lock = true
REMOVE e._lock
WITH e, row, COLLECT {
  UNWIND coalesce(e.aliases, []) + row.aliases AS alias
  RETURN DISTINCT alias ORDER BY alias
} AS aliases,
CASE WHEN row.name < e.name THEN row.name ELSE e.name END AS name
WHERE e.aliases IS NULL OR aliases <> e.aliases OR name <> e.name
SET e.aliases = aliases, e.name = name
