// name: cooccurrence
// description: entities mentioned together, by the number of documents that mention both (unfiltered: among the 200 most mentioned)
// param: entity string "" — only pairs that include this entity (any alias, any case); "" for all
// param: limit int 20 — at most this many pairs
// columns: entity, other, documents
CALL () {
  // Without a filter: pairs among the 200 most mentioned entities, which
  // bounds the work on a large graph. A pair outside them is mentioned
  // together in no more documents than the 200th entity is mentioned in.
  // e.mentions is the store's count of the documents that mention e; its
  // range index hands the entities over in order. Each document then lists
  // the positions, in id order, of the top entities it mentions, and every
  // two of them make a pair: no property is read per pair.
  WITH $entity AS name
  WHERE name = ''
  MATCH (e:Entity)
  WHERE e.mentions IS NOT NULL
  WITH e
  ORDER BY e.mentions DESC, e.id
  LIMIT 200
  WITH e
  ORDER BY e.id
  WITH collect(e) AS top
  WITH top, [x IN top | x.name] AS names
  CALL (top) {
    UNWIND range(0, size(top) - 1) AS i
    WITH top[i] AS e, i
    // Only documents mention entities; not checking the label saves a
    // read per mention.
    MATCH (e)<-[:MENTIONS]-(d)
    WITH d, collect(i) AS found
    WHERE size(found) > 1
    UNWIND found AS i
    UNWIND found AS j
    WITH i, j
    WHERE i < j
    RETURN i, j, count(*) AS documents
  }
  WITH top, names, i, j, documents
  ORDER BY documents DESC, names[i], names[j]
  LIMIT $limit
  RETURN top[i] AS a, top[j] AS b, documents
  UNION
  WITH $entity AS name
  WHERE name <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
  WHERE toLower(name) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
  MATCH (a)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Entity)
  WHERE a <> b
  WITH a, b, count(DISTINCT d) AS documents
  ORDER BY documents DESC, a.name, b.name
  LIMIT $limit
  RETURN a, b, documents
}
RETURN a.name AS entity, b.name AS other, documents
ORDER BY documents DESC, entity, other
LIMIT $limit
