// name: merge-entities
// Finds or creates the $$LABEL entities of a batch, takes their write locks
// and folds in what the batch's documents say of them: their surface forms
// join the aliases, and the name becomes the smallest of the names they
// give, so the result does not depend on the order documents arrive in.
// The unique constraint on :Entity(id) makes MERGE safe when loaders run
// at once; the lock is taken (SET of a throwaway property) before name and
// aliases are read, so that concurrent loaders never lose one another's
// changes. Name and aliases are rewritten only when the batch adds to them.
// $rows: {id, name, kind, aliases}, aliases sorted, rows sorted by id.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$$LABEL, e.kind = row.kind, e.name = row.name, e.aliases = row.aliases
SET e._lock = true
REMOVE e._lock
WITH e, row
WHERE row.name < e.name OR any(alias IN row.aliases WHERE NOT alias IN e.aliases)
SET e.name = CASE WHEN row.name < e.name THEN row.name ELSE e.name END,
    e.aliases = COLLECT {
      UNWIND e.aliases + row.aliases AS alias
      RETURN DISTINCT alias ORDER BY alias
    }
