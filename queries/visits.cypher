// name: visits
// description: who went where, and when: one row per visit and reporting document
// param: entity string "" — only visits by or to this entity (any alias, any case); "" for all
// param: limit int 100 — at most this many rows
// columns: person, place, date, modality, document, sentence
CALL () {
  WITH $entity AS name
  WHERE name = ''
  MATCH ()-[v:VISITED]->()
  RETURN v
  UNION
  WITH $entity AS name
  WHERE name <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
  WHERE toLower(name) IN [x IN coalesce(e.aliases, []) + e.name | toLower(x)]
  MATCH (e)-[v:VISITED]-()
  RETURN v
}
WITH v, startNode(v) AS person, endNode(v) AS place
RETURN person, place, v.date AS date, v.modality AS modality, v.doc AS document, v.sentence AS sentence
ORDER BY date, person.name, place.name, document
LIMIT $limit
