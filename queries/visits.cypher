// name: visits
// description: who went where, and when: one row per visit and reporting document
// param: entity string "" — only visits by or to this entity (any alias, any case); "" for all
// param: limit int 100 — at most this many rows
// columns: person, place, date, modality, document, sentence
CALL () {
  // Without a filter: the first rows in date order straight from the
  // visited date index, then undated ones only if too few are dated.
  WITH $entity AS name
  WHERE name = ''
  CALL (name) {
    MATCH ()-[v:VISITED]->()
    WHERE v.date IS NOT NULL
    WITH v
    ORDER BY v.date, startNode(v).name, endNode(v).name, v.doc
    LIMIT $limit
    RETURN collect(v) AS dated
  }
  CALL (dated) {
    // Not a WHERE: the planner would run the match first and filter after.
    UNWIND CASE WHEN size(dated) < $limit THEN [true] ELSE [] END AS more
    MATCH ()-[v:VISITED]->()
    WHERE v.date IS NULL
    WITH v
    ORDER BY startNode(v).name, endNode(v).name, v.doc
    LIMIT $limit
    RETURN collect(v) AS undated
  }
  UNWIND dated + undated AS v
  RETURN v
  UNION
  WITH $entity AS name
  WHERE name <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
  WHERE toLower(name) IN [x IN coalesce(e.aliases, []) + e.name | toLower(x)]
  MATCH (e)-[v:VISITED]-()
  RETURN v
}
RETURN startNode(v).name AS person, endNode(v).name AS place, v.date AS date, v.modality AS modality, v.doc AS document, v.sentence AS sentence
ORDER BY date, person, place, document
LIMIT $limit
