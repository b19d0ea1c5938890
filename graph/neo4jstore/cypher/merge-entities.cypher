// name: merge-entities
// Finds or creates the $$LABEL entities of a batch, takes their write locks
// and adds the batch's surface forms to their aliases. The unique
// constraint on :Entity(id) makes MERGE safe when loaders run at once; the
// lock is taken (SET of a throwaway property) before the aliases are read,
// so that concurrent loaders never lose one another's aliases. Aliases are
// written only when they change, which spares the indexes. Name and kind
// are set when the entity is created.
// $rows: {id, name, kind, aliases}, sorted by id.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$$LABEL, e.kind = row.kind, e.name = row.name
SET e._lock = true
REMOVE e._lock
WITH e, row, COLLECT {
  UNWIND coalesce(e.aliases, []) + row.aliases AS alias
  RETURN DISTINCT alias ORDER BY alias
} AS aliases
WHERE e.aliases IS NULL OR aliases <> e.aliases
SET e.aliases = aliases
