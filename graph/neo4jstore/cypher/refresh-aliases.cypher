// name: refresh-aliases
// Sets the aliases of entities that lost mentions to the sorted union of
// the surface forms their remaining mentions recorded, so an alias lives
// exactly as long as a document that uses it. The entity's lock is taken
// before the mentions are read.
// $ids: entity ids, sorted.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true
WITH e
SET e.aliases = COLLECT {
  MATCH (:Document)-[m:MENTIONS]->(e)
  UNWIND m.aliases AS alias
  RETURN DISTINCT alias ORDER BY alias
}
REMOVE e._lock
