// name: timeline
// description: dated claims in date order
// param: entity string "" — only claims that involve this entity (any alias, any case); "" for all
// param: limit int 100 — at most this many rows
// columns: date, relation, source, target, modality, document, sentence
CALL () {
  // Without a filter: the first dated claims of each type, straight from
  // the date indexes.
  WITH $entity AS name
  WHERE name = ''
  CALL (name) {
    MATCH ()-[r:VISITED]->()
    WHERE r.date IS NOT NULL AND r.date <> ''
    WITH r
    ORDER BY r.date, startNode(r).name, endNode(r).name, r.doc
    LIMIT $limit
    RETURN r
    UNION ALL
    MATCH ()-[r:MET]->()
    WHERE r.date IS NOT NULL AND r.date <> ''
    WITH r
    ORDER BY r.date, startNode(r).name, endNode(r).name, r.doc
    LIMIT $limit
    RETURN r
    UNION ALL
    MATCH ()-[r:QUOTED]->()
    WHERE r.date IS NOT NULL AND r.date <> ''
    WITH r
    ORDER BY r.date, startNode(r).name, endNode(r).name, r.doc
    LIMIT $limit
    RETURN r
    UNION ALL
    MATCH ()-[r:SUPPLIES]->()
    WHERE r.date IS NOT NULL AND r.date <> ''
    WITH r
    ORDER BY r.date, startNode(r).name, endNode(r).name, r.doc
    LIMIT $limit
    RETURN r
    UNION ALL
    MATCH ()-[r:LEADS]->()
    WHERE r.date IS NOT NULL AND r.date <> ''
    WITH r
    ORDER BY r.date, startNode(r).name, endNode(r).name, r.doc
    LIMIT $limit
    RETURN r
    UNION ALL
    MATCH ()-[r:AFFILIATED_WITH]->()
    WHERE r.date IS NOT NULL AND r.date <> ''
    WITH r
    ORDER BY r.date, startNode(r).name, endNode(r).name, r.doc
    LIMIT $limit
    RETURN r
    UNION ALL
    MATCH ()-[r:ACCOMPANIED]->()
    WHERE r.date IS NOT NULL AND r.date <> ''
    WITH r
    ORDER BY r.date, startNode(r).name, endNode(r).name, r.doc
    LIMIT $limit
    RETURN r
  }
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
WITH r, startNode(r).name AS source, endNode(r).name AS target
RETURN r.date AS date, type(r) AS relation, source, target, r.modality AS modality, r.doc AS document, r.sentence AS sentence
ORDER BY date, relation, source, target, document
LIMIT $limit
