// name: documents
// description: the documents loaded and the entities each mentions, most mentioned first
// param: entity string "" — only documents that mention this entity (any alias, any case); "" for all
// param: limit int 100 — at most this many documents
// columns: document, title, outlet, published, entities
CALL () {
  // Without a filter: the first documents straight from the index on
  // their ids, which hands them over in order.
  WITH $entity AS name
  WHERE name = ''
  MATCH (d:Document)
  WHERE d.id IS NOT NULL
  WITH d
  ORDER BY d.id
  LIMIT $limit
  RETURN d
  UNION
  WITH $entity AS name
  WHERE name <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
  WHERE toLower(name) IN [x IN coalesce(e.aliases, []) + e.name | toLower(x)]
  MATCH (d:Document)-[:MENTIONS]->(e)
  RETURN d
}
WITH d
ORDER BY d.id
LIMIT $limit
CALL (d) {
  OPTIONAL MATCH (d)-[m:MENTIONS]->(e:Entity)
  WITH e, m
  ORDER BY m.count DESC, e.name
  RETURN collect(e.name) AS entities
}
RETURN d.id AS document, d.title AS title, d.outlet AS outlet, d.published AS published, entities
ORDER BY document
