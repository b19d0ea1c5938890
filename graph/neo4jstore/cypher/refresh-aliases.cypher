// name: refresh-aliases
// Recomputes the entities that lost mentions from the mentions that
// remain: aliases become the sorted union of the surface forms they
// recorded, so an alias lives exactly as long as a document that uses it,
// and the name the smallest name they gave. The entity's lock is taken
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
}, e.name = coalesce(COLLECT {
  MATCH (:Document)-[m:MENTIONS]->(e)
  RETURN m.name AS name ORDER BY name LIMIT 1
}[0], e.name)
REMOVE e._lock
