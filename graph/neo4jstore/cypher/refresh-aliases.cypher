// name: refresh-aliases
// Sets each entity's aliases to the sorted union of the surface forms that
// its remaining mentions recorded, so an alias lives exactly as long as a
// document that uses it.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.aliases = COLLECT {
  MATCH (:Document)-[m:MENTIONS]->(e)
  UNWIND m.aliases AS alias
  RETURN DISTINCT alias ORDER BY alias
}
