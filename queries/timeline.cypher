// name: timeline
// description: dated claims in date order
// param: entity string "" — only claims that involve this entity (any alias, any case); "" for all
// param: limit int 100 — at most this many rows
// columns: date, relation, source, target, modality, document, sentence
CALL () {
  WITH $entity AS name
  WHERE name = ''
  MATCH ()-[r:VISITED|MET|QUOTED|SUPPLIES|LEADS|AFFILIATED_WITH|ACCOMPANIED]->()
  WHERE r.date IS NOT NULL AND r.date <> ''
  RETURN r
  UNION
  WITH $entity AS name
  WHERE name <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
  WHERE toLower(name) IN [x IN coalesce(e.aliases, []) + e.name | toLower(x)]
  MATCH (e)-[r:VISITED|MET|QUOTED|SUPPLIES|LEADS|AFFILIATED_WITH|ACCOMPANIED]-()
  WHERE r.date IS NOT NULL AND r.date <> ''
  RETURN r
}
WITH r, startNode(r) AS source, endNode(r) AS target
RETURN r.date AS date, type(r) AS relation, source, target, r.modality AS modality, r.doc AS document, r.sentence AS sentence
ORDER BY date, relation, source.name, target.name, document
LIMIT $limit
