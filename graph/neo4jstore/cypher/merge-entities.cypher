// name: merge-entities
// Finds or creates the $$LABEL entities of a batch, takes their write locks
// and adds the batch's surface forms to their aliases. The unique
// constraint on :Entity(id) makes MERGE safe when loaders run at once; the
// lock is taken (SET of a throwaway property) before the aliases are read,
// so that concurrent loaders never lose one another's aliases. Name and
// kind are set when the entity is created.
// $rows: {id, name, kind, aliases}, sorted by id.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$$LABEL, e.kind = row.kind, e.name = row.name
SET e._lock = true
WITH e, row
SET e.aliases = COLLECT {
  UNWIND coalesce(e.aliases, []) + row.aliases AS alias
  RETURN DISTINCT alias ORDER BY alias
}
REMOVE e._lock
