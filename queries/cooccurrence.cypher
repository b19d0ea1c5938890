// name: cooccurrence
// description: entities mentioned together, by the number of documents that mention both (unfiltered: among the 500 most mentioned)
// param: entity string "" — only pairs that include this entity (any alias, any case); "" for all
// param: limit int 20 — at most this many pairs
// columns: entity, other, documents
CALL () {
  // Without a filter: pairs among the 500 most mentioned entities, which
  // bounds the work on a large graph. A pair outside them is mentioned
  // together in no more documents than the 500th entity is mentioned in.
  WITH $entity AS name
  WHERE name = ''
  MATCH (e:Entity)
  WITH e, COUNT { (e)<-[:MENTIONS]-(:Document) } AS mentions
  ORDER BY mentions DESC, e.id
  LIMIT 500
  WITH collect(e) AS top
  UNWIND top AS a
  MATCH (a)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Entity)
  WHERE a.id < b.id AND b IN top
  RETURN a, b, d
  UNION
  WITH $entity AS name
  WHERE name <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
  WHERE toLower(name) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
  MATCH (a)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Entity)
  WHERE a <> b
  RETURN a, b, d
}
WITH a, b, count(DISTINCT d) AS documents
ORDER BY documents DESC, a.name, b.name
LIMIT $limit
RETURN a AS entity, b AS other, documents
ORDER BY documents DESC, entity.name, other.name
